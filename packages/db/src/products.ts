import type { Db } from "./db.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import {
  DEFAULT_LABEL_LENGTH,
  type ProductInput,
  type ProductRow,
  validateProducts,
} from "./product-input.ts";

/** A stored product. */
export interface Product {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Price in cents (minor units). */
  readonly priceCents: number;
  readonly stock: number;
  /** The full 0/1 label vector, exactly as written. */
  readonly labels: number[];
  readonly imageSvg: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const contentSelect = {
  title: true,
  description: true,
  priceCents: true,
  stock: true,
  labels: true,
  imageSvg: true,
} as const satisfies Prisma.ProductSelect;

const productSelect = {
  id: true,
  ...contentSelect,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ProductSelect;

export interface UpsertProductsOptions {
  /** Products per transaction (default 500: ~3,500 bind parameters, far below PostgreSQL's cap). */
  readonly batchSize?: number;
  /** Expected label-vector length (default {@link DEFAULT_LABEL_LENGTH}). */
  readonly labelLength?: number;
}

export interface UpsertProductsResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

const sameContent = (stored: ProductRow, row: ProductRow) =>
  stored.title === row.title &&
  stored.description === row.description &&
  stored.priceCents === row.priceCents &&
  stored.stock === row.stock &&
  stored.imageSvg === row.imageSvg &&
  stored.labels.length === row.labels.length &&
  stored.labels.every((value, i) => value === row.labels[i]);

/**
 * Inserts new products and updates changed ones, by id. Idempotent: a second identical call
 * changes nothing, not even `updatedAt`. All products are validated before the first write, so
 * invalid input writes nothing; each batch is then one transaction.
 *
 * @example
 * await upsertProducts(db, [{ id: "p1", title: "Navy shirt", priceCents: 2999, labels }]);
 * // { created: 1, updated: 0, unchanged: 0 }
 */
export async function upsertProducts(
  db: Db,
  products: readonly ProductInput[],
  options: UpsertProductsOptions = {},
): Promise<UpsertProductsResult> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const rows = validateProducts(products, options.labelLength ?? DEFAULT_LABEL_LENGTH);
  let created = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    // Read-compare-write rather than blind upserts: Prisma has no bulk upsert, and skipping
    // unchanged rows keeps re-imports cheap and `updatedAt` meaningful.
    const counts = await db.prisma.$transaction(
      async (tx) => {
        const stored = await tx.product.findMany({
          where: { id: { in: batch.map((row) => row.id) } },
          select: { id: true, ...contentSelect },
        });
        const storedById = new Map(stored.map((row) => [row.id, row]));
        const fresh = batch.filter((row) => !storedById.has(row.id));
        const changed = batch.filter((row) => {
          const old = storedById.get(row.id);
          return old !== undefined && !sameContent(old, row);
        });
        // skipDuplicates: a row inserted concurrently since the read is left to that writer.
        const inserted =
          fresh.length > 0
            ? (await tx.product.createMany({ data: fresh, skipDuplicates: true })).count
            : 0;
        for (const row of changed) {
          await tx.product.update({ where: { id: row.id }, data: row });
        }
        return { inserted, changed: changed.length };
      },
      { timeout: 60_000 },
    );
    created += counts.inserted;
    updated += counts.changed;
  }
  return { created, updated, unchanged: rows.length - created - updated };
}

/**
 * One product by id, or null.
 *
 * @example
 * const product = await getProductById(db, "p1"); // Product | null
 */
export async function getProductById(db: Db, id: string): Promise<Product | null> {
  return db.prisma.product.findUnique({ where: { id }, select: productSelect });
}

/**
 * How many products are stored.
 *
 * @example
 * await countProducts(db); // 100000
 */
export async function countProducts(db: Db): Promise<number> {
  return db.prisma.product.count();
}

/**
 * Products for a ranked id list (e.g. vector-index hits), in the order given. Ids with no
 * product are left out; a repeated id yields the product again.
 *
 * @example
 * (await listProductsByIds(db, ["p9", "missing", "p2"])).map((p) => p.id); // ["p9", "p2"]
 */
export async function listProductsByIds(db: Db, ids: readonly string[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  const found = await db.prisma.product.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: productSelect,
  });
  const byId = new Map(found.map((product) => [product.id, product]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Position after which {@link listProducts} continues. */
export interface ProductCursor {
  readonly createdAt: Date;
  readonly id: string;
}

/**
 * The catalog newest first, a page at a time (keyset pagination on the (createdAt, id) index).
 *
 * @example
 * const first = await listProducts(db, { limit: 20 });
 * const second = await listProducts(db, { limit: 20, after: first.next ?? undefined });
 */
export async function listProducts(
  db: Db,
  options: { readonly limit?: number; readonly after?: ProductCursor } = {},
): Promise<{ products: Product[]; next: ProductCursor | null }> {
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new RangeError(`limit must be an integer from 1 to 1000, got ${limit}`);
  }
  const after = options.after;
  const products = await db.prisma.product.findMany({
    where: after
      ? {
          OR: [
            { createdAt: { lt: after.createdAt } },
            { createdAt: after.createdAt, id: { lt: after.id } },
          ],
        }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: productSelect,
  });
  const last = products.at(-1);
  const next =
    products.length === limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { products, next };
}
