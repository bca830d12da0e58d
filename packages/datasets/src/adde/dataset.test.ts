import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fromValueIndices } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { matrixRow } from "../matrix.ts";
import { expectDatasetError, tinySchema, useTempDir } from "../test-support.ts";
import { type AddeDataset, readAddeDataset, writeAddeDataset } from "./dataset.ts";
import { readAddeQueries, writeAddeQueries } from "./queries.ts";
import { readAddeSplit, writeAddeSplit } from "./splits.ts";

const labels = (...indices: number[]) => fromValueIndices(tinySchema, indices);

/** A hand-checkable dataset: 4 train items, 3 test items, 2 queries, 2 triplets. */
function tinyDataset(): AddeDataset {
  const test = [labels(0, 0, 0), labels(0, 0, 1), labels(2, -1, 1)];
  const minus = (a: Float32Array, b: Float32Array) => a.map((x, i) => x - (b[i] ?? 0));
  return {
    train: {
      images: [
        "Female/1_Coats/1_1.jpg",
        "Male/1_Coats/2_1.jpg",
        "Male/4_Shirts/3_1.jpg",
        "Female/15_Dress/4_2.jpg",
      ],
      labels: [labels(0, 0, 0), labels(0, 1, 0), labels(1, 0, 1), labels(2, -1, -1)],
    },
    test: {
      images: ["Female/1_Coats/5_1.jpg", "Female/1_Coats/6_1.jpg", "Female/15_Dress/7_1.jpg"],
      labels: test,
    },
    queries: {
      // Query 1: item 0, color Navy -> Red (= item 1). Query 2: item 2, Dress -> Coat, add sleeve.
      refs: [0, 2],
      indicators: [
        minus(test[1] as Float32Array, test[0] as Float32Array),
        minus(labels(0, 0, 1), labels(2, -1, 1)),
      ],
      targets: [test[1] as Float32Array, labels(0, 0, 1)],
    },
    triplets: {
      triplets: [
        [0, 1, 2],
        [3, 0, 1],
      ],
      indicators: [
        minus(labels(0, 1, 0), labels(0, 0, 0)),
        minus(labels(0, 0, 0), labels(2, -1, -1)),
      ],
    },
  };
}

describe("writeAddeDataset / readAddeDataset", () => {
  const dir = useTempDir();

  it("writes ADDE's file set and reads back exactly what was written", async () => {
    const data = tinyDataset();
    await writeAddeDataset(dir(), data, tinySchema);
    expect((await readdir(dir())).sort()).toEqual([
      "attr_num.txt",
      "gt_test.txt",
      "imgs_test.txt",
      "imgs_train.txt",
      "indfull_test.txt",
      "labels_test.txt",
      "labels_train.txt",
      "ref_test.txt",
      "triplet_train.txt",
      "triplet_train_ind.txt",
    ]);
    expect(await readFile(join(dir(), "indfull_test.txt"), "utf8")).toBe(
      "0 0 0 0 0 -1 1\n1 0 -1 1 0 0 0\n",
    );
    expect(await readFile(join(dir(), "gt_test.txt"), "utf8")).toBe(
      "1 0 0 1 0 0 1\n1 0 0 1 0 0 1\n",
    );

    const read = await readAddeDataset(dir(), tinySchema);
    expect(read.attrNum).toEqual([3, 2, 2]);
    expect(read.train.images).toEqual(data.train.images);
    expect(read.test.images).toEqual(data.test.images);
    const flat = (rows: readonly ArrayLike<number>[]) => rows.flatMap((r) => Array.from(r));
    expect(Array.from(read.train.labels.data)).toEqual(flat(data.train.labels as Float32Array[]));
    expect(Array.from(read.test.labels.data)).toEqual(flat(data.test.labels as Float32Array[]));
    expect(Array.from(read.queries?.refs ?? [])).toEqual([0, 2]);
    expect(Array.from(read.queries?.indicators.data ?? [])).toEqual(
      flat(data.queries?.indicators as Float32Array[]),
    );
    expect(Array.from(read.queries?.targets.data ?? [])).toEqual(
      flat(data.queries?.targets as Float32Array[]),
    );
    expect(Array.from(read.triplets?.triplets.data ?? [])).toEqual([0, 1, 2, 3, 0, 1]);
    expect(Array.from(read.triplets?.indicators.data ?? [])).toEqual(
      flat(data.triplets?.indicators as Float32Array[]),
    );
  });

  it("gives byte-identical files for the same input, also from what it read back", async () => {
    await writeAddeDataset(join(dir(), "a"), tinyDataset(), tinySchema);
    await writeAddeDataset(join(dir(), "b"), tinyDataset(), tinySchema);
    const read = await readAddeDataset(join(dir(), "a"), tinySchema);
    const { refs, indicators, targets } = read.queries ?? ({} as never);
    await writeAddeDataset(
      join(dir(), "c"),
      {
        train: read.train,
        test: read.test,
        queries: { refs, indicators, targets },
        triplets: read.triplets,
      },
      tinySchema,
    );
    for (const name of await readdir(join(dir(), "a"))) {
      const a = await readFile(join(dir(), "a", name));
      expect(await readFile(join(dir(), "b", name)), name).toEqual(a);
      expect(await readFile(join(dir(), "c", name)), name).toEqual(a);
    }
  });

  it("leaves queries and triplets undefined when their files are absent", async () => {
    const { train, test } = tinyDataset();
    await writeAddeDataset(dir(), { train, test }, tinySchema);
    const read = await readAddeDataset(dir(), tinySchema);
    expect([read.queries, read.triplets]).toEqual([undefined, undefined]);
  });

  it("writes no file at all when a query is inconsistent", async () => {
    const data = tinyDataset();
    const queries = {
      ...data.queries,
      targets: [labels(0, 0, 1), labels(1, 0, 1)],
    } as AddeDataset["queries"];
    await expectDatasetError(
      writeAddeDataset(dir(), { ...data, queries }, tinySchema),
      "inconsistent_query",
      "gt_test.txt:2: target is not the reference's labels plus the indicator: at entry 1",
    );
    expect(await readdir(dir())).toEqual([]);
  });
});

