import { writeContactSheet } from "@atelier/catalog";
import { type Command, intOption, parseOptions, required } from "../options.ts";

const NAME = "catalog contact-sheet";

/**
 * `atelier catalog contact-sheet --out FILE [--cell 96] [--seed 7]`: the renderer's contact sheet
 * (one row per attribute, one cell per value) as a PNG.
 */
export const catalogContactSheet: Command = {
  name: NAME,
  summary: "write a PNG grid with an example of every attribute value",
  async run(args) {
    const { values } = parseOptions(NAME, args, {
      out: { type: "string" },
      cell: { type: "string", default: "96" },
      seed: { type: "string", default: "7" },
    });
    const out = required("out", values.out);
    const cell = intOption("cell", values.cell, 32, 512);
    const seed = intOption("seed", values.seed, 0, 2 ** 32 - 1);
    const { width, height } = writeContactSheet(out, { cell, seed });
    console.log(`${out}: contact sheet of ${width} x ${height} px`);
  },
};
