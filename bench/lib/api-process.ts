/**
 * The real API entry (src/server.ts) in a child process, as production runs it: its own event loop,
 * close-with-grace on SIGTERM, pino JSON on stdout. Used by the benchmarks and by the reliability
 * drills (test/drills/), which kill, stop and restart it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import net from 'node:net'
import { fileURLToPath } from 'node:url'

const SERVER_ENTRY = fileURLToPath(new URL('../../src/server.ts', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** One pino line as written by the child (or a raw line when it was not JSON). */
export interface LogLine {
  level?: number
  msg?: string
  raw: string
  [k: string]: unknown
}

export interface ApiProcess {
  child: ChildProcess
  pid: number
  port: number
  url: string
  /** Every line the child printed so far, stdout and stderr. */
  logs: LogLine[]
  /** Lines at pino `error` (50) or `fatal` (60), and any stderr line that is not JSON. */
  errorLines(): LogLine[]
  /** Resolves with the exit code (or the signal name) once the child is gone. */
  exited: Promise<number | string>
  /** Resident set size of the child in bytes, read from /proc. */
  rss(): number
  /** SIGTERM and wait for the exit; SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<number | string>
}

/** A port that was free a moment ago (the child binds it; a restart reuses it). */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Starts src/server.ts with `env` (on top of a minimal environment: no inherited DATABASE_URL or
 * integration variables leak in) and resolves once its port accepts connections.
 */
export async function startApiProcess(opts: {
  env: Record<string, string>
  port?: number
  execArgv?: string[]
  startTimeoutMs?: number
  /** Read and drop the child's output (benchmarks: production logging, nothing kept in the parent). */
  discardLogs?: boolean
}): Promise<ApiProcess> {
  const port = opts.port ?? (await freePort())
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'production',
    // Production refuses to boot without a secrets key; drills and benchmarks get a throwaway one.
    SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...opts.env,
  }
  const child = spawn(process.execPath, ['--import', 'tsx', ...(opts.execArgv ?? []), SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const logs: LogLine[] = []
  const collect = (stream: NodeJS.ReadableStream, fromStderr: boolean) => {
    let buffered = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      if (opts.discardLogs) return
      buffered += chunk
      let nl: number
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const raw = buffered.slice(0, nl)
        buffered = buffered.slice(nl + 1)
        if (!raw.trim()) continue
        let line: LogLine
        try {
          line = { ...JSON.parse(raw), raw }
        } catch {
          line = { raw, ...(fromStderr ? { stderr: true } : {}) }
        }
        logs.push(line)
      }
    })
  }
  collect(child.stdout!, false)
  collect(child.stderr!, true)
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)))

  // Listening is known by connecting, not from the log: LOG_LEVEL may hide Fastify's info line.
  const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000)
  let gone: number | string | undefined
  void exited.then((code) => (gone = code))
  while (!(await accepts(port))) {
    if (gone !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`API ${gone !== undefined ? `exited (${gone})` : 'did not start in time'}:\n${logs.map((l) => l.raw).join('\n')}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }

  return {
    child,
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    logs,
    errorLines: () => logs.filter((l) => (typeof l.level === 'number' ? l.level >= 50 : l.stderr === true)),
    exited,
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      return kb * 1024
    },
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
      const code = await exited
      clearTimeout(timer)
      return code
    },
  }
}
