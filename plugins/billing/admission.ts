import type { FastifyInstance } from 'fastify'
import type { Queryable } from '../../src/db/connect.js'
import { httpError } from '../../src/platform/http-error.js'
import { accountState, concurrencyRefusal, moneyRefusal, numberPurchaseRefusal, type AccountState, type CallKind, type Refusal } from './account.js'
import type { BillingStore } from './store.js'

/**
 * Calls open longer than this are not counted against the concurrency limit: a call whose end
 * was never reported (its room's webhook lost) must not hold a slot forever.
 */
export const OPEN_CALL_MAX_AGE_HOURS = 6

/**
 * The billing plugin's public surface for other domains (`app.billing`): may a workspace start
 * a call now, its concurrency, may it buy a number. Each check reads the account row and, for
 * calls, the open-call count (two indexed queries). Two calls starting in the same instant can
 * both pass: a limit can be exceeded by the calls racing for its last slot.
 */
export function createAdmission(app: FastifyInstance, store: BillingStore) {
  const { billing } = app.config
  const stateOf = async (workspaceId: string, tx?: Queryable): Promise<AccountState> =>
    accountState(await store.account(workspaceId, tx), billing, !!app.integrations.stripe, app.clock.now())

  async function concurrency(workspaceId: string, tx?: Queryable, opts: { excludeRoom?: string } = {}) {
    const [state, active] = await Promise.all([
      stateOf(workspaceId, tx),
      app.calls.countOpen(workspaceId, { now: app.clock.now(), maxAgeHours: OPEN_CALL_MAX_AGE_HOURS, excludeRoom: opts.excludeRoom }, tx),
    ])
    return { limit: state.concurrencyLimit, active, available: state.concurrencyLimit === null ? null : Math.max(0, state.concurrencyLimit - active), state }
  }

  /** Why `kind` of call may not start now (money rules first, then concurrency); undefined: it may. */
  async function refusal(workspaceId: string, kind: CallKind, tx?: Queryable, opts: { excludeRoom?: string } = {}): Promise<Refusal | undefined> {
    const c = await concurrency(workspaceId, tx, opts)
    return moneyRefusal(c.state, kind, billing) ?? concurrencyRefusal(c.limit, c.active)
  }

  const raise = (r: Refusal) => httpError(r.status, r.code, r.message, r.details)

  return {
    state: stateOf,
    /** The workspace's concurrency limit (null: none), its calls open now (inbound included) and the free slots (null: unlimited). */
    async concurrency(workspaceId: string, tx?: Queryable) {
      const { limit, active, available } = await concurrency(workspaceId, tx)
      return { limit, active, available }
    },
    /** May this workspace start a call of this kind now? Undefined when it may, else why not. */
    callRefusal: refusal,
    /** Web, outbound and single campaign calls: throws the refusal (402 or 429 `concurrency_limit`). */
    async enforceCallStart(workspaceId: string, kind: Exclude<CallKind, 'inbound'>, tx?: Queryable) {
      const r = await refusal(workspaceId, kind, tx)
      if (r) throw raise(r)
    },
    /** Undefined when the workspace may buy or add a phone number now, else why not (402). */
    async numberPurchaseRefusal(workspaceId: string, tx?: Queryable) {
      return numberPurchaseRefusal(await stateOf(workspaceId, tx), billing)
    },
    async enforceNumberPurchase(workspaceId: string, tx?: Queryable) {
      const r = numberPurchaseRefusal(await stateOf(workspaceId, tx), billing)
      if (r) throw raise(r)
    },
  }
}

export type BillingSurface = ReturnType<typeof createAdmission>
