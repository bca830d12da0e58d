import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "./db.ts";
import { Prisma } from "./generated/prisma/client.ts";
import { InputError, idSchema, parseInput, rankedIdsSchema, textSchema } from "./input-error.ts";

export type TurnKind = "start" | "manipulate" | "undo" | "reference";

export interface AppendTurnInput {
  readonly sessionId: string;
  /** The turn this one continues from; null only for the session's first ("start") turn. */
  readonly parentId: string | null;
  readonly kind: TurnKind;
  readonly inputText?: string | null;
  /** The structured manipulations applied, as JSON objects. */
  readonly manipulations?: readonly Prisma.InputJsonObject[];
  /** Serialised session state after the turn (see DESIGN.md, "Session state"). */
  readonly state: Uint8Array;
  /** Best first; `scores[i]` is the score of `rankedProductIds[i]`. */
  readonly rankedProductIds: readonly string[];
  readonly scores: readonly number[];
  readonly model: string;
  readonly variantId?: string | null;
  readonly latencyMs: number;
}

/**
 * A stored turn without its memory state: what lists of turns carry (a state is kilobytes, 2.6 KB
 * for the default MANN, needed only for the turn a new one continues from; see {@link turnStates}).
 */
export interface TurnRecord {
  readonly id: string;
  readonly sessionId: string;
  /** 1, 2, 3, ... in the order the session's turns were stored. */
  readonly seq: number;
  readonly parentId: string | null;
  readonly kind: TurnKind;
  readonly inputText: string | null;
  readonly manipulations: Prisma.JsonValue;
  readonly rankedProductIds: string[];
  readonly scores: number[];
  readonly model: string;
  readonly variantId: string | null;
  readonly latencyMs: number;
  readonly createdAt: Date;
}

/** A stored turn with its memory state. */
export interface Turn extends TurnRecord {
  /** Serialised session state after the turn (see DESIGN.md, "Session state"). */
  readonly state: Uint8Array;
}

// DESIGN.md sizes the state at 12 x D floats plus controller state (tens of KB); 4 MiB is ample.
const MAX_STATE_BYTES = 4 * 1024 * 1024;

const appendTurnSchema = z
  .object({
    sessionId: idSchema,
    parentId: idSchema.nullable(),
    kind: z.enum(["start", "manipulate", "undo", "reference"], {
      error: "must be start, manipulate, undo or reference",
    }),
    inputText: textSchema(2000).nullish(),
    manipulations: z
      .array(z.record(z.string(), z.json()), { error: "must be an array of objects" })
      .max(64, { error: "must hold at most 64 manipulations" })
      .default([]),
    state: z
      .instanceof(Uint8Array, { error: "must be a Uint8Array" })
      .refine((bytes) => bytes.byteLength <= MAX_STATE_BYTES, {
        error: `must be at most ${MAX_STATE_BYTES} bytes`,
      }),
    rankedProductIds: rankedIdsSchema,
    scores: z.array(z.number({ error: "must be a number" }).finite(), {
      error: "must be an array of numbers",
    }),
    model: idSchema,
    variantId: idSchema.nullish(),
    latencyMs: z.int({ error: "must be an integer" }).min(0).max(2_147_483_647),
  })
  .superRefine((turn, ctx) => {
    if (turn.scores.length !== turn.rankedProductIds.length) {
      ctx.addIssue({
        code: "custom",
        path: ["scores"],
        message: `must hold one score per ranked product (${turn.rankedProductIds.length}), got ${turn.scores.length}`,
      });
    }
    if ((turn.parentId === null) !== (turn.kind === "start")) {
      ctx.addIssue({
        code: "custom",
        path: ["parentId"],
        message: 'must be null for a "start" turn and only for it',
      });
    }
  });

/** Internal: the columns a {@link Turn} is read from (shared with the analytics queries). */
export const turnSelect = {
  id: true,
  sessionId: true,
  seq: true,
  parentId: true,
  kind: true,
  inputText: true,
  manipulations: true,
  state: true,
  rankedProductIds: true,
  scores: true,
  model: true,
  variantId: true,
  latencyMs: true,
  createdAt: true,
} as const satisfies Prisma.TurnSelect;

const { state: _state, ...turnRecordSelect } = turnSelect;

/**
 * Stores a turn and makes it the session's current turn, in one transaction. Refused (nothing
 * written) when the session is unknown, when the parent is not one of its turns, or when a second
 * root is added. Undo and branching are turns whose parent is an earlier turn.
 *
 * @example
 * const root = await appendTurn(db, { sessionId, parentId: null, kind: "start", state, ... });
 * await appendTurn(db, { sessionId, parentId: root.id, kind: "manipulate", ... });
 */
