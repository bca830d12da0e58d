/**
 * Writes the renderer's contact sheet (one row per attribute, one labelled cell per value) to
 * docs/catalog/contact-sheet.png, or to the path given as the first argument.
 *
 *   npm run contact-sheet -w @atelier/catalog
 */
import { fileURLToPath } from "node:url";
import { writeContactSheet } from "../src/render/contact-sheet.ts";

const path =
  process.argv[2] ??
  fileURLToPath(new URL("../../../docs/catalog/contact-sheet.png", import.meta.url));
const started = performance.now();
const { width, height } = writeContactSheet(path);
console.log(
  `contact sheet ${width} x ${height} px written to ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
