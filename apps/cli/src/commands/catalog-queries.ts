import { join } from "node:path";
import { SPLITS_DIR, writeQuerySets } from "@atelier/catalog";
import { shopping100k } from "@atelier/schema";
import { type Command, intOption, oneOf, parseOptions, positiveInt, required } from "../options.ts";

const NAME = "catalog queries";

/**
 * `atelier catalog queries --from DIR`: (re)writes the query sets of a dataset folder from its
 * test labels: ADDE's single-manipulation files and `multi_test.json` (generated or real data).
 */
export const catalogQueries: Command = {
  name: NAME,
  summary: "write single- and multi-manipulation query sets from a dataset's test split",
  async run(args) {
    const { values } = parseOptions(NAME, args, {
      from: { type: "string" },
      "max-per-reference": { type: "string" },
      "query-seed": { type: "string", default: "0" },
      "multi-pairs": { type: "string", default: "1000" },
      "multi-seed": { type: "string", default: "0" },
      "min-distance": { type: "string", default: "1" },
      "max-distance": { type: "string", default: "8" },
      distribution: { type: "string", default: "balanced" },
    });
    const splits = join(required("from", values.from), SPLITS_DIR);
    const cap = values["max-per-reference"];
    const maxDistance = intOption("max-distance", values["max-distance"], 1, 127);
    const options = {
      single: {
        seed: intOption("query-seed", values["query-seed"], 0),
        ...(cap === undefined ? {} : { maxPerReference: positiveInt("max-per-reference", cap) }),
      },
      multi: {
        count: positiveInt("multi-pairs", values["multi-pairs"]),
        seed: intOption("multi-seed", values["multi-seed"], 0),
        minDistance: intOption("min-distance", values["min-distance"], 1, maxDistance),
        maxDistance,
        distribution: oneOf("distribution", values.distribution, ["balanced", "natural"] as const),
      },
    };
    const started = performance.now();
    const { single, multi } = await writeQuerySets(splits, shopping100k, options);
    console.log(
      `${splits}: ${single} single-manipulation queries; ${multi.query.length} multi-manipulation ` +
        `pairs by distance ${JSON.stringify(multi.histogram)}; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  },
};
