import { z } from "zod";
import type { Db } from "./db.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import { InputError, idSchema, parseInput, rankedIdsSchema, textSchema } from "./input-error.ts";

export type ExperimentStatus = "draft" | "running" | "stopped";
export type EventKind = "impression" | "click" | "like" | "dislike" | "add_to_cart";

export interface VariantInput {
  readonly key: string;
  /** Relative share of assignments, a positive integer. */
  readonly weight: number;
  /** What the arm runs, e.g. `{ manipulator: "mann", modelDir: "models/mann", index: {...} }`. */
  readonly config: Prisma.InputJsonObject;
}

export interface CreateExperimentInput {
  readonly key: string;
  readonly description?: string;
  readonly status?: ExperimentStatus;
  readonly variants: readonly VariantInput[];
}

export interface Variant {
  readonly id: string;
  readonly key: string;
  readonly weight: number;
  readonly config: Prisma.JsonValue;
}

export interface Experiment {
  readonly id: string;
  readonly key: string;
  readonly status: ExperimentStatus;
  readonly description: string;
  readonly createdAt: Date;
  readonly variants: Variant[];
}

export interface RecordExposureInput {
  readonly experimentId: string;
  readonly variantId: string;
  readonly userId: string;
  readonly sessionId?: string | null;
  readonly turnId?: string | null;
  /** The ranked list shown, best first. */
  readonly rankedProductIds: readonly string[];
}

export interface Exposure {
  readonly id: string;
  readonly experimentId: string;
  readonly variantId: string;
  readonly userId: string;
  readonly sessionId: string | null;
  readonly turnId: string | null;
  readonly rankedProductIds: string[];
  readonly createdAt: Date;
}

export interface ExperimentEvent {
  readonly id: string;
  readonly exposureId: string;
  readonly kind: EventKind;
  readonly productId: string | null;
  readonly createdAt: Date;
}

const keySchema = z
  .string({ error: "must be a string" })
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { error: "must be 1-64 of a-z, 0-9, _ and -" });

const createExperimentSchema = z.object({
  key: keySchema,
  description: textSchema(2000).default(""),
  status: z.enum(["draft", "running", "stopped"]).default("draft"),
  variants: z
    .array(
      z.object({
        key: keySchema,
        weight: z.int({ error: "must be an integer" }).min(1).max(1_000_000),
        config: z.record(z.string(), z.json(), { error: "must be a JSON object" }),
      }),
      { error: "must be an array" },
    )
    .min(1, { error: "must hold at least one variant" })
    .max(32, { error: "must hold at most 32 variants" })
    .superRefine((variants, ctx) => {
      const seen = new Set<string>();
      variants.forEach((variant, i) => {
        if (seen.has(variant.key)) {
          ctx.addIssue({ code: "custom", path: [i, "key"], message: `duplicate "${variant.key}"` });
        }
        seen.add(variant.key);
      });
    }),
});

const experimentSelect = {
  id: true,
  key: true,
  status: true,
  description: true,
  createdAt: true,
  variants: {
    select: { id: true, key: true, weight: true, config: true },
    orderBy: { key: "asc" },
  },
} as const satisfies Prisma.ExperimentSelect;

/**
 * Creates an experiment with its variants (one transaction; a taken key is refused).
 *
 * @example
 * await createExperiment(db, { key: "mann-vs-addem", variants: [
 *   { key: "mann", weight: 1, config: { manipulator: "mann" } },
 *   { key: "adde-m", weight: 1, config: { manipulator: "adde-m" } },
 * ] });
 */
export async function createExperiment(db: Db, input: CreateExperimentInput): Promise<Experiment> {
  const valid = parseInput("createExperiment", createExperimentSchema, input);
  return db.prisma.$transaction(async (tx) => {
    // Checked inside the transaction for a clear error; the unique index still decides races.
    if (await tx.experiment.findUnique({ where: { key: valid.key }, select: { id: true } })) {
      throw new InputError("createExperiment", [
        { field: "key", message: `an experiment "${valid.key}" exists` },
      ]);
    }
    return tx.experiment.create({
      data: {
        key: valid.key,
        description: valid.description,
        status: valid.status,
        variants: { create: valid.variants as Prisma.VariantCreateWithoutExperimentInput[] },
      },
      select: experimentSelect,
    });
  });
}

/**
 * An experiment and its variants by key, or null.
 *
 * @example
 * (await experimentByKey(db, "mann-vs-addem"))?.variants.map((v) => v.key); // ["adde-m", "mann"]
 */
export async function experimentByKey(db: Db, key: string): Promise<Experiment | null> {
  return db.prisma.experiment.findUnique({ where: { key }, select: experimentSelect });
}

const recordExposureSchema = z.object({
  experimentId: idSchema,
  variantId: idSchema,
  userId: idSchema,
  sessionId: idSchema.nullish(),
  turnId: idSchema.nullish(),
  rankedProductIds: rankedIdsSchema,
});

/**
 * Records that a ranked list was shown under an experiment's variant. Refused when the variant is
 * not the experiment's, or the turn is not the session's.
 *
 * @example
 * await recordExposure(db, { experimentId, variantId, userId: "u1", turnId, rankedProductIds });
 */
