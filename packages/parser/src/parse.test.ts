import { describe, expect, it } from "vitest";
import { isParserError } from "./errors.ts";
import { MAX_TURN_LENGTH, parseTurn } from "./parse.ts";

const reference = {
  color: "Red",
  pocket: "Side",
  collar: "Polo",
  sleevelen: "Short",
  fit: "Regular",
};

describe("parseTurn values and synonyms", () => {
  it("reads value names and replaces the reference's value", () => {
    expect(parseTurn("navy").manipulations).toEqual([{ attribute: "color", add: "Navy" }]);
    expect(parseTurn("navy", { labels: reference }).manipulations).toEqual([
      { attribute: "color", remove: "Red", add: "Navy" },
    ]);
  });

  it("reads synonyms and plurals", () => {
    expect(parseTurn("dark blue").manipulations).toEqual([{ attribute: "color", add: "Navy" }]);
    expect(parseTurn("hoodie").manipulations).toEqual([{ attribute: "collar", add: "Hood" }]);
    expect(parseTurn("trousers").manipulations).toEqual([
      { attribute: "category", add: "Trouser" },
    ]);
    expect(parseTurn("shorts").manipulations).toEqual([{ attribute: "category", add: "Shorts" }]);
  });

  it("picks the attribute of a shared value name from a neighbouring word or the reference", () => {
    expect(parseTurn("round collar").manipulations).toEqual([
      { attribute: "collar", add: "Round" },
    ]);
    expect(parseTurn("neckline: round").manipulations).toEqual([
      { attribute: "neckline", add: "Round" },
    ]);
    expect(parseTurn("zip pockets").manipulations).toEqual([{ attribute: "pocket", add: "Zip" }]);
    expect(parseTurn("v-neck", { labels: { collar: "Polo" } }).manipulations).toEqual([
      { attribute: "collar", remove: "Polo", add: "V-neck" },
    ]);
  });

  it("notes a value the reference has already instead of a no-op", () => {
    const result = parseTurn("red", { labels: reference });
    expect(result.manipulations).toEqual([]);
    expect(result.reply).toContain("already Red");
  });
});

describe("parseTurn negation", () => {
  it("removes the reference's value of a negated attribute", () => {
    expect(parseTurn("no collar", { labels: reference }).manipulations).toEqual([
      { attribute: "collar", remove: "Polo" },
    ]);
    expect(parseTurn("without pockets", { labels: reference }).manipulations).toEqual([
      { attribute: "pocket", remove: "Side" },
    ]);
  });

  it("removes a negated value, and maps absences to their value", () => {
    expect(parseTurn("not striped").manipulations).toEqual([
      { attribute: "pattern", remove: "Striped" },
    ]);
    expect(parseTurn("no sleeves", { labels: reference }).manipulations).toEqual([
      { attribute: "sleevelen", remove: "Short", add: "Sleeveless" },
    ]);
  });

  it("merges a removal and an add of one attribute", () => {
    expect(parseTurn("navy instead of black").manipulations).toEqual([
      { attribute: "color", remove: "Black", add: "Navy" },
    ]);
  });

  it("explains negations it cannot apply", () => {
    expect(parseTurn("no collar").reply).toContain("need to know");
    expect(parseTurn("no").reply).toContain("no collar");
    expect(parseTurn("not striped", { labels: { pattern: "Floral" } }).reply).toContain("Floral");
  });
});

describe("parseTurn relative changes", () => {
  it("steps along the scale from the reference's value", () => {
    expect(parseTurn("longer sleeves", { labels: reference }).manipulations).toEqual([
      { attribute: "sleevelen", remove: "Short", add: "Elbow" },
    ]);
    expect(parseTurn("looser fit", { labels: reference }).manipulations).toEqual([
      { attribute: "fit", remove: "Regular", add: "Loose" },
    ]);
    expect(parseTurn("darker", { labels: reference }).manipulations).toEqual([
      { attribute: "color", remove: "Red", add: "Maroon" },
    ]);
  });

  it("replies when there is nothing to step from or no step left", () => {
    expect(parseTurn("longer sleeves").reply).toContain("current sleeve length");
    expect(parseTurn("darker", { labels: { color: "Black" } }).reply).toContain("darkest");
    expect(parseTurn("darker", { labels: { color: "Yellow" } }).reply).toContain("no next");
  });
});

