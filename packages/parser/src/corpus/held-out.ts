import data from "./held-out.json" with { type: "json" };
import second from "./held-out-2.json" with { type: "json" };
import type { Utterance } from "./types.ts";

/**
 * The held-out corpus: written by hand before any parser change and without reading the lexicon,
 * so its accuracy estimates how the parser does on text it was not built around. Expectations are
 * never edited to match the parser's output.
 */
export const heldOut = data.utterances as readonly Utterance[];

/**
 * A second, smaller held-out corpus, written after the parser was improved against `heldOut`
 * (so by someone who had read the lexicon) and measured before any change made for it.
 */
export const heldOutSecond = second.utterances as readonly Utterance[];
