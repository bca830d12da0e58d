/**
 * Opaque Relay cursors: base64url of `<kind>:<n>` (a turn's seq, a product's catalog position).
 * Clients must not parse them; a cursor that does not decode is refused with BAD_USER_INPUT.
 */
import { badUserInput } from "./errors.ts";

type CursorKind = "turn" | "product";

/** A page of a Relay connection. */
export interface Page<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  readonly totalCount: number;
}

/** @example encodeCursor("turn", 3) // "dHVybjoz" */
export function encodeCursor(kind: CursorKind, n: number): string {
  return Buffer.from(`${kind}:${n}`, "utf8").toString("base64url");
}

/** The number a cursor of `kind` holds, at least `min`; throws a GraphQLError when it is not one. */
export function decodeCursor(kind: CursorKind, cursor: string, min: number): number {
  const text = cursor.length <= 64 ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const n = text.startsWith(`${kind}:`) ? Number(text.slice(kind.length + 1)) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || encodeCursor(kind, n) !== cursor) {
    throw badUserInput(`"${cursor.slice(0, 64)}" is not a ${kind} cursor`, "after");
  }
  return n;
}

/** @example encodeTurnCursor(3) // "dHVybjoz" */
export const encodeTurnCursor = (seq: number): string => encodeCursor("turn", seq);

/** The turn sequence number a cursor points at; throws a GraphQLError when it is not ours. */
export const decodeTurnCursor = (cursor: string): number => decodeCursor("turn", cursor, 1);
