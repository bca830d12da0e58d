import { availableParallelism } from "node:os";
import {
  generateCatalog,
  type ImageFile,
  progressBar,
  renderCatalogImages,
  writeCatalogDataset,
} from "@atelier/catalog";
import { shopping100k } from "@atelier/schema";
import { type Command, intOption, oneOf, parseOptions, positiveInt, required } from "../options.ts";

const NAME = "catalog generate";

/**
 * `atelier catalog generate --products N --seed S --out DIR [--size 96]`: a procedural catalog as
 * a Shopping100k-style dataset folder with ADDE's split and query files.
 */
export const catalogGenerate: Command = {
  name: NAME,
  summary: "generate a procedural catalog as a dataset folder (images, labels, splits, queries)",
  async run(args) {
    const { values } = parseOptions(NAME, args, {
      products: { type: "string", default: "20000" },
      seed: { type: "string", default: "42" },
      out: { type: "string" },
      size: { type: "string", default: "96" },
      workers: { type: "string", default: String(availableParallelism()) },
      "labels-only": { type: "boolean", default: false },
      "max-per-reference": { type: "string" },
      "multi-pairs": { type: "string", default: "1000" },
      "multi-seed": { type: "string", default: "0" },
      distribution: { type: "string", default: "balanced" },
    });
    const out = required("out", values.out);
    const count = positiveInt("products", values.products);
    const seed = intOption("seed", values.seed, 0, 2 ** 32 - 1);
    const size = intOption("size", values.size, 16, 1024);
    const workers = intOption("workers", values.workers, 0, 64);
    const cap = values["max-per-reference"];
    const singleQueries = {
      seed,
      ...(cap === undefined ? {} : { maxPerReference: positiveInt("max-per-reference", cap) }),
    };
    const multiPairs = {
      count: positiveInt("multi-pairs", values["multi-pairs"]),
      seed: intOption("multi-seed", values["multi-seed"], 0),
      distribution: oneOf("distribution", values.distribution, ["balanced", "natural"] as const),
    };
    const started = performance.now();
    const catalog = generateCatalog({ schema: shopping100k, count, seed });
    const bar = values["labels-only"] ? undefined : progressBar("render", count);
    async function* images(): AsyncGenerator<ImageFile> {
      for await (const item of renderCatalogImages(catalog, { png: true, size, workers })) {
        if (item.png) yield { index: item.index, png: item.png };
      }
    }
    const summary = await writeCatalogDataset(catalog, out, {
      size,
      ...(bar ? { images: images(), onImage: (done: number) => bar.update(done) } : {}),
      singleQueries,
      multiPairs,
    });
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${out}: ${count} products (seed ${seed}), ${summary.images} images of ${size} px, ` +
        `train ${summary.train} / test ${summary.test}, ${summary.singleQueries} single-manipulation ` +
        `queries, ${summary.triplets} training triplets, multi-manipulation pairs by distance ` +
        `${JSON.stringify(summary.multiPairs)}; ${seconds.toFixed(1)} s`,
    );
  },
};
