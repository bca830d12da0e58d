/**
 * `npm run bench:api`: the real API server (src/main.ts in a child process) on a 100,000-product
 * catalog, driven over HTTP by 1 and 32 concurrent shoppers in a closed loop (startSession, then
 * turns changing one attribute each, each sent as soon as the previous answer arrives), then 32
 * shoppers thinking before each turn (mean think times from --paced-ms), then HNSW recall@50 of
 * the served index against exact search. Prints a markdown report, writes it to
 * docs/benchmarks/api.md with a chart of latency against think time beside it. Not a test: the
 * numbers depend on the machine.
 *
 *   npm run bench:api -- [--products 100000] [--turns 20] [--sessions 1,32] [--index hnsw]
 *     [--m 32] [--ef-construction 80] [--ef-search 64] [--k 20] [--database-url postgres://...]
 *     [--paced-ms 4000,2000,1000,500 (0: none)] [--omp-threads N] [--turn-commit async|durable] [--server-args "--cpu-prof"] [--skip-recall]
 *     [--out docs/benchmarks/api.md]
 *
 * The first run on a catalog encodes it (minutes, cached beside the encoder) and builds the
 * index (cached beside the features); both show a progress bar with ETA.
 */
import { writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCatalog, progressBar } from "@atelier/catalog";
import { loadTf } from "@atelier/ml";
import { seededRandom } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import { DEFAULT_MODELS_DIR, type ServedIndexOptions } from "../src/runtime.ts";
import { cpuMeter } from "./bench/cpu.ts";
import { servedRecall } from "./bench/recall.ts";
import { cpuRow, latencyChart, renderReport, type Scenario, scenarioRow } from "./bench/report.ts";
import { type BenchServer, memoryOf, startBenchServer } from "./bench/server.ts";
import { shop } from "./bench/shopper.ts";
import { summarize } from "./bench/stats.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const { values: args } = parseArgs({
  options: {
    products: { type: "string", default: "100000" },
    turns: { type: "string", default: "20" },
    sessions: { type: "string", default: "1,32" },
    index: { type: "string", default: "hnsw" },
    m: { type: "string", default: "32" },
    "ef-construction": { type: "string", default: "80" },
    "ef-search": { type: "string", default: "64" },
    k: { type: "string", default: "20" },
    "database-url": { type: "string" },
    "paced-ms": { type: "string", default: "4000,2000,1000,500" },
    "recall-queries": { type: "string", default: "500" },
    seed: { type: "string", default: "42" },
    out: { type: "string", default: "docs/benchmarks/api.md" },
    "server-args": { type: "string", default: "" },
    "skip-recall": { type: "boolean", default: false },
    "omp-threads": { type: "string" },
    "turn-commit": { type: "string", default: "async" },
  },
  strict: true,
});

