import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectDatasetError, useTempDir } from "../test-support.ts";
import { readRefs, readTriplets, writeRefs, writeTriplets } from "./indices.ts";

describe("ref_test.txt", () => {
  const dir = useTempDir();

  it("round-trips one index per line", async () => {
    const file = join(dir(), "ref_test.txt");
    await writeRefs(file, Int32Array.of(0, 17, 17, 3), { limit: 20 });
    expect(await readFile(file, "utf8")).toBe("0\n17\n17\n3\n");
    expect(await readRefs(file, { limit: 20 })).toEqual(Int32Array.of(0, 17, 17, 3));
  });

  it("names file and line for an index out of range, a negative one, or two on a line", async () => {
    const file = join(dir(), "ref_test.txt");
    await writeFile(file, "0\n20\n");
    await expectDatasetError(
      readRefs(file, { limit: 20 }),
      "index_out_of_range",
      `${file}:2: reference index 20 must be in 0..19 (20 test items)`,
    );
    await writeFile(file, "-3\n");
    await expectDatasetError(
      readRefs(file),
      "index_out_of_range",
      `${file}:1: reference index -3 must be >= 0`,
    );
    await writeFile(file, "1 2\n");
    await expectDatasetError(
      readRefs(file),
      "wrong_entry_count",
      `${file}:1: reference index has 2 entries, expected 1`,
    );
  });

  it("refuses to write an index beyond the split", async () => {
    await expectDatasetError(
      writeRefs(join(dir(), "r.txt"), [1, 5], { limit: 5 }),
      "index_out_of_range",
      "r.txt:2: reference index 5",
    );
  });
});

describe("triplet_train.txt", () => {
  const dir = useTempDir();

  it("round-trips reference, positive, negative per line", async () => {
    const file = join(dir(), "triplet_train.txt");
    await writeTriplets(file, [[4, 8, 1], Int32Array.of(0, 2, 3)], { limit: 9 });
    expect(await readFile(file, "utf8")).toBe("4 8 1\n0 2 3\n");
    const triplets = await readTriplets(file, { limit: 9 });
    expect([triplets.rows, triplets.width, Array.from(triplets.data)]).toEqual([
      2,
      3,
      [4, 8, 1, 0, 2, 3],
    ]);
  });

  it("names the role of an index out of range, and a line of the wrong length", async () => {
    const file = join(dir(), "triplet_train.txt");
    await writeFile(file, "4 8 1\n0 2 9\n");
    await expectDatasetError(
      readTriplets(file, { limit: 9 }),
      "index_out_of_range",
      `${file}:2: negative index 9 must be in 0..8 (9 train items)`,
    );
    await writeFile(file, "4 8\n");
    await expectDatasetError(
      readTriplets(file),
      "wrong_entry_count",
      `${file}:1: triplet has 2 entries, expected 3`,
    );
  });
});
