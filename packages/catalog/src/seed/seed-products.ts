import type { Db, ProductInput, UpsertProductsResult } from "@atelier/db";
import { upsertProducts } from "@atelier/db";
import type { Catalog } from "../generate/catalog.ts";

export interface SeedOptions {
  /** Products per transaction (default 500). */
  readonly batchSize?: number;
  /** Products validated and written per call of `upsertProducts` (default 5,000), bounding memory. */
  readonly chunkSize?: number;
  /** Called after every chunk with the products written so far. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Writes products into the database in chunks through `upsertProducts`: new ones are created,
 * changed ones updated, identical ones left alone, so running it twice changes nothing the second
 * time (all `unchanged`). Products are consumed lazily, so 100,000 of them with their SVGs never
 * sit in memory together.
 *
 * @example
 * await seedProducts(db, catalogProductInputs(catalog), { onProgress: (n) => bar.update(n) });
 * // { created: 20000, updated: 0, unchanged: 0 }
 */
export async function seedProducts(
  db: Db,
  products: Iterable<ProductInput> | AsyncIterable<ProductInput>,
  options: SeedOptions = {},
): Promise<UpsertProductsResult> {
  const chunkSize = options.chunkSize ?? 5000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${chunkSize}`);
  }
  const total = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  let chunk: ProductInput[] = [];
  const flush = async () => {
    const result = await upsertProducts(db, chunk, { batchSize: options.batchSize ?? 500 });
    total.created += result.created;
    total.updated += result.updated;
    total.unchanged += result.unchanged;
    done += chunk.length;
    chunk = [];
    options.onProgress?.(done);
  };
  for await (const product of products) {
    chunk.push(product);
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  return total;
}

/**
 * The catalog's products as database rows, one at a time, in catalog order; `imageSvg` (e.g. the
 * garment renderer's SVG for the item) is attached when given.
 *
 * @example
 * catalogProductInputs(catalog, (i) => renderGarmentSvg(catalog.labelsOf(i), { seed: ... }));
 */
export function* catalogProductInputs(
  catalog: Catalog,
  imageSvg?: (index: number) => string,
): Generator<ProductInput> {
  for (let i = 0; i < catalog.count; i++) {
    const p = catalog.product(i);
    yield {
      id: p.id,
      title: p.title,
      description: p.description,
      priceCents: p.priceCents,
      stock: p.stock,
      labels: Array.from(p.labelVector),
      ...(imageSvg === undefined ? {} : { imageSvg: imageSvg(i) }),
    };
  }
}
