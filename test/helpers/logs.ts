import { Writable } from 'node:stream'

/** The app's JSON log lines as they are written: parsed, raw, and their `msg` alone. */
export interface CapturedLogs {
  /** Pass as `logger: { level, stream }` to buildApp / startTestApp. */
  stream: Writable
  lines: Record<string, unknown>[]
  raw: string[]
  messages: string[]
}

export function captureLogs(): CapturedLogs {
  const lines: Record<string, unknown>[] = []
  const raw: string[] = []
  const messages: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n')) {
        if (!l) continue
        const line = JSON.parse(l) as Record<string, unknown>
        raw.push(l)
        lines.push(line)
        messages.push(String(line.msg))
      }
      done()
    },
  })
  return { stream, lines, raw, messages }
}
