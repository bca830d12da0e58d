/**
 * The procedural catalog's priors: how often each category, attribute and value occurs, and which
 * combinations are common (denim jeans, lapelled suits, hooded fleece tracksuits, swimwear for
 * swimming). Numbers are relative weights, not probabilities; `sample-labels.ts` normalises them
 * and mixes in a uniform share so that every applicable value stays learnable.
 *
 * Keys are Shopping100k attribute keys and spellings. A value or attribute not named here has
 * weight 1; an attribute not named in PRESENCE is present with DEFAULT_PRESENCE.
 */

/** Relative frequency of each category (Shopping100k is dominated by tops, dresses and trousers). */
export const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  Coat: 6,
  Jacket: 7,
  Suit: 3,
  Shirt: 10,
  "T-shirt": 12,
  Jumper: 9,
  Shorts: 5,
  Trouser: 8,
  Jean: 7,
  Swimming: 4,
  Jumpsuit: 3,
  Pyjamas: 3,
  "Tracksuit Bottoms": 3,
  Tracksuit: 3,
  Skirt: 5,
  Dress: 12,
};

export const DEFAULT_PRESENCE = 0.7;

/** Probability that an applicable attribute is labelled; per category where it differs. */
export const PRESENCE: Readonly<Record<string, { all: number; by?: Record<string, number> }>> = {
  category: { all: 1 },
  gender: { all: 1 },
  color: { all: 0.95 },
  pattern: { all: 0.8 },
  sleevelen: { all: 0.8 },
  fit: { all: 0.65 },
  fabric: { all: 0.6, by: { Jean: 0.9, Tracksuit: 0.85, "Tracksuit Bottoms": 0.8 } },
  fastening: { all: 0.55 },
  collar: { all: 0.6, by: { Shirt: 0.9, Suit: 0.95, Coat: 0.85, Jacket: 0.85, Tracksuit: 0.8 } },
  neckline: { all: 0.55, by: { Dress: 0.8, Swimming: 0.8, "T-shirt": 0.7 } },
  pocket: { all: 0.45, by: { Jean: 0.8, Trouser: 0.7, Shorts: 0.6, Suit: 0.8 } },
  sport: {
    all: 0.2,
    by: { Tracksuit: 0.85, "Tracksuit Bottoms": 0.8, Swimming: 0.85, Shorts: 0.35 },
  },
};

/**
 * Probability that a garment carrying both a collar and a neckline label keeps only one of them,
 * and per category the share that keeps the collar. Always: necklines and collars describe the
 * same opening, and in the picture a collar covers the neckline, which could not be seen.
 */
export const NECK_EXCLUSIVE = 1;
export const COLLAR_SHARE: Readonly<Record<string, number>> = {
  Shirt: 0.9,
  "T-shirt": 0.4,
  Jumper: 0.5,
  Jumpsuit: 0.4,
  Pyjamas: 0.7,
  Dress: 0.25,
};

/** Global value frequencies per attribute. */
export const VALUE_WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  gender: { Male: 1, Female: 1.2 },
  collar: { Round: 3, "V-neck": 2, Shirt: 2, Hood: 1.5, Lapel: 1.5, Turndown: 1.5 },
  color: { Black: 4, Navy: 3, White: 3, Gray: 2.5, Blue: 2, Charcoal: 1.5, Beige: 1.5 },
  fabric: { Jersey: 3, Sweat: 1.2, Crocheted: 0.6, "Jersey Lace": 0.6, "Mesh Jersey": 0.6 },
  fastening: { Button: 4, Zip: 3, "No closure": 3 },
  fit: { Regular: 4, Slim: 3, Loose: 2, Straight: 2, Skinny: 1.5 },
  neckline: { Round: 4, "V-neck": 3 },
  pattern: { Plain: 10, Striped: 2, Print: 2, Checked: 1.5, Floral: 1.5 },
  pocket: { Side: 4, Flap: 1.5, Zip: 1.2 },
  sleevelen: { Long: 5, Short: 3, Sleeveless: 1.5 },
  sport: { Running: 2, Training: 2, Urban: 1.5 },
};