export async function appendTurn(
  db: Db,
  input: AppendTurnInput,
  options: AppendTurnOptions = {},
): Promise<Turn> {
  const valid = parseInput("appendTurn", appendTurnSchema, input);
  return (
    (await appendInOneStatement(db, valid, options.commit ?? "durable")) ?? appendChecked(db, valid)
  );
}

export interface AppendTurnOptions {
  /**
   * "durable" (default): the call returns once the turn is on disk. "async": once it is
   * committed and visible to every connection, without waiting for the disk (PostgreSQL's
   * asynchronous commit): a crash of the database server may lose the turns of its last moments
   * (~3 x wal_writer_delay, 0.6 s by default), never corrupt or half-write one, and any later
   * durable commit (an exposure, an event) makes them durable too.
   */
  readonly commit?: "durable" | "async";
}

type ValidTurn = z.infer<typeof appendTurnSchema>;

/**
 * The common case in one statement (a turn per chat message makes this the hottest write): the
 * session's counter and current turn move and the turn is inserted together, or nothing happens
 * when the session or parent does not fit (then null, and appendChecked says why). The session
 * row's update also orders concurrent appends to one session.
 */
async function appendInOneStatement(
  db: Db,
  valid: ValidTurn,
  commit: "durable" | "async",
): Promise<Turn | null> {
  const id = randomUUID();
  // set_config(..., true) is SET LOCAL inside the statement's own transaction, so the commit
  // that follows skips the wait for the disk without another round trip.
  const commitMode =
    commit === "async"
      ? Prisma.sql`SELECT set_config('synchronous_commit', 'off', true)`
      : Prisma.sql`SELECT 'on'`;
  const fits =
    valid.parentId === null
      ? Prisma.sql`turn_count = 0`
      : Prisma.sql`EXISTS (SELECT 1 FROM turns p WHERE p.id = ${valid.parentId} AND p.session_id = ${valid.sessionId})`;
  const rows = await db.prisma.$queryRaw<{ seq: number; created_at: Date }[]>`
    WITH c AS (${commitMode}), s AS (
      UPDATE chat_sessions SET turn_count = turn_count + 1, current_turn_id = ${id}
      WHERE id = ${valid.sessionId} AND ${fits}
      RETURNING turn_count
    )
    INSERT INTO turns (id, session_id, seq, parent_id, kind, input_text, manipulations, state,
      ranked_product_ids, scores, model, variant_id, latency_ms)
    SELECT ${id}, ${valid.sessionId}, s.turn_count, ${valid.parentId}, ${valid.kind}::"TurnKind",
      ${valid.inputText ?? null}, ${JSON.stringify(valid.manipulations)}::jsonb,
      decode(${Buffer.from(valid.state).toString("base64")}, 'base64'),
      ${valid.rankedProductIds}::text[], ${valid.scores}::float8[], ${valid.model},
      ${valid.variantId ?? null}, ${valid.latencyMs}
    FROM s, c
    RETURNING seq, created_at`;
  const row = rows[0];
  if (!row) return null;
  return {
    id,
    sessionId: valid.sessionId,
    seq: row.seq,
    parentId: valid.parentId,
    kind: valid.kind,
    inputText: valid.inputText ?? null,
    manipulations: valid.manipulations as Prisma.JsonValue,
    state: new Uint8Array(valid.state),
    rankedProductIds: [...valid.rankedProductIds],
    scores: [...valid.scores],
    model: valid.model,
    variantId: valid.variantId ?? null,
    latencyMs: valid.latencyMs,
    createdAt: new Date(row.created_at),
  };
}

/** appendTurn step by step in a transaction: says exactly what is wrong, or appends. */
async function appendChecked(db: Db, valid: ValidTurn): Promise<Turn> {
  const refuse = (field: string, message: string) =>
    new InputError("appendTurn", [{ field, message }]);
  return db.prisma.$transaction(async (tx) => {
    const session = await tx.chatSession.findUnique({
      where: { id: valid.sessionId },
      select: { id: true, turnCount: true },
    });
    if (!session) throw refuse("sessionId", `no session "${valid.sessionId}"`);
    if (valid.parentId === null) {
      if (session.turnCount > 0) throw refuse("parentId", "the session already has its start turn");
    } else {
      const parent = await tx.turn.findUnique({
        where: { id: valid.parentId },
        select: { sessionId: true },
      });
      if (parent?.sessionId !== valid.sessionId) {
        throw refuse("parentId", `turn "${valid.parentId}" is not in session "${valid.sessionId}"`);
      }
    }
    const turn = await tx.turn.create({
      data: {
        sessionId: valid.sessionId,
        seq: session.turnCount + 1,
        parentId: valid.parentId,
        kind: valid.kind,
        inputText: valid.inputText ?? null,
        manipulations: valid.manipulations as Prisma.InputJsonValue,
        state: valid.state as Uint8Array<ArrayBuffer>,
        rankedProductIds: valid.rankedProductIds,
        scores: valid.scores,
        model: valid.model,
        variantId: valid.variantId ?? null,
        latencyMs: valid.latencyMs,
      },
      select: turnSelect,
    });
    await tx.chatSession.update({
      where: { id: valid.sessionId },
      data: { currentTurnId: turn.id, turnCount: { increment: 1 } },
    });
    return turn;
  });
}

