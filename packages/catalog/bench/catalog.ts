/**
 * `npm run bench:catalog`: how fast the procedural catalog is generated, and in how much memory.
 *
 *  1. 20,000 products with their 96 px tensors (labels, products, SVG, rasterised pixels), in
 *     worker threads (one per core), and the same pass on 2,000 items in one thread for the ratio;
 *  2. a streamed 100,000-product dataset (PNG files, ADDE split and query files) in a child
 *     process of its own, so that its peak RSS is its own (skip with `--skip-100k`).
 *
 * Prints the figures and writes them to docs/benchmarks/catalog.md.
 *
 * @example
 *   npm run bench:catalog              # both passes
 *   npm run bench:catalog -- --skip-100k
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  generateCatalog,
  type ImageFile,
  progressBar,
  renderCatalogImages,
  writeCatalogDataset,
} from "../src/index.ts";

const { values } = parseArgs({
  options: {
    "skip-100k": { type: "boolean", default: false },
    pass: { type: "string" },
    out: { type: "string" },
  },
});

interface TensorPass {
  products: number;
  workers: number;
  seconds: number;
  perSecond: number;
  peakRssMiB: number;
}

/** Generates `count` products with their `size` px tensors and consumes them in order. */
async function tensorPass(count: number, workers: number, label: string): Promise<TensorPass> {
  const started = performance.now();
  const catalog = generateCatalog({ count, seed: 42 });
  const bar = progressBar(label, count);
  let done = 0;
  let checksum = 0;
  for await (const item of renderCatalogImages(catalog, { pixels: true, size: 96, workers })) {
    catalog.product(item.index);
    checksum += item.pixels?.[4000] ?? 0;
    done++;
    if (done % 256 === 0 || done === count) bar.update(done);
  }
  bar.stop();
  if (!(checksum > 0)) throw new Error("bench: the tensors came back empty");
  const seconds = (performance.now() - started) / 1000;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  return { products: count, workers, seconds, perSecond: count / seconds, peakRssMiB };
}

/** The 100k pass, run as a child process: a whole dataset folder, streamed. */
async function datasetPass(count: number, out: string) {
  const started = performance.now();
  const catalog = generateCatalog({ count, seed: 42 });
  const bar = progressBar("100k", count);
  async function* images(): AsyncGenerator<ImageFile> {
    for await (const item of renderCatalogImages(catalog, { png: true, size: 96 })) {
      if (item.png) yield { index: item.index, png: item.png };
    }
  }
  const summary = await writeCatalogDataset(catalog, out, {
    images: images(),
    onImage: (done) => {
      if (done % 500 === 0 || done === count) bar.update(done);
    },
  });
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ products: count, seconds, perSecond: count / seconds, peakRssMiB, summary }),
  );
}

async function main() {
  if (values.pass === "100k") {
    await datasetPass(100_000, values.out ?? "");
    return;
  }
  const workers = availableParallelism();
  // Other work on the machine skews the threaded figures: the load says how much there was.
  const load = loadavg()[0] ?? 0;
  const one = await tensorPass(2_000, 0, "1 thread");
  const many = await tensorPass(20_000, workers, "20k");
  const lines = [
    `machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${workers} cores, Node ${process.version}; ` +
      `load average ${load.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} after the 20k pass`,
    "",
    "| pass | products | threads | time (s) | products/s | peak RSS (MiB) |",
    "| --- | --- | --- | --- | --- | --- |",
    row("96 px tensors, one thread", one, "1"),
    row("96 px tensors", many, `${workers} workers`),
  ];
  let full:
    | { products: number; seconds: number; perSecond: number; peakRssMiB: number }
    | undefined;
  if (!values["skip-100k"]) {
    const out = await mkdtemp(join(tmpdir(), "atelier-bench-catalog-"));
    try {
      const script = fileURLToPath(import.meta.url);
      const stdout = execFileSync(
        process.execPath,
        [...process.execArgv, script, "--pass", "100k", "--out", out],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
          maxBuffer: 1 << 20,
        },
      );
      full = JSON.parse(stdout.trim().split("\n").pop() ?? "{}");
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    if (full)
      lines.push(row("dataset folder (PNG + ADDE files), streamed", full, `${workers} workers`));
  }
  lines.push(
    "",
    `20,000 products with 96 px tensors: ${many.seconds.toFixed(1)} s (${many.perSecond.toFixed(0)} products/s; ` +
      `${(many.perSecond / one.perSecond).toFixed(2)}x one thread). Goal: under 120 s on 2 cores.`,
  );
  if (full) {
    lines.push(
      `100,000-product dataset: ${full.seconds.toFixed(1)} s, peak RSS ${full.peakRssMiB.toFixed(0)} MiB ` +
        `(${(full.peakRssMiB / 1024).toFixed(2)} GiB). Goal: within 4 GiB.`,
    );
  } else {
    lines.push("100,000-product pass skipped (--skip-100k).");
  }
  const text = lines.join("\n");
  console.log(`\n${text}`);
  const doc = join(
    fileURLToPath(new URL("../../../docs/benchmarks/", import.meta.url)),
    "catalog.md",
  );
  await writeFile(
    doc,
    `# Catalog generation benchmark\n\nLatest output of \`npm run bench:catalog\` ` +
      `(packages/catalog/bench/catalog.ts).\n\n${text}\n`,
  );
  console.log(`\nwritten to ${doc}`);
}

function row(
  name: string,
  pass: { products: number; seconds: number; perSecond: number; peakRssMiB: number },
  threads: string,
) {
  return `| ${name} | ${pass.products} | ${threads} | ${pass.seconds.toFixed(1)} | ${pass.perSecond.toFixed(0)} | ${pass.peakRssMiB.toFixed(0)} |`;
}

await main();
