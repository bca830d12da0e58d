// Read queries for product teams (issue 6, item 4): sessions filtered and paginated, a session's
// replay. Aggregates are in analytics-aggregates.ts, A/B counts in analytics-experiments.ts.
// Filters that Prisma's query builder cannot express on both adapters (EXISTS over events, JSON
// containment) are parameterised SQL through $queryRaw; PGlite runs the same SQL as PostgreSQL.
import { z } from "zod";
import type { Db } from "./db.ts";
import type { EventKind } from "./experiments.ts";
import { Prisma } from "./generated/prisma/client.ts";
import { InputError, idSchema, parseInput } from "./input-error.ts";
import { type ChatSession, sessionSelect, toSession } from "./sessions.ts";
import type { Turn } from "./turns.ts";

/**
 * What a session led to, best first: any add-to-cart event on its exposures; else any click;
 * else none. The three are exclusive.
 */
export type SessionOutcome = "added_to_cart" | "clicked" | "none";

export interface ListSessionsInput {
  /** Sessions created at or after this instant. */
  readonly from?: Date;
  /** Sessions created before this instant. */
  readonly to?: Date;
  /** The experiment variant id the session was assigned to. */
  readonly variant?: string;
  readonly minTurns?: number;
  readonly maxTurns?: number;
  readonly outcome?: SessionOutcome;
  /** Sessions with a turn whose manipulations include `{ attribute: <this>, ... }`. */
  readonly manipulatedAttribute?: string;
  /** Page size, 1 to 100. */
  readonly first: number;
  /** `endCursor` of the previous page. */
  readonly after?: string;
}

export interface SessionPage {
  /** Newest first (created_at, then id, both descending). */
  readonly sessions: ChatSession[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

const dateSchema = z.date({ error: "must be a valid Date" });
const turnsSchema = z.int({ error: "must be an integer" }).min(0).max(2_147_483_647);
export const windowSchema = { from: dateSchema.optional(), to: dateSchema.optional() };

/** Refuses `to` before `from` on a parsed window. */
export function refineWindow(value: { from?: Date; to?: Date }, ctx: z.RefinementCtx): void {
  if (value.from && value.to && value.to < value.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  }
}

const listSessionsSchema = z
  .object({
    ...windowSchema,
    variant: idSchema.optional(),
    minTurns: turnsSchema.optional(),
    maxTurns: turnsSchema.optional(),
    outcome: z
      .enum(["added_to_cart", "clicked", "none"], {
        error: "must be added_to_cart, clicked or none",
      })
      .optional(),
    manipulatedAttribute: idSchema.optional(),
    first: z.int({ error: "must be an integer" }).min(1).max(100),
    after: z.string({ error: "must be a string" }).max(400).optional(),
  })
  .superRefine((value, ctx) => {
    refineWindow(value, ctx);
    if (value.minTurns !== undefined && value.maxTurns !== undefined) {
      if (value.maxTurns < value.minTurns) {
        ctx.addIssue({ code: "custom", path: ["maxTurns"], message: "must be at least minTurns" });
      }
    }
  });

const cursorSchema = z.object({ c: z.iso.datetime(), i: idSchema });

const encodeCursor = (session: ChatSession) =>
  Buffer.from(JSON.stringify({ c: session.createdAt.toISOString(), i: session.id })).toString(
    "base64url",
  );

function decodeCursor(cursor: string): { c: string; i: string } {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString()));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: refused below like any other malformed cursor.
  }
  throw new InputError("listSessions", [
    { field: "after", message: "is not a cursor from listSessions" },
  ]);
}

const hasEvent = (kind: EventKind) => Prisma.sql`EXISTS (
  SELECT 1 FROM exposures x JOIN events e ON e.exposure_id = x.id
  WHERE x.session_id = s.id AND e.kind = ${kind}::"EventKind")`;

/**
 * Sessions matching every given filter, newest first, one page at a time. Uses the
 * (created_at), (variant_id, created_at) and (turn_count) indexes; outcome and attribute filters
 * are EXISTS probes on the (session_id) indexes of exposures and turns.
 *
 * @example
 * const page = await listSessions(db, { variant: variantId, outcome: "added_to_cart", first: 20 });
 * const next = await listSessions(db, { ..., first: 20, after: page.endCursor ?? undefined });
 */
