import type { Random } from "@atelier/random";
import type { AttributeSchema, Labels } from "@atelier/schema";
import { allowedValues } from "../structure/applicability.ts";
import {
  AFFINITY,
  CATEGORY_WEIGHTS,
  COLLAR_SHARE,
  DEFAULT_PRESENCE,
  NECK_EXCLUSIVE,
  PRESENCE,
  UNIFORM_SHARE,
  VALUE_WEIGHTS,
} from "./priors.ts";

/** A discrete distribution over value positions of one attribute block. */
interface Distribution {
  readonly presence: number;
  readonly values: Int32Array;
  readonly cumulative: Float64Array;
}

interface Tables {
  /** Schema index of the `category` attribute, or -1 when the schema has none. */
  readonly category: number;
  readonly collar: number;
  readonly neckline: number;
  /** Over category value positions (a single dummy entry when there is no category). */
  readonly categories: Distribution;
  /** Per category position, per attribute index: its distribution (presence 0 = never). */
  readonly perCategory: readonly (readonly Distribution[])[];
}

const cache = new WeakMap<AttributeSchema, Tables>();

/**
 * Labels of one procedural garment: a category drawn by its catalog frequency, then every
 * attribute that applies to it present with an attribute-specific probability, values drawn from
 * priors with common and rare combinations (denim jeans, lapelled suits, swimwear for swimming);
 * collar and neckline are mostly exclusive. Attributes and values that do not apply to the
 * category (see `structure/applicability.ts`) are never drawn. Consumes `random` deterministically.
 *
 * @example
 * const labels = sampleLabels(shopping100k, seededRandom(7));
 * labels.category; // e.g. "Jean"; labels.collar === null for every bottom
 */
export function sampleLabels(schema: AttributeSchema, random: Random): Labels {
  const indices = sampleValueIndices(schema, random);
  const labels: Record<string, string | null> = {};
  for (const attribute of schema.attributes) {
    const j = indices[attribute.index] ?? -1;
    labels[attribute.key] = j < 0 ? null : (attribute.values[j] ?? null);
  }
  return Object.freeze(labels);
}

/**
 * `sampleLabels` as value positions, one per attribute (-1 = missing): the compact form the
 * catalog generator keeps for 100,000 items. Draws the same sequence as `sampleLabels`.
 *
 * @example
 * fromValueIndices(shopping100k, sampleValueIndices(shopping100k, random)); // a label vector
 */
export function sampleValueIndices(schema: AttributeSchema, random: Random): Int32Array {
  const tables = tablesOf(schema);
  const out = new Int32Array(schema.attributes.length).fill(-1);
  const c = draw(tables.categories, random);
  if (tables.category >= 0) out[tables.category] = c;
  const per = tables.perCategory[c] ?? [];
  for (const attribute of schema.attributes) {
    if (attribute.index === tables.category) continue;
    const d = per[attribute.index];
    if (d === undefined || d.presence === 0) continue;
    if (random() < d.presence) out[attribute.index] = draw(d, random);
  }
  if (tables.collar >= 0 && tables.neckline >= 0) {
    if ((out[tables.collar] ?? -1) >= 0 && (out[tables.neckline] ?? -1) >= 0) {
      if (random() < NECK_EXCLUSIVE) {
        const name = categoryName(schema, tables, c);
        const keepCollar = random() < (COLLAR_SHARE[name] ?? 0.5);
        out[keepCollar ? tables.neckline : tables.collar] = -1;
      }
    }
  }
  return out;
}

/**
 * A fresh draw of one attribute of a garment whose other labels are `row` (value positions): what
 * applies to the row's category, with its presence probability (-1 = missing). Used to make
 * variants of a design (another colour, another sleeve length).
 *
 * @example
 * row[color.index] = redrawValue(shopping100k, row, color.index, random);
 */
export function redrawValue(
  schema: AttributeSchema,
  row: ArrayLike<number>,
  attribute: number,
  random: Random,
): number {
  const tables = tablesOf(schema);
  const c = tables.category >= 0 ? (row[tables.category] ?? 0) : 0;
  if (attribute === tables.category) return draw(tables.categories, random);
  const d = tables.perCategory[c]?.[attribute];
  if (d === undefined || d.presence === 0) return -1;
  return random() < d.presence ? draw(d, random) : -1;
}

function draw(d: Distribution, random: Random): number {
  const u = random() * (d.cumulative[d.cumulative.length - 1] ?? 0);
  const n = d.values.length;
  for (let i = 0; i < n - 1; i++) if (u < (d.cumulative[i] ?? 0)) return d.values[i] ?? -1;
  return d.values[n - 1] ?? -1;
}

function categoryName(schema: AttributeSchema, tables: Tables, c: number): string {
  if (tables.category < 0) return "";
  return schema.attributes[tables.category]?.values[c] ?? "";
}

function tablesOf(schema: AttributeSchema): Tables {
  const known = cache.get(schema);
  if (known !== undefined) return known;
  const find = (key: string) => schema.attributes.find((a) => a.key === key)?.index ?? -1;
  const category = find("category");
  const names = category >= 0 ? (schema.attributes[category]?.values ?? []) : [""];
  const categories = distribution(
    1,
    names.map((_, i) => i),
    names.map((name) => CATEGORY_WEIGHTS[name] ?? 1),
    0,
  );
  const perCategory = names.map((name) =>
    schema.attributes.map((attribute) => {
      const values = category >= 0 ? allowedValues(name, attribute.key, attribute.values) : [];
      const allowed = category >= 0 ? values : attribute.values;
      const rule = PRESENCE[attribute.key];
      const presence =
        allowed.length === 0 ? 0 : (rule?.by?.[name] ?? rule?.all ?? DEFAULT_PRESENCE);
      const global = VALUE_WEIGHTS[attribute.key] ?? {};
      const affinity = AFFINITY[name]?.[attribute.key] ?? {};
      const weights = allowed.map((v) => (global[v] ?? 1) * (affinity[v] ?? 1));
      const positions = allowed.map((v) => attribute.values.indexOf(v));
      return distribution(presence, positions, weights, UNIFORM_SHARE);
    }),
  );
  const tables = {
    category,
    collar: find("collar"),
    neckline: find("neckline"),
    categories,
    perCategory,
  };
  cache.set(schema, tables);
  return tables;
}

/** Normalised weights mixed with `uniform` of a uniform distribution; zero weights stay zero. */
function distribution(
  presence: number,
  positions: readonly number[],
  weights: readonly number[],
  uniform: number,
): Distribution {
  const kept = positions.filter((_, i) => (weights[i] ?? 0) > 0);
  const w = weights.filter((x) => x > 0);
  const sum = w.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(kept.length);
  let acc = 0;
  for (let i = 0; i < kept.length; i++) {
    acc += (1 - uniform) * ((w[i] ?? 0) / sum) + uniform / kept.length;
    cumulative[i] = acc;
  }
  return { presence: kept.length === 0 ? 0 : presence, values: Int32Array.from(kept), cumulative };
}
