import type { AttributeSchema, LabelInput, Manipulation } from "@atelier/schema";
import type { Command } from "../types.ts";
import { COMMAND_CASES, RELATIVE_CHAINS, SYNONYM_CASES } from "./tables.ts";
import type { Category, Utterance } from "./types.ts";

/**
 * How a shopper names a value of each attribute, `{v}` the value's lower-cased name. The answer of
 * each utterance is the value it was built from, so it is right by construction.
 */
const PLAIN_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  category: ["{v}", "show me a {v}", "I want a {v} instead"],
  collar: ["{v} collar", "with a {v} collar"],
  color: ["{v}", "in {v}", "make it {v}"],
  fabric: ["{v}", "made of {v}"],
  fastening: ["{v} fastening", "{v} closure"],
  fit: ["{v} fit", "a {v} fit please"],
  gender: ["{v}"],
  neckline: ["{v} neckline", "with a {v} neckline"],
  pattern: ["{v}", "{v} pattern"],
  pocket: ["{v} pockets", "with {v} pockets"],
  sleevelen: ["{v} sleeves"],
  sport: ["for {v}", "{v}"],
};

// Sleeve values that are not lengths read oddly before "sleeves".
const BARE_SLEEVES = new Set(["Sleeveless", "Spaghetti", "Strapless"]);

interface Piece {
  readonly text: string;
  readonly manipulation: Manipulation;
}

function entry(
  category: Category,
  text: string,
  manipulations: readonly Manipulation[],
  commands: readonly Command[] = [],
  context?: LabelInput,
): Utterance {
  return { category, text, ...(context ? { context } : {}), manipulations, commands };
}

/** Every value of the schema once, through its attribute's templates in turn. */
export function plainPieces(schema: AttributeSchema): Piece[] {
  const pieces: Piece[] = [];
  for (const attribute of schema.attributes) {
    const templates = PLAIN_TEMPLATES[attribute.key] ?? ["{v}"];
    attribute.values.forEach((value, i) => {
      const bare = attribute.key === "sleevelen" && BARE_SLEEVES.has(value);
      const template = bare ? "{v}" : (templates[i % templates.length] ?? "{v}");
      const text = template.replace("{v}", value.toLowerCase());
      pieces.push({ text, manipulation: { attribute: attribute.key, add: value } });
    });
  }
  return pieces;
}

export function plainCases(schema: AttributeSchema): Utterance[] {
  return plainPieces(schema).map((p) => entry("plain", p.text, [p.manipulation]));
}

export function synonymCases(): Utterance[] {
  return SYNONYM_CASES.map(([text, attribute, add]) =>
    entry("synonym", text, [{ attribute, add }]),
  );
}

/** Negated attributes (with the reference's value) and negated values (without one). */
export function negationCases(): Utterance[] {
  const cases: Utterance[] = [];
  const attributeNegations: [string, string, string][] = [
    ["no collar", "collar", "Polo"],
    ["without a collar", "collar", "Kent"],
    ["remove the collar", "collar", "Shawl"],
    ["no pockets", "pocket", "Side"],
    ["without pockets", "pocket", "Cargo"],
    ["drop the pockets", "pocket", "Flap"],
    ["no pocket", "pocket", "Zip"],
    ["not for sport", "sport", "Running"],
    ["no hood", "collar", "Hood"],
    ["no stripes", "pattern", "Striped"],
    ["not striped", "pattern", "Striped"],
    ["without the belt", "fastening", "Belt"],
    ["not slim", "fit", "Slim"],
  ];
  for (const [text, attribute, current] of attributeNegations) {
    cases.push(
      entry("negation", text, [{ attribute, remove: current }], [], { [attribute]: current }),
    );
  }
  const absences: [string, string, string, string][] = [
    ["no sleeves", "sleevelen", "Long", "Sleeveless"],
    ["without sleeves", "sleevelen", "Short", "Sleeveless"],
    ["no pattern", "pattern", "Floral", "Plain"],
    ["no print", "pattern", "Checked", "Plain"],
    ["no fastening", "fastening", "Zip", "No closure"],
  ];
  for (const [text, attribute, current, add] of absences) {
    const manipulation = { attribute, remove: current, add };
    cases.push(entry("negation", text, [manipulation], [], { [attribute]: current }));
  }
  const valueNegations: [string, string, string][] = [
    ["not striped", "pattern", "Striped"],
    ["no floral", "pattern", "Floral"],
    ["not checked", "pattern", "Checked"],
    ["without camouflage", "pattern", "Camouflage"],
    ["no polka dots", "pattern", "Polka dot"],
    ["no hood", "collar", "Hood"],
    ["not red", "color", "Red"],
    ["not black", "color", "Black"],
    ["no leather", "fabric", "Leather"],
    ["not denim", "fabric", "Denim"],
    ["without lace", "fabric", "Lace"],
    ["no zip pockets", "pocket", "Zip"],
    ["without cargo pockets", "pocket", "Cargo"],
    ["no buttons", "fastening", "Button"],
    ["not oversized", "fit", "Oversize"],
    ["not skinny", "fit", "Skinny"],
    ["no mandarin collar", "collar", "Mandarin"],
    ["not a v-neck neckline", "neckline", "V-neck"],
    ["no spaghetti straps", "sleevelen", "Spaghetti"],
    ["not for running", "sport", "Running"],
    ["don't want pinstripes", "pattern", "Pinstriped"],
  ];
  for (const [text, attribute, remove] of valueNegations) {
    cases.push(entry("negation", text, [{ attribute, remove }]));
  }
  return cases;
}

/** Each step up and down every chain, from the reference's value. */
export function relativeCases(): Utterance[] {
  const cases: Utterance[] = [];
  for (const { attribute, chain, up, down } of RELATIVE_CHAINS) {
    for (let i = 0; i + 1 < chain.length; i++) {
      const lower = chain[i] as string;
      const higher = chain[i + 1] as string;
      const upText = up[i % up.length] as string;
      const downText = down[i % down.length] as string;
      const upMove = { attribute, remove: lower, add: higher };
      const downMove = { attribute, remove: higher, add: lower };
      cases.push(entry("relative", upText, [upMove], [], { [attribute]: lower }));
      cases.push(entry("relative", downText, [downMove], [], { [attribute]: higher }));
    }
  }
  return cases;
}

export function commandCases(): Utterance[] {
  return COMMAND_CASES.map(([text, type, item]) => {
    const command = (type === "useReference" ? { type, item } : { type }) as Command;
    return entry("command", text, [], [command]);
  });
}
