/**
 * Input size limits (issue 6, item 6): every string and list a request carries is bounded before
 * any resolver runs, and the fields with a narrower meaning are checked where they are read.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { MAX_TURN_LENGTH } from "@atelier/parser";
import { badUserInput } from "./errors.ts";

export const INPUT_LIMITS = {
  /** Ids, tokens, keys and user ids. */
  id: 200,
  /** Chat text, as the parser accepts it. */
  text: MAX_TURN_LENGTH,
  /** Manipulations in one turn, attribute values in one start. */
  changes: 24,
  /** Any string in the variables. */
  string: 2_000,
  /** Any list in the variables. */
  list: 100,
  /** Nesting of objects and lists in the variables. */
  nesting: 6,
} as const;

/**
 * `value` when it is at most `max` characters long (null and undefined pass); otherwise a
 * BAD_USER_INPUT error naming `argument`.
 *
 * @example
 * checkLength(input.text, INPUT_LIMITS.text, "text");
 */
export function checkLength<T extends string | null | undefined>(
  value: T,
  max: number,
  argument: string,
): T {
  if (value != null && value.length > max) {
    throw badUserInput(
      `${argument} may have at most ${max} characters, got ${value.length}`,
      argument,
    );
  }
  return value;
}

/** Like checkLength, for lists. */
export function checkCount<T extends readonly unknown[] | null | undefined>(
  list: T,
  max: number,
  argument: string,
): T {
  if (list != null && list.length > max) {
    throw badUserInput(`${argument} may have at most ${max} entries, got ${list.length}`, argument);
  }
  return list;
}

/** The first variable (as a path like `input.manipulations`) beyond the limits, with why. */
function oversized(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === "string") {
    return value.length > INPUT_LIMITS.string
      ? `${path} may have at most ${INPUT_LIMITS.string} characters, got ${value.length}`
      : undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  if (depth > INPUT_LIMITS.nesting) return `${path} is nested deeper than ${INPUT_LIMITS.nesting}`;
  if (Array.isArray(value)) {
    if (value.length > INPUT_LIMITS.list) {
      return `${path} may have at most ${INPUT_LIMITS.list} entries, got ${value.length}`;
    }
    for (const [i, item] of value.entries()) {
      const why = oversized(item, `${path}[${i}]`, depth + 1);
      if (why) return why;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const why = oversized(item, path ? `${path}.${key}` : key, depth + 1);
    if (why) return why;
  }
  return undefined;
}

/** Refuses a request whose variables hold an oversized string or list, before execution. */
export const inputLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        const why = oversized(request.variables ?? {}, "", 0);
        if (why) throw badUserInput(why, why.split(" ")[0] ?? "variables");
      },
    };
  },
};
