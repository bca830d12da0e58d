/** Function words of a turn: negation, commands and filler the parser skips without comment. */

/** Words that negate the next value or attribute ("no collar", "without pockets"). */
export const NEGATORS: readonly string[] = [
  "no",
  "not",
  "without",
  "non",
  "remove",
  "drop",
  "lose",
  "minus",
  "dont",
  "instead of",
  "rather than",
  "get rid of",
  "take off",
  "nothing",
];

/** Command phrases; "use item N as reference" is matched by `commands.ts` around its number. */
export const COMMAND_PHRASES: Readonly<
  Record<"undo" | "startOver" | "showMore", readonly string[]>
> = {
  undo: ["undo", "undo that", "go back", "revert", "take that back", "back", "previous"],
  startOver: [
    "start over",
    "start again",
    "reset",
    "restart",
    "clear all",
    "from scratch",
    "new search",
    "begin again",
  ],
  showMore: [
    "show more",
    "show me more",
    "more results",
    "see more",
    "load more",
    "next page",
    "more options",
    "more like this",
  ],
};

/** Verbs and nouns around "use item N as reference". */
export const REFERENCE_VERBS: readonly string[] = [
  "use",
  "pick",
  "take",
  "choose",
  "select",
  "try",
];
export const REFERENCE_NOUNS: readonly string[] = [
  "item",
  "number",
  "no",
  "result",
  "product",
  "option",
  "one",
];
export const REFERENCE_TARGETS: readonly string[] = ["reference", "ref", "base", "starting point"];

/** "the third one": valid after a verb alone. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** "item two": valid only after a noun, since "one" and "two" are common words. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Words that carry no change; skipped silently so they are never reported as unknown. */
export const FILLERS: readonly string[] = (
  "a an the and or but also plus with in of to for me i id im want would like prefer please " +
  "make it its this that one ones something some any change switch go get show see give try " +
  "instead now then just really maybe more less bit little slightly much lot can could you " +
  "have has made style look looking version same keep rather thanks thank ok okay yes let lets " +
  "so too kind sort options option item items on my be is are need needs should there " +
  "find from all only new colored coloured"
).split(" ");
