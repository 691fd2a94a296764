/** What the figures were measured on: they mean little without it. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

export function describeMachine(postgresVersion: string) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown'
  const nproc = (() => {
    try {
      return execFileSync('nproc', { encoding: 'utf8' }).trim()
    } catch {
      return String(os.availableParallelism())
    }
  })()
  return {
    date: new Date().toISOString(),
    cpu: model,
    nproc,
    memoryGiB: (os.totalmem() / 1024 ** 3).toFixed(1),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: postgresVersion,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  }
}
