/** One word of a turn, lower-cased, with its place in the original text. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// "3/4" stays one token; hyphens split ("t-shirt" -> "t shirt") so either spelling matches;
// apostrophes vanish inside a word ("men's" -> "mens", "don't" -> "dont").
const WORD = /\d+\/\d+|#?[\p{L}\p{N}'\u2019]+/gu;

/**
 * Words of `text` with offsets into it.
 *
 * @example
 * tokenize("Navy T-shirt").map((t) => t.word); // ["navy", "t", "shirt"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/['\u2019]/g, "");
    if (word === "" || word === "#") continue;
    tokens.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** A phrase in the form lexicon keys use: its words joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.word)
    .join(" ");
}

/**
 * A plural's singular by English spelling rules, or the word itself. Only tried after the
 * word as written, so "shorts" (a category) is not read as "short" (a sleeve length).
 */
export function singular(word: string): string {
  if (word.length <= 3 || word.endsWith("ss")) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}