export async function listSessions(db: Db, input: ListSessionsInput): Promise<SessionPage> {
  const valid = parseInput("listSessions", listSessionsSchema, input);
  const where: Prisma.Sql[] = [];
  if (valid.from) where.push(Prisma.sql`s.created_at >= ${valid.from.toISOString()}::timestamptz`);
  if (valid.to) where.push(Prisma.sql`s.created_at < ${valid.to.toISOString()}::timestamptz`);
  if (valid.variant !== undefined) where.push(Prisma.sql`s.variant_id = ${valid.variant}`);
  if (valid.minTurns !== undefined) where.push(Prisma.sql`s.turn_count >= ${valid.minTurns}`);
  if (valid.maxTurns !== undefined) where.push(Prisma.sql`s.turn_count <= ${valid.maxTurns}`);
  switch (valid.outcome) {
    case undefined:
      break;
    case "added_to_cart":
      where.push(hasEvent("add_to_cart"));
      break;
    case "clicked":
      where.push(Prisma.sql`${hasEvent("click")} AND NOT ${hasEvent("add_to_cart")}`);
      break;
    case "none":
      where.push(Prisma.sql`NOT ${hasEvent("click")} AND NOT ${hasEvent("add_to_cart")}`);
      break;
    default: {
      const unknown: never = valid.outcome;
      throw new Error(`unknown outcome ${String(unknown)}`);
    }
  }
  if (valid.manipulatedAttribute !== undefined) {
    // jsonb containment: some element of the manipulations array has this "attribute".
    const probe = JSON.stringify([{ attribute: valid.manipulatedAttribute }]);
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM turns t
      WHERE t.session_id = s.id AND t.manipulations @> ${probe}::jsonb)`);
  }
  if (valid.after !== undefined) {
    const cursor = decodeCursor(valid.after);
    where.push(Prisma.sql`(s.created_at, s.id) < (${cursor.c}::timestamptz, ${cursor.i})`);
  }
  const rows = await db.prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM chat_sessions s
    WHERE ${where.length > 0 ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`}
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT ${valid.first + 1}`;
  const ids = rows.slice(0, valid.first).map((row) => row.id);
  const found = await db.prisma.chatSession.findMany({
    where: { id: { in: ids } },
    select: sessionSelect,
  });
  const byId = new Map(found.map((row) => [row.id, toSession(row)]));
  const sessions = ids.flatMap((id) => byId.get(id) ?? []);
  const hasNextPage = rows.length > valid.first;
  const last = sessions.at(-1);
  return { sessions, hasNextPage, endCursor: hasNextPage && last ? encodeCursor(last) : null };
}

/** One turn as replayed: what was asked, what was shown, and what the shopper did with it. */
/** A stored turn without its state snapshot (replays show what was shown, not the memory). */
export interface ReplayTurn extends Omit<Turn, "sessionId" | "state"> {
  readonly exposures: ReplayExposure[];
}

export interface ReplayExposure {
  readonly id: string;
  readonly experimentId: string;
  readonly variantId: string;
  readonly rankedProductIds: string[];
  readonly createdAt: Date;
  readonly events: {
    readonly id: string;
    readonly kind: EventKind;
    readonly productId: string | null;
    readonly createdAt: Date;
  }[];
}

export interface SessionReplay {
  readonly session: ChatSession;
  /** Every turn of the tree in seq order (state snapshots left out: see `turnPath`). */
  readonly turns: ReplayTurn[];
}

/**
 * A session with every turn in seq order, each with its ranked list, scores, exposures and their
 * events (oldest first); null when there is no such session.
 *
 * @example
 * const replay = await sessionReplay(db, sessionId);
 * replay?.turns.map((t) => t.exposures.flatMap((x) => x.events.map((e) => e.kind)));
 */
export async function sessionReplay(db: Db, sessionId: string): Promise<SessionReplay | null> {
  const id = parseInput("sessionReplay", z.object({ sessionId: idSchema }), { sessionId });
  const row = await db.prisma.chatSession.findUnique({
    where: { id: id.sessionId },
    select: {
      ...sessionSelect,
      turns: {
        orderBy: { seq: "asc" },
        omit: { state: true, sessionId: true },
        include: {
          exposures: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              experimentId: true,
              variantId: true,
              rankedProductIds: true,
              createdAt: true,
              events: {
                orderBy: [{ createdAt: "asc" }, { id: "asc" }],
                select: { id: true, kind: true, productId: true, createdAt: true },
              },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { turns, ...session } = row;
  return { session: toSession(session), turns };
}
