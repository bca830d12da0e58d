/**
 * Fresh training items, rendered ahead of need by a worker thread: training reads every item
 * once, and rendering costs no training time (it runs on the other core).
 */
import { Worker } from "node:worker_threads";
import type { RenderSet } from "./dataset.ts";

/** Chunks of rendered items in a fixed order, `ahead` chunks requested in advance. */
export class RenderStream {
  private readonly worker: Worker;
  private readonly waiting: ((set: RenderSet) => void)[] = [];
  private readonly ready: RenderSet[] = [];
  private failure: unknown = null;

  constructor(seed: number, size: number, chunk: number, ahead = 3) {
    // Workers do not inherit tsx's loader: the worker registers it, then loads the TS module.
    const entry = new URL("./render-worker.ts", import.meta.url).href;
    const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    this.worker = new Worker(boot, { eval: true, workerData: { seed, size, chunk } });
    this.worker.on("message", (set: RenderSet) => {
      const resolve = this.waiting.shift();
      if (resolve) resolve(set);
      else this.ready.push(set);
    });
    this.worker.on("error", (error) => {
      this.failure = error;
    });
    for (let k = 0; k < ahead; k++) this.worker.postMessage("next");
  }

  /** The next chunk (and a request for one more, to stay ahead). */
  async next(): Promise<RenderSet> {
    if (this.failure !== null) throw this.failure;
    this.worker.postMessage("next");
    const ready = this.ready.shift();
    if (ready) return ready;
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      this.worker.once("error", reject);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