const int = (name: keyof typeof args): number => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be an integer`);
  return value;
};

/** The command line as the report shows it (a database password masked). */
const ARGS = process.argv.slice(2).map((arg) => arg.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@"));
const PRODUCTS = int("products");
const TURNS = int("turns");
const K = int("k");
const SEED = int("seed");
const PACED_MS = (args["paced-ms"] ?? "0")
  .split(",")
  .map(Number)
  .filter((think) => think > 0);
const CONCURRENCY = (args.sessions ?? "1,32").split(",").map(Number);
if (args.index !== "flat" && args.index !== "hnsw") throw new Error("--index must be flat or hnsw");
if (args["turn-commit"] !== "async" && args["turn-commit"] !== "durable") {
  throw new Error("--turn-commit must be async or durable");
}
const INDEX: ServedIndexOptions = {
  kind: args.index,
  neighbours: int("m"),
  efConstruction: int("ef-construction"),
  efSearch: int("ef-search"),
};
/**
 * faiss's OpenMP threads sleep when idle instead of spinning on the cores Node needs; with
 * --omp-threads 1 a batch's HNSW search runs on the event-loop thread alone (no barrier to wait
 * on when the other core is busy).
 */
const SERVER_ENV: Record<string, string> = {
  // As a deployed server runs: graphql-js skips its development-only checks.
  NODE_ENV: "production",
  OMP_WAIT_POLICY: "PASSIVE",
  OPENBLAS_NUM_THREADS: "1",
  ATELIER_API_TURN_COMMIT: args["turn-commit"] ?? "async",
  ...(args["omp-threads"] !== undefined && { OMP_NUM_THREADS: String(int("omp-threads")) }),
};

/** `sessions` shoppers at once, each playing TURNS turns; latencies of turns and of starts. */
async function scenario(
  server: BenchServer,
  catalog: ReturnType<typeof generateCatalog>,
  sessions: number,
  label: string,
  thinkMs: number,
  seed: number,
): Promise<Scenario> {
  const bar = progressBar(label.slice(0, 20), sessions * TURNS);
  let done = 0;
  let rssMiB = 0;
  const sampler = setInterval(() => {
    rssMiB = Math.max(rssMiB, memoryOf(server.pid).rssMiB);
  }, 200);
  const began = performance.now();
  const meter = cpuMeter(server.pid);
  try {
    const all = await Promise.all(
      Array.from({ length: sessions }, (_, s) => {
        const random = seededRandom(seed * 1000 + s);
        return shop({
          url: server.url,
          catalog,
          turns: TURNS,
          k: K,
          random,
          // Uniform think time around the mean, so paced shoppers do not move in lockstep.
          thinkMs: thinkMs > 0 ? () => thinkMs * (0.5 + random()) : undefined,
          onTurn: () => bar.update(++done),
        });
      }),
    );
    const cpu = meter.stop();
    const seconds = (performance.now() - began) / 1000;
    const turnMs = all.flatMap((s) => s.turnMs);
    const memory = memoryOf(server.pid);
    return {
      label,
      sessions,
      thinkMs,
      turns: summarize(turnMs),
      server: summarize(all.flatMap((s) => s.serverMs)),
      starts: summarize(all.map((s) => s.startMs)),
      turnsPerSecond: turnMs.length / seconds,
      seconds,
      rssMiB: Math.max(rssMiB, memory.rssMiB),
      peakMiB: memory.peakMiB,
      cpu,
    };
  } finally {
    clearInterval(sampler);
    bar.stop();
  }
}

async function main(): Promise<void> {
  const catalog = generateCatalog({ schema: shopping100k, count: PRODUCTS, seed: SEED });
  const loadBefore = loadavg()[0] ?? 0;
  console.error(`bench:api: starting the server (${PRODUCTS} products, ${INDEX.kind} index)`);
  const server = await startBenchServer({
    databaseUrl: args["database-url"],
    nodeArgs: (args["server-args"] ?? "").split(" ").filter((a) => a !== ""),
    env: {
      ...SERVER_ENV,
      ATELIER_API_PRODUCTS: String(PRODUCTS),
      ATELIER_API_SEED: String(SEED),
      ATELIER_API_INDEX: INDEX.kind,
      ATELIER_API_HNSW_M: String(INDEX.neighbours),
      ATELIER_API_EF_CONSTRUCTION: String(INDEX.efConstruction),
      ATELIER_API_EF_SEARCH: String(INDEX.efSearch),
    },
  });
  const afterStart = memoryOf(server.pid);
  const scenarios: Scenario[] = [];
  try {
    // Warm-up (not reported): JIT, wasm kernels, index pages, database caches.
    await scenario(server, catalog, 4, "warm-up", 0, 999);
    for (const sessions of CONCURRENCY) {
      scenarios.push(await scenario(server, catalog, sessions, "closed loop", 0, sessions));
    }
    const sessions = Math.max(...CONCURRENCY);
    for (const [i, think] of PACED_MS.entries()) {
      const label = `paced, ${think} ms think`;
      scenarios.push(await scenario(server, catalog, sessions, label, think, 7 + i));
    }
  } finally {
    await server.stop();
  }
  const loadAfter = loadavg()[0] ?? 0;
  if (args["skip-recall"]) {
    // A quick look while tuning: nothing is written.
    console.log(
      `start ${server.startSeconds.toFixed(1)} s\n${scenarios.map(scenarioRow).join("\n")}\n` +
        `${scenarios.map(cpuRow).join("\n")}`,
    );
    return;
  }
  console.error("bench:api: recall of the served index against exact search");
  const tf = await loadTf();
  const recall = await servedRecall({
    tf,
    catalog,
    modelsDir: DEFAULT_MODELS_DIR,
    index: INDEX,
    queries: int("recall-queries"),
    k: 50,
    random: seededRandom(SEED + 1),
  });
  const settings =
    INDEX.kind === "hnsw"
      ? `HNSW M ${INDEX.neighbours}, efConstruction ${INDEX.efConstruction}, efSearch ${INDEX.efSearch}`
      : "flat (exact)";
  const chart = latencyChart(scenarios);
  const chartPath = `${args.out.replace(/\.md$/, "")}-latency.svg`;
  const report = renderReport({
    command: `npm run bench:api${ARGS.length > 0 ? ` -- ${ARGS.join(" ")}` : ""}`,
    environment: [
      `machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}; ` +
        `load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (other work on the machine counts)`,
      `catalog: ${PRODUCTS} procedural products (seed ${SEED}), 384-d MANN queries, k ${K}`,
      `index: ${settings}; inner product on L2-normalised encoder features`,
      `database: ${server.database}`,
      `server env: ${Object.entries(SERVER_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(" ")}`,
      `server start: ${server.startSeconds.toFixed(1)} s (seed check, cached features and index); ` +
        `RSS after start ${afterStart.rssMiB.toFixed(0)} MiB`,
    ],
    turnsPerSession: TURNS,
    scenarios,
    recall,
    databaseInServer: args["database-url"] === undefined,
    chartFile: chart ? basename(chartPath) : undefined,
  });
  console.log(report);
  await writeFile(`${ROOT}${args.out}`, report);
  if (chart) await writeFile(`${ROOT}${chartPath}`, chart);
  console.error(`bench:api: written to ${args.out}${chart ? ` and ${chartPath}` : ""}`);
}

await main();