export async function recordExposure(db: Db, input: RecordExposureInput): Promise<Exposure> {
  const valid = parseInput("recordExposure", recordExposureSchema, input);
  const refuse = (field: string, message: string) =>
    new InputError("recordExposure", [{ field, message }]);
  return db.prisma.$transaction(async (tx) => {
    const variant = await tx.variant.findUnique({
      where: { id: valid.variantId },
      select: { experimentId: true },
    });
    if (variant?.experimentId !== valid.experimentId) {
      throw refuse("variantId", `no variant "${valid.variantId}" in that experiment`);
    }
    let sessionId = valid.sessionId ?? null;
    if (valid.turnId) {
      const turn = await tx.turn.findUnique({
        where: { id: valid.turnId },
        select: { sessionId: true },
      });
      if (!turn) throw refuse("turnId", `no turn "${valid.turnId}"`);
      if (sessionId !== null && turn.sessionId !== sessionId) {
        throw refuse("turnId", `turn "${valid.turnId}" is not in session "${sessionId}"`);
      }
      sessionId = turn.sessionId;
    } else if (sessionId !== null) {
      const session = await tx.chatSession.findUnique({
        where: { id: sessionId },
        select: { id: true },
      });
      if (!session) throw refuse("sessionId", `no session "${sessionId}"`);
    }
    return tx.exposure.create({
      data: {
        experimentId: valid.experimentId,
        variantId: valid.variantId,
        userId: valid.userId,
        sessionId,
        turnId: valid.turnId ?? null,
        rankedProductIds: valid.rankedProductIds,
      },
    });
  });
}

const recordEventSchema = z.object({
  exposureId: idSchema,
  kind: z.enum(["impression", "click", "like", "dislike", "add_to_cart"], {
    error: "must be impression, click, like, dislike or add_to_cart",
  }),
  productId: idSchema.nullish(),
});

/**
 * Records what the shopper did with an exposure's list. Events other than "impression" name a
 * product, which must be one of the products shown; an exposure has at most one impression (a
 * second report returns the first).
 *
 * @example
 * await recordEvent(db, { exposureId, kind: "add_to_cart", productId: "p42" });
 */
export async function recordEvent(
  db: Db,
  input: {
    readonly exposureId: string;
    readonly kind: EventKind;
    readonly productId?: string | null;
  },
): Promise<ExperimentEvent> {
  const valid = parseInput("recordEvent", recordEventSchema, input);
  const refuse = (field: string, message: string) =>
    new InputError("recordEvent", [{ field, message }]);
  const productId = valid.productId ?? null;
  if (valid.kind !== "impression" && productId === null) {
    throw refuse("productId", `is required for a "${valid.kind}" event`);
  }
  return db.prisma.$transaction(async (tx) => {
    const exposure = await tx.exposure.findUnique({
      where: { id: valid.exposureId },
      select: { rankedProductIds: true },
    });
    if (!exposure) throw refuse("exposureId", `no exposure "${valid.exposureId}"`);
    // An event on a product that was not shown would skew per-variant click-through rates.
    if (productId !== null && !exposure.rankedProductIds.includes(productId)) {
      throw refuse("productId", `"${productId}" was not in the exposure's ranked list`);
    }
    // A list is seen once: a second impression (a page reloaded, a retry) returns the first, so
    // impressions per exposure stay 0 or 1 however often a client reports them.
    if (valid.kind === "impression") {
      const seen = await tx.event.findFirst({
        where: { exposureId: valid.exposureId, kind: "impression" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      if (seen) return seen;
    }
    return tx.event.create({ data: { exposureId: valid.exposureId, kind: valid.kind, productId } });
  });
}

/**
 * An exposure's events, oldest first.
 *
 * @example
 * (await exposureEvents(db, exposure.id)).map((e) => e.kind); // ["impression", "click"]
 */
export async function exposureEvents(db: Db, exposureId: string): Promise<ExperimentEvent[]> {
  return db.prisma.event.findMany({
    where: { exposureId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Every experiment with its variants, newest first.
 *
 * @example
 * (await listExperiments(db)).map((e) => e.key); // ["retrieval", ...]
 */
export async function listExperiments(db: Db): Promise<Experiment[]> {
  return db.prisma.experiment.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: experimentSelect,
  });
}

/**
 * The exposure recorded for each turn's ranking, in one query: one id (or null) per turn id, in
 * the order given. A turn has at most one exposure (its ranked list shown once).
 *
 * @example
 * const [exposureId] = await exposuresOfTurns(db, [turn.id]); // "…" or null
 */
export async function exposuresOfTurns(
  db: Db,
  turnIds: readonly string[],
): Promise<(string | null)[]> {
  if (turnIds.length === 0) return [];
  const rows = await db.prisma.exposure.findMany({
    where: { turnId: { in: [...new Set(turnIds)] } },
    select: { id: true, turnId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byTurn = new Map<string, string>();
  for (const row of rows) if (row.turnId && !byTurn.has(row.turnId)) byTurn.set(row.turnId, row.id);
  return turnIds.map((id) => byTurn.get(id) ?? null);
}

/**
 * The key of each variant id (null for an unknown one), in one query, in the order given.
 *
 * @example
 * const [key] = await variantKeys(db, [session.variantId]); // "a-mann"
 */
export async function variantKeys(
  db: Db,
  variantIds: readonly string[],
): Promise<(string | null)[]> {
  if (variantIds.length === 0) return [];
  const rows = await db.prisma.variant.findMany({
    where: { id: { in: [...new Set(variantIds)] } },
    select: { id: true, key: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.key]));
  return variantIds.map((id) => byId.get(id) ?? null);
}
