import { shopping100k } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { valueExamples } from "./contact-sheet.ts";
import { renderGarment } from "./render.ts";

/**
 * The automated form of "every value is visibly distinct": on the contact sheet's base garments,
 * with the same seed (same pose and shade), any two values of an attribute differ in at least
 * MIN_PIXELS pixels at 64 px by more than VISIBLE (on a 0..1 scale, in some channel), and every
 * value differs so from the attribute's absence unless it is drawn as the default (listed in
 * DRAWN_AS_DEFAULT). Counting changed pixels, not averaging, so that a small detail (a pocket
 * welt, a button) counts as visible when it is.
 */
const MIN_PIXELS = 12;
const VISIBLE = 0.1;
const SIZE = 64;
const SEED = 11;

/** Values drawn exactly like a missing label on their base garment (the category's default). */
const DRAWN_AS_DEFAULT = new Set(["pattern:Plain", "fit:Regular", "sleevelen:Sleeveless"]);

function diff(a: Float32Array, b: Float32Array): number {
  let changed = 0;
  for (let i = 0; i < a.length; i += 3) {
    const d = Math.max(
      Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
      Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
      Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
    );
    if (d > VISIBLE) changed++;
  }
  return changed;
}

const examples = valueExamples();
const pixels = (labels: Record<string, string>) =>
  renderGarment(labels, { seed: SEED, size: SIZE }).pixels;

describe("every value is visibly distinct", () => {
  it("has an example of every value of every attribute", () => {
    for (const attribute of shopping100k.attributes) {
      const shown = new Set(
        examples.filter((e) => e.attribute === attribute.key).map((e) => e.value),
      );
      expect(
        [...attribute.values].filter((v) => !shown.has(v)),
        attribute.key,
      ).toEqual([]);
    }
  });

  const rows = [...new Set(examples.map((e) => e.row))];
  it.each(rows)("%s: values differ from each other and from the attribute's absence", (row) => {
    const cells = examples.filter((e) => e.row === row);
    const rendered = cells.map((e) => ({ ...e, pixels: pixels(e.labels) }));
    const close: string[] = [];
    for (let i = 0; i < rendered.length; i++) {
      for (let j = i + 1; j < rendered.length; j++) {
        const a = rendered[i];
        const b = rendered[j];
        // Two values shown on different base garments differ by their base as well.
        if (!a || !b || a.labels.category !== b.labels.category) continue;
        const d = diff(a.pixels, b.pixels);
        if (d < MIN_PIXELS) close.push(`${a.value} ~ ${b.value} (${d} px)`);
      }
    }
    for (const e of rendered) {
      if (e.attribute === "category" || DRAWN_AS_DEFAULT.has(`${e.attribute}:${e.value}`)) continue;
      const { [e.attribute]: _, ...absent } = e.labels;
      const d = diff(e.pixels, pixels(absent));
      if (d < MIN_PIXELS) close.push(`${e.value} ~ absent (${d} px)`);
    }
    expect(close).toEqual([]);
  });
});
