import { seededRandom, shuffled } from "@atelier/random";
import { type AttributeSchema, fromValueIndices, type Labels, shopping100k } from "@atelier/schema";
import { designCount, designOf, designPool, sampleVariant } from "./designs.ts";
import { itemSeed, Stream } from "./item-seed.ts";
import { priceCents, stockLevel } from "./price.ts";
import { productDescription, productTitle } from "./product-text.ts";

export interface CatalogOptions {
  /** Attribute vocabulary (default Shopping100k). */
  readonly schema?: AttributeSchema;
  /** Number of products (default 20,000). */
  readonly count?: number;
  /** Seed: the same seed gives the same catalog, split and images. */
  readonly seed: number;
  /** Share of items in the test split (default 0.2). */
  readonly testFraction?: number;
}

/** One generated product. Built on demand by `Catalog.product(i)`; nothing is kept. */
export interface CatalogProduct {
  /** Position in the catalog, 0-based. */
  readonly index: number;
  /** Stable id across runs of the same seed, e.g. `s42-000017`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly priceCents: number;
  readonly stock: number;
  readonly labels: Labels;
  /** Dense 0/1 label vector (`schema.total` entries). */
  readonly labelVector: Float32Array;
  readonly split: "train" | "test";
  /** Image path relative to the dataset folder, Shopping100k style. */
  readonly imagePath: string;
  /** Seed for the renderer's small random variation (pose, scale, shading). */
  readonly imageSeed: number;
}

/**
 * A seeded procedural catalog. Only the labels (one byte per attribute per item) and the split are
 * held in memory; products and images are derived per item on demand, so 100,000 items take a
 * few megabytes and any item can be rebuilt alone (in a worker, in any order).
 */
export interface Catalog {
  readonly schema: AttributeSchema;
  readonly seed: number;
  readonly count: number;
  /** `count x attributes` value positions, row-major; -1 = missing. */
  readonly valueIndices: Int8Array;
  /** Catalog positions of the train and test items, ascending. */
  readonly train: Int32Array;
  readonly test: Int32Array;
  /** 1 where the item is in the test split. */
  readonly isTest: Uint8Array;
  /** Value positions of item `i` (a view, do not modify). */
  indicesOf(i: number): Int8Array;
  labelsOf(i: number): Labels;
  labelVectorOf(i: number): Float32Array;
  /** Item `i`'s product id, without building the product (what a ranking shows per result). */
  idOf(i: number): string;
  /** Item `i`'s title, without building the product. */
  titleOf(i: number): string;
  product(i: number): CatalogProduct;
}

/**
 * Generates a catalog: `count` items, each a variant of a design drawn from the priors (about 8
 * items per design; see `sampleLabels`, `designOf`, `sampleVariant`), and a seeded 80/20 split.
 * Item i's product depends on the seed and i alone (not on `count`); the split depends on both.
 *
 * @example
 * const catalog = generateCatalog({ count: 20_000, seed: 42 });
 * catalog.product(0).title; // e.g. "Navy slim-fit shirt"
 */
export function generateCatalog(options: CatalogOptions): Catalog {
  const schema = options.schema ?? shopping100k;
  const count = options.count ?? 20_000;
  const seed = options.seed;
  const testFraction = options.testFraction ?? 0.2;
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a positive integer, got ${count}`);
  }
  if (!Number.isInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  }
  if (!(testFraction >= 0 && testFraction <= 1)) {
    throw new RangeError(`testFraction must be in [0, 1], got ${testFraction}`);
  }
  if (schema.attributes.some((a) => a.size > 127)) {
    throw new RangeError(`an attribute of ${schema.dataset} has more than 127 values`);
  }
  const width = schema.attributes.length;
  const pool = designPool(schema, seed, designCount(count));
  const valueIndices = new Int8Array(count * width);
  for (let i = 0; i < count; i++) {
    const random = seededRandom(itemSeed(seed, i, Stream.Labels));
    valueIndices.set(sampleVariant(schema, pool, designOf(i, random), random), i * width);
  }
  const isTest = splitMask(count, Math.round(count * testFraction), seed);
  const train = positions(isTest, 0);
  const test = positions(isTest, 1);
  const digits = Math.max(6, String(count - 1).length);

  const indicesOf = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= count) {
      throw new RangeError(`item ${i} is out of range (0 to ${count - 1})`);
    }
    return valueIndices.subarray(i * width, (i + 1) * width);
  };
  const labelsOf = (i: number): Labels => {
    const row = indicesOf(i);
    const labels: Record<string, string | null> = {};
    for (const a of schema.attributes) labels[a.key] = a.values[row[a.index] ?? -1] ?? null;
    return Object.freeze(labels);
  };
  const labelVectorOf = (i: number) => fromValueIndices(schema, indicesOf(i));
  const numberOf = (i: number) => String(i).padStart(digits, "0");
  const idOf = (i: number) => {
    indicesOf(i);
    return `s${seed}-${numberOf(i)}`;
  };
  const titleOf = (i: number) => productTitle(labelsOf(i));
  const product = (i: number): CatalogProduct => {
    const labels = labelsOf(i);
    const random = seededRandom(itemSeed(seed, i, Stream.Text));
    const number = numberOf(i);
    return {
      index: i,
      id: idOf(i),
      title: productTitle(labels),
      description: productDescription(labels, random),
      priceCents: priceCents(labels, random),
      stock: stockLevel(random),
      labels,
      labelVector: labelVectorOf(i),
      split: isTest[i] === 1 ? "test" : "train",
      imagePath: imagePath(schema, indicesOf(i), number),
      imageSeed: itemSeed(seed, i, Stream.Image),
    };
  };
  return {
    schema,
    seed,
    count,
    valueIndices,
    train,
    test,
    isTest,
    indicesOf,
    labelsOf,
    idOf,
    titleOf,
    labelVectorOf,
    product,
  };
}

/** Exactly `testCount` of `count` items marked 1, chosen by a seeded shuffle. */
function splitMask(count: number, testCount: number, seed: number): Uint8Array {
  const mask = new Uint8Array(count);
  const order = shuffled(
    Array.from({ length: count }, (_, i) => i),
    seededRandom(itemSeed(seed, 0, Stream.Split)),
  );
  for (let k = 0; k < testCount; k++) mask[order[k] ?? 0] = 1;
  return mask;
}

function positions(mask: Uint8Array, value: number): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === value) out.push(i);
  return Int32Array.from(out);
}

/**
 * Shopping100k-style relative path `{Male|Female}/{k}_{Category}/{number}_1.png` (spaces in
 * category names become underscores, so that paths stay one token in whitespace-separated files).
 */
function imagePath(schema: AttributeSchema, row: Int8Array, number: string): string {
  const gender = schema.attributes.find((a) => a.key === "gender");
  const category = schema.attributes.find((a) => a.key === "category");
  const g = gender ? (gender.values[row[gender.index] ?? -1] ?? "Unisex") : "Unisex";
  const k = category ? (row[category.index] ?? -1) : -1;
  const name = category?.values[k]?.replaceAll(" ", "_") ?? "Garment";
  return `${g}/${Math.max(k, 0)}_${name}/${number}_1.png`;
}
