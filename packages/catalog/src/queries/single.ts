import { seededRandom, shuffled } from "@atelier/random";
import { type Gallery, galleryRow, indexByLabels, labelKey } from "./gallery.ts";

export interface SingleQueryOptions {
  /** Keep at most this many valid queries per reference, a seeded sample (default: all). */
  readonly maxPerReference?: number;
  /** Seed of that sample (default 0). */
  readonly seed?: number;
  /** Also clear attributes (target value missing, indicator -1 only); ADDE does not (default false). */
  readonly removals?: boolean;
}

/**
 * ADDE's single-manipulation queries: per query the reference (a gallery position, ADDE's
 * `ref_test.txt`), the attribute and its new value (`indfull_test.txt` is the indicator derived
 * from them), and the target's value positions (`gt_test.txt`, as a label vector).
 */
export interface SingleQueries {
  readonly count: number;
  readonly reference: Int32Array;
  readonly attribute: Int16Array;
  /** New value position, -1 when the manipulation clears the attribute. */
  readonly value: Int16Array;
  /** `count x attributes` target value positions, row-major. */
  readonly targets: Int8Array;
}

/**
 * Enumerates, for every reference in the gallery, every attribute and every value other than its
 * current one, and keeps the queries whose target labels some gallery item has (found through a
 * label-key index, not a scan). Order: reference, attribute, value.
 *
 * @example
 * const queries = singleManipulationQueries(testGallery(catalog), { maxPerReference: 4 });
 */
export function singleManipulationQueries(
  gallery: Gallery,
  options: SingleQueryOptions = {},
): SingleQueries {
  const cap = options.maxPerReference ?? Number.POSITIVE_INFINITY;
  if (!(cap >= 1)) throw new RangeError(`maxPerReference must be at least 1, got ${cap}`);
  const random = seededRandom(options.seed ?? 0);
  const index = indexByLabels(gallery);
  const { attributes } = gallery.schema;
  const width = attributes.length;
  const reference: number[] = [];
  const attribute: number[] = [];
  const value: number[] = [];
  const targets: number[] = [];
  const lowest = options.removals ? -1 : 0;
  for (let r = 0; r < gallery.count; r++) {
    const row = galleryRow(gallery, r);
    const target = Int8Array.from(row);
    let valid: [number, number][] = [];
    for (const a of attributes) {
      const current = row[a.index] ?? -1;
      for (let v = lowest; v < a.size; v++) {
        if (v === current) continue;
        target[a.index] = v;
        if (index.has(labelKey(target))) valid.push([a.index, v]);
      }
      target[a.index] = current;
    }
    if (valid.length > cap) {
      const keep = new Set(shuffled(valid, random).slice(0, cap));
      valid = valid.filter((q) => keep.has(q));
    }
    for (const [a, v] of valid) {
      reference.push(r);
      attribute.push(a);
      value.push(v);
      target[a] = v;
      for (let i = 0; i < width; i++) targets.push(target[i] ?? -1);
      target[a] = row[a] ?? -1;
    }
  }
  return {
    count: reference.length,
    reference: Int32Array.from(reference),
    attribute: Int16Array.from(attribute),
    value: Int16Array.from(value),
    targets: Int8Array.from(targets),
  };
}

/**
 * Indicator vector of query `q` (ADDE's `indfull_test.txt` row): -1 at the reference's value,
 * +1 at the new one, 0 elsewhere; equal to `target - reference` as label vectors.
 *
 * @example
 * singleQueryIndicator(gallery, queries, 0); // Int8Array(151)
 */
export function singleQueryIndicator(
  gallery: Gallery,
  queries: SingleQueries,
  q: number,
): Int8Array {
  const a = gallery.schema.attributes[queries.attribute[q] ?? -1];
  if (a === undefined)
    throw new RangeError(`query ${q} is out of range (0 to ${queries.count - 1})`);
  const out = new Int8Array(gallery.schema.total);
  const old = galleryRow(gallery, queries.reference[q] ?? 0)[a.index] ?? -1;
  const next = queries.value[q] ?? -1;
  if (old >= 0) out[a.offset + old] = -1;
  if (next >= 0) out[a.offset + next] = 1;
  return out;
}

/** Value positions of the target of query `q` (a view). */
export function singleQueryTarget(gallery: Gallery, queries: SingleQueries, q: number): Int8Array {
  const width = gallery.schema.attributes.length;
  return queries.targets.subarray(q * width, (q + 1) * width);
}
