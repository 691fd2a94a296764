import type { FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'
import { HttpError } from '../../src/platform/http-error.js'
import { newId } from '../../src/platform/ids.js'
import type { ClaimedDial, DispatchStore, WorkspaceCapacity } from './dispatch-store.js'
import { reconcileDial } from './reconcile.js'

// A dial refused for money or concurrency waits this long (business time) before it is tried again.
const REFUSED_WAIT_MS = 60_000
// A dial refused because the campaign cannot dial (agent or number gone, LiveKit unconfigured).
const MISCONFIGURED_WAIT_MS = 5 * 60_000

export interface Dispatcher {
  readonly instanceId: string
  /** One pass: schedules, claims and dials, reconciliation, completion. Tests and `wake` call it. */
  tick(): Promise<void>
  /** Asks for a pass soon (a campaign started, recipients were added). */
  wake(): void
  start(): void
  /** Stops ticking and waits for the dials in flight (their calls go on in LiveKit). */
  stop(): Promise<void>
  /** Recipients this instance is dialling right now. */
  inFlight(): number
}

/**
 * The campaign dispatcher of one API instance. Every instance runs one; the database decides
 * who dials what (claims under a per-workspace advisory lock, FOR UPDATE SKIP LOCKED), so any
 * number of instances share the work and a recipient is claimed by one of them per attempt. A
 * claim is written (status dialing, the call id chosen, attempts + 1) before the dial starts:
 * an instance that dies mid-dial leaves a claim that another instance reconciles once its lease
 * has run out, from the call row and the LiveKit room, never by dialling blindly again.
 */
export function createDispatcher(app: FastifyInstance, dispatch: DispatchStore, capacity: WorkspaceCapacity): Dispatcher {
  const instanceId = `${process.pid}-${randomBytes(4).toString('hex')}`
  const { tickMs, dialLeaseS } = app.config.campaigns
  const log = app.log.child({ component: 'campaigns' })
  const dials = new Map<string, Promise<void>>()
  let timer: NodeJS.Timeout | undefined
  let running = false
  let ticking: Promise<void> | undefined
  let again = false

  async function dial(d: ClaimedDial) {
    const { recipient: r, campaign: c, callId } = d
    const variables = { ...c.variables, ...r.variables, name: r.name, phone: r.phone, campaignId: c.id, recipientId: r.id } as Record<string, string | number | boolean | null>
    try {
      await app.outboundCalls.place({
        workspaceId: c.workspace_id, agentId: c.agent_id, to: r.phone, phoneNumberId: r.phone_number_id ?? c.phone_number_id,
        variables, callId, log: log.child({ campaignId: c.id, recipientId: r.id }),
      })
      // What happened next (answered, busy, ...) reached the recipient through the call's events.
    } catch (err) {
      if (!(err instanceof HttpError)) {
        // The call may or may not exist: the claim stays, and reconciliation looks once its lease ends.
        log.error({ err, campaignId: c.id, recipientId: r.id, callId }, '[campaigns] dial failed unexpectedly')
        return
      }
      // The call was written and ended (room setup failed): its end event settled the recipient.
      if (err.code === 'livekit_error') return
      const now = app.clock.now().getTime()
      if (err.code === 'number_on_dnc') {
        return dispatch.giveBack(r.id, callId, { status: 'dnc', error: 'On the do-not-call list at dial time', nextAttemptAt: null })
      }
      // The caller id may not call this country (its allowedOutboundCountries): it never will, skip it.
      if (err.code === 'destination_not_allowed') {
        return dispatch.giveBack(r.id, callId, { status: 'skipped', error: err.message, nextAttemptAt: null })
      }
      const wait = err.statusCode === 402 || err.statusCode === 429 ? REFUSED_WAIT_MS : MISCONFIGURED_WAIT_MS
      log.warn({ campaignId: c.id, recipientId: r.id, code: err.code, reason: err.message }, '[campaigns] dial refused, the recipient waits')
      await dispatch.giveBack(r.id, callId, { error: `${err.code}: ${err.message}`, nextAttemptAt: new Date(now + wait) })
    }
  }

  async function pass() {
    const now = app.clock.now()
    await dispatch.advanceSchedules(now)
    for (const r of await dispatch.expiredDials(now, dialLeaseS)) {
      if (dials.has(r.id)) continue
      if (!(await dispatch.takeOver(r, instanceId, now))) continue
      await reconcileDial(app, dispatch, r, log).catch((err) => log.error({ err, recipientId: r.id }, '[campaigns] reconciliation failed'))
    }
    for (const workspaceId of await dispatch.runningWorkspaces()) {
      if (!running) return
      const claimed = await dispatch.claim(workspaceId, { now, instanceId, capacity, newCallId: () => newId('call') })
      for (const d of claimed) {
        const p = dial(d).finally(() => dials.delete(d.recipient.id))
        dials.set(d.recipient.id, p)
      }
    }
    for (const c of await dispatch.completeDrained(app.clock.now())) log.info({ campaignId: c.id }, '[campaigns] campaign completed')
  }

  async function tick() {
    if (ticking) {
      again = true
      return ticking
    }
    ticking = (async () => {
      do {
        again = false
        try {
          await pass()
        } catch (err) {
          log.error({ err }, '[campaigns] dispatcher pass failed')
        }
      } while (again && running)
    })().finally(() => {
      ticking = undefined
    })
    return ticking
  }

  const schedule = () => {
    if (!running) return
    timer = setTimeout(() => void tick().finally(schedule), tickMs)
    timer.unref()
  }

  return {
    instanceId,
    tick,
    wake: () => {
      if (running) void tick()
    },
    start() {
      if (running) return
      running = true
      schedule()
    },
    async stop() {
      running = false
      clearTimeout(timer)
      await ticking
      await Promise.allSettled([...dials.values()])
    },
    inFlight: () => dials.size,
  }
}
