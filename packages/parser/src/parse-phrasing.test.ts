import { describe, expect, it } from "vitest";
import { parseTurn } from "./parse.ts";

// Behaviours added for the held-out corpus: general phrasings shoppers use.
const changes = (text: string, labels?: Record<string, string>) =>
  parseTurn(text, labels ? { labels } : {}).manipulations;
const commands = (text: string) => parseTurn(text).commands;

describe("parseTurn synonyms and compounds", () => {
  it("reads colour compounds and plurals ending in -ies", () => {
    expect(changes("charcoal grey")).toEqual([{ attribute: "color", add: "Charcoal" }]);
    expect(changes("wine red")).toEqual([{ attribute: "color", add: "Maroon" }]);
    expect(changes("hoodies")).toEqual([{ attribute: "collar", add: "Hood" }]);
  });

  it("reads a pattern named with 'print' as that pattern", () => {
    expect(changes("floral print dress")).toEqual([
      { attribute: "pattern", add: "Floral" },
      { attribute: "category", add: "Dress" },
    ]);
  });

  it("uses the reference to pick the attribute of crew neck", () => {
    expect(changes("crew neck")).toEqual([{ attribute: "collar", add: "Round" }]);
    expect(changes("crew neck", { neckline: "V-neck" })).toEqual([
      { attribute: "neckline", remove: "V-neck", add: "Round" },
    ]);
  });
});

describe("parseTurn negation and replacement phrasings", () => {
  it("reads more negating verbs and a trailing 'off'", () => {
    const hood = [{ attribute: "collar", remove: "Hood" }];
    expect(changes("ditch the hood", { collar: "Hood" })).toEqual(hood);
    expect(changes("hood off", { collar: "Hood" })).toEqual(hood);
    expect(changes("take the pockets off", { pocket: "Side" })).toEqual([
      { attribute: "pocket", remove: "Side" },
    ]);
    expect(changes("no more camo")).toEqual([{ attribute: "pattern", remove: "Camouflage" }]);
  });

  it("replaces the first of two values after change/swap/from", () => {
    const blackToWhite = [{ attribute: "color", remove: "Black", add: "White" }];
    expect(changes("change black to white")).toEqual(blackToWhite);
    expect(changes("swap the black for white")).toEqual(blackToWhite);
    expect(changes("from black to white")).toEqual(blackToWhite);
    expect(changes("change it to white")).toEqual([{ attribute: "color", add: "White" }]);
  });
});

describe("parseTurn comparatives", () => {
  it("steps towards or away from the end of the scale a value lies on", () => {
    expect(changes("more fitted", { fit: "Loose" })).toEqual([
      { attribute: "fit", remove: "Loose", add: "Regular" },
    ]);
    expect(changes("less baggy", { fit: "Regular" })).toEqual([
      { attribute: "fit", remove: "Regular", add: "Tailered" },
    ]);
    expect(changes("too tight", { fit: "Slim" })).toEqual([
      { attribute: "fit", remove: "Slim", add: "Tailered" },
    ]);
    expect(changes("not as dark", { color: "Navy" })).toEqual([
      { attribute: "color", remove: "Navy", add: "Indigo" },
    ]);
  });

  it("steps from a named colour unless the reference is of that hue already", () => {
    expect(changes("darker green", { color: "Red" })).toEqual([
      { attribute: "color", remove: "Red", add: "Olive" },
    ]);
    expect(changes("darker blue", { color: "Light blue" })).toEqual([
      { attribute: "color", remove: "Light blue", add: "Blue" },
    ]);
  });

  it("reads a bare 'more' as show more only when nothing else is asked", () => {
    expect(commands("more please")).toEqual([{ type: "showMore" }]);
    expect(commands("any more?")).toEqual([{ type: "showMore" }]);
    const formal = parseTurn("a bit more formal");
    expect(formal.commands).toEqual([]);
    expect(formal.reply).toContain('cannot search by "formal"');
  });
});

describe("parseTurn typos, commands and unsupported words", () => {
  it("corrects short words and words that only fit a phrase", () => {
    expect(changes("blak")).toEqual([{ attribute: "color", add: "Black" }]);
    expect(changes("dark bleu")).toEqual([{ attribute: "color", add: "Navy" }]);
    expect(changes("polka dott")).toEqual([{ attribute: "pattern", add: "Polka dot" }]);
    expect(commands("strat over")).toEqual([{ type: "startOver" }]);
    const collar = parseTurn("mandarin colar");
    expect(collar.manipulations).toEqual([{ attribute: "collar", add: "Mandarin" }]);
    expect(collar.reply).toBeUndefined();
  });

  it("reads more command phrasings", () => {
    expect(commands("scratch that")).toEqual([{ type: "undo" }]);
    expect(commands("clear everything")).toEqual([{ type: "startOver" }]);
    expect(commands("go with the 2nd")).toEqual([{ type: "useReference", item: 2 }]);
    expect(commands("base it on the 1st")).toEqual([{ type: "useReference", item: 1 }]);
    expect(commands("the fifth looks good, use it")).toEqual([{ type: "useReference", item: 5 }]);
  });

  it("says which real words it cannot search by instead of guessing", () => {
    const linen = parseTurn("white linen shirt");
    expect(linen.manipulations).toEqual([
      { attribute: "color", add: "White" },
      { attribute: "category", add: "Shirt" },
    ]);
    expect(linen.reply).toContain('I cannot search by "linen"');
    expect(linen.reply).toContain("Denim");
    expect(parseTurn("what size should I get").reply).toContain('cannot search by "size"');
  });

  it("replies to small talk with what it can do", () => {
    for (const text of ["hi there", "thanks, that's great", "good morning"]) {
      const result = parseTurn(text);
      expect(result.manipulations).toEqual([]);
      expect(result.commands).toEqual([]);
      expect(result.reply).toContain("Try a value");
    }
  });
});
