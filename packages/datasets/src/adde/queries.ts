import { join } from "node:path";
import type { AttributeSchema } from "@atelier/schema";
import { DatasetError, type FileLocation } from "../errors.ts";
import { type PlannedFile, writeFilesTogether } from "../files.ts";
import { checkRow, type RowSpec, rowLines } from "../int-rows.ts";
import { type IntMatrix, type IntRows, rowAt, rowCount } from "../matrix.ts";
import { readRefs, refSpec } from "./indices.ts";
import { addeFiles } from "./names.ts";
import { indicatorSpec, labelSpec } from "./specs.ts";
import { readIndicators, readLabels } from "./vectors.ts";

/**
 * Evaluation queries, paired by position: query i starts from test item `refs[i]`, applies
 * `indicators[i]` (-1 at the old value, +1 at the new one) and is a hit when a retrieved test item
 * has exactly the label vector `targets[i]` (all entries, missing blocks included).
 */
export interface AddeQueries {
  readonly refs: ArrayLike<number>;
  readonly indicators: IntRows;
  readonly targets: IntRows;
}

/** Queries as read back. */
export interface LoadedAddeQueries {
  readonly refs: Int32Array;
  readonly indicators: IntMatrix<Int8Array>;
  readonly targets: IntMatrix<Int8Array>;
}

/** The test split's label vectors, when known: they bound and cross-check the queries. */
export interface QueryCheckOptions {
  readonly gallery?: IntRows;
}

/**
 * Writes `ref_test.txt`, `indfull_test.txt` and `gt_test.txt` into `dir`, all or none. With
 * `gallery` (the test labels), each reference must be a test item and each target must equal its
 * reference's labels plus its indicator, as in ADDE's query generation.
 *
 * @example
 * await writeAddeQueries("out", { refs, indicators, targets }, shopping100k, { gallery: testLabels });
 */
export async function writeAddeQueries(
  dir: string,
  queries: AddeQueries,
  schema: AttributeSchema,
  { gallery }: QueryCheckOptions = {},
): Promise<void> {
  await writeFilesTogether(planAddeQueries(dir, queries, schema, gallery));
}

/** The files `writeAddeQueries` writes, after its up-front checks (for all-or-none writes). */
export function planAddeQueries(
  dir: string,
  queries: AddeQueries,
  schema: AttributeSchema,
  gallery: IntRows | undefined,
): PlannedFile[] {
  const files = queryFiles(dir);
  const n = queries.refs.length;
  const [indicators, targets] = [rowCount(queries.indicators), rowCount(queries.targets)];
  if (indicators !== n || targets !== n) {
    throw new DatasetError(
      "count_mismatch",
      `queries need as many refs, indicators and targets; got ${n}, ${indicators}, ${targets}`,
      { file: files.refs },
    );
  }
  if (gallery !== undefined) checkQueries(queries, gallery, schema, files);
  const refs = Array.from(queries.refs, (ref) => [ref]);
  return [
    { file: files.refs, lines: rowLines(files.refs, refs, gallerySpec(gallery)) },
    {
      file: files.indicators,
      lines: rowLines(files.indicators, queries.indicators, indicatorSpec(schema)),
    },
    { file: files.targets, lines: rowLines(files.targets, queries.targets, labelSpec(schema)) },
  ];
}

/**
 * Reads the three query files of `dir`, checks that they pair up (same number of lines) and, with
 * `gallery`, that references are test items and targets are reference + indicator.
 *
 * @example
 * const test = await readAddeSplit("splits/Shopping100k", "test", shopping100k);
 * const queries = await readAddeQueries("splits/Shopping100k", shopping100k, { gallery: test.labels });
 * queries.refs.length; // 14361
 */
export async function readAddeQueries(
  dir: string,
  schema: AttributeSchema,
  { gallery }: QueryCheckOptions = {},
): Promise<LoadedAddeQueries> {
  const files = queryFiles(dir);
  const limit = gallery === undefined ? undefined : rowCount(gallery);
  const refs = await readRefs(files.refs, limit === undefined ? {} : { limit });
  const indicators = await readIndicators(files.indicators, schema);
  const targets = await readLabels(files.targets, schema);
  for (const [file, count] of [
    [files.indicators, indicators.rows],
    [files.targets, targets.rows],
  ] as const) {
    if (count !== refs.length) {
      throw new DatasetError(
        "count_mismatch",
        `${count} lines, but ${files.refs} has ${refs.length}; the query files pair line by line`,
        { file },
      );
    }
  }
  const queries = { refs, indicators, targets };
  if (gallery !== undefined) checkQueries(queries, gallery, schema, files);
  return queries;
}

interface QueryFiles {
  readonly refs: string;
  readonly indicators: string;
  readonly targets: string;
}

function queryFiles(dir: string): QueryFiles {
  return {
    refs: join(dir, addeFiles.refs),
    indicators: join(dir, addeFiles.queryIndicators),
    targets: join(dir, addeFiles.targets),
  };
}

function gallerySpec(gallery: IntRows | undefined): RowSpec {
  return refSpec(gallery === undefined ? undefined : rowCount(gallery));
}

/** Every query's reference is a gallery item and its target is reference + indicator. */
function checkQueries(
  queries: AddeQueries,
  gallery: IntRows,
  schema: AttributeSchema,
  files: QueryFiles,
): void {
  const refs = gallerySpec(gallery);
  for (let i = 0; i < queries.refs.length; i++) {
    const line = i + 1;
    const ref = queries.refs[i] as number;
    checkRow([ref], refs, { file: files.refs, line });
    const reference = rowAt(gallery, ref) as ArrayLike<number>;
    checkRow(reference, labelSpec(schema), { file: "gallery labels", line: ref + 1 });
    const indicator = rowAt(queries.indicators, i) as ArrayLike<number>;
    checkRow(indicator, indicatorSpec(schema), { file: files.indicators, line });
    const target = rowAt(queries.targets, i) as ArrayLike<number>;
    checkRow(target, labelSpec(schema), { file: files.targets, line });
    checkTarget(reference, indicator, target, schema, { file: files.targets, line }, ref);
  }
}

function checkTarget(
  reference: ArrayLike<number>,
  indicator: ArrayLike<number>,
  target: ArrayLike<number>,
  schema: AttributeSchema,
  at: FileLocation,
  ref: number,
): void {
  for (const attribute of schema.attributes) {
    for (let j = 0; j < attribute.size; j++) {
      const k = attribute.offset + j;
      const sum = (reference[k] as number) + (indicator[k] as number);
      if (sum === target[k]) continue;
      throw new DatasetError(
        "inconsistent_query",
        `target is not the reference's labels plus the indicator: at entry ${k + 1} (attribute "${attribute.key}", value "${attribute.values[j]}") reference item ${ref} has ${reference[k]}, indicator ${indicator[k]}, target ${target[k]}`,
        at,
      );
    }
  }
}
