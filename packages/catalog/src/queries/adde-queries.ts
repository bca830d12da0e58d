import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type AddeQueries,
  type IntMatrix,
  readAddeSplit,
  writeAddeQueries,
} from "@atelier/datasets";
import { type AttributeSchema, valueIndices } from "@atelier/schema";
import { type Gallery, galleryFromIndices } from "./gallery.ts";
import { type MultiPairOptions, type MultiPairs, multiManipulationPairs } from "./multi.ts";
import {
  type SingleQueries,
  type SingleQueryOptions,
  singleManipulationQueries,
  singleQueryIndicator,
  singleQueryTarget,
} from "./single.ts";

/** File of the multi-manipulation pairs, beside ADDE's query files. */
export const MULTI_FILE = "multi_test.json";

/**
 * Single-manipulation queries in ADDE's file shape: references, indicator rows, target label rows.
 *
 * @example
 * await writeAddeQueries(dir, toAddeQueries(gallery, queries), schema);
 */
export function toAddeQueries(gallery: Gallery, queries: SingleQueries): AddeQueries {
  const { total, attributes } = gallery.schema;
  const indicators = new Int8Array(queries.count * total);
  const targets = new Int8Array(queries.count * total);
  for (let q = 0; q < queries.count; q++) {
    indicators.set(singleQueryIndicator(gallery, queries, q), q * total);
    const target = singleQueryTarget(gallery, queries, q);
    for (const a of attributes) {
      const v = target[a.index] ?? -1;
      if (v >= 0) targets[q * total + a.offset + v] = 1;
    }
  }
  const matrix = (data: Int8Array): IntMatrix => ({ rows: queries.count, width: total, data });
  return { refs: queries.reference, indicators: matrix(indicators), targets: matrix(targets) };
}

/**
 * The text of `multi_test.json`: the options that drew the pairs, the histogram over distances
 * and the pairs as `[query, target, distance]` (test-split positions).
 */
export function multiPairsJson(multi: MultiPairs): string {
  const pairs = Array.from(multi.query, (q, i) => [q, multi.target[i], multi.distance[i]]);
  const body = {
    ...multi.options,
    histogram: multi.histogram,
    columns: ["query", "target", "distance"],
    pairs,
  };
  return `${JSON.stringify(body)}\n`;
}

export interface QuerySetOptions {
  readonly single?: SingleQueryOptions;
  readonly multi?: MultiPairOptions;
}

/**
 * (Re)writes the query sets of an ADDE split folder from its `labels_test.txt`, for generated and
 * real data alike: `ref_test.txt`, `indfull_test.txt`, `gt_test.txt` and `multi_test.json`.
 *
 * @example
 * await writeQuerySets("data/catalog/splits", shopping100k, { single: { maxPerReference: 5 } });
 */
export async function writeQuerySets(
  splits: string,
  schema: AttributeSchema,
  options: QuerySetOptions = {},
): Promise<{ single: number; multi: MultiPairs }> {
  const test = await readAddeSplit(splits, "test", schema);
  const rows = Array.from({ length: test.labels.rows }, (_, k) =>
    valueIndices(schema, test.labels.data.subarray(k * schema.total, (k + 1) * schema.total)),
  );
  const gallery = galleryFromIndices(schema, rows);
  const queries = singleManipulationQueries(gallery, options.single);
  await writeAddeQueries(splits, toAddeQueries(gallery, queries), schema, { gallery: test.labels });
  const multi = multiManipulationPairs(gallery, options.multi);
  await writeFile(join(splits, MULTI_FILE), multiPairsJson(multi));
  return { single: queries.count, multi };
}
