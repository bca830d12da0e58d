import { editDistance } from "./distance.ts";
import type { Lexicon } from "./lexicon.ts";
import { singular } from "./tokenize.ts";

/** Typos are corrected only in words this long: shorter words are too close to each other. */
export const MIN_TYPO_LENGTH = 5;

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
  if (isKnown(lexicon, word) || word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return undefined;
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

/**
 * One of equally near candidates, or undefined when they differ in meaning: "checkd" may be
 * "check" or "checked" (both Checked), "losoe" is "loose" rather than "lose" (same length, a
 * swap), but "shrt" stays unknown between "short" and "shirt".
 */
function breakTie(lexicon: Lexicon, word: string, found: readonly string[]): string | undefined {
  if (found.length <= 1) return found[0];
  const meanings = new Set(found.map((f) => meaningOf(lexicon, f)));
  if (meanings.size === 1 && !meanings.has(undefined)) return found[0];
  const sameLength = found.filter((f) => f.length === word.length);
  return sameLength.length === 1 ? sameLength[0] : undefined;
}

function meaningOf(lexicon: Lexicon, word: string): string | undefined {
  const entries = lexicon.phrases.get(word) ?? lexicon.phrases.get(singular(word));
  return entries ? JSON.stringify(entries) : undefined;
}

export function isKnown(lexicon: Lexicon, word: string): boolean {
  return lexicon.words.has(word) || lexicon.words.has(singular(word));
}

/**
 * Up to `limit` lexicon words near `word` for a reply's "did you mean": a looser budget than
 * correction (three edits, or a shared start of four letters), nearest first.
 */
export function suggestWords(lexicon: Lexicon, word: string, limit = 3): string[] {
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
