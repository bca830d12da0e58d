import type { AttributeSchema, Manipulation } from "@atelier/schema";
import { plainPieces } from "./generate.ts";
import type { Utterance } from "./types.ts";

const SEPARATORS = [", ", " and ", " with ", ", ", "; "];

/**
 * Two or three plain pieces of different attributes in one turn; every third one against a
 * reference whose values the adds must replace.
 */
export function multiCases(schema: AttributeSchema, count = 45): Utterance[] {
  const pieces = plainPieces(schema);
  const cases: Utterance[] = [];
  for (let k = 0; cases.length < count; k++) {
    const picked = [7 * k + 1, 13 * k + 5, 17 * k + 3]
      .slice(0, 2 + (k % 2))
      .map((i) => pieces[i % pieces.length] as (typeof pieces)[number]);
    const attributes = picked.map((p) => p.manipulation.attribute);
    if (new Set(attributes).size !== attributes.length) continue;
    const text = picked.map((p) => p.text).join(SEPARATORS[k % SEPARATORS.length]);
    if (k % 3 === 0) {
      // A reference value that differs from every add: take the attribute's other end.
      const context: Record<string, string> = {};
      const manipulations: Manipulation[] = picked.map(({ manipulation }) => {
        const values =
          schema.attributes.find((a) => a.key === manipulation.attribute)?.values ?? [];
        const other = values.find((v) => v !== manipulation.add) as string;
        context[manipulation.attribute] = other;
        return { attribute: manipulation.attribute, remove: other, add: manipulation.add };
      });
      cases.push({ category: "multi", text, context, manipulations, commands: [] });
    } else {
      cases.push({
        category: "multi",
        text,
        manipulations: picked.map((p) => p.manipulation),
        commands: [],
      });
    }
  }
  cases.push({
    category: "multi",
    text: "undo and make it navy",
    manipulations: [{ attribute: "color", add: "Navy" }],
    commands: [{ type: "undo" }],
  });
  return cases;
}

/** One typo (swap, drop, double or change a letter) in each single-word value of 5+ letters. */
export function typoCases(schema: AttributeSchema): Utterance[] {
  const cases: Utterance[] = [];
  const pieces = plainPieces(schema);
  let n = 0;
  for (const piece of pieces) {
    const value = piece.manipulation.add as string;
    if (!/^[A-Za-z]{5,}$/.test(value)) continue;
    const word = value.toLowerCase();
    const typo = misspell(word, n++);
    cases.push({
      category: "typo",
      text: piece.text.replace(word, typo),
      manipulations: [piece.manipulation],
      commands: [],
    });
  }
  return cases;
}

/** A deterministic misspelling, never of the first letter, where shoppers rarely slip. */
export function misspell(word: string, seed: number): string {
  const at = 1 + (seed % (word.length - 2));
  // Dropping a letter of a 5-letter word leaves 4, below the parser's typo rule (5+ letters).
  const kind = seed % 4 === 1 && word.length <= 5 ? 2 : seed % 4;
  switch (kind) {
    case 0:
      return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + (word[at] ?? "") + word.slice(at);
    default:
      return `${word.slice(0, at)}${word[at] === "x" ? "z" : "x"}${word.slice(at + 1)}`;
  }
}
