/**
 * Opaque Relay cursors over a session's turns: base64url of `turn:<seq>`. Clients must not parse
 * them; a cursor that does not decode is refused with a BAD_USER_INPUT error.
 */
import { badUserInput } from "./errors.ts";

const PREFIX = "turn:";

/** @example encodeTurnCursor(3) // "dHVybjoz" */
export function encodeTurnCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`, "utf8").toString("base64url");
}

/** The turn sequence number a cursor points at; throws a GraphQLError when it is not ours. */
export function decodeTurnCursor(cursor: string): number {
  const text = cursor.length <= 64 ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const seq = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(seq) || seq < 1 || encodeTurnCursor(seq) !== cursor) {
    throw badUserInput(`"${cursor.slice(0, 64)}" is not a turn cursor`, "after");
  }
  return seq;
}
