import { editDistance } from "./distance.ts";
import type { Lexicon } from "./lexicon.ts";
import { singular } from "./tokenize.ts";
import { UNSUPPORTED_WORDS } from "./vocabulary/words.ts";

/** Typos are corrected freely only in words this long: shorter words are too close to each other. */
export const MIN_TYPO_LENGTH = 5;

/**
 * Four-letter words are corrected only for the slips that rarely make another word: a missing
 * letter ("blak"), a doubled one ("dott") or two letters swapped ("bleu").
 */
export const MIN_SHORT_TYPO_LENGTH = 4;

/** Edits allowed for a word: one up to 7 letters, two from 8. */
export function typoBudget(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The lexicon word `word` is a typo of, or undefined when it is known already, too short, or
 * equally near to two different words (a guess would be a silent wrong change).
 *
 * @example
 * correctWord(lexicon, "stirped"); // "striped"
 */
export function correctWord(lexicon: Lexicon, word: string): string | undefined {
  if (!correctable(lexicon, word)) return undefined;
  if (word.length < MIN_TYPO_LENGTH) return breakTie(lexicon, word, shortCandidates(lexicon, word));
  const budget = typoBudget(word);
  let best = budget + 1;
  let found: string[] = [];
  for (const candidate of lexicon.words) {
    if (candidate.length < 3) continue;
    const d = editDistance(word, candidate, budget);
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best) {
      found.push(candidate);
    }
  }
  return breakTie(lexicon, word, found);
}

/** Whether `word` may be corrected at all: unknown, not a number, not a word we know we lack. */
function correctable(lexicon: Lexicon, word: string): boolean {
  return (
    word.length >= MIN_SHORT_TYPO_LENGTH &&
    !isKnown(lexicon, word) &&
    !/\d/.test(word) &&
    !(word in UNSUPPORTED_WORDS)
  );
}

/** Lexicon words a four-letter `word` is a missing, doubled or swapped letter away from. */
function shortCandidates(lexicon: Lexicon, word: string): string[] {
  const found: string[] = [];
  for (const candidate of lexicon.words) {
    if (candidate.length < 3 || Math.abs(candidate.length - word.length) > 1) continue;
    if (editDistance(word, candidate, 1) !== 1) continue;
    const missing = candidate.length === word.length + 1;
    const doubled =
      candidate.length === word.length - 1 &&
      [...word].some(
        (c, k) => k > 0 && c === word[k - 1] && word.slice(0, k) + word.slice(k + 1) === candidate,
      );
    const swapped = candidate.length === word.length && isSwap(word, candidate);
    if (missing || doubled || swapped) found.push(candidate);
  }
  return found;
}

/** Whether `b` is `a` with two neighbouring letters swapped ("bleu", "blue"). */
function isSwap(a: string, b: string): boolean {
  const differ = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  const [first, second] = differ;
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}

/**
 * One of equally near candidates, or undefined when they differ in meaning: "checkd" may be
 * "check" or "checked" (both Checked), "losoe" is "loose" rather than "lose" (same length, a
 * swap), "darkr" is "darker" rather than "dark", which means nothing alone, but "shrt" stays
 * unknown between "short" and "shirt".
 */
function breakTie(lexicon: Lexicon, word: string, found: readonly string[]): string | undefined {
  if (found.length <= 1) return found[0];
  const meaningful = found.filter((f) => meaningOf(lexicon, f) !== undefined);
  const meanings = new Set(meaningful.map((f) => meaningOf(lexicon, f)));
  if (meanings.size === 1) return meaningful[0];
  const sameLength = (meaningful.length > 0 ? meaningful : found).filter(
    (f) => f.length === word.length,
  );
  return sameLength.length === 1 ? sameLength[0] : undefined;
}

/**
 * The one correction of `word` that makes a phrase with a neighbouring word, or names the
 * attribute of a neighbouring value: "strat over" -> "start" (not "strap"), "polka dott" -> "dot",
 * "mandarin colar" -> "collar" (not "color"). Undefined when none or several fit.
 *
 * @example
 * correctInPhrase(lexicon, "strat", undefined, "over"); // "start"
 */
export function correctInPhrase(
  lexicon: Lexicon,
  word: string,
  before: string | undefined,
  after: string | undefined,
): string | undefined {
  if (!correctable(lexicon, word)) return undefined;
  const budget = word.length < MIN_TYPO_LENGTH ? 1 : typoBudget(word);
  // Candidate -> what the phrase it makes means: "dott" fits "polka dot" and "polka dots" alike.
  const fits = new Map<string, string>();
  for (const candidate of lexicon.words) {
    if (candidate.length < 3 || editDistance(word, candidate, budget) > budget) continue;
    const phrase = [
      before === undefined ? undefined : `${before} ${candidate}`,
      after === undefined ? undefined : `${candidate} ${after}`,
    ].find((p) => p !== undefined && lexicon.phrases.has(p));
    if (phrase !== undefined) fits.set(candidate, JSON.stringify(lexicon.phrases.get(phrase)));
    else if (namesAttributeOf(lexicon, candidate, [before, after])) {
      fits.set(candidate, JSON.stringify(lexicon.phrases.get(candidate)));
    }
  }
  if (new Set(fits.values()).size !== 1) return undefined;
  return [...fits.keys()].sort(
    (a, b) => editDistance(word, a) - editDistance(word, b) || a.length - b.length,
  )[0];
}

/** Whether `word` is an attribute word of a value one of `neighbours` names. */
function namesAttributeOf(
  lexicon: Lexicon,
  word: string,
  neighbours: readonly (string | undefined)[],
): boolean {
  const attributes = (lexicon.phrases.get(word) ?? []).flatMap((e) =>
    e.kind === "attribute" ? [e.attribute] : [],
  );
  return neighbours.some((n) =>
    (n === undefined ? [] : (lexicon.phrases.get(n) ?? [])).some(
      (e) => e.kind === "value" && attributes.includes(e.attribute),
    ),
  );
}

/** What a word means on its own; undefined for parts of phrases and words like "dark". */
function meaningOf(lexicon: Lexicon, word: string): string | undefined {
  const entries = lexicon.phrases.get(word) ?? lexicon.phrases.get(singular(word));
  if (!entries || entries.every((e) => e.kind === "base")) return undefined;
  return JSON.stringify(entries);
}

export function isKnown(lexicon: Lexicon, word: string): boolean {
  return lexicon.words.has(word) || lexicon.words.has(singular(word));
}

/**
 * Up to `limit` lexicon words near `word` for a reply's "did you mean": a looser budget than
 * correction (three edits, or a shared start of four letters), nearest first.
 */
export function suggestWords(lexicon: Lexicon, word: string, limit = 3): string[] {
  if (isKnown(lexicon, word)) return phrasesWith(lexicon, word, limit);
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of lexicon.words) {
    if (candidate.length < 3 || lexicon.words.has(candidate.slice(0, -1))) continue;
    const d = editDistance(word, candidate, 3);
    const budget = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    if (d <= budget) scored.push({ candidate, score: d });
    else if (word.length >= 4 && candidate.startsWith(word.slice(0, 4))) {
      scored.push({ candidate, score: 4 });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** Up to `limit` phrases a word meaningless alone is part of ("light" -> "light blue"). */
function phrasesWith(lexicon: Lexicon, word: string, limit: number): string[] {
  const found = [...lexicon.phrases.keys()].filter(
    (key) => key !== word && key.split(" ").includes(word),
  );
  return found.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, limit);
}
