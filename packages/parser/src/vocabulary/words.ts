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
  "ditch",
  "skip",
  "no more",
  "take away",
  "leave out",
  "leave off",
  "do not want",
];

/** Words after a value that negate it ("hood off", "take the pockets off"). */
export const POST_NEGATORS: readonly string[] = ["off", "gone", "removed"];

/**
 * Words that turn two values of one attribute into a replacement of the first by the second
 * ("change black to white", "swap the red for green", "from slim to regular").
 */
export const REPLACE_VERBS: readonly string[] = ["change", "swap", "switch", "replace", "from"];

/**
 * Comparative words before a value on a scale ("more fitted", "less baggy", "not as dark").
 * "more" alone, with nothing else asked in the turn, is "show more".
 */
export const COMPARATIVES: Readonly<Record<string, 1 | -1>> = {
  more: 1,
  less: -1,
  "not as": -1,
  "not so": -1,
  too: -1,
};

/**
 * Real shopping words the vocabulary has no value for ("linen", "silk", "size"), with the
 * attribute they would belong to (null: none). They are never "corrected" into a near value
 * ("linen" is not "lined"), and the reply says they cannot be searched for.
 */
export const UNSUPPORTED_WORDS: Readonly<Record<string, string | null>> = Object.fromEntries([
  ...words(
    "linen silk wool woollen woolen cotton cashmere velvet velour satin polyester corduroy tweed " +
      "chiffon nylon lycra spandex viscose",
  ).map((w) => [w, "fabric"]),
  ...words("gold golden metallic bronze copper").map((w) => [w, "color"]),
  ...words(
    "sequin sequins sequined glitter sparkly sparkle embroidered formal elegant smart vintage " +
      "sexy cute cosy cozy warm waterproof size sizes cheap cheaper expensive price brand",
  ).map((w) => [w, null]),
]);

function words(text: string): string[] {
  return text.split(" ");
}

/** Command phrases; "use item N as reference" is matched by `commands.ts` around its number. */
export const COMMAND_PHRASES: Readonly<
  Record<"undo" | "startOver" | "showMore", readonly string[]>
> = {
  undo: [
    "undo",
    "undo that",
    "go back",
    "revert",
    "take that back",
    "take it back",
    "back",
    "previous",
    "cancel that",
    "cancel",
    "scratch that",
    "never mind",
    "nevermind",
    "step back",
  ],
  startOver: [
    "start over",
    "start again",
    "reset",
    "restart",
    "clear all",
    "from scratch",
    "new search",
    "begin again",
    "clear everything",
    "start from scratch",
    "clear it all",
    "start fresh",
    "fresh start",
    "start afresh",
    "reset everything",
    "reset all",
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
    "show some more",
    "see some more",
    "give me more",
    "gimme more",
    "keep going",
    "next",
    "next ones",
    "next results",
    "other options",
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
  "go with",
  "go for",
  "base it on",
  "based on",
  "start from",
  "stick with",
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
  "instead now then just really maybe bit little slightly much lot can could you " +
  "have has made style look looking version same keep rather thanks thank ok okay yes let lets " +
  "so kind sort options option item items on my be is are need needs should there " +
  "find all only new colored coloured how about hi hello hey hmm um uh oops nope pls plz " +
  "thx ty yeah yep great nice cool perfect awesome lovely take use last looks good do"
).split(" ");
