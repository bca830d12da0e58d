/**
 * Fresh training items rendered ahead of need by a worker thread: a trainer reads every item
 * once (no epochs, no overfitting to a fixed set) and rendering runs on the other core.
 */
import { startWorker } from "../generate/ts-worker.ts";
import type { TrainingItems } from "./training-items.ts";

export interface TrainingStreamOptions {
  readonly seed: number;
  /** Image side in px. */
  readonly size: number;
  /** Items per chunk (one training batch, typically). */
  readonly chunk: number;
  /** Chunks requested in advance (default 3). */
  readonly ahead?: number;
}

/** Chunks of fresh rendered items, always in the same order for the same seed. */
export interface TrainingStream {
  next(): Promise<TrainingItems>;
  close(): Promise<void>;
}

/**
 * Starts the worker and asks for `ahead` chunks at once.
 *
 * @example
 * const stream = trainingItemStream({ seed: 1, size: 64, chunk: 64 });
 * const batch = await stream.next(); // 64 items
 * await stream.close();
 */
export function trainingItemStream(options: TrainingStreamOptions): TrainingStream {
  const { seed, size, chunk } = options;
  const worker = startWorker<TrainingItems>(
    new URL("./training-stream-worker.ts", import.meta.url),
    {
      seed,
      size,
      chunk,
    },
  );
  let requested = 0;
  const pending: Promise<TrainingItems>[] = [];
  const request = () => pending.push(worker.run({ id: requested++ }));
  for (let k = 0; k < (options.ahead ?? 3); k++) request();
  return {
    next() {
      request();
      return pending.shift() as Promise<TrainingItems>;
    },
    async close() {
      // Chunks asked for ahead are abandoned: their promises reject when the worker stops.
      for (const chunk of pending.splice(0)) chunk.catch(() => {});
      await worker.close();
    },
  };
}
