import { readFileSync } from 'node:fs'

/*
 * Generated knowledge-base text with a realistic vocabulary and topics. Every document has about 40
 * topic words, drawn with a Zipf distribution (rank r weighs 1/r) from a pool of content words: the
 * support vocabulary of the quality set (so generated documents share "refund", "invoice", "sunday"...
 * with the real ones) spread among a long tail of rare made-up words. Its sentences mix common English
 * (Zipf again) with its topic words, as real articles repeat the words of their subject. Deterministic:
 * document n is always the same text.
 */

const COMMON = `the of and to a in is it you that he was for on are with as his they be at one have this from or had by
not word but what some we can out other were all there when up use your how said an each she which do their time if
will way about many then them write would like so these her long make thing see him two has look more day could go come
did number sound no most people my over know water than call first who may down side been now find any new work part
take get place made live where after back little only round man year came show every good me give our under name very
through just form sentence great think say help low line differ turn cause much mean before move right boy old too same
tell does set three want air well also play small end put home read hand port large spell add even land here must big
high such follow act why ask men change went light kind off need house picture try us again animal point mother world
near build self earth father head stand own page should country found answer school grow study still learn plant cover
food sun four between state keep eye never last let thought city tree cross farm hard start might story saw far sea draw
left late run while press close night real life few north open seem together next white children begin got walk example
ease paper group always music those both mark often letter until mile river car feet care second book carry took science
eat room friend began idea fish mountain stop once base hear horse cut sure watch color face wood main enough plain girl
usual young ready above ever red list though feel talk bird soon body dog family direct pose leave song measure door`.split(/\s+/)

const quality = JSON.parse(readFileSync(new URL('../kb-quality.json', import.meta.url), 'utf8')) as { documents: { text: string }[] }
const DOMAIN = [...new Set(quality.documents.flatMap((d) => d.text.toLowerCase().match(/[a-z]{4,}/g) ?? []))].filter((w) => !COMMON.includes(w))

function rng(seed: number) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'sol', 'dri', 'pen', 'gra', 'tus', 'mor', 'fel', 'qui', 'bar', 'nos', 'ze', 'lin', 'cor', 'hep', 'wu']
const TAIL = Array.from({ length: 20_000 }, (_, i) => {
  const r = rng(i + 7)
  return Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('')
})
// The support words sit at every 20th rank of the content pool (ranks 20 to about 8,000).
const CONTENT = [...new Set(TAIL.flatMap((w, i) => (i % 19 === 18 && DOMAIN[(i - 18) / 19] ? [DOMAIN[(i - 18) / 19], w] : [w])))]

function zipf(words: string[]) {
  let sum = 0
  const cumulative = words.map((_, r) => (sum += 1 / (r + 1)))
  return (r: () => number) => {
    const x = r() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid] < x) lo = mid + 1
      else hi = mid
    }
    return words[lo]
  }
}
const commonWord = zipf(COMMON)
const contentWord = zipf(CONTENT)

function sentence(r: () => number, topic: string[]) {
  const words = Array.from({ length: 8 + Math.floor(r() * 10) }, () => (r() < 0.55 ? commonWord(r) : topic[Math.floor(r() * topic.length)]))
  return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`
}

/** About 10,000 characters in 34 paragraphs (about 10 search chunks), with a title. */
function topicOf(r: () => number) {
  const words = new Set<string>()
  for (let i = 0; words.size < 40 && i < 400; i++) words.add(contentWord(r))
  return [...words]
}

export function generatedDocument(n: number) {
  const r = rng(n * 2654435761)
  const topic = topicOf(r)
  const title = Array.from({ length: 3 + Math.floor(r() * 3) }, () => topic[Math.floor(r() * 8)]).join(' ')
  const paragraphs = Array.from({ length: 34 }, () => Array.from({ length: 3 + Math.floor(r() * 3) }, () => sentence(r, topic)).join(' '))
  return { title: title[0].toUpperCase() + title.slice(1), contentText: paragraphs.join('\n\n') }
}

/** A query of 2-5 words as a reader of document n would type them (its topic words and common ones). */
export function generatedQuery(n: number) {
  const r = rng(n * 40503 + 11)
  const topic = topicOf(r)
  return Array.from({ length: 2 + Math.floor(r() * 4) }, () => (r() < 0.3 ? commonWord(r) : topic[Math.floor(r() * topic.length)])).join(' ')
}
