import { shopping100k } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { correctInPhrase, correctWord, suggestWords } from "./correct.ts";
import { lexiconFor } from "./lexicon.ts";

const lexicon = lexiconFor(shopping100k);

describe("correctWord", () => {
  it("corrects one or two edits in longer words", () => {
    expect(correctWord(lexicon, "stirped")).toBe("striped");
    expect(correctWord(lexicon, "camoflage")).toBe("camouflage");
  });

  it("corrects four-letter words only for a missing, doubled or swapped letter", () => {
    expect(correctWord(lexicon, "blak")).toBe("black");
    expect(correctWord(lexicon, "bleu")).toBe("blue");
    expect(correctWord(lexicon, "size")).toBeUndefined(); // not "side"
    expect(correctWord(lexicon, "good")).toBeUndefined(); // not "hood"
    expect(correctWord(lexicon, "love")).toBeUndefined(); // not "lose"
    expect(correctWord(lexicon, "shrt")).toBeUndefined(); // "short" or "shirt"
    expect(correctWord(lexicon, "nvy")).toBeUndefined();
  });

  it("prefers a word with a meaning of its own to a part of a phrase", () => {
    expect(correctWord(lexicon, "darkr")).toBe("darker"); // not "dark"
  });

  it("never corrects a real word the vocabulary lacks", () => {
    expect(correctWord(lexicon, "linen")).toBeUndefined(); // not "lined"
    expect(correctWord(lexicon, "formal")).toBeUndefined(); // not "normal"
  });
});

describe("correctInPhrase", () => {
  it("picks the correction that makes a phrase with a neighbour", () => {
    expect(correctInPhrase(lexicon, "strat", undefined, "over")).toBe("start");
    expect(correctInPhrase(lexicon, "dott", "polka", undefined)).toBe("dot");
  });

  it("picks the attribute word of a neighbouring value", () => {
    expect(correctInPhrase(lexicon, "colar", "mandarin", undefined)).toBe("collar");
    expect(correctInPhrase(lexicon, "colar", "navy", undefined)).toBe("color");
  });

  it("leaves known words and words with no fitting correction alone", () => {
    expect(correctInPhrase(lexicon, "navy", undefined, "blue")).toBeUndefined();
    expect(correctInPhrase(lexicon, "asdfg", "polka", undefined)).toBeUndefined();
  });
});

describe("suggestWords", () => {
  it("suggests the phrases a word meaningless alone belongs to", () => {
    expect(suggestWords(lexicon, "light")).toContain("light blue");
    expect(suggestWords(lexicon, "light")).not.toContain("light");
  });
});
