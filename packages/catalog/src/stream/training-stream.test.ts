import { seededRandom } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { renderTrainingItems, renderTrainingSet, trainingItemRow } from "./training-items.ts";
import { trainingItemStream } from "./training-stream.ts";

describe("training items", () => {
  it("streams the same chunks, in order, as rendering them in one thread", async () => {
    const stream = trainingItemStream({ seed: 9, size: 32, chunk: 3, ahead: 2 });
    try {
      const first = await stream.next();
      const second = await stream.next();
      const random = seededRandom(9);
      const a = renderTrainingItems(random, 3, 32);
      const b = renderTrainingItems(random, 3, 32);
      expect(first.pixels).toEqual(a.pixels);
      expect(first.rows).toEqual(a.rows);
      expect(second.pixels).toEqual(b.pixels);
      expect(second.rows).toEqual(b.rows);
    } finally {
      await stream.close();
    }
  });

  it("labels every attribute with a value position or -1, as the schema allows", async () => {
    const items = await renderTrainingSet(20, 32, 4);
    expect(items.pixels.length).toBe(20 * 32 * 32 * 3);
    for (let i = 0; i < items.n; i++) {
      const row = trainingItemRow(items, i);
      shopping100k.attributes.forEach((a, k) => {
        expect(row[k]).toBeGreaterThanOrEqual(-1);
        expect(row[k]).toBeLessThan(a.size);
      });
      expect(row[0]).toBeGreaterThanOrEqual(0); // every item has a category
    }
  });

  it("refuses a size too small to draw", () => {
    expect(() => renderTrainingItems(seededRandom(1), 2, 8)).toThrow(
      /size must be .* 16 px, got 8/,
    );
  });
});
