// The procedural catalog as a dataset folder (issue 3, items 2-3): byte-identical files for the
// same seed, and the real-data loaders of @atelier/datasets read it back like Shopping100k.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import {
  generateCatalog,
  type ImageFile,
  MULTI_FILE,
  renderCatalogImages,
  SPLITS_DIR,
  writeCatalogDataset,
  writeQuerySets,
} from "@atelier/catalog";
import { loadShopping100k, readAddeDataset } from "@atelier/datasets";
import { shopping100k } from "@atelier/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const COUNT = 600;

async function write(dir: string, seed: number, workers: number) {
  const catalog = generateCatalog({ count: COUNT, seed });
  async function* images(): AsyncGenerator<ImageFile> {
    for await (const item of renderCatalogImages(catalog, { png: true, size: 64, workers })) {
      if (item.png) yield { index: item.index, png: item.png };
    }
  }
  return writeCatalogDataset(catalog, dir, { size: 64, images: images() });
}

async function digests(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out.set(
      relative(dir, file),
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
  }
  return out;
}

describe("catalog dataset folder", () => {
  const dirs: string[] = [];
  const temp = async () => {
    const dir = await mkdtemp(join(tmpdir(), "atelier-catalog-"));
    dirs.push(dir);
    return dir;
  };
  let first = "";
  let summary: Awaited<ReturnType<typeof write>>;

  beforeAll(async () => {
    first = await temp();
    summary = await write(first, 11, 2);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("is byte-identical for the same seed (workers or not), and differs for another", async () => {
    const again = await temp();
    await write(again, 11, 0);
    const a = await digests(first);
    expect(a.size).toBe(COUNT + 11 + 12 + 1); // images, splits/, Attributes/, catalog.json
    expect(await digests(again)).toEqual(a);
    const other = await temp();
    await write(other, 12, 0);
    const b = await digests(other);
    expect(b.get("splits/labels_train.txt")).not.toBe(a.get("splits/labels_train.txt"));
  }, 120_000);

  it("reads back through ADDE's file readers and the Shopping100k loader", async () => {
    const catalog = generateCatalog({ count: COUNT, seed: 11 });
    const data = await readAddeDataset(join(first, SPLITS_DIR), shopping100k);
    expect(data.train.images.length).toBe(480);
    expect(data.test.images.length).toBe(120);
    expect(summary).toMatchObject({ images: COUNT, train: 480, test: 120 });
    const k = 7;
    const item = catalog.test[k] ?? 0;
    expect(data.test.images[k]).toBe(catalog.product(item).imagePath);
    expect(Array.from(data.test.labels.data.subarray(k * 151, (k + 1) * 151))).toEqual(
      Array.from(catalog.labelVectorOf(item)),
    );
    expect(data.queries?.refs.length).toBe(summary.singleQueries);
    expect(data.triplets?.triplets.rows).toBe(summary.triplets);

    const layout = await loadShopping100k(first, shopping100k);
    expect(layout.images.length).toBe(COUNT);
    const i = layout.images.indexOf(catalog.product(5).imagePath);
    expect(Array.from(layout.valueIndices[i] ?? [])).toEqual(Array.from(catalog.indicesOf(5)));
    const png = await readFile(join(first, catalog.product(5).imagePath));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(64);
  });

  it("records the multi-manipulation distances, and the query command rewrites them alike", async () => {
    const file = join(first, SPLITS_DIR, MULTI_FILE);
    const before = await readFile(file, "utf8");
    const body = JSON.parse(before) as { histogram: Record<string, number>; pairs: number[][] };
    expect(Object.keys(body.histogram)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(body.pairs.length).toBe(1000);
    const refs = await readFile(join(first, SPLITS_DIR, "ref_test.txt"));
    await writeQuerySets(join(first, SPLITS_DIR), shopping100k);
    expect(await readFile(file, "utf8")).toBe(before);
    expect(await readFile(join(first, SPLITS_DIR, "ref_test.txt"))).toEqual(refs);
  });
});
