import { describe, expect, it } from "vitest";
import {
  DatabaseUrlError,
  describeDatabaseTarget,
  isDatabaseUrlError,
  resolveDatabaseTarget,
} from "./database-url.ts";

const options = { defaultPgliteDir: "/repo/.data/pglite", baseDir: "/repo" };
const resolveUrl = (url: string | undefined) => resolveDatabaseTarget(url, options);

describe("resolveDatabaseTarget", () => {
  it("uses embedded PGlite at the default folder when DATABASE_URL is unset or blank", () => {
    const expected = { kind: "pglite", dataDir: "/repo/.data/pglite" };
    expect(resolveUrl(undefined)).toEqual(expected);
    expect(resolveUrl("")).toEqual(expected);
    expect(resolveUrl("  ")).toEqual(expected);
    expect(resolveUrl("pglite:")).toEqual(expected);
  });

  it("reads pglite:<dir> with absolute and repo-relative folders", () => {
    expect(resolveUrl("pglite:/var/lib/atelier")).toEqual({
      kind: "pglite",
      dataDir: "/var/lib/atelier",
    });
    expect(resolveUrl("pglite:///var/lib/atelier")).toEqual({
      kind: "pglite",
      dataDir: "/var/lib/atelier",
    });
    expect(resolveUrl("pglite:.data/other")).toEqual({
      kind: "pglite",
      dataDir: "/repo/.data/other",
    });
    expect(resolveUrl("PGLITE:db")).toEqual({ kind: "pglite", dataDir: "/repo/db" });
  });

  it("reads plain paths and file: URLs as PGlite folders", () => {
    expect(resolveUrl("/tmp/db")).toEqual({ kind: "pglite", dataDir: "/tmp/db" });
    expect(resolveUrl("./tmp/db")).toEqual({ kind: "pglite", dataDir: "/repo/tmp/db" });
    expect(resolveUrl("file:///tmp/db")).toEqual({ kind: "pglite", dataDir: "/tmp/db" });
    expect(resolveUrl("file:tmp/db")).toEqual({ kind: "pglite", dataDir: "/repo/tmp/db" });
  });

  it("passes postgres:// and postgresql:// URLs through unchanged", () => {
    for (const url of ["postgresql://a:b@127.0.0.1:5432/x", "postgres://a@h/x?sslmode=disable"]) {
      expect(resolveUrl(url)).toEqual({ kind: "postgres", url });
    }
  });

  it("rejects other schemes, naming the scheme and the accepted forms but not the URL", () => {
    const attempt = () => resolveUrl("mysql://root:hunter2@db/shop");
    expect(attempt).toThrow(DatabaseUrlError);
    expect(attempt).toThrow(/"mysql:".*postgresql:\/\/.*postgres:\/\/.*pglite:<dir>/);
    try {
      attempt();
    } catch (error) {
      expect(isDatabaseUrlError(error)).toBe(true);
      expect(String(error)).not.toContain("hunter2");
    }
    expect(() => resolveUrl("sqlite:dev.db")).toThrow(/"sqlite:"/);
    expect(() => resolveUrl("memory://")).toThrow(/"memory:"/);
  });
});

describe("describeDatabaseTarget", () => {
  it("hides the password", () => {
    const text = describeDatabaseTarget({
      kind: "postgres",
      url: "postgresql://a:secret@h:5432/db",
    });
    expect(text).toBe("PostgreSQL postgresql://a:***@h:5432/db");
    expect(describeDatabaseTarget({ kind: "pglite", dataDir: "/d" })).toBe("PGlite /d");
  });
});
