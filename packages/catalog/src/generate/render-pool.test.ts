import { describe, expect, it } from "vitest";
import { generateCatalog } from "./catalog.ts";
import { renderCatalogImages } from "./render-pool.ts";
import { catalogItemSvg, type RenderedItem } from "./render-range.ts";

async function collect(items: AsyncIterable<RenderedItem>): Promise<RenderedItem[]> {
  const out: RenderedItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("renderCatalogImages", () => {
  const catalog = generateCatalog({ count: 150, seed: 9 });

  it("yields every item in order, the same in worker threads as in this one", async () => {
    const options = { size: 32, pixels: true, png: true, svg: true, batch: 16 } as const;
    const here = await collect(renderCatalogImages(catalog, { ...options, workers: 0 }));
    const there = await collect(renderCatalogImages(catalog, { ...options, workers: 2 }));
    expect(here.map((item) => item.index)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(there.map((item) => item.index)).toEqual(here.map((item) => item.index));
    expect(there[77]?.pixels).toEqual(here[77]?.pixels);
    expect(Buffer.from(there[77]?.png ?? [])).toEqual(Buffer.from(here[77]?.png ?? []));
    expect(here[3]?.svg).toBe(catalogItemSvg(catalog, 3));
    expect(here[3]?.pixels?.length).toBe(32 * 32 * 3);
  }, 60_000);

  it("renders a chosen subset in the order given, and only what was asked", async () => {
    const items = await collect(
      renderCatalogImages(catalog, { items: [5, 2, 9], size: 16, pixels: true, workers: 0 }),
    );
    expect(items.map((item) => item.index)).toEqual([5, 2, 9]);
    expect(items[0]?.png).toBeUndefined();
    expect(items[0]?.svg).toBeUndefined();
  });

  it("names a bad size", async () => {
    await expect(collect(renderCatalogImages(catalog, { size: 3 }))).rejects.toThrow(/size/);
  });
});
