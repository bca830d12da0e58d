import { availableParallelism } from "node:os";
import type { Catalog } from "./catalog.ts";
import { collectGarbage, nextTurn } from "./native-memory.ts";
import type { RenderedItem, RenderJob, RenderOutputs } from "./render-range.ts";
import { renderRange } from "./render-range.ts";
import { startWorker, type TsWorker } from "./ts-worker.ts";

export interface RenderImagesOptions extends RenderOutputs {
  /** Side in pixels (default 96). */
  readonly size?: number;
  /** Worker threads (default: one per core, at most 8); 0 renders in this thread. */
  readonly workers?: number;
  /** Items per job (default 64). */
  readonly batch?: number;
  /** Catalog positions to render, in the order to yield them (default: all, ascending). */
  readonly items?: ArrayLike<number>;
}

/**
 * Renders catalog items (SVG, PNG and/or pixel tensors) across worker threads and yields them in
 * order, keeping only a few batches in flight: 100,000 images stream through in bounded memory.
 *
 * @example
 * for await (const { index, pixels } of renderCatalogImages(catalog, { pixels: true, size: 96 })) {
 *   // pixels: Float32Array(96 * 96 * 3)
 * }
 */
export async function* renderCatalogImages(
  catalog: Catalog,
  options: RenderImagesOptions,
): AsyncGenerator<RenderedItem> {
  const size = options.size ?? 96;
  if (!Number.isInteger(size) || size < 8 || size > 1024) {
    throw new RangeError(`size must be an integer from 8 to 1024, got ${size}`);
  }
  const batch = options.batch ?? 64;
  const order = options.items ?? Int32Array.from({ length: catalog.count }, (_, i) => i);
  const jobs: RenderJob[] = [];
  for (let start = 0, id = 0; start < order.length; start += batch, id++) {
    const items = Array.from(
      { length: Math.min(batch, order.length - start) },
      (_, k) => order[start + k] ?? 0,
    );
    jobs.push({ id, items, size, svg: options.svg, png: options.png, pixels: options.pixels });
  }
  const workers = options.workers ?? Math.min(8, availableParallelism());
  if (workers === 0) {
    for (const [k, job] of jobs.entries()) {
      yield* renderRange(catalog, job);
      if (k % 2 === 1) {
        collectGarbage();
        await nextTurn();
      }
    }
    return;
  }
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () =>
    startWorker<RenderedItem[]>(new URL("./render-worker.ts", import.meta.url), {
      schema: catalog.schema,
      seed: catalog.seed,
      count: catalog.count,
    }),
  );
  try {
    yield* inOrder(jobs, pool);
  } finally {
    await Promise.all(pool.map((worker) => worker.close()));
  }
}

/** Runs jobs on the pool, two per worker in flight, and yields their items in job order. */
async function* inOrder(jobs: readonly RenderJob[], pool: readonly TsWorker<RenderedItem[]>[]) {
  const pending = new Map<number, Promise<RenderedItem[]>>();
  let next = 0;
  const submit = () => {
    const job = jobs[next];
    if (job === undefined) return;
    const worker = pool[next % pool.length];
    if (worker === undefined) return;
    pending.set(job.id, worker.run(job));
    next++;
  };
  for (let k = 0; k < pool.length * 2; k++) submit();
  for (const job of jobs) {
    const result = pending.get(job.id);
    if (result === undefined) throw new Error(`render job ${job.id} was never submitted`);
    const items = await result;
    pending.delete(job.id);
    submit();
    yield* items;
  }
}
