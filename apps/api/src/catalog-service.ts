/**
 * The served catalog for shoppers: the start grid (filtered by category and searched by text),
 * single products, the attribute vocabulary and the garments' pictures. Products are read from
 * the database through the request's loaders; which products match is decided in memory on the
 * served catalog's packed value indices (and titles, for words that name no value).
 */
import { catalogItemSvg } from "@atelier/catalog";
import type { Product } from "@atelier/db";
import { parseTurn } from "@atelier/parser";
import { type Attribute, decodeLabels, type Labels } from "@atelier/schema";
import { decodeCursor, encodeCursor, type Page } from "./cursor.ts";
import { badUserInput } from "./errors.ts";
import { holdsValue, valuePair } from "./filters.ts";
import { checkLength, INPUT_LIMITS } from "./limits.ts";
import type { Loaders } from "./loaders.ts";
import { MAX_PAGE } from "./ranking.ts";
import type { Runtime } from "./runtime.ts";

export interface ProductQuery {
  readonly first?: number | null;
  readonly after?: string | null;
  /** Words of a title or attribute values, read with the chat parser ("dark blue" is Navy). */
  readonly search?: string | null;
  /** A category value, any case. */
  readonly category?: string | null;
}

export type ProductPage = Page<Product>;

export interface CatalogService {
  products(query: ProductQuery): Promise<ProductPage>;
  product(id: string): Promise<Product | null>;
  vocabulary(): readonly Attribute[];
  /** A stored product's labels, read from its label vector. */
  labelsOf(product: Product): Labels;
}

/**
 * A predicate over a catalog position's values and title, from the query's category and search
 * words; undefined when it matches everything. Values are tested on the catalog's packed value
 * indices, so no labels are built per position.
 */
function matcher(
  runtime: Runtime,
  query: ProductQuery,
): ((position: number) => boolean) | undefined {
  const category = checkLength(query.category, INPUT_LIMITS.id, "category")?.toLowerCase();
  const search = checkLength(query.search, INPUT_LIMITS.text, "search")?.trim() ?? "";
  const values = search
    ? parseTurn(search, { labels: {} }).manipulations.flatMap((m) =>
        m.add ? [{ attribute: m.attribute, value: m.add }] : [],
      )
    : [];
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  // The plain grid (no category, no words) matches everything: no per-product work.
  if (!category && words.length === 0) return undefined;
  const { catalog } = runtime;
  // Pairs a match must hold; one the schema lacks matches nothing. The schema keeps keys unique
  // and values unique ignoring case, so a category names at most one value.
  const wanted = [
    ...(category ? [valuePair(catalog, "category", (v) => v.toLowerCase() === category)] : []),
    ...values.map((v) => valuePair(catalog, v.attribute, (x) => x === v.value)),
  ];
  if (wanted.some(([at, value]) => at < 0 || value < 0)) return () => false;
  // Words the parser read no values from are matched against titles.
  const byTitle = words.length > 0 && values.length === 0;
  return (position) => {
    for (const [at, value] of wanted) if (!holdsValue(catalog, position, at, value)) return false;
    if (!byTitle) return true;
    const title = catalog.titleOf(position).toLowerCase();
    return words.every((word) => title.includes(word));
  };
}

/**
 * @example
 * const catalog = createCatalogService(runtime, loaders); // one per request
 * (await catalog.products({ search: "navy dress", first: 12 })).totalCount;
 */
export function createCatalogService(runtime: Runtime, loaders: Loaders): CatalogService {
  const decoded = new WeakMap<Product, Labels>();
  return {
    async products(query) {
      const size = query.first ?? 24;
      if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
        throw badUserInput(`first must be an integer from 1 to ${MAX_PAGE}, got ${size}`, "first");
      }
      const from = query.after == null ? 0 : decodeCursor("product", query.after, 0) + 1;
      const matches = matcher(runtime, query);
      const positions: number[] = [];
      let totalCount = runtime.productCount;
      let hasNextPage = from + size < totalCount;
      if (matches === undefined) {
        for (let p = from; p < Math.min(from + size, totalCount); p++) positions.push(p);
      } else {
        totalCount = 0;
        hasNextPage = false;
        for (let p = 0; p < runtime.productCount; p++) {
          if (!matches(p)) continue;
          totalCount++;
          if (p < from) continue;
          if (positions.length < size) positions.push(p);
          else hasNextPage = true;
        }
      }
      const rows = await loaders.products.loadMany(positions.map((p) => runtime.productIdAt(p)));
      const edges = positions.flatMap((position, i) => {
        const node = rows[i];
        return node && !(node instanceof Error)
          ? [{ cursor: encodeCursor("product", position), node }]
          : [];
      });
      return {
        edges,
        pageInfo: {
          hasNextPage,
          hasPreviousPage: from > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount,
      };
    },

    product: (id) => loaders.products.load(checkLength(id, INPUT_LIMITS.id, "id")),

    vocabulary: () => runtime.catalog.schema.attributes,

    labelsOf(product) {
      let labels = decoded.get(product);
      if (!labels) {
        labels = decodeLabels(runtime.catalog.schema, product.labels);
        decoded.set(product, labels);
      }
      return labels;
    },
  };
}

/**
 * The garment picture of a product as SVG: the stored one, else the procedural catalog's
 * rendering; null when the product is not served.
 *
 * @example
 * productSvg(runtime, product); // "<svg ...>"
 */
export function productSvg(runtime: Runtime, product: Product): string | null {
  if (product.imageSvg) return product.imageSvg;
  const position = runtime.positionOf(product.id);
  return position === undefined ? null : catalogItemSvg(runtime.catalog, position);
}
