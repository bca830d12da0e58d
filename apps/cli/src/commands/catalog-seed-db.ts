import {
  catalogItemSvg,
  catalogProductInputs,
  datasetProducts,
  generateCatalog,
  progressBar,
  seedProducts,
} from "@atelier/catalog";
import { createDb } from "@atelier/db/client";
import { shopping100k } from "@atelier/schema";
import { type Command, intOption, parseOptions, positiveInt } from "../options.ts";

const NAME = "catalog seed-db";

/**
 * `atelier catalog seed-db --from DIR` (a generated or imported dataset folder) or
 * `atelier catalog seed-db --products N --seed S` (generate directly): products into the database,
 * in batches, idempotently.
 */
export const catalogSeedDb: Command = {
  name: NAME,
  summary: "write a catalog's products into the database (idempotent)",
  async run(args) {
    const { values } = parseOptions(NAME, args, {
      from: { type: "string" },
      products: { type: "string" },
      seed: { type: "string", default: "42" },
      "database-url": { type: "string" },
      "batch-size": { type: "string", default: "500" },
      "no-images": { type: "boolean", default: false },
    });
    if ((values.from === undefined) === (values.products === undefined)) {
      throw new Error(`${NAME}: give either --from DIR or --products N (with --seed S)`);
    }
    const batchSize = intOption("batch-size", values["batch-size"], 1, 5000);
    const withImages = !values["no-images"];
    const source =
      values.from !== undefined
        ? await datasetProducts(
            values.from,
            shopping100k,
            withImages ? (catalog, i) => catalogItemSvg(catalog, i) : undefined,
          )
        : (() => {
            const catalog = generateCatalog({
              count: positiveInt("products", values.products ?? ""),
              seed: intOption("seed", values.seed, 0, 2 ** 32 - 1),
            });
            const svg = withImages ? (i: number) => catalogItemSvg(catalog, i) : undefined;
            return { count: catalog.count, products: catalogProductInputs(catalog, svg) };
          })();
    const db = createDb(values["database-url"] ? { databaseUrl: values["database-url"] } : {});
    const bar = progressBar("seed-db", source.count);
    try {
      const result = await seedProducts(db, source.products, {
        batchSize,
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      console.log(
        `database (${db.target.kind}): ${result.created} created, ${result.updated} updated, ` +
          `${result.unchanged} unchanged`,
      );
    } finally {
      bar.stop();
      await db.close();
    }
  },
};
