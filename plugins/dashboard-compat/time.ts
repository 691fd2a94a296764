/** The dashboard reads every time as epoch milliseconds; the contract sends ISO-8601. */
export function ms(iso: string | null | undefined): number | null {
  if (!iso) return null
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : t
}

/** Epoch milliseconds from the dashboard's query string to the contract's ISO-8601. */
export function iso(epochMs: number | undefined): string | undefined {
  return epochMs === undefined ? undefined : new Date(epochMs).toISOString()
}
