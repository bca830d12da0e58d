/**
 * A contact sheet of the renderer: one row per attribute, one labelled cell per value, each drawn
 * on a base garment where that value shows (collars on a shirt, sleeve lengths on a dress, leg
 * fits on trousers, top fits on a shirt), so that a person can check at a glance that every value
 * is visibly distinct.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { shopping100k } from "@atelier/schema";
import { Resvg } from "@resvg/resvg-js";
import { allowedValues } from "../structure/applicability.ts";
import { garmentSvg } from "./garment.ts";
import { garmentSpec } from "./spec.ts";
import { el } from "./svg.ts";

/** One row: an attribute, the categories to show its values on (first that allows a value). */
interface Row {
  readonly label: string;
  readonly attribute: string;
  readonly on: readonly string[];
  readonly base: Readonly<Record<string, string>>;
  /** Only these values (default: all). */
  readonly values?: readonly string[];
}

const ROWS: readonly Row[] = [
  { label: "category", attribute: "category", on: [], base: { color: "Blue", gender: "Female" } },
  {
    label: "collar",
    attribute: "collar",
    on: ["Shirt", "Jacket", "Coat", "Jumper", "T-shirt", "Dress"],
    base: { color: "Light blue", gender: "Male" },
  },
  { label: "color", attribute: "color", on: ["T-shirt"], base: { gender: "Male" } },
  {
    label: "fabric",
    attribute: "fabric",
    on: ["T-shirt"],
    base: { color: "Gray", gender: "Male" },
  },
  {
    label: "fastening",
    attribute: "fastening",
    on: ["Jacket", "Dress"],
    base: { color: "Beige", gender: "Male" },
  },
  {
    label: "fit (legs)",
    attribute: "fit",
    on: ["Trouser"],
    base: { color: "Navy", gender: "Male" },
  },
  {
    label: "fit (tops)",
    attribute: "fit",
    on: ["Shirt", "Dress", "Jumpsuit"],
    base: { color: "Light blue", gender: "Female" },
  },
  { label: "gender", attribute: "gender", on: ["T-shirt"], base: { color: "Green" } },
  {
    label: "neckline",
    attribute: "neckline",
    on: ["Dress", "T-shirt"],
    base: { color: "Pink", gender: "Female" },
  },
  {
    label: "pattern",
    attribute: "pattern",
    on: ["T-shirt"],
    base: { color: "Blue", gender: "Male" },
  },
  {
    label: "pocket",
    attribute: "pocket",
    on: ["Jacket", "Coat", "Trouser"],
    base: { color: "Olive", gender: "Male" },
  },
  {
    label: "sleeve length",
    attribute: "sleevelen",
    on: ["Dress"],
    base: { color: "Red", gender: "Female" },
  },
  {
    label: "sport",
    attribute: "sport",
    on: ["T-shirt", "Swimming", "Jacket"],
    base: { color: "Gray", gender: "Male" },
  },
];

const TOP_FITS = [
  "Large",
  "Loose",
  "Oversize",
  "Regular",
  "Slim",
  "Small",
  "Skinny",
  "Tailered",
  "Straight",
  "Flared",
  "High waist",
  "Low",
];

/** Layout of a sheet: cell size in pixels (the garment is drawn at this size). */
export interface ContactSheetOptions {
  readonly cell?: number;
  readonly seed?: number;
}

/**
 * The contact sheet as one SVG (pixel units; text in DejaVu Sans).
 *
 * @example
 * const svg = contactSheetSvg({ cell: 96 });
 */
export function contactSheetSvg(options: ContactSheetOptions = {}): string {
  const cell = options.cell ?? 96;
  const seed = options.seed ?? 7;
  const labelW = 120;
  const rowH = cell + 18;
  const rows = ROWS.map((row) => cellsOf(row));
  const columns = Math.max(...rows.map((r) => r.length));
  const width = labelW + columns * cell + 8;
  const height = 30 + rows.length * rowH + 8;
  let body = el("rect", { width, height, fill: "#ffffff" });
  body += text(
    8,
    20,
    "Atelier procedural catalog: one row per attribute, one cell per value",
    14,
    "bold",
  );
  rows.forEach((cells, r) => {
    const y = 30 + r * rowH;
    body += text(8, y + cell / 2 + 4, ROWS[r]?.label ?? "", 13, "bold");
    cells.forEach(({ value, labels }, c) => {
      const x = labelW + c * cell;
      const svg = garmentSvg(garmentSpec(labels), seed + c, `r${r}c${c}_`).replace(
        /^<svg [^>]*>/,
        `<svg x="${x}" y="${y}" width="${cell}" height="${cell}" viewBox="0 0 100 100">`,
      );
      body += svg + text(x + cell / 2, y + cell + 13, value, 11, "normal", "middle");
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

/** One example of a value: the labels of the base garment it is shown on. */
export interface ValueExample {
  readonly attribute: string;
  readonly row: string;
  readonly value: string;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Every value of every attribute on its base garment, row by row as on the contact sheet (fit
 * twice: on trousers and on tops). Tests use the same examples to check that values differ.
 *
 * @example
 * valueExamples().find((e) => e.value === "Kent")?.labels; // { ..., category: "Shirt", collar: "Kent" }
 */
export function valueExamples(): ValueExample[] {
  return ROWS.flatMap((row) =>
    cellsOf(row).map((c) => ({ attribute: row.attribute, row: row.label, ...c })),
  );
}

function cellsOf(row: Row): { value: string; labels: Record<string, string> }[] {
  const attribute = shopping100k.attributes.find((a) => a.key === row.attribute);
  if (attribute === undefined) return [];
  let values = row.values ?? attribute.values;
  if (row.label === "fit (tops)") values = values.filter((v) => TOP_FITS.includes(v));
  return values.flatMap((value) => {
    if (row.attribute === "category") return [{ value, labels: { ...row.base, category: value } }];
    const category = row.on.find((c) => allowedValues(c, row.attribute, [value]).length > 0);
    if (category === undefined) return [];
    return [{ value, labels: { ...row.base, category, [row.attribute]: value } }];
  });
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  weight: string,
  anchor = "start",
): string {
  return el(
    "text",
    {
      x,
      y,
      "font-family": "DejaVu Sans",
      "font-size": size,
      "font-weight": weight,
      "text-anchor": anchor,
      fill: "#222",
    },
    content,
  );
}

const FONT_DIR = "/usr/share/fonts/truetype/dejavu";

/**
 * Renders the contact sheet to a PNG at `path` (directories created); returns its size in pixels.
 *
 * @example
 * writeContactSheet("docs/catalog/contact-sheet.png");
 */
export function writeContactSheet(
  path: string,
  options: ContactSheetOptions = {},
): { width: number; height: number } {
  const svg = contactSheetSvg(options);
  const image = new Resvg(svg, {
    font: { loadSystemFonts: true, fontDirs: [FONT_DIR], defaultFontFamily: "DejaVu Sans" },
  }).render();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, image.asPng());
  return { width: image.width, height: image.height };
}
