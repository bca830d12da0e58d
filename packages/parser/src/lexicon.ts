import type { AttributeSchema } from "@atelier/schema";
import { phraseKey, singular } from "./tokenize.ts";
import { COMPARATIVE_BASES, RELATIVE_WORDS } from "./vocabulary/scales.ts";
import { ATTRIBUTE_WORDS, VALUE_SYNONYMS } from "./vocabulary/synonyms.ts";
import {
  COMMAND_PHRASES,
  COMPARATIVES,
  FILLERS,
  NEGATORS,
  POST_NEGATORS,
  REPLACE_VERBS,
} from "./vocabulary/words.ts";

/** What a phrase can mean. A phrase may name values of several attributes ("round", "zip"). */
export type Entry =
  | { readonly kind: "value"; readonly attribute: string; readonly value: string }
  | { readonly kind: "attribute"; readonly attribute: string }
  | { readonly kind: "negator" }
  | { readonly kind: "relative"; readonly attribute: string; readonly step: 1 | -1 }
  /** "more", "less", "not as": changes the meaning of the value or base word after it. */
  | { readonly kind: "comparative"; readonly step: 1 | -1 }
  /** "dark", "pale": a relative change only after a comparative ("not as dark"). */
  | { readonly kind: "base"; readonly attribute: string; readonly step: 1 | -1 }
  /** "off" after a value or attribute negates it ("hood off"). */
  | { readonly kind: "postNegator" }
  /** "change", "swap": the value after it is the one to replace ("change black to white"). */
  | { readonly kind: "replace" }
  | { readonly kind: "command"; readonly command: "undo" | "startOver" | "showMore" }
  | { readonly kind: "filler" };

export interface Lexicon {
  readonly phrases: ReadonlyMap<string, readonly Entry[]>;
  /** Longest phrase in words, bounding the longest-match search. */
  readonly maxWords: number;
  /** Every word of every phrase, plus its plural: what typos are corrected towards. */
  readonly words: ReadonlySet<string>;
}

// Values before other kinds: where a word is both a value and e.g. a filler, the value wins.
const KIND_ORDER: readonly Entry["kind"][] = [
  "command",
  "value",
  "relative",
  "comparative",
  "negator",
  "postNegator",
  "attribute",
  "base",
  "replace",
  "filler",
];

const lexicons = new WeakMap<AttributeSchema, Lexicon>();

/**
 * The phrase table of a schema: value names, synonyms, attribute words, negators, relative
 * words, commands and fillers. Synonyms of attributes or values the schema lacks are skipped,
 * so other vocabularies (DeepFashion) still get their value names understood.
 */
export function lexiconFor(schema: AttributeSchema): Lexicon {
  let lexicon = lexicons.get(schema);
  if (!lexicon) {
    lexicon = buildLexicon(schema);
    lexicons.set(schema, lexicon);
  }
  return lexicon;
}

function buildLexicon(schema: AttributeSchema): Lexicon {
  const phrases = new Map<string, Entry[]>();
  const add = (phrase: string, entry: Entry) => {
    const key = phraseKey(phrase);
    if (key === "") return;
    const list = phrases.get(key) ?? [];
    if (!list.some((e) => JSON.stringify(e) === JSON.stringify(entry))) list.push(entry);
    phrases.set(key, list);
  };
  for (const attribute of schema.attributes) {
    const attr = attribute.key;
    add(attribute.name, { kind: "attribute", attribute: attr });
    add(attribute.key, { kind: "attribute", attribute: attr });
    for (const word of ATTRIBUTE_WORDS[attr] ?? [])
      add(word, { kind: "attribute", attribute: attr });
    const synonyms = VALUE_SYNONYMS[attr] ?? {};
    for (const value of attribute.values) {
      // Pocket "Sleeve" alone would shadow the attribute word "sleeve": it is read only as
      // "sleeve pocket", which its synonyms list.
      if (!(attr === "pocket" && value === "Sleeve"))
        add(value, { kind: "value", attribute: attr, value });
      for (const synonym of synonyms[value] ?? [])
        add(synonym, { kind: "value", attribute: attr, value });
      // "floral print", "camo print": a pattern named with "print" is that pattern, not Print.
      if (attr === "pattern" && !["Print", "Photo", "Plain"].includes(value)) {
        for (const name of [value, ...(synonyms[value] ?? [])]) {
          if (!/\bprint$/.test(name))
            add(`${name} print`, { kind: "value", attribute: attr, value });
        }
      }
    }
  }
  const attributeKeys = new Set(schema.attributes.map((a) => a.key));
  for (const [word, relative] of Object.entries(RELATIVE_WORDS)) {
    if (attributeKeys.has(relative.attribute)) add(word, { kind: "relative", ...relative });
  }
  for (const [word, base] of Object.entries(COMPARATIVE_BASES)) {
    if (attributeKeys.has(base.attribute)) add(word, { kind: "base", ...base });
  }
  for (const [word, step] of Object.entries(COMPARATIVES)) add(word, { kind: "comparative", step });
  for (const word of NEGATORS) add(word, { kind: "negator" });
  for (const word of POST_NEGATORS) add(word, { kind: "postNegator" });
  for (const word of REPLACE_VERBS) add(word, { kind: "replace" });
  for (const [command, list] of Object.entries(COMMAND_PHRASES)) {
    for (const phrase of list) add(phrase, { kind: "command", command: command as "undo" });
  }
  for (const word of FILLERS) add(word, { kind: "filler" });
  return freeze(phrases);
}

function freeze(phrases: Map<string, Entry[]>): Lexicon {
  let maxWords = 1;
  const words = new Set<string>();
  for (const [key, entries] of phrases) {
    entries.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    // A phrase that is a value or command never also acts as filler or attribute word.
    const best = entries[0]?.kind;
    phrases.set(
      key,
      entries.filter((e) => e.kind === best),
    );
    const parts = key.split(" ");
    maxWords = Math.max(maxWords, parts.length);
    for (const part of parts) {
      words.add(part);
      // Plurals too, so "trousrs" is one typo from "trousers"; "dress" takes "es", not "s".
      words.add(/(s|x|ch|sh)$/.test(part) ? `${part}es` : `${part}s`);
    }
  }
  return { phrases, maxWords, words };
}

/**
 * Entries of the phrase `words`, as written or with its last word made singular
 * ("pockets" -> "pocket", "hoodies" -> "hoody" or "hoodie"); undefined when neither is known.
 */
export function lookup(lexicon: Lexicon, words: readonly string[]): readonly Entry[] | undefined {
  const exact = lexicon.phrases.get(words.join(" "));
  if (exact) return exact;
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  const head = words.slice(0, -1);
  for (const form of singulars(last)) {
    const found = lexicon.phrases.get([...head, form].join(" "));
    if (found) return found;
  }
  return undefined;
}

/** Singular forms to try for a word: "hoodies" may be "hoody" or "hoodie". */
function singulars(word: string): string[] {
  const forms = singular(word) === word ? [] : [singular(word)];
  if (word.length > 4 && word.endsWith("ies")) forms.push(word.slice(0, -1));
  return forms;
}
