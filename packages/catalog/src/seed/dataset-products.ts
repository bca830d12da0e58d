import { join } from "node:path";
import { readAddeSplit } from "@atelier/datasets";
import type { ProductInput } from "@atelier/db";
import { seededRandom } from "@atelier/random";
import { type AttributeSchema, decodeLabels } from "@atelier/schema";
import { type Catalog, generateCatalog } from "../generate/catalog.ts";
import { itemSeed, Stream } from "../generate/item-seed.ts";
import { readCatalogManifest } from "../generate/manifest.ts";
import { priceCents, stockLevel } from "../generate/price.ts";
import { productDescription, productTitle } from "../generate/product-text.ts";
import { SPLITS_DIR } from "../generate/write-dataset.ts";
import { catalogProductInputs } from "./seed-products.ts";

/** Products of a dataset folder, and how many there are (for a progress bar). */
export interface DatasetProducts {
  readonly count: number;
  readonly products: Iterable<ProductInput>;
  /** `generated` (catalog.json found: regenerated, with images) or `imported` (ADDE files only). */
  readonly kind: "generated" | "imported";
}

/**
 * The products of a dataset folder. A generated catalog (`catalog.json`) is regenerated from its
 * seed, exactly as written, with `imageSvg` when given; imported data (ADDE's split files, e.g.
 * real Shopping100k) becomes products titled from their labels, id = image path.
 *
 * @example
 * const { count, products } = await datasetProducts("data/catalog", shopping100k, svgOf);
 */
export async function datasetProducts(
  dir: string,
  schema: AttributeSchema,
  imageSvg?: (catalog: Catalog, index: number) => string,
): Promise<DatasetProducts> {
  const manifest = await readCatalogManifest(dir);
  if (manifest !== undefined) {
    if (manifest.dataset !== schema.dataset) {
      throw new Error(`${dir} holds a ${manifest.dataset} catalog, not ${schema.dataset}`);
    }
    const catalog = generateCatalog({ schema, seed: manifest.seed, count: manifest.count });
    const svg = imageSvg === undefined ? undefined : (i: number) => imageSvg(catalog, i);
    return {
      count: catalog.count,
      products: catalogProductInputs(catalog, svg),
      kind: "generated",
    };
  }
  const splits = join(dir, SPLITS_DIR);
  const parts = [
    await readAddeSplit(splits, "train", schema),
    await readAddeSplit(splits, "test", schema),
  ];
  const count = parts.reduce((n, part) => n + part.images.length, 0);
  function* products(): Generator<ProductInput> {
    let n = 0;
    for (const part of parts) {
      for (const [k, path] of part.images.entries()) {
        const vector = part.labels.data.subarray(k * schema.total, (k + 1) * schema.total);
        const labels = decodeLabels(schema, vector);
        const random = seededRandom(itemSeed(0, n++, Stream.Text));
        yield {
          id: path.replace(/\.[a-z]+$/i, ""),
          title: productTitle(labels),
          description: productDescription(labels, random),
          priceCents: priceCents(labels, random),
          stock: stockLevel(random),
          labels: Array.from(vector),
        };
      }
    }
  }
  return { count, products: products(), kind: "imported" };
}
