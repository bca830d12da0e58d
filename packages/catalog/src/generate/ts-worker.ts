import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/** A worker thread that runs jobs one message at a time, answering `{ id, items }`. */
export interface TsWorker<T> {
  run(job: { readonly id: number }): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts a worker on a TypeScript module. Node 20 does not apply `--import tsx` to a worker's
 * entry, so the worker first registers tsx's loader and then imports the module; this works the
 * same under tsx and under vitest.
 *
 * @example
 * const worker = startWorker<Item[]>(new URL("./render-worker.ts", import.meta.url), setup);
 */
export function startWorker<T>(module: URL, workerData: unknown): TsWorker<T> {
  const tsx = dirname(createRequire(import.meta.url).resolve("tsx"));
  const api = pathToFileURL(join(tsx, "esm", "api", "index.mjs")).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  const worker = new Worker(code, { eval: true, workerData, execArgv: [] });
  const waiting = new Map<
    number,
    { resolve: (value: T) => void; reject: (error: unknown) => void }
  >();
  let failure: unknown;
  const failAll = (error: unknown) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (message: { id: number; items: T }) => {
    waiting.get(message.id)?.resolve(message.items);
    waiting.delete(message.id);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => {
    if (waiting.size > 0) failAll(new Error(`render worker exited with code ${code}`));
  });
  return {
    run(job) {
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<T>((resolve, reject) => {
        waiting.set(job.id, { resolve, reject });
        worker.postMessage(job);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
