/**
 * Collects concurrent requests into batches: one model step and one index search for many
 * sessions cost little more than for one (issue 6, item 7).
 */

/**
 * When a batch is run: once the requests that arrived in the same turn of the event loop have
 * queued (windowMs 0, the default), after `windowMs` from its first request, or as soon as
 * `maxBatch` wait.
 */
export interface BatchingOptions {
  /**
   * How long the first request of a batch waits for company, in ms. 0 (the default) waits for
   * no timer: the batch runs right after the I/O callbacks of the current event-loop turn
   * (setImmediate), so requests parsed together share it and a lone request waits for nothing.
   * A positive window trades that much latency for larger batches when arrivals are sparse.
   */
  readonly windowMs?: number;
  /** The most requests in one batch (default 64); 1 runs every request alone. */
  readonly maxBatch?: number;
}

/** Runs one batch; entry i settles request i (an Error value rejects it alone). */
export type BatchRunner<Req, Res> = (requests: readonly Req[]) => Promise<(Res | Error)[]>;

interface Pending<Req, Res> {
  readonly request: Req;
  readonly resolve: (result: Res) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A function that queues its request and resolves with its own result from a batched run.
 * Batches run one at a time: requests arriving during a run wait and form the next batch, so
 * under load batches grow by themselves.
 *
 * @example
 * const submit = microBatcher(async (xs: number[]) => xs.map((x) => x * 2), { windowMs: 2 });
 * await Promise.all([submit(1), submit(2)]); // [2, 4], from one run
 */
export function microBatcher<Req, Res>(
  run: BatchRunner<Req, Res>,
  options: BatchingOptions = {},
): (request: Req) => Promise<Res> {
  const windowMs = options.windowMs ?? 0;
  const maxBatch = Math.max(1, options.maxBatch ?? 64);
  let queue: Pending<Req, Res>[] = [];
  let timer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | undefined;
  let running = false;

  const cancelTimer = () => {
    if (timer === undefined) return;
    if (windowMs > 0) clearTimeout(timer as ReturnType<typeof setTimeout>);
    else clearImmediate(timer as ReturnType<typeof setImmediate>);
    timer = undefined;
  };
  const schedule = () => {
    timer =
      windowMs > 0 ? setTimeout(() => void flush(), windowMs) : setImmediate(() => void flush());
  };

  const flush = async (): Promise<void> => {
    cancelTimer();
    if (running || queue.length === 0) return;
    running = true;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(maxBatch);
    try {
      const results = await run(batch.map((p) => p.request));
      batch.forEach((p, i) => {
        const result = results[i];
        if (result instanceof Error) p.reject(result);
        else p.resolve(result as Res);
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      running = false;
    }
    // Whatever arrived meanwhile has waited long enough already.
    if (queue.length > 0) void flush();
  };

  return (request) =>
    new Promise<Res>((resolve, reject) => {
      queue.push({ request, resolve, reject });
      if (queue.length >= maxBatch) void flush();
      else if (timer === undefined && !running) schedule();
    });
}
