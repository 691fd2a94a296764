import { randomBytes } from 'node:crypto'
import type { TwilioClient } from '../../src/integrations/twilio.js'

/** Digest credentials LiveKit's outbound trunk answers Twilio termination's challenge with. */
export interface SipCredentials {
  username: string
  password: string
}

/** The credential list reprovision keeps on the workspace trunk (Twilio: FriendlyName at most 64 characters). */
export const credentialListNameFor = (workspaceId: string) => `rapidcall-${workspaceId}`.slice(0, 64)

// Twilio refuses a SIP password under 12 characters, without a digit, or without mixed case.
const TWILIO_PASSWORD = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{12,}$/

/**
 * Fresh credentials: a new username each time (a rotation adds the next credential beside the
 * current one, and usernames are unique in a credential list) and a 32-character password.
 */
export function newSipCredentials(): SipCredentials {
  let password = ''
  while (!TWILIO_PASSWORD.test(password)) password = randomBytes(24).toString('base64url')
  return { username: `rc${randomBytes(8).toString('hex')}`, password }
}

/**
 * Makes Twilio termination accept exactly `accept` (the current credentials and, during a
 * rotation, the next ones): the workspace's credential list exists, holds those usernames with
 * those passwords, holds nothing else, and is associated with the trunk. Each part reads first,
 * so a second run writes nothing. Twilio never shows a stored password; an existing username keeps
 * its password, because a username is generated with its password and the pair never changes
 * (a rotation makes a new username).
 */
export async function ensureCredentialList(
  twilio: TwilioClient,
  input: { workspaceId: string; trunkSid: string; listSid: string | null; accept: SipCredentials[]; retire?: boolean },
): Promise<{ detail: string; value: string }> {
  const changes: string[] = []
  const name = credentialListNameFor(input.workspaceId)
  let list = input.listSid ? await twilio.sip.credentialLists(input.listSid).fetch().catch(notFoundAsUndefined) : undefined
  list ??= (await twilio.sip.credentialLists.list({ limit: 1000 })).find((l) => l.friendlyName === name)
  if (!list) {
    list = await twilio.sip.credentialLists.create({ friendlyName: name })
    changes.push(`created credential list ${list.sid}`)
  }
  const api = twilio.sip.credentialLists(list.sid).credentials
  const existing = await api.list({ limit: 1000 })
  for (const c of input.accept) {
    if (existing.some((x) => x.username === c.username)) continue
    await api.create({ username: c.username, password: c.password })
    changes.push(`added credential ${c.username}`)
  }
  // Only once LiveKit dials with the newest credentials may the older ones go.
  if (input.retire !== false) {
    for (const x of existing.filter((e) => !input.accept.some((c) => c.username === e.username))) {
      await api(x.sid).remove()
      changes.push(`removed credential ${x.username}`)
    }
  }
  const onTrunk = await twilio.trunking.v1.trunks(input.trunkSid).credentialsLists.list({ limit: 100 })
  if (!onTrunk.some((l) => l.sid === list.sid)) {
    await twilio.trunking.v1.trunks(input.trunkSid).credentialsLists.create({ credentialListSid: list.sid })
    changes.push(`associated with trunk ${input.trunkSid}`)
  }
  const detail = changes.length ? `credential list ${list.sid}: ${changes.join('; ')}` : `credential list ${list.sid} on trunk ${input.trunkSid} holds ${input.accept.map((c) => c.username).join(', ')}`
  return { detail, value: list.sid }
}

function notFoundAsUndefined(err: unknown): undefined {
  const e = err as { status?: number }
  if (e?.status === 404) return undefined
  throw err
}
