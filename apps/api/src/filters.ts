/**
 * Shoppers' filters (issue 6, item 1): category, gender, price range and stock, turned into the
 * index's mask of eligible catalog positions, so a filtered turn still ranks k products when k
 * are eligible. A filter set on a turn holds for the turns after it until another one is set.
 */
import type { Catalog } from "@atelier/catalog";
import { canonicalValue, getAttribute, isSchemaError } from "@atelier/schema";
import { badUserInput } from "./errors.ts";
import type { Runtime } from "./runtime.ts";

/** As GraphQL carries it (absent fields may be null); prices in the catalog's currency. */
export interface ProductFilterInput {
  readonly category?: string | null;
  readonly gender?: string | null;
  readonly minPrice?: number | null;
  readonly maxPrice?: number | null;
  readonly inStock?: boolean | null;
}

/** A checked filter as turns store it: canonical values, only the fields that constrain. */
export interface ProductFilter {
  readonly category?: string;
  readonly gender?: string;
  readonly minPrice?: number;
  readonly maxPrice?: number;
  readonly inStock?: true;
}

/** The value of a categorical filter field in the schema's spelling, or BAD_USER_INPUT. */
function checkedValue(runtime: Runtime, attribute: string, value: string): string {
  try {
    return canonicalValue(getAttribute(runtime.catalog.schema, attribute), value);
  } catch (error) {
    if (isSchemaError(error)) throw badUserInput(error.message, `filter.${attribute}`);
    throw error;
  }
}

function checkedPrice(price: number | null | undefined, field: string): number | undefined {
  if (price == null) return undefined;
  if (!Number.isFinite(price) || price < 0) {
    throw badUserInput(
      `filter.${field} must be a price of 0 or more, got ${price}`,
      `filter.${field}`,
    );
  }
  return price;
}

/**
 * Checks `input` and keeps what constrains; `{}` (no constraint) clears an earlier filter.
 *
 * @example
 * checkedFilter(runtime, { category: "dress", maxPrice: 80 }); // { category: "Dress", maxPrice: 80 }
 */
export function checkedFilter(runtime: Runtime, input: ProductFilterInput): ProductFilter {
  const minPrice = checkedPrice(input.minPrice, "minPrice");
  const maxPrice = checkedPrice(input.maxPrice, "maxPrice");
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    throw badUserInput(
      `filter.minPrice (${minPrice}) must not exceed filter.maxPrice (${maxPrice})`,
      "filter.minPrice",
    );
  }
  return {
    ...(input.category != null && { category: checkedValue(runtime, "category", input.category) }),
    ...(input.gender != null && { gender: checkedValue(runtime, "gender", input.gender) }),
    ...(minPrice !== undefined && { minPrice }),
    ...(maxPrice !== undefined && { maxPrice }),
    ...(input.inStock === true && { inStock: true as const }),
  };
}

/** The stored filter entry of a turn's manipulations (`{ filter: {...} }`), if any. */
export function filterOf(entries: unknown): ProductFilter | undefined {
  if (!Array.isArray(entries)) return undefined;
  for (const entry of entries) {
    const filter = (entry as { filter?: unknown } | null)?.filter;
    if (filter && typeof filter === "object") return filter as ProductFilter;
  }
  return undefined;
}

interface CatalogFacts {
  readonly priceCents: Int32Array;
  readonly stock: Int32Array;
}

// Prices and stock of every served product, read once per catalog (100,000 products: ~1 s).
const facts = new WeakMap<Catalog, CatalogFacts>();

function factsOf(catalog: Catalog): CatalogFacts {
  let known = facts.get(catalog);
  if (!known) {
    const priceCents = new Int32Array(catalog.count);
    const stock = new Int32Array(catalog.count);
    for (let i = 0; i < catalog.count; i++) {
      const product = catalog.product(i);
      priceCents[i] = product.priceCents;
      stock[i] = product.stock;
    }
    known = { priceCents, stock };
    facts.set(catalog, known);
  }
  return known;
}

/**
 * Whether catalog position `position` holds value position `value` of attribute position `at`,
 * read from the packed `valueIndices` (no labels are built).
 *
 * @example
 * holdsValue(catalog, 7, 0, 3); // true when product 7's first attribute has its fourth value
 */
export function holdsValue(catalog: Catalog, position: number, at: number, value: number): boolean {
  return catalog.valueIndices[position * catalog.schema.attributes.length + at] === value;
}

/**
 * [attribute position, value position] of attribute `key`'s first value `isValue` accepts, -1
 * where the schema has no such attribute or value: what {@link holdsValue} tests.
 *
 * @example
 * valuePair(catalog, "gender", (v) => v === "Female"); // e.g. [1, 0]
 */
export function valuePair(
  catalog: Catalog,
  key: string,
  isValue: (value: string) => boolean,
): readonly [number, number] {
  const { attributes } = catalog.schema;
  const at = attributes.findIndex((a) => a.key === key);
  return [at, attributes[at]?.values.findIndex(isValue) ?? -1];
}

/**
 * The index mask of the served positions `filter` allows; undefined when it constrains nothing.
 *
 * @example
 * await engine.turn(state, changes, { k: 20, filter: filterMask(runtime, { inStock: true }) });
 */
export function filterMask(runtime: Runtime, filter: ProductFilter): Uint8Array | undefined {
  if (Object.keys(filter).length === 0) return undefined;
  const { catalog } = runtime;
  const { priceCents, stock } = factsOf(catalog);
  const min = filter.minPrice === undefined ? -1 : Math.round(filter.minPrice * 100);
  const max = filter.maxPrice === undefined ? Infinity : Math.round(filter.maxPrice * 100);
  // [attribute position, value position] pairs every allowed product must hold.
  const wanted = (["category", "gender"] as const).flatMap((key) => {
    const value = filter[key];
    return value === undefined ? [] : [valuePair(catalog, key, (v) => v === value)];
  });
  const mask = new Uint8Array(catalog.count);
  for (let i = 0; i < catalog.count; i++) {
    const price = priceCents[i] as number;
    if (price < min || price > max) continue;
    if (filter.inStock && (stock[i] as number) <= 0) continue;
    if (wanted.some(([at, value]) => !holdsValue(catalog, i, at, value))) continue;
    mask[i] = 1;
  }
  return mask;
}
