import { pick, type Random } from "@atelier/random";
import type { Labels } from "@atelier/schema";

/** Shop nouns per category (Shopping100k's category names are dataset spellings, not shop copy). */
const NOUN: Readonly<Record<string, string>> = {
  Coat: "coat",
  Jacket: "jacket",
  Suit: "suit",
  Shirt: "shirt",
  "T-shirt": "T-shirt",
  Jumper: "jumper",
  Shorts: "shorts",
  Trouser: "trousers",
  Jean: "jeans",
  Swimming: "swimsuit",
  Jumpsuit: "jumpsuit",
  Pyjamas: "pyjamas",
  "Tracksuit Bottoms": "tracksuit bottoms",
  Tracksuit: "tracksuit",
  Skirt: "skirt",
  Dress: "dress",
};

const FIT: Readonly<Record<string, string>> = {
  Bootcut: "bootcut",
  Flared: "flared",
  "High waist": "high-waisted",
  Jeggings: "jegging-cut",
  Large: "large-fit",
  Loose: "loose-fit",
  Low: "low-rise",
  Oversize: "oversized",
  Regular: "regular-fit",
  Skinny: "skinny",
  Slim: "slim-fit",
  Small: "small-fit",
  Straight: "straight-leg",
  Tailered: "tailored",
  Tapered: "tapered",
};

const PATTERN: Readonly<Record<string, string>> = {
  Animal: "animal-print",
  "Colour gradient": "ombré",
  "Polka dot": "polka-dot",
  Print: "printed",
  Photo: "photo-print",
};

const SPORT: Readonly<Record<string, string>> = {
  Skii: "skiing",
  Swim: "swimming",
  Urban: "the city",
};

const lower = (value: string) => value.toLowerCase();

/**
 * Shop title of a garment: colour, fit, pattern and noun, e.g. "Navy slim-fit shirt".
 *
 * @example
 * productTitle({ category: "Shirt", color: "Navy", fit: "Slim" }); // "Navy slim-fit shirt"
 */
export function productTitle(labels: Labels): string {
  const title = titleWords(labels).join(" ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function titleWords(labels: Labels): string[] {
  const words: string[] = [];
  if (labels.color) words.push(labels.color === "Multi" ? "multicoloured" : lower(labels.color));
  if (labels.fit) words.push(FIT[labels.fit] ?? lower(labels.fit));
  if (labels.pattern && labels.pattern !== "Plain") {
    words.push(PATTERN[labels.pattern] ?? lower(labels.pattern));
  }
  const noun = labels.category ? (NOUN[labels.category] ?? lower(labels.category)) : "garment";
  if (labels.category === "Swimming" && labels.gender === "Male") words.push("swim shorts");
  else words.push(noun);
  return words;
}

/**
 * A short product description from the labels that are present, with a little seeded variety.
 *
 * @example
 * productDescription({ category: "Shirt", gender: "Male", collar: "Kent" }, seededRandom(1));
 * // "Men's shirt with a kent collar."
 */
export function productDescription(labels: Labels, random: Random): string {
  const who = labels.gender === "Male" ? "Men's" : labels.gender === "Female" ? "Women's" : "";
  const what = titleWords({ ...labels, color: null }).join(" ");
  const material = labels.fabric ? ` in ${lower(labels.fabric)}` : "";
  const details: string[] = [];
  if (labels.collar) details.push(`a ${lower(labels.collar)} collar`);
  if (labels.neckline) details.push(`a ${lower(labels.neckline)} neckline`);
  if (labels.sleevelen) details.push(sleeves(labels.sleevelen));
  if (labels.fastening) details.push(fastening(labels.fastening));
  if (labels.pocket) details.push(`${lower(labels.pocket)} pockets`);
  const opening = `${who} ${what}${material}`.trim();
  let text = `${opening.charAt(0).toUpperCase()}${opening.slice(1)}`;
  if (details.length > 0) text += ` with ${joinList(details)}`;
  text += ".";
  if (labels.sport) {
    text += ` ${pick(random, SPORT_LINES)(SPORT[labels.sport] ?? lower(labels.sport))}`;
  }
  if (labels.color) text += ` ${pick(random, COLOUR_LINES)(lower(labels.color))}`;
  return text;
}

const SPORT_LINES: readonly ((sport: string) => string)[] = [
  (s) => `Made for ${s}.`,
  (s) => `A ${s} essential.`,
  (s) => `Ready for ${s}.`,
];
const COLOUR_LINES: readonly ((colour: string) => string)[] = [
  (c) => `Colour: ${c}.`,
  (c) => `Shown in ${c}.`,
];

function sleeves(length: string): string {
  switch (length) {
    case "Sleeveless":
      return "no sleeves";
    case "Strapless":
      return "a strapless cut";
    case "Spaghetti":
      return "spaghetti straps";
    default:
      return `${lower(length)} sleeves`;
  }
}

function fastening(kind: string): string {
  switch (kind) {
    case "No closure":
      return "no fastening";
    case "Others":
      return "a concealed fastening";
    default:
      return `${lower(kind)} fastening`;
  }
}

function joinList(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
