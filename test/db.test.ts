// @atelier/db against both backends: embedded PGlite (fresh folder) and PostgreSQL (a database of
// its own on the server at ATELIER_TEST_POSTGRES_URL). Both start empty and get the committed
// migrations through `prisma migrate deploy`, as a deployment would.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  countProducts,
  getProductById,
  isProductValidationError,
  listProducts,
  listProductsByIds,
  type Product,
  type ProductInput,
  upsertProducts,
} from "@atelier/db";
import {
  createDb,
  type Db,
  diffMigrationsAgainstSchema,
  migrateDatabase,
} from "@atelier/db/client";
import { dropTestDatabase, recreateTestDatabase } from "@atelier/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const LABELS = 151;
const SUITE_DATABASE = "atelier_test_db_package";

const MISSING_POSTGRES =
  "ATELIER_TEST_POSTGRES_URL is not set. Run the repo's test command (npm test), which starts " +
  "PostgreSQL with packages/db/scripts/start-postgres.sh, or run that script and export the URL " +
  "it prints.";

interface Backend {
  readonly name: string;
  /** Returns the URL of an empty database and how to dispose of it. */
  prepare(): Promise<{ url: string; dispose(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: "PGlite",
    async prepare() {
      const dir = await mkdtemp(join(tmpdir(), "atelier-db-test-"));
      return { url: `pglite:${dir}`, dispose: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "PostgreSQL",
    async prepare() {
      const server = process.env.ATELIER_TEST_POSTGRES_URL;
      if (!server) throw new Error(MISSING_POSTGRES);
      const url = await recreateTestDatabase(server, SUITE_DATABASE);
      return { url, dispose: () => dropTestDatabase(server, SUITE_DATABASE) };
    },
  },
];

/** A label vector with one value set in each of the given positions. */
const vector = (...ones: number[]) =>
  Array.from({ length: LABELS }, (_, i) => (ones.includes(i) ? 1 : 0));

const product = (n: number, overrides: Partial<ProductInput> = {}): ProductInput => ({
  id: `p${String(n).padStart(3, "0")}`,
  title: `Garment ${n}`,
  description: `Procedural garment number ${n}`,
  priceCents: 1000 + n,
  stock: n % 7,
  labels: vector(n % 16, 16 + (n % 9), LABELS - 1 - (n % 5)),
  imageSvg: n % 2 === 0 ? `<svg data-n="${n}"/>` : null,
  ...overrides,
});

const catalog = Array.from({ length: 25 }, (_, n) => product(n));

describe.each(backends)("@atelier/db on $name", (backend) => {
  let url = "";
  let dispose = async () => {};
  let db: Db | undefined;
  let setupError: unknown;
  // A failed setup fails every test with its message; thrown from beforeAll, vitest would
  // report the tests as skipped, which reads like an optional suite.
  const open = () => {
    if (setupError !== undefined) throw setupError;
    if (!db) throw new Error("database not opened");
    return db;
  };

  beforeAll(async () => {
    try {
      ({ url, dispose } = await backend.prepare());
      await migrateDatabase({ databaseUrl: url });
      db = createDb({ databaseUrl: url });
    } catch (error) {
      setupError = error;
    }
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await dispose();
  }, 60_000);

  it("migrates an empty database, and migrating again is a no-op", async () => {
    expect(await countProducts(open())).toBe(0);
    // A PGlite folder takes one process at a time, so the client closes while the CLI runs.
    await open().close();
    await migrateDatabase({ databaseUrl: url });
    db = createDb({ databaseUrl: url });
    expect(await countProducts(open())).toBe(0);
  }, 120_000);

  it("upserts in batches, and a second identical upsert changes nothing", async () => {
    const first = await upsertProducts(open(), catalog, { batchSize: 10 });
    expect(first).toEqual({ created: 25, updated: 0, unchanged: 0 });
    expect(await countProducts(open())).toBe(25);
    const before = await getProductById(open(), "p003");

    const second = await upsertProducts(open(), catalog, { batchSize: 7 });
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 25 });
    expect(await countProducts(open())).toBe(25);
    expect(await getProductById(open(), "p003")).toEqual(before);
  });

  it("updates changed products only, keeping createdAt", async () => {
    const before = await getProductById(open(), "p004");
    const changed = [product(4, { title: "Navy shirt", priceCents: 2999 }), product(5)];
    expect(await upsertProducts(open(), changed)).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const after = await getProductById(open(), "p004");
    expect(after).toMatchObject({ title: "Navy shirt", priceCents: 2999 });
    expect(after?.createdAt).toEqual(before?.createdAt);
    expect(after?.updatedAt.getTime()).toBeGreaterThanOrEqual(before?.updatedAt.getTime() ?? 0);
    await upsertProducts(open(), [product(4)]);
  });

  it("round-trips label vectors exactly", async () => {
    const patterns = [
      vector(),
      vector(0),
      vector(LABELS - 1),
      vector(...Array.from({ length: LABELS }, (_, i) => i)),
    ];
    const inputs = patterns.map((labels, i) => product(100 + i, { labels }));
    await upsertProducts(open(), inputs);
    for (const input of inputs) {
      const stored = await getProductById(open(), input.id);
      expect(stored?.labels).toEqual(input.labels);
      expect(stored?.labels).toHaveLength(LABELS);
    }
  });

  it("looks products up by id, with defaults and nulls intact", async () => {
    const stored = await getProductById(open(), "p002");
    expect(stored).toMatchObject({
      id: "p002",
      title: "Garment 2",
      priceCents: 1002,
      stock: 2,
      imageSvg: '<svg data-n="2"/>',
    } satisfies Partial<Product>);
    expect(stored?.createdAt).toBeInstanceOf(Date);
    expect((await getProductById(open(), "p001"))?.imageSvg).toBeNull();
    expect(await getProductById(open(), "nope")).toBeNull();

    await upsertProducts(open(), [{ id: "bare", title: "Bare", priceCents: 0, labels: vector(3) }]);
    expect(await getProductById(open(), "bare")).toMatchObject({
      description: "",
      stock: 0,
      imageSvg: null,
    });
  });

  it("lists products by id in the order asked, skipping unknown ids", async () => {
    const ids = ["p020", "p003", "missing", "p011", "p003"];
    const listed = await listProductsByIds(open(), ids);
    expect(listed.map((p) => p.id)).toEqual(["p020", "p003", "p011", "p003"]);
    expect(await listProductsByIds(open(), [])).toEqual([]);
  });

  it("pages through the catalog newest first without gaps or repeats", async () => {
    const seen: Product[] = [];
    let page = await listProducts(open(), { limit: 6 });
    seen.push(...page.products);
    while (page.next) {
      page = await listProducts(open(), { limit: 6, after: page.next });
      seen.push(...page.products);
    }
    expect(seen).toHaveLength(await countProducts(open()));
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1], seen[i]];
      const newerFirst =
        a &&
        b &&
        (a.createdAt > b.createdAt ||
          (a.createdAt.getTime() === b.createdAt.getTime() && a.id > b.id));
      expect(newerFirst).toBe(true);
    }
  });

  it("rejects invalid products, naming the field, and writes nothing", async () => {
    const count = await countProducts(open());
    const cases: Array<[ProductInput, RegExp]> = [
      [
        product(200, { labels: vector(1).slice(1) }),
        /products\[1\]\.labels: expected 151 entries.*got 150/,
      ],
      [product(200, { priceCents: -5 }), /products\[1\]\.priceCents: must not be negative/],
      [
        product(200, { labels: vector(1).map((v, i) => (i === 9 ? -1 : v)) }),
        /products\[1\]\.labels\[9\]/,
      ],
    ];
    for (const [bad, message] of cases) {
      // A valid new product in the same call must not be written either.
      const attempt = upsertProducts(open(), [product(201), bad]);
      await expect(attempt).rejects.toSatisfy(isProductValidationError);
      await expect(attempt).rejects.toThrow(message);
    }
    expect(await countProducts(open())).toBe(count);
    expect(await getProductById(open(), "p201")).toBeNull();
  });
});

describe("prisma/migrations", () => {
  // Replays the migrations on a throwaway shadow database, which needs PostgreSQL.
  it("build exactly the schema in prisma/schema.prisma", async () => {
    const server = process.env.ATELIER_TEST_POSTGRES_URL;
    if (!server) throw new Error(MISSING_POSTGRES);
    const drift = await diffMigrationsAgainstSchema({ databaseUrl: server });
    expect(drift, "create a migration: see packages/db/README.md").toBe("");
  }, 60_000);
});
