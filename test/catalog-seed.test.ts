// Seeding the database with a generated catalog (issue 3, item 5): batches through upsertProducts,
// idempotent (a second run finds every product unchanged), on a fresh PGlite folder.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalogProductInputs, generateCatalog, seedProducts } from "@atelier/catalog";
import { countProducts, getProductById } from "@atelier/db";
import { createDb, type Db, migrateDatabase } from "@atelier/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("seeding the database with a generated catalog", () => {
  const catalog = generateCatalog({ count: 1200, seed: 5 });
  let dir = "";
  let db: Db | undefined;
  const open = () => {
    if (!db) throw new Error("database not opened");
    return db;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atelier-catalog-seed-"));
    const databaseUrl = `pglite:${dir}`;
    await migrateDatabase({ databaseUrl });
    db = createDb({ databaseUrl });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it("writes every product in batches, reporting progress", async () => {
    const progress: number[] = [];
    const result = await seedProducts(
      open(),
      catalogProductInputs(catalog, (i) => `<svg id="${i}"/>`),
      {
        chunkSize: 500,
        batchSize: 200,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(result).toEqual({ created: 1200, updated: 0, unchanged: 0 });
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await countProducts(open())).toBe(1200);
    const stored = await getProductById(open(), catalog.product(17).id);
    expect(stored?.title).toBe(catalog.product(17).title);
    expect(stored?.labels).toEqual(Array.from(catalog.labelVectorOf(17)));
    expect(stored?.imageSvg).toBe('<svg id="17"/>');
  }, 60_000);

  it("is idempotent: a second run leaves everything unchanged", async () => {
    const again = generateCatalog({ count: 1200, seed: 5 });
    const result = await seedProducts(
      open(),
      catalogProductInputs(again, (i) => `<svg id="${i}"/>`),
    );
    expect(result).toEqual({ created: 0, updated: 0, unchanged: 1200 });
    expect(await countProducts(open())).toBe(1200);
  }, 60_000);
});
