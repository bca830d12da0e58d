import type { AttributeSchema } from "@atelier/schema";
import type { Intent } from "./interpret.ts";
import { attributeName } from "./resolve.ts";
import type { Command } from "./types.ts";

/** Human-readable meaning of an understood intent, for spans and replies. */
export function describeIntent(schema: AttributeSchema, intent: Intent): string | undefined {
  switch (intent.type) {
    case "set":
      return `${attributeName(schema, intent.attribute)}: ${intent.value}`;
    case "unset":
      return intent.value === undefined
        ? `no ${attributeName(schema, intent.attribute)}`
        : `not ${intent.value} (${attributeName(schema, intent.attribute)})`;
    case "step":
      return `${attributeName(schema, intent.attribute)}: ${intent.key.split(" ")[0]}`;
    case "toward":
      return `${attributeName(schema, intent.attribute)}: ${intent.step > 0 ? "more" : "less"} ${intent.value}`;
    case "command":
      return describeCommand(intent.command);
    case "ask":
    case "dangling":
    case "unknown":
      return undefined;
    default:
      return assertNever(intent);
  }
}

export function describeCommand(command: Command): string {
  switch (command.type) {
    case "undo":
      return "undo";
    case "startOver":
      return "start over";
    case "showMore":
      return "show more";
    case "useReference":
      return `use item ${command.item} as reference`;
    default:
      return assertNever(command);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value ${JSON.stringify(value)}`);
}
