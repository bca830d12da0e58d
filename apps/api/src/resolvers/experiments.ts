import type { EventKind, ExperimentStatus } from "@atelier/db";
import { variantModel } from "../experiment-service.ts";
import type {
  EventKind as GqlEventKind,
  ExperimentStatus as GqlStatus,
  Resolvers,
} from "../generated/graphql.ts";
import { parseEngineName } from "../runtime.ts";

const STATUS_IN: Record<GqlStatus, ExperimentStatus> = {
  DRAFT: "draft",
  RUNNING: "running",
  STOPPED: "stopped",
};
const STATUS_OUT = {
  draft: "DRAFT",
  running: "RUNNING",
  stopped: "STOPPED",
} as const satisfies Record<ExperimentStatus, GqlStatus>;
const KIND_IN: Record<GqlEventKind, EventKind> = {
  IMPRESSION: "impression",
  CLICK: "click",
  LIKE: "like",
  DISLIKE: "dislike",
  ADD_TO_CART: "add_to_cart",
};
const KIND_OUT = {
  impression: "IMPRESSION",
  click: "CLICK",
  like: "LIKE",
  dislike: "DISLIKE",
  add_to_cart: "ADD_TO_CART",
} as const satisfies Record<EventKind, GqlEventKind>;

/** Experiment management (admin), results (analyst) and shoppers' events (session token). */
export const experimentResolvers: Resolvers = {
  Query: {
    async experimentResults(_, { key }, { access, experiments }) {
      await access.require("analyst");
      return experiments.results(key);
    },
    async experiments(_, __, { access, experiments }) {
      await access.require("analyst");
      return experiments.list();
    },
    async experimentTraffic(_, { key }, { access, experiments }) {
      await access.require("analyst");
      return experiments.traffic(key);
    },
    async offlineEvaluation(_, __, { access, offline }) {
      await access.require("analyst");
      return offline.report();
    },
  },
  Mutation: {
    async createExperiment(_, { input }, { access, experiments }) {
      await access.require("admin");
      return experiments.create({
        key: input.key,
        ...(input.description != null && { description: input.description }),
        ...(input.status != null && { status: STATUS_IN[input.status] }),
        variants: input.variants.map((v) => ({
          key: v.key,
          weight: v.weight,
          config: v.config as Record<string, never>,
        })),
      });
    },
    recordEvent: (_, { input }, { experiments }) =>
      experiments.recordEvent({ ...input, kind: KIND_IN[input.kind] }),
  },
  Experiment: { status: (e) => STATUS_OUT[e.status] },
  ExperimentEvent: { kind: (e) => KIND_OUT[e.kind] },
  VariantResult: {
    offline: (variant, _, { offline }) =>
      offline.rowsOf(parseEngineName(variantModel(variant.config)).manipulator),
  },
  EventCounts: { addToCart: (counts) => counts.add_to_cart },
  WelchComparison: {
    controlMean: ({ result }) => result?.controlMean ?? null,
    treatmentMean: ({ result }) => result?.treatmentMean ?? null,
    difference: ({ result }) => result?.difference ?? null,
    confidenceInterval: ({ result }) => (result ? [...result.confidenceInterval] : null),
    pValue: ({ result }) => result?.pValue ?? null,
    degreesOfFreedom: ({ result }) => result?.degreesOfFreedom ?? null,
  },
  RatioComparison: {
    controlRatio: ({ result }) => result?.controlRatio ?? null,
    treatmentRatio: ({ result }) => result?.treatmentRatio ?? null,
    difference: ({ result }) => result?.difference.estimate ?? null,
    confidenceInterval: ({ result }) => (result ? [...result.difference.confidenceInterval] : null),
    pValue: ({ result }) => result?.difference.pValue ?? null,
    relativeDifference: ({ result }) => result?.relativeDifference?.estimate ?? null,
  },
  SampleRatio: {
    chiSquare: ({ result }) => result?.chiSquare ?? null,
    pValue: ({ result }) => result?.pValue ?? null,
    mismatch: ({ result }) => result?.mismatch ?? null,
  },
};
