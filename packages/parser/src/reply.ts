import type { AttributeSchema } from "@atelier/schema";
import { suggestWords } from "./correct.ts";
import type { Intent } from "./interpret.ts";
import type { Lexicon } from "./lexicon.ts";
import { attributeName } from "./resolve.ts";
import type { Span } from "./types.ts";
import { UNSUPPORTED_WORDS } from "./vocabulary/words.ts";

const EXAMPLES = `Try a value ("navy", "slim fit"), a negation ("no collar") or a relative change ("longer sleeves"), or say "undo".`;

interface ReplyInput {
  readonly schema: AttributeSchema;
  readonly lexicon: Lexicon;
  readonly intents: readonly Intent[];
  readonly understood: readonly Span[];
  readonly notes: readonly string[];
  readonly changed: boolean;
}

/**
 * What to tell the shopper, or undefined when every part of the turn was understood and did
 * something. Lists what was understood, why parts changed nothing, and near words for each
 * unknown one, so a turn is never a silent no-op.
 */
export function buildReply(input: ReplyInput): string | undefined {
  const { schema, lexicon, intents, understood, notes, changed } = input;
  const unknown = intents.filter((i) => i.type === "unknown");
  const asks = intents.filter((i) => i.type === "ask");
  const dangling = intents.some((i) => i.type === "dangling");
  if (changed && unknown.length === 0 && asks.length === 0 && notes.length === 0 && !dangling) {
    return undefined;
  }
  const parts: string[] = [];
  if (understood.length > 0) {
    parts.push(`I understood: ${understood.map((s) => s.meaning).join("; ")}.`);
  }
  parts.push(...notes);
  for (const ask of asks) {
    const attribute = schema.attributes.find((a) => a.key === ask.attribute);
    const values = attribute ? attribute.values.slice(0, 6).join(", ") : "";
    parts.push(`Which ${attributeName(schema, ask.attribute)}? For example ${values}.`);
  }
  if (dangling) parts.push(`I could not tell what to leave out; say e.g. "no collar".`);
  if (unknown.length > 0) parts.push(unknownSentence(schema, lexicon, unknown));
  if (!changed && understood.length === 0 && asks.length === 0) parts.push(EXAMPLES);
  return parts.join(" ");
}

function unknownSentence(
  schema: AttributeSchema,
  lexicon: Lexicon,
  unknown: readonly Intent[],
): string {
  const all = [...new Set(unknown.map((u) => (u.type === "unknown" ? u.word : "")))];
  const words = all.filter((w) => !(w in UNSUPPORTED_WORDS));
  const sentences = all
    .filter((w) => w in UNSUPPORTED_WORDS)
    .map((w) => unsupportedSentence(schema, w, UNSUPPORTED_WORDS[w] ?? null));
  if (words.length === 0) return sentences.join(" ");
  const hints = words.map((word) => {
    const near = suggestWords(lexicon, word);
    return near.length > 0
      ? `"${word}" (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)`
      : `"${word}"`;
  });
  return [...sentences, `I did not understand ${hints.join(", ")}.`].join(" ");
}

/** Why a real shopping word changed nothing, and what can be asked for instead. */
function unsupportedSentence(
  schema: AttributeSchema,
  word: string,
  attributeKey: string | null,
): string {
  const attribute = schema.attributes.find((a) => a.key === attributeKey);
  if (attribute) {
    const name = attributeName(schema, attribute.key);
    return `I cannot search by "${word}": the ${name} values I know are ${attribute.values.join(", ")}.`;
  }
  const names = schema.attributes.map((a) => attributeName(schema, a.key));
  return `I cannot search by "${word}"; I can change the ${names.join(", ")}.`;
}
