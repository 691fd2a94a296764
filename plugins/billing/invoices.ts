import type Stripe from 'stripe'

const iso = (s: number | null | undefined) => (typeof s === 'number' ? new Date(s * 1000).toISOString() : null)
const usd = (cents: number | null | undefined) => (typeof cents === 'number' ? cents / 100 : 0)

/** The price of an invoice line: `pricing.price_details.price` since API 2025-03-31, `price` before. */
function priceOfLine(line: Stripe.InvoiceLineItem): string | null {
  const l = line as unknown as { pricing?: { price_details?: { price?: string | { id: string } } }; price?: string | { id: string } | null }
  const p = l.pricing?.price_details?.price ?? l.price ?? null
  return typeof p === 'string' ? p : (p?.id ?? null)
}

/** A Stripe invoice (or the preview: `upcoming`, no id) as the contract's Invoice. */
export function invoiceJson(inv: Stripe.Invoice, meterOf: Map<string, string>, upcoming: boolean) {
  return {
    id: upcoming ? null : (inv.id ?? null),
    number: inv.number ?? null,
    status: upcoming ? 'upcoming' : (inv.status ?? null),
    currency: String(inv.currency ?? 'usd').toUpperCase(),
    createdAt: iso(inv.created),
    periodStart: iso(inv.period_start),
    periodEnd: iso(inv.period_end),
    totalUsd: usd(inv.total),
    amountDueUsd: usd(inv.amount_due),
    hostedInvoiceUrl: inv.hosted_invoice_url ?? null,
    lines: (inv.lines?.data ?? []).map((l) => {
      const priceId = priceOfLine(l)
      return {
        id: l.id ?? null,
        description: l.description ?? null,
        quantity: l.quantity ?? null,
        amountUsd: usd(l.amount),
        priceId,
        meter: priceId ? (meterOf.get(priceId) ?? null) : null,
        periodStart: iso(l.period?.start),
        periodEnd: iso(l.period?.end),
      }
    }),
  }
}