/**
 * The turns from the session's root to `turnId`, in that order (for replay, undo and branching);
 * empty when the turn is unknown.
 *
 * @example
 * (await turnPath(db, turn.id)).map((t) => t.kind); // ["start", "manipulate", "undo"]
 */
export async function turnPath(db: Db, turnId: string): Promise<Turn[]> {
  const target = await db.prisma.turn.findUnique({
    where: { id: turnId },
    select: { sessionId: true },
  });
  if (!target) return [];
  // Sessions hold tens of turns, so walking the parent links of all of them in memory is cheaper
  // and more portable (PGlite and node-postgres alike) than a recursive CTE through $queryRaw.
  const links = await db.prisma.turn.findMany({
    where: { sessionId: target.sessionId },
    select: { id: true, parentId: true },
  });
  const parentOf = new Map(links.map((link) => [link.id, link.parentId]));
  const ids: string[] = [];
  for (let id: string | null | undefined = turnId; id; id = parentOf.get(id)) ids.push(id);
  ids.reverse();
  const turns = await db.prisma.turn.findMany({ where: { id: { in: ids } }, select: turnSelect });
  const byId = new Map(turns.map((turn) => [turn.id, turn]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Every turn of a session in the order they were stored (the whole tree, for replay).
 *
 * @example
 * (await sessionTurns(db, session.id)).length; // session.turnCount
 */
export async function sessionTurns(db: Db, sessionId: string): Promise<Turn[]> {
  return (await turnsOfSessions(db, [sessionId]))[0] ?? [];
}

/**
 * Every turn of each session, in one query: one list per id, in the order of `sessionIds`, each
 * in the order stored ([] for an unknown id). What a page of sessions reads without N+1.
 *
 * @example
 * const [a, b] = await turnsOfSessions(db, [first.id, second.id]);
 */
export async function turnsOfSessions(db: Db, sessionIds: readonly string[]): Promise<Turn[][]> {
  if (sessionIds.length === 0) return [];
  const turns = await db.prisma.turn.findMany({
    where: { sessionId: { in: [...new Set(sessionIds)] } },
    orderBy: [{ sessionId: "asc" }, { seq: "asc" }],
    select: turnSelect,
  });
  const bySession = new Map<string, Turn[]>();
  for (const turn of turns) {
    const list = bySession.get(turn.sessionId);
    if (list) list.push(turn);
    else bySession.set(turn.sessionId, [turn]);
  }
  return sessionIds.map((id) => bySession.get(id) ?? []);
}

/** The turns of `sessionId` stored after its `afterSeq`-th (a session's turns never change). */
export interface TurnsAfter {
  readonly sessionId: string;
  readonly afterSeq: number;
}

/**
 * The turns each session stored after the given seq, without their states, in one query: one
 * list per request, in the order stored. A session's turns never change once stored and its seqs
 * have no gaps, so a replica that knows the first n turns of a session reads only the rest.
 *
 * @example
 * const [newer] = await turnsAfter(db, [{ sessionId, afterSeq: known.length }]);
 */
export async function turnsAfter(db: Db, wants: readonly TurnsAfter[]): Promise<TurnRecord[][]> {
  if (wants.length === 0) return [];
  const turns = await db.prisma.turn.findMany({
    where: { OR: wants.map((w) => ({ sessionId: w.sessionId, seq: { gt: w.afterSeq } })) },
    orderBy: [{ sessionId: "asc" }, { seq: "asc" }],
    select: turnRecordSelect,
  });
  return wants.map((w) => turns.filter((t) => t.sessionId === w.sessionId && t.seq > w.afterSeq));
}

/**
 * The memory state of each turn (null for an unknown id), in one query. Read as base64 text:
 * the Prisma pg adapter would turn each byte of a bytea into a JS number first.
 *
 * @example
 * const [state] = await turnStates(db, [turn.id]);
 */
export async function turnStates(
  db: Db,
  turnIds: readonly string[],
): Promise<(Uint8Array | null)[]> {
  if (turnIds.length === 0) return [];
  const rows = await db.prisma.$queryRaw<{ id: string; state: string }[]>`
    SELECT id, encode(state, 'base64') AS state FROM turns WHERE id = ANY(${[...turnIds]}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, row.state]));
  return turnIds.map((id) => {
    const base64 = byId.get(id);
    return base64 === undefined ? null : new Uint8Array(Buffer.from(base64, "base64"));
  });
}
