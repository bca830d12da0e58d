// Worker side of `renderCatalogImages`: regenerates the catalog's labels from its seed (cheap, a
// few megabytes) and renders the jobs it is sent, returning buffers by transfer.
import { parentPort, workerData } from "node:worker_threads";
import type { AttributeSchema } from "@atelier/schema";
import { generateCatalog } from "./catalog.ts";
import { collectGarbage, nextTurn } from "./native-memory.ts";
import { type RenderJob, renderRange } from "./render-range.ts";

interface Setup {
  readonly schema: AttributeSchema;
  readonly seed: number;
  readonly count: number;
}

const catalog = generateCatalog(workerData as Setup);
const queue: RenderJob[] = [];
let running = false;

parentPort?.on("message", (job: RenderJob) => {
  queue.push(job);
  if (!running) void drain();
});

/**
 * One job at a time, with a collection and an event-loop turn after each: queued messages would
 * otherwise run back to back and resvg's native pixmaps would pile up (see native-memory.ts).
 */
async function drain() {
  running = true;
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
    const items = renderRange(catalog, job);
    const transfer: ArrayBuffer[] = [];
    for (const item of items) {
      if (item.png) transfer.push(item.png.buffer as ArrayBuffer);
      if (item.pixels) transfer.push(item.pixels.buffer as ArrayBuffer);
    }
    parentPort?.postMessage({ id: job.id, items }, transfer);
    collectGarbage();
    await nextTurn();
  }
  running = false;
}
