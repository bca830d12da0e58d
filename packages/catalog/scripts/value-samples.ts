/**
 * Writes a PNG grid of random catalog items for each value of one attribute, rendered at the
 * size a model reads (and enlarged without smoothing), to see what the render check's CNN sees
 * when redrawing a value.
 *
 *   npx tsx scripts/value-samples.ts --attribute fastening --size 64 --per 8 --out /tmp/f.png
 *   npx tsx scripts/value-samples.ts --attribute pocket --values Zip,Flap
 */
import { parseArgs } from "node:util";
import { seededRandom } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import sharp, { type OverlayOptions } from "sharp";
import { sampleLabels } from "../src/generate/sample-labels.ts";
import { renderGarment } from "../src/render/render.ts";

const { values: args } = parseArgs({
  options: {
    attribute: { type: "string", default: "fastening" },
    values: { type: "string" },
    size: { type: "string", default: "64" },
    per: { type: "string", default: "8" },
    seed: { type: "string", default: "5" },
    out: { type: "string" },
  },
});
const attribute = shopping100k.attributes.find((a) => a.key === args.attribute);
if (!attribute) {
  const keys = shopping100k.attributes.map((a) => a.key).join(", ");
  throw new Error(`--attribute must be one of ${keys}, got ${args.attribute}`);
}
const values = args.values?.split(",") ?? attribute.values;
for (const value of values)
  if (!attribute.values.includes(value))
    throw new Error(`--values: ${attribute.key} has no value "${value}"`);
const size = Number(args.size);
const per = Number(args.per);
const cell = size * 2;
const labelWidth = 120;
const out = args.out ?? `value-samples-${attribute.key}.png`;

const random = seededRandom(Number(args.seed));
const tiles: OverlayOptions[] = [];
for (const [row, value] of values.entries()) {
  const top = row * (cell + 2);
  tiles.push({ input: labelSvg(value, cell), left: 0, top });
  // Rejection sampling keeps the catalog's priors for every other attribute.
  for (let found = 0, tries = 0; found < per && tries < 500_000; tries++) {
    const labels = sampleLabels(shopping100k, random);
    if (labels[attribute.key] !== value) continue;
    const { pixels } = renderGarment(labels, { seed: Math.floor(random() * 2 ** 31), size });
    const bytes = Buffer.from(pixels.map((v) => Math.round(v * 255)));
    const input = await sharp(bytes, { raw: { width: size, height: size, channels: 3 } })
      .resize(cell, cell, { kernel: "nearest" })
      .png()
      .toBuffer();
    tiles.push({ input, left: labelWidth + found * (cell + 2), top });
    found++;
  }
}
await sharp({
  create: {
    width: labelWidth + per * (cell + 2),
    height: values.length * (cell + 2),
    channels: 3,
    background: "#ffffff",
  },
})
  .composite(tiles)
  .png()
  .toFile(out);
console.log(`${values.length} values x ${per} items at ${size} px written to ${out}`);

function labelSvg(text: string, height: number): Buffer {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth - 2}" height="${height}"><text x="2" y="${height / 2}" font-size="14" font-family="DejaVu Sans">${escaped}</text></svg>`,
  );
}
