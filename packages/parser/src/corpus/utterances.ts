import type { Utterance } from "./types.ts";
import data from "./utterances.json" with { type: "json" };

/** The committed corpus, written by `generate-cli.ts`. */
export const utterances = data as readonly Utterance[];
