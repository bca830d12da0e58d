/**
 * Which attributes (and which of their values) a garment category can carry in the procedural
 * catalog: trousers have no collar or sleeves, a bootcut fit belongs to bottoms, spaghetti straps
 * to dresses, tops and swimwear. The renderer draws only what applies and the generator samples
 * only what applies, so both read this one table.
 *
 * Keys are Shopping100k attribute keys and spellings (packages/schema/data). Categories absent
 * from a rule's list cannot carry that attribute (its block stays all-zero, as in the dataset).
 */

export const CATEGORIES = [
  "Coat",
  "Jacket",
  "Suit",
  "Shirt",
  "T-shirt",
  "Jumper",
  "Shorts",
  "Trouser",
  "Jean",
  "Swimming",
  "Jumpsuit",
  "Pyjamas",
  "Tracksuit Bottoms",
  "Tracksuit",
  "Skirt",
  "Dress",
] as const;

type Category = (typeof CATEGORIES)[number];

/** Garments worn on the legs only: no collar, neckline or sleeves. */
export const BOTTOMS: readonly Category[] = [
  "Shorts",
  "Trouser",
  "Jean",
  "Tracksuit Bottoms",
  "Skirt",
];
const LEGGED: readonly Category[] = [
  "Shorts",
  "Trouser",
  "Jean",
  "Tracksuit Bottoms",
  "Jumpsuit",
  "Pyjamas",
  "Tracksuit",
];
const ALL = CATEGORIES;
const NOT_BOTTOMS = CATEGORIES.filter((c) => !BOTTOMS.includes(c));

interface Rule {
  /** Categories that can carry the attribute at all. */
  readonly categories: readonly Category[];
  /** Values restricted to some categories; values not listed here go with every category above. */
  readonly values?: Readonly<Record<string, readonly Category[]>>;
}

const TOPS_AND_DRESSES: readonly Category[] = ["Shirt", "T-shirt", "Jumper", "Swimming", "Dress"];

/** Per attribute key: where it applies. Attributes not listed apply to every category. */
export const APPLICABILITY: Readonly<Record<string, Rule>> = {
  collar: {
    categories: [
      "Coat",
      "Jacket",
      "Suit",
      "Shirt",
      "T-shirt",
      "Jumper",
      "Jumpsuit",
      "Pyjamas",
      "Tracksuit",
      "Dress",
    ],
    values: {
      Lapel: ["Coat", "Jacket", "Suit", "Jumpsuit", "Dress"],
      Shawl: ["Coat", "Jacket", "Suit", "Jumper", "Dress"],
      Hood: ["Coat", "Jacket", "Jumper", "Tracksuit", "T-shirt"],
      Polo: ["T-shirt", "Shirt", "Jumper", "Dress"],
      Buttondown: ["Shirt", "Dress", "Pyjamas"],
      Cutaway: ["Shirt", "Suit"],
      Kent: ["Shirt", "Suit", "Dress"],
    },
  },
  neckline: {
    categories: ["Shirt", "T-shirt", "Jumper", "Swimming", "Jumpsuit", "Pyjamas", "Dress"],
    values: {
      Backless: ["Swimming", "Jumpsuit", "Dress"],
      "Off-the-shoulder": ["T-shirt", "Jumper", "Jumpsuit", "Dress", "Swimming"],
      Henley: ["T-shirt", "Jumper", "Pyjamas", "Shirt"],
      Envelope: ["T-shirt", "Jumper", "Dress"],
    },
  },
  sleevelen: {
    categories: NOT_BOTTOMS,
    values: {
      Spaghetti: TOPS_AND_DRESSES,
      Strapless: ["Swimming", "Dress", "Jumpsuit", "T-shirt"],
      Sleeveless: ["Shirt", "T-shirt", "Jumper", "Swimming", "Jumpsuit", "Dress", "Jacket", "Coat"],
      "Extra Short": ["T-shirt", "Shirt", "Dress", "Jumpsuit", "Swimming"],
    },
  },
  fit: {
    categories: ALL,
    values: {
      Bootcut: ["Trouser", "Jean", "Tracksuit Bottoms"],
      Flared: ["Trouser", "Jean", "Skirt", "Dress", "Jumpsuit"],
      Jeggings: ["Jean", "Trouser"],
      Skinny: ["Trouser", "Jean", "Tracksuit Bottoms", "Jumpsuit"],
      Straight: ["Trouser", "Jean", "Skirt", "Dress"],
      Tapered: ["Trouser", "Jean", "Tracksuit Bottoms", "Shorts"],
      "High waist": ["Trouser", "Jean", "Shorts", "Skirt", "Jumpsuit"],
      Low: ["Trouser", "Jean", "Shorts", "Skirt"],
      Tailered: ["Suit", "Coat", "Jacket", "Shirt", "Trouser", "Dress"],
    },
  },
  pocket: {
    categories: CATEGORIES.filter((c) => c !== "Swimming"),
    values: {
      Cargo: LEGGED,
      Napoleon: ["Coat", "Jacket", "Suit", "Tracksuit"],
      Sleeve: ["Coat", "Jacket", "Tracksuit", "Jumper", "Shirt"],
      Belt: ["Trouser", "Jean", "Shorts", "Skirt", "Jumpsuit", "Coat"],
    },
  },
  sport: {
    categories: [
      "Coat",
      "Jacket",
      "T-shirt",
      "Jumper",
      "Shorts",
      "Trouser",
      "Swimming",
      "Tracksuit Bottoms",
      "Tracksuit",
      "Skirt",
      "Dress",
    ],
    values: {
      Swim: ["Swimming", "Shorts"],
      Skii: ["Coat", "Jacket", "Trouser"],
      Snowboard: ["Coat", "Jacket", "Trouser"],
      Dance: ["T-shirt", "Jumper", "Skirt", "Dress", "Tracksuit Bottoms", "Swimming"],
    },
  },
};

/**
 * True when a garment of `category` can carry `attribute` at all.
 *
 * @example
 * appliesTo("Trouser", "collar"); // false
 */
export function appliesTo(category: string, attribute: string): boolean {
  const rule = APPLICABILITY[attribute];
  return rule === undefined || rule.categories.includes(category as Category);
}

/**
 * The values of `attribute` a garment of `category` can carry, in vocabulary order.
 *
 * @example
 * allowedValues("Shirt", "fit", ["Bootcut", "Slim"]); // ["Slim"]: bootcut is for bottoms
 */
export function allowedValues(
  category: string,
  attribute: string,
  values: readonly string[],
): string[] {
  if (!appliesTo(category, attribute)) return [];
  const restricted = APPLICABILITY[attribute]?.values ?? {};
  return values.filter((value) => {
    const only = restricted[value];
    return only === undefined || only.includes(category as Category);
  });
}
