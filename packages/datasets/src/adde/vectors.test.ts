import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectDatasetError,
  randomLabelRows,
  seededRandom,
  shopping100k,
  tinySchema,
  useTempDir,
} from "../test-support.ts";
import {
  readIndicators,
  readLabels,
  streamIndicators,
  streamLabels,
  writeIndicators,
  writeLabels,
} from "./vectors.ts";

describe("label files (labels_*.txt, gt_test.txt)", () => {
  const dir = useTempDir();

  it("writes one line of 0/1 separated by single spaces per row", async () => {
    const file = join(dir(), "labels.txt");
    await writeLabels(
      file,
      [Float32Array.of(0, 1, 0, 1, 0, 0, 0), [1, 0, 0, 0, 0, 0, 1]],
      tinySchema,
    );
    expect(await readFile(file, "utf8")).toBe("0 1 0 1 0 0 0\n1 0 0 0 0 0 1\n");
  });

  it("round-trips 151-entry Shopping100k vectors, byte-identically from arrays or a matrix", async () => {
    const rows = randomLabelRows(shopping100k, seededRandom(1), 300);
    const file = join(dir(), "labels_train.txt");
    await writeLabels(file, rows, shopping100k);
    const matrix = await readLabels(file, shopping100k);
    expect([matrix.rows, matrix.width]).toEqual([300, 151]);
    expect(Array.from(matrix.data)).toEqual(rows.flatMap((row) => Array.from(row)));

    const again = join(dir(), "again.txt");
    await writeLabels(again, matrix, shopping100k);
    expect(await readFile(again)).toEqual(await readFile(file));

    const streamed: number[] = [];
    for await (const { line, values } of streamLabels(file, shopping100k)) {
      expect(values).toEqual(Int8Array.from(rows[line - 1] ?? []));
      streamed.push(line);
    }
    expect(streamed).toHaveLength(300);
  });

  it("names file and line for every malformed line", async () => {
    const file = join(dir(), "labels.txt");
    const cases: [string, Parameters<typeof expectDatasetError>[1], string][] = [
      ["0 1 0 1 0 0", "wrong_entry_count", "label vector has 6 entries, expected 7"],
      ["0 1 0 1 0 0 x", "not_an_integer", 'entry 7 ("x") is not an integer'],
      [
        "0 1 0 1 0 0 2",
        "invalid_value",
        'entry 7 (attribute "color", value "Red") is 2; label entries must be 0 or 1',
      ],
      [
        "0 1 0 1 0 -1 0",
        "invalid_value",
        'entry 6 (attribute "color", value "Navy") is -1; label entries must be 0 or 1',
      ],
      [
        "0 1 1 1 0 0 0",
        "multiple_values",
        'attribute "category" has 1 at two entries, 2 ("Shirt") and 3 ("Dress")',
      ],
      ["", "empty_line", "line is empty, expected a label vector"],
    ];
    for (const [bad, code, message] of cases) {
      await writeFile(file, `0 0 0 0 0 0 0\n${bad}\n1 0 0 0 0 0 0\n`);
      await expectDatasetError(readLabels(file, tinySchema), code, `${file}:2: ${message}`);
    }
    await expectDatasetError(
      readLabels(join(dir(), "none.txt"), tinySchema),
      "missing_file",
      "none.txt: file not found",
    );
  });

  it("refuses to write a bad row, naming the line it would have been, and writes nothing", async () => {
    const file = join(dir(), "labels.txt");
    const rows = [
      [0, 0, 0, 0, 0, 0, 0],
      [0, 0.5, 0, 0, 0, 0, 0],
    ];
    await expectDatasetError(
      writeLabels(file, rows, tinySchema),
      "not_an_integer",
      `${file}:2: entry 2 (0.5)`,
    );
    expect(existsSync(file)).toBe(false);
  });
});

describe("indicator files (indfull_test.txt, triplet_train_ind.txt)", () => {
  const dir = useTempDir();

  it("round-trips -1/0/1 vectors", async () => {
    const file = join(dir(), "indfull_test.txt");
    const rows = [
      [0, 0, 0, -1, 1, 0, 0],
      [0, 0, 1, 0, 0, 0, 0],
      [-1, 1, 0, 0, 0, 1, -1],
    ];
    await writeIndicators(file, rows, tinySchema);
    expect(await readFile(file, "utf8")).toBe("0 0 0 -1 1 0 0\n0 0 1 0 0 0 0\n-1 1 0 0 0 1 -1\n");
    const matrix = await readIndicators(file, tinySchema);
    expect(Array.from(matrix.data)).toEqual(rows.flat());
    const streamed = [];
    for await (const { values } of streamIndicators(file, tinySchema))
      streamed.push(Array.from(values));
    expect(streamed).toEqual(rows);
  });

  it("names file and line for entries outside {-1, 0, 1} and doubled signs", async () => {
    const file = join(dir(), "ind.txt");
    await writeFile(file, "0 0 0 -1 1 0 0\n0 0 0 0 0 2 0\n");
    await expectDatasetError(
      readIndicators(file, tinySchema),
      "invalid_value",
      `${file}:2: entry 6`,
      "must be -1, 0 or 1",
    );
    await writeFile(file, "-1 -1 1 0 0 0 0\n");
    await expectDatasetError(
      readIndicators(file, tinySchema),
      "multiple_values",
      `${file}:1: attribute "category" has -1 at two entries`,
    );
    await writeFile(file, "0 0 0 -1 1\n");
    await expectDatasetError(
      readIndicators(file, tinySchema),
      "wrong_entry_count",
      `${file}:1: indicator vector has 5 entries, expected 7`,
    );
  });
});
