/**
 * A fingerprint of a run of products, computed the same way from inputs (in JS) and from stored
 * rows (in SQL), so a caller can tell that a catalog is already in the database without reading
 * it row by row: 100,000 products compare in well under a second instead of a minute of upserts.
 */
import { createHash } from "node:crypto";
import type { Db } from "./db.ts";
import type { ProductInput } from "./product-input.ts";

export interface ProductDigest {
  readonly count: number;
  /** md5 (hex) of one line per product, in id order: id|title|description|price|stock|labels. */
  readonly digest: string;
}

const line = (p: ProductInput): string =>
  [p.id, p.title, p.description ?? "", p.priceCents, p.stock ?? 0, p.labels.join(",")].join("|");

/**
 * The digest of `products` (any order; the line of each is hashed in id order).
 *
 * @example
 * productsDigest(catalogProductInputs(catalog)).count; // catalog.count
 */
export function productsDigest(products: Iterable<ProductInput>): ProductDigest {
  const lines: string[] = [];
  for (const product of products) lines.push(line(product));
  // Byte order, as PostgreSQL's "C" collation sorts.
  lines.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)) as number);
  return {
    count: lines.length,
    digest: createHash("md5").update(lines.join("\n")).digest("hex"),
  };
}

/**
 * The digest of the stored products whose ids lie in [fromId, toId] (byte order).
 *
 * @example
 * const stored = await storedProductsDigest(db, { fromId: "s42-000000", toId: "s42-004999" });
 */
export async function storedProductsDigest(
  db: Db,
  range: { readonly fromId: string; readonly toId: string },
): Promise<ProductDigest> {
  const [row] = await db.prisma.$queryRaw<{ count: number; digest: string | null }[]>`
    SELECT count(*)::int AS count,
      md5(coalesce(string_agg(
        id || '|' || title || '|' || description || '|' || price_cents || '|' || stock || '|' ||
          array_to_string(labels, ','),
        E'\\n' ORDER BY id || '|' || title || '|' || description || '|' || price_cents || '|' ||
          stock || '|' || array_to_string(labels, ',') COLLATE "C"), '')) AS digest
    FROM products
    WHERE id COLLATE "C" BETWEEN ${range.fromId} AND ${range.toId}`;
  return { count: row?.count ?? 0, digest: row?.digest ?? "" };
}
