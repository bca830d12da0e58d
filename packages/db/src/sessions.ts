import { z } from "zod";
import type { Db } from "./db.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import { idSchema, parseInput, textSchema } from "./input-error.ts";
import { hashSecret, newSecret } from "./secrets.ts";

/** How a session began: from a product, from attribute values, or from the shopper's text. */
export type SessionStartInput =
  | { readonly kind: "product"; readonly productId: string }
  | { readonly kind: "attributes"; readonly attributes: Readonly<Record<string, string>> }
  | { readonly kind: "text"; readonly text: string };

export interface CreateSessionInput {
  readonly userId: string;
  readonly start: SessionStartInput;
  readonly model: string;
  /** The experiment variant the shopper is assigned to, if any. */
  readonly variantId?: string | null;
}

/** A stored session (never its token). */
export interface ChatSession {
  readonly id: string;
  readonly userId: string;
  readonly start: SessionStartInput;
  readonly model: string;
  readonly variantId: string | null;
  readonly turnCount: number;
  readonly currentTurnId: string | null;
  readonly createdAt: Date;
}

// A session token is prefixed so a leaked one is recognisable; only its sha-256 is stored.
const TOKEN_PREFIX = "ats_";

const startSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("product"), productId: idSchema }),
    z.object({
      kind: z.literal("attributes"),
      attributes: z
        .record(idSchema, textSchema(200), { error: "must map attribute names to values" })
        .refine((value) => Object.keys(value).length > 0, { error: "must not be empty" })
        .refine((value) => Object.keys(value).length <= 64, { error: "at most 64 attributes" }),
    }),
    z.object({ kind: z.literal("text"), text: textSchema(2000).min(1, "must not be empty") }),
  ],
  { error: 'must be { kind: "product" | "attributes" | "text", ... }' },
);

const createSessionSchema = z.object({
  userId: idSchema,
  start: startSchema,
  model: idSchema,
  variantId: idSchema.nullish(),
});

/** Internal: the columns a {@link ChatSession} is read from (shared with the analytics queries). */
export const sessionSelect = {
  id: true,
  userId: true,
  startKind: true,
  startProductId: true,
  startAttributes: true,
  startText: true,
  model: true,
  variantId: true,
  turnCount: true,
  currentTurnId: true,
  createdAt: true,
} as const satisfies Prisma.ChatSessionSelect;

type SessionRow = Prisma.ChatSessionGetPayload<{ select: typeof sessionSelect }>;

/** Internal: a selected row as a {@link ChatSession}. */
export function toSession(row: SessionRow): ChatSession {
  const { startKind, startProductId, startAttributes, startText, ...rest } = row;
  // The CHECK constraint chat_sessions_start_matches_kind guarantees the matching column is set.
  let start: SessionStartInput;
  switch (startKind) {
    case "product":
      start = { kind: "product", productId: startProductId ?? "" };
      break;
    case "attributes":
      start = { kind: "attributes", attributes: (startAttributes ?? {}) as Record<string, string> };
      break;
    case "text":
      start = { kind: "text", text: startText ?? "" };
      break;
    default: {
      const unknownKind: never = startKind;
      throw new Error(`unknown session start kind ${String(unknownKind)}`);
    }
  }
  return { ...rest, start };
}

/**
 * Starts a session and returns it with its token. The token is shown only here: the database keeps
 * its sha-256, so it cannot be recovered later.
 *
 * @example
 * const { session, token } = await createSession(db, {
 *   userId: "u1", start: { kind: "text", text: "a red dress" }, model: "mann-v1",
 * });
 */
export async function createSession(
  db: Db,
  input: CreateSessionInput,
): Promise<{ session: ChatSession; token: string }> {
  const valid = parseInput("createSession", createSessionSchema, input);
  const token = newSecret(TOKEN_PREFIX);
  const { start } = valid;
  const row = await db.prisma.chatSession.create({
    data: {
      tokenHash: hashSecret(token),
      userId: valid.userId,
      startKind: start.kind,
      startProductId: start.kind === "product" ? start.productId : null,
      startAttributes: start.kind === "attributes" ? start.attributes : undefined,
      startText: start.kind === "text" ? start.text : null,
      model: valid.model,
      variantId: valid.variantId ?? null,
    },
    select: sessionSelect,
  });
  return { session: toSession(row), token };
}

/**
 * The session a token opens, or null for any other string (no hint whether a session exists).
 *
 * @example
 * const session = await sessionByToken(db, token); // ChatSession | null
 */
export async function sessionByToken(db: Db, token: string): Promise<ChatSession | null> {
  if (typeof token !== "string" || !token.startsWith(TOKEN_PREFIX) || token.length > 200) {
    return null;
  }
  // Every chat turn starts here, so it is plain SQL: Prisma's query compiler costs ~0.6 ms of the
  // event loop per findUnique (measured on PostgreSQL), more than the query itself.
  const rows = await db.prisma.$queryRaw<SessionRow[]>`
    SELECT id, user_id AS "userId", start_kind::text AS "startKind",
      start_product_id AS "startProductId", start_attributes AS "startAttributes",
      start_text AS "startText", model, variant_id AS "variantId", turn_count AS "turnCount",
      current_turn_id AS "currentTurnId", created_at AS "createdAt"
    FROM chat_sessions WHERE token_hash = ${hashSecret(token)}`;
  const row = rows[0];
  return row ? toSession({ ...row, createdAt: new Date(row.createdAt) }) : null;
}

/**
 * A session by its id, for read-only views (share links, product teams); null when absent.
 *
 * @example
 * const session = await sessionById(db, "cm0abc..."); // ChatSession | null
 */
export async function sessionById(db: Db, id: string): Promise<ChatSession | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 200) return null;
  const row = await db.prisma.chatSession.findUnique({ where: { id }, select: sessionSelect });
  return row ? toSession(row) : null;
}