/** Per category and attribute, multipliers on VALUE_WEIGHTS; 0 rules a value out. */
export const AFFINITY: Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>
> = {
  Coat: {
    collar: { Lapel: 4, Hood: 2, Turndown: 3, Shawl: 2 },
    fabric: { Hardshell: 3, Softshell: 3, Canvas: 2, Fleece: 2, Leather: 2, Jersey: 0.2 },
    fastening: { Button: 3, Zip: 3, Belt: 4 },
    pocket: { Flap: 3 },
    sleevelen: { Long: 4 },
    sport: { Skii: 4, Snowboard: 3, Hiking: 3 },
  },
  Jacket: {
    collar: { Hood: 3, Lapel: 2, High: 2 },
    fabric: { Leather: 5, Denim: 3, Softshell: 4, Hardshell: 3, Jersey: 0.3 },
    fastening: { Zip: 3 },
    pocket: { Flap: 2, Zip: 2 },
    sleevelen: { Long: 4 },
    sport: { Hiking: 3, Climbing: 3, Skii: 2, Snowboard: 2 },
  },
  Suit: {
    collar: { Lapel: 40, Shawl: 3, Round: 0.3, "V-neck": 0.3, Shirt: 0.3 },
    color: { Charcoal: 4, Navy: 3, Black: 3, Gray: 3 },
    fastening: { Button: 6 },
    fit: { Tailered: 6, Slim: 2 },
    gender: { Male: 3 },
    pattern: { Pinstriped: 8, Herringbone: 6, Checked: 2 },
    pocket: { Flap: 4 },
    sleevelen: { Long: 5 },
  },
  Shirt: {
    collar: { Shirt: 4, Buttondown: 3, Kent: 3, Cutaway: 3, Mandarin: 2 },
    fastening: { Button: 5 },
    pattern: { Checked: 3, Striped: 2 },
    pocket: { Flap: 2 },
  },
  "T-shirt": {
    collar: { Round: 4, "V-neck": 3, Polo: 3 },
    fabric: { Jersey: 4, "Mesh Jersey": 2 },
    fastening: { "No closure": 6 },
    pattern: { Print: 3, Photo: 3 },
    sleevelen: { Short: 4 },
    sport: { Running: 2, Training: 2, Tennis: 2, Basketball: 2, Football: 2 },
  },
  Jumper: {
    collar: { Round: 2, Hood: 2, High: 2, Shawl: 2 },
    fabric: { Rib: 4, Crocheted: 4, Fleece: 2, Sweat: 2 },
    fastening: { "No closure": 4 },
    pattern: { Marl: 4 },
    sleevelen: { Long: 4 },
  },
  Shorts: {
    fabric: { Denim: 2 },
    pattern: { Camouflage: 2 },
    pocket: { Cargo: 4 },
    sport: { Swim: 3, Running: 2, Basketball: 2, Football: 2 },
  },
  Trouser: {
    fabric: { Canvas: 2 },
    fastening: { Button: 2, Zip: 2 },
    pattern: { Camouflage: 2 },
    pocket: { Cargo: 2 },
    sport: { Skii: 3, Snowboard: 3, Hiking: 3 },
  },
  Jean: {
    color: { Indigo: 6, Blue: 4, "Light blue": 3, Black: 1.5 },
    fabric: { Denim: 100 },
    fastening: { Button: 2, Zip: 2 },
    fit: { Skinny: 2, Straight: 2, Bootcut: 2, Jeggings: 2 },
    pattern: { Plain: 2 },
  },
  Swimming: {
    fabric: { Mesh: 3, Jersey: 0.5 },
    fastening: { Hook: 3, Laces: 2, "Back closure": 2 },
    neckline: { Backless: 3, "Low round": 2, Square: 2 },
    pattern: { Floral: 2, Colourful: 2, Print: 2 },
    sleevelen: { Strapless: 4, Spaghetti: 4, Sleeveless: 4, Long: 0.3 },
    sport: { Swim: 30 },
  },
  Pyjamas: {
    collar: { Buttondown: 3, Turndown: 3 },
    neckline: { "V-neck": 2 },
    pattern: { Striped: 3, Checked: 2, Print: 2 },
    sleevelen: { Long: 2, Short: 2 },
  },
  "Tracksuit Bottoms": {
    fabric: { Sweat: 8, Fleece: 6 },
    fastening: { Laces: 5 },
    fit: { Tapered: 3 },
    sport: { Training: 2, Running: 2, Yoga: 2 },
  },
  Tracksuit: {
    collar: { Hood: 6, High: 4 },
    fabric: { Fleece: 8, Sweat: 8 },
    fastening: { Zip: 4 },
    pocket: { Zip: 3 },
    sleevelen: { Long: 4 },
    sport: { Training: 3, Running: 2, Football: 2 },
  },
  Skirt: {
    fastening: { Zip: 2, "Back closure": 2 },
    fit: { "High waist": 2, Flared: 2 },
    gender: { Male: 0 },
    sport: { Tennis: 3, Dance: 3, Golf: 2 },
  },
  Dress: {
    collar: { "Peter Pan": 3, Volant: 3, "V-neck": 2 },
    fabric: { Lace: 4, "Jersey Lace": 4, Jersey: 2 },
    fastening: { "Back closure": 4, Zip: 2 },
    fit: { Flared: 1.5 },
    gender: { Male: 0 },
    neckline: { "Cache-coeur": 3, "Off-the-shoulder": 2, Square: 2, Backless: 2 },
    pattern: { Floral: 3, "Polka dot": 2 },
    sleevelen: { Spaghetti: 2, Sleeveless: 2, Strapless: 1.5 },
    sport: { Tennis: 3, Dance: 3, Golf: 2 },
  },
};

/**
 * Share of every value's probability that is uniform over the values a category allows, so that
 * rare values (jeggings, paisley, chin collars) still reach a few tenths of a percent of items.
 */
export const UNIFORM_SHARE = 0.15;

/**
 * Shops sell one design in several variants (colours above all), and basics many times over:
 * that is what makes ADDE's single-manipulation queries possible (a gallery item that differs from
 * the reference in exactly one attribute). Items are variants of a pool of designs.
 */
export const VARIANTS = {
  /** Items per block of a product line (so about that many items per design). */
  perDesign: 8,
  /** Probability that an item is a variant of an earlier design rather than its block's. */
  revisit: 0.25,
  /** Probability that a variant has its own colour (redrawn from the prior). */
  colour: 0.6,
  /** Probability that a variant also changes one other attribute. */
  mutation: 0.5,
} as const;
