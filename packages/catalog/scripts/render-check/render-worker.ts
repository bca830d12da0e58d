/**
 * Worker thread of the render check: renders training items on the second core while the main
 * thread trains, one chunk per "next" message, from its own seeded stream (so the sequence of
 * chunks is the same on every run).
 */
import { parentPort, workerData } from "node:worker_threads";
import { seededRandom } from "@atelier/random";
import { renderItems } from "./dataset.ts";

const { seed, size, chunk } = workerData as { seed: number; size: number; chunk: number };
const random = seededRandom(seed);
parentPort?.on("message", (message: string) => {
  if (message !== "next") return;
  const set = renderItems(random, chunk, size);
  // Transferred, not copied: the chunk is the worker's no more.
  const buffers = [set.pixels.buffer, ...set.targets.map((t) => t.buffer)] as ArrayBuffer[];
  parentPort?.postMessage(set, buffers);
});
