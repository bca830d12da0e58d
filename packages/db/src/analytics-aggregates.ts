// Aggregates over a time window for product teams (issue 6, item 4). One SQL statement per
// figure, the same text on PGlite and PostgreSQL (percentile_cont and jsonb run on both).
import { z } from "zod";
import { refineWindow, windowSchema } from "./analytics.ts";
import type { Db } from "./db.ts";
import { Prisma } from "./generated/prisma/client.ts";
import { idSchema, parseInput } from "./input-error.ts";

export interface SessionAggregatesInput {
  /** Sessions created at or after this instant. */
  readonly from?: Date;
  /** Sessions created before this instant. */
  readonly to?: Date;
  /** Only sessions assigned to this variant id. */
  readonly variant?: string;
  /** How many of the most manipulated attributes to return (1 to 100, default 10). */
  readonly topAttributes?: number;
}

export interface SessionAggregates {
  readonly sessions: number;
  readonly turns: number;
  /**
   * Over sessions that reached an add-to-cart: the seq of the first turn whose exposure got an
   * add_to_cart event. Mean and median are null when no session did.
   */
  readonly turnsToAddToCart: { sessions: number; mean: number | null; median: number | null };
  /** Turns whose ranked list was empty; `share` is null when there are no turns. */
  readonly zeroResultTurns: { count: number; share: number | null };
  /** By number of manipulations naming the attribute, then by name. */
  readonly topAttributes: { attribute: string; count: number }[];
  /** Turn latency percentiles (continuous); null when there are no turns. */
  readonly latencyMs: { p50: number | null; p90: number | null; p99: number | null };
}

const aggregatesSchema = z
  .object({
    ...windowSchema,
    variant: idSchema.optional(),
    topAttributes: z.int({ error: "must be an integer" }).min(1).max(100).default(10),
  })
  .superRefine(refineWindow);

/**
 * Turns to add-to-cart, zero-result turns, the most manipulated attributes and latency
 * percentiles, over the sessions created in [from, to) (and of one variant, if given); a
 * session's turns count wherever they fall in time.
 *
 * @example
 * const a = await sessionAggregates(db, { from: monday, to: sunday, topAttributes: 5 });
 * a.latencyMs.p99; // e.g. 41.2
 */
export async function sessionAggregates(
  db: Db,
  input: SessionAggregatesInput = {},
): Promise<SessionAggregates> {
  const valid = parseInput("sessionAggregates", aggregatesSchema, input);
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (valid.from) where.push(Prisma.sql`s.created_at >= ${valid.from.toISOString()}::timestamptz`);
  if (valid.to) where.push(Prisma.sql`s.created_at < ${valid.to.toISOString()}::timestamptz`);
  if (valid.variant !== undefined) where.push(Prisma.sql`s.variant_id = ${valid.variant}`);
  const sessions = Prisma.sql`SELECT s.id FROM chat_sessions s WHERE ${Prisma.join(where, " AND ")}`;

  const [turnRows, cartRows, attributeRows] = await Promise.all([
    db.prisma.$queryRaw<
      { sessions: number; turns: number; zero: number; p50: number; p90: number; p99: number }[]
    >`
      SELECT (SELECT count(*)::int FROM (${sessions}) w) AS sessions,
        count(t.id)::int AS turns,
        count(t.id) FILTER (WHERE cardinality(t.ranked_product_ids) = 0)::int AS zero,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY t.latency_ms)::float8 AS p50,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY t.latency_ms)::float8 AS p90,
        percentile_cont(0.99) WITHIN GROUP (ORDER BY t.latency_ms)::float8 AS p99
      FROM turns t WHERE t.session_id IN (${sessions})`,
    db.prisma.$queryRaw<{ sessions: number; mean: number | null; median: number | null }[]>`
      SELECT count(*)::int AS sessions, avg(first_seq)::float8 AS mean,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY first_seq)::float8 AS median
      FROM (
        SELECT t.session_id, min(t.seq) AS first_seq
        FROM turns t
        JOIN exposures x ON x.turn_id = t.id
        JOIN events e ON e.exposure_id = x.id AND e.kind = 'add_to_cart'
        WHERE t.session_id IN (${sessions})
        GROUP BY t.session_id
      ) reached`,
    db.prisma.$queryRaw<{ attribute: string; count: number }[]>`
      SELECT m->>'attribute' AS attribute, count(*)::int AS count
      FROM turns t
      CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(t.manipulations) = 'array' THEN t.manipulations ELSE '[]'::jsonb END
      ) m
      WHERE t.session_id IN (${sessions}) AND jsonb_typeof(m) = 'object'
        AND jsonb_typeof(m->'attribute') = 'string'
      GROUP BY 1 ORDER BY 2 DESC, 1 ASC
      LIMIT ${valid.topAttributes}`,
  ]);
  const turns = turnRows[0];
  const carts = cartRows[0];
  const turnCount = turns?.turns ?? 0;
  return {
    sessions: turns?.sessions ?? 0,
    turns: turnCount,
    turnsToAddToCart: {
      sessions: carts?.sessions ?? 0,
      mean: carts?.mean ?? null,
      median: carts?.median ?? null,
    },
    zeroResultTurns: {
      count: turns?.zero ?? 0,
      share: turnCount > 0 ? (turns?.zero ?? 0) / turnCount : null,
    },
    topAttributes: attributeRows.map((row) => ({ attribute: row.attribute, count: row.count })),
    latencyMs: { p50: turns?.p50 ?? null, p90: turns?.p90 ?? null, p99: turns?.p99 ?? null },
  };
}
