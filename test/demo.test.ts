// `npm run demo` runs `atelier demo`: this drives the real CLI in a child process on a
// fresh embedded database, as it runs on a new machine.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { migrateDatabase } from "@atelier/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const main = join(root, "apps", "cli", "src", "main.ts");

let dir = "";
let databaseUrl = "";

async function atelier(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [main, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 120_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

describe("atelier demo (npm run demo)", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atelier-demo-test-"));
    databaseUrl = `pglite:${dir}`;
    await migrateDatabase({ databaseUrl });
  }, 120_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("runs the default models: catalog, encoder, index, one MANN query, products read back", async () => {
    const { code, out } = await atelier("demo", "--products", "300", "--k", "4");
    expect(code, out).toBe(0);
    expect(out).toContain("database (pglite): 300 created, 0 updated, 0 unchanged");
    // The committed encoder's vectors: 12 attributes x D = 32.
    expect(out).toContain("index: faiss flat, 300 vectors of 384 dims");
    expect(out).toMatch(/manipulation: \{"attribute":"color","remove":"\w[^"]*","add":"[^"]+"\}/);
    expect(out).toContain("model: mann from");
    const ranks = out.split("\n").filter((line) => /^\s+\d\. s42-\d{6}/.test(line));
    expect(ranks).toHaveLength(4);
    // The reference is never offered back as its own result.
    const reference = /reference (s42-\d{6})/.exec(out)?.[1];
    expect(reference).toBeDefined();
    expect(ranks.some((line) => line.includes(reference as string))).toBe(false);
  }, 120_000);

  it("is idempotent: a second run changes nothing in the database", async () => {
    const { code, out } = await atelier("demo", "--products", "300", "--k", "4");
    expect(code, out).toBe(0);
    expect(out).toContain("0 created, 0 updated, 300 unchanged");
  }, 120_000);

  it("rejects bad arguments with a message naming them", async () => {
    const zero = await atelier("demo", "--k", "0");
    expect(zero.code).toBe(1);
    expect(zero.out).toContain('--k must be an integer at least 1, got "0"');
    const unknown = await atelier("dmeo");
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/unknown command "dmeo"; commands:\n\s+demo\s/);
  }, 120_000);
});
