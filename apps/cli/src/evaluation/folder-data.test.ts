import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCatalog, writeCatalogDataset } from "@atelier/catalog";
import { writeNpy } from "@atelier/datasets";
import { shopping100k } from "@atelier/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEvalFolder } from "./folder-data.ts";

const TEST = 100;
let dir = "";
let data = "";
let features = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-eval-folder-test-"));
  data = join(dir, "data");
  // Labels only: with --features nothing reads the images.
  const catalog = generateCatalog({ schema: shopping100k, count: 500, seed: 7 });
  await writeCatalogDataset(catalog, data, { multiPairs: { count: 8, distribution: "natural" } });
  features = join(dir, "test.npy");
  await writeNpy(features, new Float32Array(TEST * 24), [TEST, 24]);
}, 30_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const open = (folder: string) => openEvalFolder(folder, features, undefined, shopping100k);

/** `data` with only the split files named, as a new folder. */
async function copyWith(name: string, files: readonly string[]): Promise<string> {
  const folder = join(dir, name);
  for (const file of files) await cp(join(data, "splits", file), join(folder, "splits", file));
  return folder;
}

const SPLIT = ["imgs_test.txt", "labels_test.txt"];
const QUERIES = ["ref_test.txt", "indfull_test.txt", "gt_test.txt"];

describe("openEvalFolder", () => {
  it("reads ADDE's query files, the same queries as generated from the labels", async () => {
    const given = await open(data);
    expect(given.singleQueriesFrom).toContain(join(data, "splits", "ref_test.txt"));
    expect(given.features).toHaveLength(TEST * 24);
    const generated = await open(await copyWith("labels", SPLIT));
    expect(generated.singleQueriesFrom).toMatch(/^generated from .*labels_test\.txt$/);
    // catalog generate writes every valid query, in the generator's order.
    expect(generated.singleQueries).toEqual(given.singleQueries);
    expect(given.singleQueries.count).toBeGreaterThan(0);
  });

  it("refuses a query file whose target is not the reference plus the indicator", async () => {
    const folder = await copyWith("broken", [...SPLIT, ...QUERIES]);
    const gt = join(folder, "splits", "gt_test.txt");
    const [first, ...rest] = (await readFile(gt, "utf8")).split("\n");
    // Every entry of the first target flipped: no longer reference + indicator.
    const flipped = (first as string).replace(/[01]/g, (bit) => (bit === "0" ? "1" : "0"));
    await writeFile(gt, [flipped, ...rest].join("\n"));
    await expect(open(folder)).rejects.toThrow(`${gt}:1:`);
  });

  it("checks the test images are there when the encoder will read them", async () => {
    await expect(openEvalFolder(data, undefined, undefined, shopping100k)).rejects.toThrow(
      `--data ${data}: ${TEST} of ${TEST} images listed in`,
    );
  });
});
