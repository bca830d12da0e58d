// Raw per-variant counts of an experiment (issue 6, item 5). The statistics (Welch's t-test, the
// delta method, the sample-ratio check) are computed by the caller from these sums.
import { z } from "zod";
import { refineWindow, windowSchema } from "./analytics.ts";
import type { Db } from "./db.ts";
import type { EventKind } from "./experiments.ts";
import { Prisma } from "./generated/prisma/client.ts";
import { InputError, idSchema, parseInput } from "./input-error.ts";

/** Sufficient statistics of one per-user metric: n users, sum and sum of squares. */
export interface MetricSums {
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
}

export interface VariantCounts {
  readonly variantId: string;
  readonly key: string;
  readonly exposures: number;
  /** Distinct users with at least one exposure. */
  readonly users: number;
  /** Events on the window's exposures, by kind (every kind present, zero when none). */
  readonly events: Record<EventKind, number>;
  /** Per-user totals over users with an exposure (a user with no click counts as 0). */
  readonly perUser: {
    readonly exposures: MetricSums;
    readonly clicks: MetricSums;
    readonly addToCarts: MetricSums;
    /** Sum over users of clicks x exposures: the covariance term for click-through (delta method). */
    readonly clicksTimesExposures: number;
    /** Sum over users of add-to-carts x exposures, likewise. */
    readonly addToCartsTimesExposures: number;
  };
}

export interface ExperimentCountsInput {
  readonly experimentId: string;
  /** Exposures shown at or after this instant (events follow their exposure). */
  readonly from?: Date;
  /** Exposures shown before this instant. */
  readonly to?: Date;
}

const countsSchema = z
  .object({ experimentId: idSchema, ...windowSchema })
  .superRefine(refineWindow);
const EVENT_KINDS = ["impression", "click", "like", "dislike", "add_to_cart"] as const;

interface UserSumsRow {
  variant_id: string;
  users: number;
  exposures: number;
  exposures_sq: number;
  clicks: number;
  clicks_sq: number;
  carts: number;
  carts_sq: number;
  clicks_x: number;
  carts_x: number;
}

/**
 * Exposures, users, events by kind, and per-user sums for each variant of an experiment (every
 * variant listed, by key, zero when it has no exposures). Uses the (experiment_id, variant_id,
 * created_at) index of exposures and the (exposure_id, kind) index of events.
 *
 * @example
 * const [a, b] = await experimentCounts(db, { experimentId });
 * const mean = a.perUser.clicks.sum / a.perUser.clicks.n;
 */
export async function experimentCounts(
  db: Db,
  input: ExperimentCountsInput,
): Promise<VariantCounts[]> {
  const valid = parseInput("experimentCounts", countsSchema, input);
  const experiment = await db.prisma.experiment.findUnique({
    where: { id: valid.experimentId },
    select: { variants: { select: { id: true, key: true }, orderBy: { key: "asc" } } },
  });
  if (!experiment) {
    throw new InputError("experimentCounts", [
      { field: "experimentId", message: `no experiment "${valid.experimentId}"` },
    ]);
  }
  const where: Prisma.Sql[] = [Prisma.sql`x.experiment_id = ${valid.experimentId}`];
  if (valid.from) where.push(Prisma.sql`x.created_at >= ${valid.from.toISOString()}::timestamptz`);
  if (valid.to) where.push(Prisma.sql`x.created_at < ${valid.to.toISOString()}::timestamptz`);
  const exposures = Prisma.join(where, " AND ");
  const [userRows, eventRows] = await Promise.all([
    db.prisma.$queryRaw<UserSumsRow[]>`
      WITH per_user AS (
        SELECT x.variant_id, x.user_id, count(DISTINCT x.id)::float8 AS exposures,
          count(*) FILTER (WHERE e.kind = 'click')::float8 AS clicks,
          count(*) FILTER (WHERE e.kind = 'add_to_cart')::float8 AS carts
        FROM exposures x LEFT JOIN events e ON e.exposure_id = x.id
        WHERE ${exposures}
        GROUP BY x.variant_id, x.user_id
      )
      SELECT variant_id, count(*)::int AS users,
        sum(exposures)::float8 AS exposures, sum(exposures * exposures)::float8 AS exposures_sq,
        sum(clicks)::float8 AS clicks, sum(clicks * clicks)::float8 AS clicks_sq,
        sum(carts)::float8 AS carts, sum(carts * carts)::float8 AS carts_sq,
        sum(clicks * exposures)::float8 AS clicks_x, sum(carts * exposures)::float8 AS carts_x
      FROM per_user GROUP BY variant_id`,
    db.prisma.$queryRaw<{ variant_id: string; kind: EventKind; count: number }[]>`
      SELECT x.variant_id, e.kind::text AS kind, count(*)::int AS count
      FROM exposures x JOIN events e ON e.exposure_id = x.id
      WHERE ${exposures}
      GROUP BY 1, 2`,
  ]);
  return experiment.variants.map((variant) => {
    const row = userRows.find((r) => r.variant_id === variant.id);
    const events = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, 0])) as Record<
      EventKind,
      number
    >;
    for (const r of eventRows) if (r.variant_id === variant.id) events[r.kind] = r.count;
    const n = row?.users ?? 0;
    return {
      variantId: variant.id,
      key: variant.key,
      exposures: row?.exposures ?? 0,
      users: n,
      events,
      perUser: {
        exposures: { n, sum: row?.exposures ?? 0, sumSquares: row?.exposures_sq ?? 0 },
        clicks: { n, sum: row?.clicks ?? 0, sumSquares: row?.clicks_sq ?? 0 },
        addToCarts: { n, sum: row?.carts ?? 0, sumSquares: row?.carts_sq ?? 0 },
        clicksTimesExposures: row?.clicks_x ?? 0,
        addToCartsTimesExposures: row?.carts_x ?? 0,
      },
    };
  });
}

/** Exposures and distinct users of one variant in one UTC day. */
export interface TrafficPoint {
  readonly variantId: string;
  readonly variantKey: string;
  /** Midnight UTC of the day. */
  readonly day: Date;
  readonly exposures: number;
  readonly users: number;
}

/**
 * Traffic over time: exposures and distinct users per variant per UTC day, by day then variant
 * key. Uses the (experiment_id, variant_id, created_at) index of exposures.
 *
 * @example
 * (await experimentTraffic(db, experimentId))[0]; // { variantKey: "control", day, exposures: 12, users: 3 }
 */
export async function experimentTraffic(db: Db, experimentId: string): Promise<TrafficPoint[]> {
  const valid = parseInput("experimentTraffic", countsSchema, { experimentId });
  const rows = await db.prisma.$queryRaw<
    { variant_id: string; key: string; day: Date; exposures: number; users: number }[]
  >`
    SELECT x.variant_id, v.key, date_trunc('day', x.created_at AT TIME ZONE 'UTC') AS day,
      count(*)::int AS exposures, count(DISTINCT x.user_id)::int AS users
    FROM exposures x JOIN experiment_variants v ON v.id = x.variant_id
    WHERE x.experiment_id = ${valid.experimentId}
    GROUP BY 1, 2, 3
    ORDER BY 3, 2`;
  return rows.map((r) => ({
    variantId: r.variant_id,
    variantKey: r.key,
    day: new Date(`${new Date(r.day).toISOString().slice(0, 10)}T00:00:00.000Z`),
    exposures: r.exposures,
    users: r.users,
  }));
}
