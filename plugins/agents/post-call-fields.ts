import type { PostCallField } from '../../schemas/analysis.js'
import { httpError } from '../../src/platform/http-error.js'

/**
 * What the schema cannot say about an agent's post-call fields: names are unique (they are the
 * keys of `analysis.custom`, compared without case), a selector has options and only a selector
 * has them, and a selector's options are distinct. 400 `validation_failed` with every problem.
 */
export function assertPostCallFields(fields: PostCallField[] | undefined) {
  if (!fields) return
  const problems: { in: string; field: string; message: string }[] = []
  const seen = new Set<string>()
  fields.forEach((f, i) => {
    const at = (k: string) => `postCallDataExtraction.${i}${k}`
    const key = f.name.trim().toLowerCase()
    if (seen.has(key)) problems.push({ in: 'body', field: at('.name'), message: `duplicates the name "${f.name}"` })
    seen.add(key)
    if (f.type === 'selector' && !f.options?.length) problems.push({ in: 'body', field: at('.options'), message: 'a selector needs at least one option' })
    if (f.type !== 'selector' && f.options !== undefined) problems.push({ in: 'body', field: at('.options'), message: `only a selector has options, not a ${f.type}` })
    if (f.options && new Set(f.options).size !== f.options.length) problems.push({ in: 'body', field: at('.options'), message: 'options must be distinct' })
  })
  if (problems.length) throw httpError(400, 'validation_failed', `body.${problems[0].field} ${problems[0].message}`, problems)
}
