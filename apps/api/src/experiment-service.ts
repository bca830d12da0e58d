/**
 * A/B tests (issue 6, item 5): the running experiment named by ATELIER_API_EXPERIMENT assigns
 * each shopper (by user id) a variant whose config picks the manipulator; every ranked list
 * shown to an assigned session is an exposure; shoppers record events on their own exposures;
 * analysts read per-variant results; admins create experiments.
 */
import type {
  ChatSession,
  CreateExperimentInput,
  Db,
  EventKind,
  Experiment,
  ExperimentEvent,
  TrafficPoint,
  TurnRecord,
} from "@atelier/db";
import {
  createExperiment,
  experimentByKey,
  experimentCounts,
  experimentTraffic,
  listExperiments,
  recordEvent,
  recordExposure,
  sessionByToken,
  sessionReplay,
} from "@atelier/db";
import { assignVariant } from "@atelier/experiments";
import { refusingBadInput } from "./errors.ts";
import { type ExperimentResults, experimentResults } from "./experiment-results.ts";
import { checkLength, INPUT_LIMITS } from "./limits.ts";
import { engineChoice, engineName } from "./runtime.ts";

/** The variant a new session runs under. */
export interface Assignment {
  readonly experimentId: string;
  readonly variantId: string;
  readonly variantKey: string;
  /** The engine name (see engineName) the variant serves. */
  readonly model: string;
}

/** What the session service needs: assignment at start, an exposure per ranked list shown. */
export interface Exposures {
  /** The running experiment's variant for `userId`; null when no experiment is running. */
  assign(userId: string): Promise<Assignment | null>;
  /** Records `turn`'s ranking as an exposure when the session has a running variant. */
  expose(session: ChatSession, turn: TurnRecord): Promise<string | null>;
}

export interface RecordEventRequest {
  readonly token: string;
  readonly exposureId: string;
  readonly kind: EventKind;
  readonly productId?: string | null;
}

export type RecordEventOutcome =
  | { readonly __typename: "EventRecorded"; readonly event: ExperimentEvent }
  | { readonly __typename: "SessionNotFound"; readonly message: string }
  | { readonly __typename: "UnknownExposure"; readonly message: string; exposureId: string };

export interface ExperimentService extends Exposures {
  create(input: CreateExperimentInput): Promise<Experiment>;
  recordEvent(request: RecordEventRequest): Promise<RecordEventOutcome>;
  results(key: string): Promise<ExperimentResults | null>;
  list(): Promise<Experiment[]>;
  /** Exposures and users per variant per day; [] for an unknown key. */
  traffic(key: string): Promise<TrafficPoint[]>;
}

/**
 * The engine a variant's config names: `{ manipulator: "mann" | "adde-m-fair", index?: "flat" |
 * "hnsw", ranking?: "similarity" | "requested-first" }` (another or no manipulator runs the MANN;
 * no index, the server's default; no ranking, similarity).
 *
 * @example
 * variantModel({ manipulator: "adde-m-fair", index: "hnsw" }); // "adde-m-fair@hnsw"
 */
export function variantModel(config: unknown): string {
  return engineName(engineChoice(config && typeof config === "object" ? config : {}));
}

/**
 * One per request: the configured experiment is read at most once per request.
 *
 * @example
 * const experiments = createExperimentService(db, "retrieval");
 * await experiments.assign("user-7"); // { variantKey: "control", model: "mann", ... } or null
 */
export function createExperimentService(db: Db, experimentKey: string): ExperimentService {
  let running: Promise<Experiment | null> | undefined;
  const current = () => {
    running ??= experimentByKey(db, experimentKey).then((e) =>
      e?.status === "running" && e.variants.length > 0 ? e : null,
    );
    return running;
  };

  return {
    async assign(userId) {
      const experiment = await current();
      if (!experiment) return null;
      const key = assignVariant(experiment.key, userId, experiment.variants);
      const variant = experiment.variants.find((v) => v.key === key);
      if (!variant) return null;
      return {
        experimentId: experiment.id,
        variantId: variant.id,
        variantKey: variant.key,
        model: variantModel(variant.config),
      };
    },

    async expose(session, turn) {
      if (session.variantId === null) return null;
      const experiment = await current();
      if (!experiment?.variants.some((v) => v.id === session.variantId)) return null;
      const exposure = await recordExposure(db, {
        experimentId: experiment.id,
        variantId: session.variantId,
        userId: session.userId,
        sessionId: session.id,
        turnId: turn.id,
        rankedProductIds: turn.rankedProductIds,
      });
      return exposure.id;
    },

    create: (input) => refusingBadInput(() => createExperiment(db, input)),

    async recordEvent({ token, exposureId, kind, productId }) {
      checkLength(token, INPUT_LIMITS.id, "token");
      checkLength(exposureId, INPUT_LIMITS.id, "exposureId");
      checkLength(productId, INPUT_LIMITS.id, "productId");
      const session = await sessionByToken(db, token);
      if (!session) return { __typename: "SessionNotFound", message: "No such session" };
      // A shopper records events only on the exposures of their own session.
      const replay = await sessionReplay(db, session.id);
      const own = replay?.turns.some((t) => t.exposures.some((x) => x.id === exposureId));
      if (!own) {
        return {
          __typename: "UnknownExposure",
          message: `No exposure "${exposureId}" in this session`,
          exposureId,
        };
      }
      const event = await refusingBadInput(() =>
        recordEvent(db, { exposureId, kind, productId: productId ?? null }),
      );
      return { __typename: "EventRecorded", event };
    },

    async results(key) {
      checkLength(key, INPUT_LIMITS.id, "key");
      const experiment = await experimentByKey(db, key);
      if (!experiment) return null;
      const counts = await experimentCounts(db, { experimentId: experiment.id });
      return experimentResults(experiment, counts);
    },

    list: () => listExperiments(db),

    async traffic(key) {
      checkLength(key, INPUT_LIMITS.id, "key");
      const experiment = await experimentByKey(db, key);
      return experiment ? experimentTraffic(db, experiment.id) : [];
    },
  };
}

/** The demo's A/B test: the MANN against ADDE-M (fair), half and half. */
export const DEMO_VARIANTS = [
  { key: "a-mann", weight: 1, config: { manipulator: "mann" } },
  { key: "b-adde-m", weight: 1, config: { manipulator: "adde-m-fair" } },
] as const;

/**
 * Creates the experiment `key`, running with DEMO_VARIANTS, unless one with that key exists.
 *
 * @example
 * await ensureDemoExperiment(db, "retrieval"); // true when it was created
 */
export async function ensureDemoExperiment(db: Db, key: string): Promise<boolean> {
  if (await experimentByKey(db, key)) return false;
  await createExperiment(db, {
    key,
    description: "Demo: the MANN against ADDE-M (fair) on the procedural catalog",
    status: "running",
    variants: DEMO_VARIANTS.map((v) => ({ ...v, config: { ...v.config } })),
  });
  return true;
}
