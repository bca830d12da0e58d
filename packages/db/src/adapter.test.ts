import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openAdapter } from "./adapter.ts";
import { databaseTargetFromEnv } from "./env.ts";

describe("openAdapter", () => {
  it("opens PGlite for a pglite: URL, creating the folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atelier-adapter-"));
    const dataDir = join(dir, "nested", "pglite");
    const handle = openAdapter(databaseTargetFromEnv(`pglite:${dataDir}`));
    try {
      expect(handle.factory.adapterName).toBe("pglite-prisma-adapter");
      expect(handle.factory.provider).toBe("postgres");
      const adapter = await handle.factory.connect();
      const result = await adapter.queryRaw({ sql: "SELECT 1 AS one", args: [], argTypes: [] });
      expect(result.rows).toEqual([[1]]);
      expect(() => openAdapter({ kind: "pglite", dataDir })).toThrow(
        /already open in this process/,
      );
    } finally {
      await handle.close();
      await handle.close();
      await openAdapter({ kind: "pglite", dataDir }).close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("chooses node-postgres for postgres:// and postgresql:// without connecting", async () => {
    for (const url of ["postgresql://u:p@127.0.0.1:1/x", "postgres://u:p@127.0.0.1:1/x"]) {
      const handle = openAdapter(databaseTargetFromEnv(url));
      expect(handle.factory.adapterName).toBe("@prisma/adapter-pg");
      await handle.close();
    }
  });

  it("surfaces the scheme error for unsupported URLs", () => {
    expect(() => databaseTargetFromEnv("mongodb://h/x")).toThrow(/"mongodb:"/);
  });
});
