// Worker side of `trainingItemStream`: renders one chunk per job from its own seeded stream (so
// the sequence of chunks is the same on every run) and hands the buffers over by transfer.
import { parentPort, workerData } from "node:worker_threads";
import { seededRandom } from "@atelier/random";
import { collectGarbage, nextTurn } from "../generate/native-memory.ts";
import { renderTrainingItems, type TrainingItems } from "./training-items.ts";

const { seed, size, chunk } = workerData as { seed: number; size: number; chunk: number };
const random = seededRandom(seed);
const queue: number[] = [];
let running = false;

parentPort?.on("message", (job: { id: number }) => {
  queue.push(job.id);
  if (!running) void drain();
});

// One chunk at a time, with a collection after each: resvg's native pixmaps would pile up.
async function drain() {
  running = true;
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const items: TrainingItems = renderTrainingItems(random, chunk, size);
    parentPort?.postMessage({ id, items }, [
      items.pixels.buffer as ArrayBuffer,
      items.rows.buffer as ArrayBuffer,
    ]);
    collectGarbage();
    await nextTurn();
  }
  running = false;
}