describe("parseTurn several changes, typos, commands", () => {
  it("reads several changes in one turn", () => {
    const result = parseTurn("navy, slim fit, no pockets", { labels: reference });
    expect(result.manipulations).toEqual([
      { attribute: "color", remove: "Red", add: "Navy" },
      { attribute: "fit", remove: "Regular", add: "Slim" },
      { attribute: "pocket", remove: "Side" },
    ]);
    expect(result.reply).toBeUndefined();
    expect(result.understood.map((s) => s.text)).toEqual(["navy", "slim fit", "no pockets"]);
  });

  it("corrects typos in words of five letters or more, not shorter or ambiguous ones", () => {
    expect(parseTurn("stirped").manipulations).toEqual([{ attribute: "pattern", add: "Striped" }]);
    expect(parseTurn("mandrin collar").manipulations).toEqual([
      { attribute: "collar", add: "Mandarin" },
    ]);
    expect(parseTurn("nvy").unknown).toEqual(["nvy"]);
    expect(parseTurn("shrt").unknown).toEqual(["shrt"]);
  });

  it("reads commands beside changes", () => {
    expect(parseTurn("undo").commands).toEqual([{ type: "undo" }]);
    expect(parseTurn("start over").commands).toEqual([{ type: "startOver" }]);
    expect(parseTurn("show more").commands).toEqual([{ type: "showMore" }]);
    const both = parseTurn("use item 3 as reference and make it navy");
    expect(both.commands).toEqual([{ type: "useReference", item: 3 }]);
    expect(both.manipulations).toEqual([{ attribute: "color", add: "Navy" }]);
  });
});

describe("parseTurn replies and bad input", () => {
  it("lists what it understood and suggestions for unknown words", () => {
    const result = parseTurn("navy and sparkly");
    expect(result.manipulations).toEqual([{ attribute: "color", add: "Navy" }]);
    expect(result.unknown).toEqual(["sparkly"]);
    expect(result.reply).toContain("I understood: color: Navy");
    expect(result.reply).toContain('"sparkly"');
    expect(parseTurn("nvy").reply).toContain('"navy"');
  });

  it("asks which value when only an attribute is named", () => {
    expect(parseTurn("change the collar").reply).toContain("Which collar?");
  });

  it("replies to empty and filler-only turns", () => {
    expect(parseTurn("").reply).toContain("Try");
    expect(parseTurn("   ").reply).toContain("Try");
    expect(parseTurn("please").reply).toContain("Try");
  });

  it("throws a ParserError for a non-string, an over-long turn or bad labels", () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isParserError(error) ? error.code : "other";
      }
      return "none";
    };
    expect(codeOf(() => parseTurn(42 as never))).toBe("invalid_input");
    expect(codeOf(() => parseTurn(undefined as never))).toBe("invalid_input");
    expect(codeOf(() => parseTurn("a".repeat(MAX_TURN_LENGTH + 1)))).toBe("too_long");
    expect(codeOf(() => parseTurn("navy", { labels: { color: "Nope" } }))).toBe("invalid_context");
    expect(codeOf(() => parseTurn("navy", { labels: "red" as never }))).toBe("invalid_context");
    expect(codeOf(() => parseTurn("navy", null as never))).toBe("invalid_context");
  });

  it("accepts a turn of exactly the maximum length", () => {
    const text = `navy ${"x".repeat(MAX_TURN_LENGTH - 5)}`;
    expect(parseTurn(text).manipulations).toEqual([{ attribute: "color", add: "Navy" }]);
  });
});