describe("cross-file checks", () => {
  const dir = useTempDir();

  it("names both files when images and labels do not pair up", async () => {
    const { test } = tinyDataset();
    await writeAddeSplit(dir(), "test", test, tinySchema);
    await writeFile(join(dir(), "labels_test.txt"), "1 0 0 1 0 1 0\n");
    await expectDatasetError(
      readAddeSplit(dir(), "test", tinySchema),
      "count_mismatch",
      `labels_test.txt: 1 label vectors, but ${join(dir(), "imgs_test.txt")} has 3 lines`,
    );
    await expectDatasetError(
      writeAddeSplit(dir(), "train", { images: ["a.jpg"], labels: [] }, tinySchema),
      "count_mismatch",
      "1 images but 0 label vectors",
    );
  });

  it("checks a tampered gt_test.txt against the reference and indicator", async () => {
    const data = tinyDataset();
    await writeAddeDataset(dir(), data, tinySchema);
    await writeFile(join(dir(), "gt_test.txt"), "1 0 0 1 0 0 1\n0 1 0 1 0 0 1\n");
    const test = await readAddeSplit(dir(), "test", tinySchema);
    await expectDatasetError(
      readAddeQueries(dir(), tinySchema, { gallery: test.labels }),
      "inconsistent_query",
      'gt_test.txt:2: target is not the reference\'s labels plus the indicator: at entry 1 (attribute "category", value "Coat") reference item 2 has 0, indicator 1, target 0',
    );
    // Without the gallery only each file's own format is checked.
    const queries = await readAddeQueries(dir(), tinySchema);
    expect(Array.from(matrixRow(queries.targets, 1))).toEqual([0, 1, 0, 1, 0, 0, 1]);
  });

  it("names the query file that is shorter, and a reference beyond the gallery", async () => {
    await writeAddeDataset(dir(), tinyDataset(), tinySchema);
    await writeFile(join(dir(), "indfull_test.txt"), "0 0 0 0 0 -1 1\n");
    await expectDatasetError(
      readAddeQueries(dir(), tinySchema),
      "count_mismatch",
      "indfull_test.txt: 1 lines, but",
    );
    await writeFile(join(dir(), "ref_test.txt"), "0\n3\n");
    const gallery = [labels(0, 0, 0), labels(0, 0, 1), labels(2, -1, 1)];
    await expectDatasetError(
      readAddeQueries(dir(), tinySchema, { gallery }),
      "index_out_of_range",
      "ref_test.txt:2: reference index 3 must be in 0..2 (3 test items)",
    );
    await expectDatasetError(
      writeAddeQueries(dir(), { refs: [0], indicators: [], targets: [] }, tinySchema),
      "count_mismatch",
      "got 1, 0, 0",
    );
  });
});
