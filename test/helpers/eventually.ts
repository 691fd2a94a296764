/** Polls `check` until it holds; a check that throws counts as "not yet" (the last error is reported). */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000, everyMs = 25) {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      if (await check()) return
    } catch (err) {
      lastError = err
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`, { cause: lastError })
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
