/**
 * Group commit for a hot write: calls that arrive while earlier ones are being written go out
 * together in the next statement. Under load, many requests share one statement, one round trip
 * and one commit (the database's cost per statement, not per row, is what bounds a hot insert on a
 * small host); when idle, a call is written on the next turn of the event loop, as before.
 *
 * `write` gets the batch and returns one result per item, in order. When a batch of several fails,
 * each item is retried alone, so one bad row (a workspace deleted a moment ago) fails only its own
 * request and the others are written.
 */
export interface BatchOptions {
  /** Statements in flight at once: the next batch forms while these run. */
  concurrency: number
  /** Items per statement at most. */
  maxBatch: number
}

export function createBatcher<In, Out>(write: (items: In[]) => Promise<Out[]>, opts: BatchOptions) {
  interface Pending { item: In; resolve: (v: Out) => void; reject: (e: unknown) => void }
  let queue: Pending[] = []
  let inFlight = 0
  let scheduled = false

  async function run(batch: Pending[]) {
    try {
      const out = await write(batch.map((p) => p.item))
      batch.forEach((p, i) => p.resolve(out[i]))
    } catch (err) {
      if (batch.length === 1) batch[0].reject(err)
      else await Promise.all(batch.map((p) => run([p])))
    }
  }

  function flush() {
    scheduled = false
    while (queue.length && inFlight < opts.concurrency) {
      const batch = queue.slice(0, opts.maxBatch)
      queue = queue.slice(batch.length)
      inFlight++
      void run(batch).finally(() => {
        inFlight--
        schedule()
      })
    }
  }

  // setImmediate rather than a timer: requests parsed in the same I/O phase join one batch,
  // and an idle server adds no delay.
  function schedule() {
    if (scheduled || !queue.length || inFlight >= opts.concurrency) return
    scheduled = true
    setImmediate(flush)
  }

  return (item: In): Promise<Out> =>
    new Promise<Out>((resolve, reject) => {
      queue.push({ item, resolve, reject })
      schedule()
    })
}
