/**
 * Ordered scales for relative changes ("longer sleeves", "looser fit", "darker"). Each chain runs
 * in the direction of a +1 step; `equivalents` put off-chain values on the chain, so that stepping
 * from Spaghetti goes where stepping from Sleeveless would.
 */
export interface Scale {
  readonly attribute: string;
  readonly chains: readonly (readonly string[])[];
  readonly equivalents: Readonly<Record<string, string>>;
  /** Words for the +1 and -1 directions, used in replies ("already the longest"). */
  readonly up: string;
  readonly down: string;
}

export const SCALES: readonly Scale[] = [
  {
    attribute: "sleevelen",
    chains: [["Sleeveless", "Extra Short", "Short", "Elbow", "3/4", "Long", "Extra Long"]],
    equivalents: { Spaghetti: "Sleeveless", Strapless: "Sleeveless" },
    up: "longest",
    down: "shortest",
  },
  {
    attribute: "fit",
    chains: [["Skinny", "Slim", "Tailered", "Regular", "Loose", "Oversize"]],
    equivalents: { Jeggings: "Skinny", Small: "Slim", Tapered: "Tailered", Straight: "Regular" },
    up: "loosest",
    down: "tightest",
  },
  {
    // Lightness only has a meaning within a hue, so colours form one chain per hue, light to dark.
    attribute: "color",
    chains: [
      ["White", "Gray", "Charcoal", "Black"],
      ["Light blue", "Blue", "Indigo", "Navy"],
      ["Pink", "Red", "Maroon"],
      ["Beige", "Brown"],
      ["Green", "Olive"],
    ],
    equivalents: {},
    up: "darkest",
    down: "lightest",
  },
];

/** Comparative words -> the scale's attribute and the step along it. */
export const RELATIVE_WORDS: Readonly<Record<string, { attribute: string; step: 1 | -1 }>> = {
  longer: { attribute: "sleevelen", step: 1 },
  lengthen: { attribute: "sleevelen", step: 1 },
  shorter: { attribute: "sleevelen", step: -1 },
  shorten: { attribute: "sleevelen", step: -1 },
  looser: { attribute: "fit", step: 1 },
  baggier: { attribute: "fit", step: 1 },
  roomier: { attribute: "fit", step: 1 },
  wider: { attribute: "fit", step: 1 },
  tighter: { attribute: "fit", step: -1 },
  slimmer: { attribute: "fit", step: -1 },
  narrower: { attribute: "fit", step: -1 },
  snugger: { attribute: "fit", step: -1 },
  darker: { attribute: "color", step: 1 },
  deeper: { attribute: "color", step: 1 },
  lighter: { attribute: "color", step: -1 },
  paler: { attribute: "color", step: -1 },
  brighter: { attribute: "color", step: -1 },
};

/**
 * Positive forms that only make a relative change after a comparative ("not as dark",
 * "less bright"): the attribute and the direction of "more" of them.
 */
export const COMPARATIVE_BASES: Readonly<Record<string, { attribute: string; step: 1 | -1 }>> = {
  dark: { attribute: "color", step: 1 },
  deep: { attribute: "color", step: 1 },
  light: { attribute: "color", step: -1 },
  pale: { attribute: "color", step: -1 },
  bright: { attribute: "color", step: -1 },
};
