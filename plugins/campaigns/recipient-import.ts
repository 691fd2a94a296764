import type { FastifyInstance } from 'fastify'
import { RECIPIENTS_PER_CAMPAIGN } from '../../schemas/campaigns.js'
import { httpError } from '../../src/platform/http-error.js'
import type { CheckedRows } from './recipient-rows.js'
import type { RecipientStore } from './recipient-store.js'
import type { CampaignRow } from './store.js'

/** 409 `campaign_finished`: a completed or canceled campaign takes no more recipients. */
export function assertTakesRecipients(c: CampaignRow) {
  if (c.status === 'completed' || c.status === 'canceled') throw httpError(409, 'campaign_finished', `The campaign is ${c.status}: create a new one`)
}

/**
 * Adds checked rows to a campaign in one transaction: numbers on the do-not-call list become
 * `dnc`, numbers already in the campaign are left as they were, and a campaign that would pass
 * the cap gets nothing. The campaign row is locked, so two imports cannot pass the cap together.
 */
export function createRecipientImport(app: FastifyInstance, recipients: RecipientStore, wake: () => void) {
  return {
    async add(c: CampaignRow, checked: CheckedRows) {
      const { rows, rejected } = checked
      const result = await app.sql.begin(async (tx) => {
        await tx`select id from campaigns where id = ${c.id} for update`
        const listed = await app.doNotCall.listedAmong(c.workspace_id, rows.map((r) => r.phone), tx)
        for (const r of rows) if (listed.has(r.phone)) r.status = 'dnc'
        const inserted = await recipients.insertMany(tx, c.id, c.workspace_id, rows, c.keep_open)
        if ((await recipients.count(c.id, tx, c.keep_open)) > RECIPIENTS_PER_CAMPAIGN) {
          throw httpError(409, 'recipient_limit_reached', `A campaign holds at most ${RECIPIENTS_PER_CAMPAIGN} recipients: nothing was added`)
        }
        const dnc = rows.filter((r) => r.status === 'dnc' && inserted.has(r.id)).length
        return { added: inserted.size, dnc, duplicates: checked.duplicates + rows.length - inserted.size, rejected }
      })
      if (result.added && c.status === 'running') wake()
      return result
    },
  }
}

export type RecipientImport = ReturnType<typeof createRecipientImport>
