import { correctInPhrase, correctWord } from "./correct.ts";
import { type Entry, type Lexicon, lookup } from "./lexicon.ts";
import { matchReference } from "./reference.ts";
import type { Token } from "./tokenize.ts";
import type { Command } from "./types.ts";

/** A stretch of the turn and what it matched. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  /** Lexicon key of the matched phrase (after typo correction). */
  readonly key: string;
}

/** The turn as a sequence of meaningful items; fillers are dropped here. */
export type Item =
  | (Piece & { readonly kind: "values"; readonly candidates: readonly ValueEntry[] })
  | (Piece & { readonly kind: "attribute"; readonly attribute: string })
  | (Piece & { readonly kind: "negator" })
  | (Piece & { readonly kind: "relative"; readonly attribute: string; readonly step: 1 | -1 })
  | (Piece & { readonly kind: "comparative"; readonly step: 1 | -1 })
  | (Piece & { readonly kind: "base"; readonly attribute: string; readonly step: 1 | -1 })
  | (Piece & { readonly kind: "postNegator" })
  | (Piece & { readonly kind: "replace" })
  | (Piece & { readonly kind: "command"; readonly command: Command })
  | (Piece & { readonly kind: "unknown"; readonly word: string });

export type ValueEntry = Extract<Entry, { kind: "value" }>;

/**
 * Splits tokens into items by longest match against the lexicon, after correcting typos word by
 * word. Longest match is what makes "light blue" one colour and "no closure" a value, not a
 * negation.
 */
export function segment(lexicon: Lexicon, tokens: readonly Token[]): Item[] {
  // A correction that fits the neighbouring words ("strat over", "mandarin colar") comes first.
  const corrected = tokens.map((t) => correctWord(lexicon, t.word) ?? t.word);
  const words = tokens.map(
    (t, k) =>
      correctInPhrase(lexicon, t.word, corrected[k - 1], corrected[k + 1]) ??
      (corrected[k] as string),
  );
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const reference = matchReference(tokens, i);
    if (reference) {
      const last = tokens[i + reference.length - 1] as Token;
      const command: Command = { type: "useReference", item: reference.item };
      items.push({ kind: "command", command, start: token.start, end: last.end, key: "reference" });
      i += reference.length;
      continue;
    }
    const found = longestMatch(lexicon, words, i);
    if (!found) {
      items.push({
        kind: "unknown",
        word: token.word,
        start: token.start,
        end: token.end,
        key: "",
      });
      i++;
      continue;
    }
    const last = tokens[i + found.length - 1] as Token;
    const item = toItem(found.entries, { start: token.start, end: last.end, key: found.key });
    if (item) items.push(item);
    i += found.length;
  }
  return items;
}

function longestMatch(
  lexicon: Lexicon,
  words: readonly string[],
  start: number,
): { entries: readonly Entry[]; length: number; key: string } | undefined {
  const most = Math.min(lexicon.maxWords, words.length - start);
  for (let length = most; length >= 1; length--) {
    const phrase = words.slice(start, start + length);
    const entries = lookup(lexicon, phrase);
    if (entries && entries.length > 0) return { entries, length, key: phrase.join(" ") };
  }
  return undefined;
}

/** The item for a phrase's entries (all of one kind, see `lexiconFor`); undefined for filler. */
function toItem(entries: readonly Entry[], piece: Piece): Item | undefined {
  const first = entries[0];
  if (!first) return undefined;
  switch (first.kind) {
    case "value":
      return { ...piece, kind: "values", candidates: entries as ValueEntry[] };
    case "attribute":
      return { ...piece, kind: "attribute", attribute: first.attribute };
    case "negator":
      return { ...piece, kind: "negator" };
    case "relative":
      return { ...piece, kind: "relative", attribute: first.attribute, step: first.step };
    case "command":
      return { ...piece, kind: "command", command: { type: first.command } };
    case "comparative":
      return { ...piece, kind: "comparative", step: first.step };
    case "base":
      return { ...piece, kind: "base", attribute: first.attribute, step: first.step };
    case "postNegator":
      return { ...piece, kind: "postNegator" };
    case "replace":
      return { ...piece, kind: "replace" };
    case "filler":
      return undefined;
    default:
      return assertNever(first);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value ${JSON.stringify(value)}`);
}
