import { type AttributeSchema, type Labels, normalizeLabels, shopping100k } from "@atelier/schema";
import { describeIntent } from "./describe.ts";
import { ParserError } from "./errors.ts";
import { interpret } from "./interpret.ts";
import { lexiconFor } from "./lexicon.ts";
import { buildReply } from "./reply.ts";
import { resolve } from "./resolve.ts";
import { segment } from "./segment.ts";
import { tokenize } from "./tokenize.ts";
import type { Command, ParseContext, ParseResult, Span } from "./types.ts";

/** Longest turn accepted, in characters: a chat turn, not a document; bounds the work per call. */
export const MAX_TURN_LENGTH = 500;

/**
 * Reads one chat turn into attribute manipulations and commands.
 * Throws `ParserError` for a non-string, an over-long turn or labels outside the schema;
 * anything a shopper can type otherwise gets a result, with `reply` set when part of it was not
 * understood or changed nothing.
 *
 * @example
 * parseTurn("navy, slim fit, no pockets", { labels: { color: "Red", pocket: "Side" } }).manipulations;
 * // [{ attribute: "color", remove: "Red", add: "Navy" }, { attribute: "fit", add: "Slim" },
 * //  { attribute: "pocket", remove: "Side" }]
 */
export function parseTurn(text: string, context: ParseContext = {}): ParseResult {
  if (typeof text !== "string") {
    throw new ParserError("invalid_input", `A turn must be a string, got ${describeType(text)}`);
  }
  if (text.length > MAX_TURN_LENGTH) {
    throw new ParserError(
      "too_long",
      `A turn may have at most ${MAX_TURN_LENGTH} characters, got ${text.length}`,
    );
  }
  if (typeof context !== "object" || context === null) {
    throw new ParserError(
      "invalid_context",
      `The context must be an object, got ${describeType(context)}`,
    );
  }
  const schema = context.schema ?? shopping100k;
  const labels = readLabels(schema, context);
  const lexicon = lexiconFor(schema);
  const intents = interpret(segment(lexicon, tokenize(text)), labels);
  const { manipulations, notes } = resolve(schema, intents, labels);
  const commands: Command[] = [];
  const understood: Span[] = [];
  for (const intent of intents) {
    // "start over from scratch" is one command said twice, not two resets.
    const command = intent.type === "command" ? intent.command : undefined;
    if (command && !commands.some((c) => JSON.stringify(c) === JSON.stringify(command))) {
      commands.push(command);
    }
    const meaning = describeIntent(schema, intent);
    if (meaning !== undefined) {
      understood.push({
        start: intent.start,
        end: intent.end,
        text: text.slice(intent.start, intent.end),
        meaning,
      });
    }
  }
  const unknown = intents.flatMap((i) => (i.type === "unknown" ? [i.word] : []));
  const changed = manipulations.length > 0 || commands.length > 0;
  const reply = buildReply({ schema, lexicon, intents, understood, notes, changed });
  return {
    manipulations,
    commands,
    understood,
    unknown,
    ...(reply === undefined ? {} : { reply }),
  };
}

function readLabels(schema: AttributeSchema, context: ParseContext): Labels | undefined {
  if (context.labels === undefined) return undefined;
  if (
    typeof context.labels !== "object" ||
    context.labels === null ||
    Array.isArray(context.labels)
  ) {
    throw new ParserError(
      "invalid_context",
      "The reference labels must be an object of attribute values",
    );
  }
  try {
    return normalizeLabels(schema, context.labels);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParserError("invalid_context", `The reference labels are invalid: ${reason}`, error);
  }
}

function describeType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
