import type { Token } from "./tokenize.ts";
import {
  CARDINAL_WORDS,
  ORDINAL_WORDS,
  REFERENCE_NOUNS,
  REFERENCE_TARGETS,
  REFERENCE_VERBS,
} from "./vocabulary/words.ts";

/** Result numbers above this are not items of a result grid. */
export const MAX_ITEM = 999;

interface ReferenceMatch {
  readonly item: number;
  /** Tokens the command covers, from the start position. */
  readonly length: number;
}

/**
 * "use item 3 as reference", "#3", "the third one", "item two as the base" at `start`.
 * A bare number is not a command: it needs a verb, a noun, a "#" or "as reference" around it.
 *
 * @example
 * matchReference(tokenize("use item 3 as reference"), 0); // { item: 3, length: 5 }
 */
export function matchReference(
  tokens: readonly Token[],
  start: number,
): ReferenceMatch | undefined {
  let j = start;
  const word = (k: number) => tokens[k]?.word;
  const verb = matchPhrase(tokens, j, REFERENCE_VERBS);
  const hasVerb = verb > 0;
  j += verb;
  const hasThe = word(j) === "the";
  if (hasThe) j++;
  const hasNoun = REFERENCE_NOUNS.includes(word(j) ?? "") && word(j) !== "one";
  if (hasNoun) j++;
  const number = readNumber(word(j) ?? "", hasNoun);
  if (number === undefined) return undefined;
  j++;
  const hasSuffix = word(j) === "one" || word(j) === "item";
  if (hasSuffix) j++;
  const target = matchTarget(tokens, j);
  j += target;
  // "the third (one)" and "use the second" are commands; a bare "third" is not.
  const ordinalAfterVerb = (hasVerb || hasSuffix || hasThe) && number.ordinal;
  if (!(hasNoun || number.hash || target > 0 || ordinalAfterVerb)) return undefined;
  if (number.value < 1 || number.value > MAX_ITEM) return undefined;
  return { item: number.value, length: j - start };
}

function readNumber(
  word: string,
  afterNoun: boolean,
): { value: number; hash: boolean; ordinal: boolean } | undefined {
  const digits = /^(#?)(\d+)(st|nd|rd|th)?$/.exec(word);
  if (digits) {
    return { value: Number(digits[2]), hash: digits[1] === "#", ordinal: digits[3] !== undefined };
  }
  const ordinal = ORDINAL_WORDS[word];
  if (ordinal !== undefined) return { value: ordinal, hash: false, ordinal: true };
  const cardinal = afterNoun ? CARDINAL_WORDS[word] : undefined;
  return cardinal === undefined ? undefined : { value: cardinal, hash: false, ordinal: false };
}

/** Tokens of the first of `phrases` at `start` ("go with"), or 0. */
function matchPhrase(tokens: readonly Token[], start: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    if (parts.every((p, k) => tokens[start + k]?.word === p)) return parts.length;
  }
  return 0;
}

/** Tokens of "as (the|a|my|new) reference" at `start`, or 0. */
function matchTarget(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.word !== "as") return 0;
  let j = start + 1;
  if (["the", "a", "my", "new"].includes(tokens[j]?.word ?? "")) j++;
  const target = matchPhrase(tokens, j, REFERENCE_TARGETS);
  return target > 0 ? j + target - start : 0;
}
