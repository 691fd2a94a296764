/**
 * The LiveKit test server in a process of its own, for load runs. In the load generator's process
 * its answers (UpdateRoomMetadata on inbound start, DeleteRoom on the agent's end) would wait
 * behind the generator's own event loop, and that lag would be counted as the API's latency; real
 * LiveKit runs elsewhere. Rooms are created and deleted over IPC, as LiveKit would on its own.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { Room } from '@livekit/protocol'
import { startLiveKitServer } from '../../test/support/livekit-server.js'

type ToChild = { type: 'add'; id: number; room: string } | { type: 'delete'; room: string } | { type: 'close' }
type FromChild = { type: 'listening'; wsUrl: string } | { type: 'added'; id: number } | { type: 'closed' }

export interface LiveKitProcess {
  wsUrl: string
  pid: number
  /** Resolves once the room exists (before the call's first request refers to it). */
  addRoom(room: string): Promise<void>
  deleteRoom(room: string): void
  close(): Promise<void>
}

export async function startLiveKitProcess(lk: { apiKey: string; apiSecret: string }): Promise<LiveKitProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, LK_KEY: lk.apiKey, LK_SECRET: lk.apiSecret },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = new Map<number, () => void>()
  let nextId = 0
  const wsUrl = await new Promise<string>((resolve, reject) => {
    child.on('message', (m: FromChild) => {
      if (m.type === 'listening') resolve(m.wsUrl)
      else if (m.type === 'added') { waiting.get(m.id)?.(); waiting.delete(m.id) }
    })
    child.once('exit', (code) => reject(new Error(`LiveKit test process exited with ${code}`)))
  })
  const send = (m: ToChild) => child.send(m)
  return {
    wsUrl,
    pid: child.pid!,
    addRoom: (room) => new Promise<void>((resolve) => {
      const id = nextId++
      waiting.set(id, resolve)
      send({ type: 'add', id, room })
    }),
    deleteRoom: (room) => send({ type: 'delete', room }),
    async close() {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      send({ type: 'close' })
      await exited
    },
  }
}

async function child() {
  const server = await startLiveKitServer({ apiKey: process.env.LK_KEY!, apiSecret: process.env.LK_SECRET! })
  process.on('message', async (m: ToChild) => {
    if (m.type === 'add') {
      server.state.rooms.set(m.room, { room: new Room({ sid: `RM_${randomBytes(6).toString('hex')}`, name: m.room }), participants: new Map() })
      process.send!({ type: 'added', id: m.id } satisfies FromChild)
    } else if (m.type === 'delete') {
      server.state.rooms.delete(m.room)
    } else if (m.type === 'close') {
      await server.close()
      process.exit(0)
    }
  })
  process.on('disconnect', () => process.exit(0))
  process.send!({ type: 'listening', wsUrl: server.wsUrl } satisfies FromChild)
}

if (process.argv.includes('--child')) await child()
