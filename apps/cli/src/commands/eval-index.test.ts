// `atelier eval --index hnsw` end to end: a labels-only dataset folder written by `atelier
// catalog generate` (100 test items), features written with @atelier/datasets' writeNpy, the two
// reference models searched through an HNSW index and exactly: the recall columns, the record
// and the report are the point, not the numbers.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeNpy } from "@atelier/datasets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atelier } from "../training/test-support.ts";

const TEST = 100;
const WIDTH = 12 * 4;

let dir = "";
let data = "";
let features = "";

const ok = (run: { code: number; out: string }) => expect(run.code, run.out).toBe(0);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-eval-index-test-"));
  data = join(dir, "data");
  ok(
    await atelier(
      ...["catalog", "generate", "--products", "500", "--labels-only", "--workers", "0"],
      ...["--multi-pairs", "8", "--distribution", "natural", "--out", data],
    ),
  );
  features = join(dir, "test.npy");
  const values = Float32Array.from({ length: TEST * WIDTH }, (_, i) => Math.sin(i * 12.9898));
  await writeNpy(features, values, [TEST, WIDTH]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Result {
  readonly model: string;
  readonly recallAt10: number;
  readonly recallAt50: number;
  readonly indexSeconds: number;
  readonly exactSeconds: number;
  readonly paddedSlots: number;
}

describe("atelier eval --index hnsw", () => {
  it("ranks through one HNSW index and reports its recall against exact search", async () => {
    const report = join(dir, "report");
    const run = await atelier(
      ...["eval", "--data", data, "--features", features, "--similarity", "cosine"],
      ...["--index", "hnsw", "--report", report],
    );
    ok(run);
    expect(run.out).toContain(
      `multi manipulation (1000 queries, gallery ${TEST}, cosine, hnsw index)`,
    );
    expect(run.out).toContain("| recall@10 | recall@50 |");
    const record = JSON.parse(await readFile(join(report, "results.json"), "utf8"));
    expect(record.search).toMatchObject({
      kind: "hnsw",
      k: 50,
      neighbours: 32,
      efSearch: 16,
      metric: "ip",
      normalized: true,
    });
    expect(record.search.buildSeconds).toBeGreaterThanOrEqual(0);
    const results = record.results as Result[];
    expect(results).toHaveLength(4);
    for (const r of results) {
      for (const recall of [r.recallAt10, r.recallAt50]) {
        expect(recall, r.model).toBeGreaterThanOrEqual(0);
        expect(recall, r.model).toBeLessThanOrEqual(1);
      }
      expect(r.indexSeconds).toBeGreaterThanOrEqual(0);
      expect(r.exactSeconds).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(r.paddedSlots)).toBe(true);
    }
    const readme = await readFile(join(report, "README.md"), "utf8");
    expect(readme).toContain("| search | hnsw (faiss, M = 32, efSearch 16), `ip` on L2-normalised");
    expect(readme).toContain("| NDCG@30 | NDCG_t@30 | NDCG_o@30 | recall@10 | recall@50 |");
  }, 60_000);

  it("keeps exact search the default, with no recall in the record", async () => {
    const out = join(dir, "exact.json");
    ok(await atelier("eval", "--data", data, "--features", features, "--out", out));
    const record = JSON.parse(await readFile(out, "utf8"));
    expect(record.search).toEqual({ kind: "exact", k: 50, queryChunk: 256, scanChunk: 64 });
    for (const r of record.results) expect(r).not.toHaveProperty("recallAt50");
  }, 60_000);
});
