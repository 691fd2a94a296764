/** autocannon runs reduced to the figures the benchmark table prints. */
import os from 'node:os'
import autocannon from 'autocannon'

export interface LoadFigures {
  rps: number
  p50: number
  p99: number
  total: number
  non2xx: number
  errors: number
  /** 1-minute load average when the run started: the machine is shared. */
  load: number
}

export type LoadOptions = autocannon.Options

export function runLoad(opts: LoadOptions): Promise<LoadFigures> {
  const load = os.loadavg()[0]
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, r) => {
      if (err) return reject(err)
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts, load })
    })
  })
}

/** Mean over the rounds of one target (each round measured the target once). */
export function meanFigures(runs: LoadFigures[]): LoadFigures {
  const mean = (k: keyof LoadFigures) => runs.reduce((s, r) => s + r[k], 0) / runs.length
  const sum = (k: keyof LoadFigures) => runs.reduce((s, r) => s + r[k], 0)
  return { rps: mean('rps'), p50: mean('p50'), p99: mean('p99'), total: sum('total'), non2xx: sum('non2xx'), errors: sum('errors'), load: mean('load') }
}
