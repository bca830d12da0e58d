import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADDON_PATH, faissAddon, loadAddon } from "./native.ts";

describe("the faiss addon", () => {
  it("is built and exports the flat index classes", () => {
    expect(Object.keys(faissAddon()).sort()).toEqual(["Index", "IndexFlatIP", "IndexFlatL2"]);
    expect(ADDON_PATH).toMatch(/native\/build\/Release\/faiss_node\.node$/);
  });

  it("says how to build it when it is missing", () => {
    expect(() => loadAddon("/nonexistent/faiss_node.node")).toThrow(
      "the faiss native addon is not built (/nonexistent/faiss_node.node is missing): run `npm run setup`",
    );
  });

  it("says how to rebuild it when it does not load", () => {
    const path = join(mkdtempSync(join(tmpdir(), "atelier-index-")), "broken.node");
    writeFileSync(path, "not a shared object");
    expect(() => loadAddon(path)).toThrow(/does not load .*rebuild it with `npm run setup`/);
  });
});
