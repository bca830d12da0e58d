import type {
  ChatSession,
  EventKind,
  Experiment,
  ExperimentEvent,
  ReplayExposure,
  ReplayTurn,
  SessionAggregates,
  Turn,
  Variant,
} from "@atelier/db";
import type { RatioResult, SampleRatioMismatch, WelchResult } from "@atelier/experiments";
import type { Comparison, ExperimentResults, VariantResult } from "./experiment-results.ts";

/** What a `Session` resolves from: the stored session (never its token). */
export interface SessionModel {
  readonly __typename: "Session";
  readonly session: ChatSession;
}

/** What a `Turn` resolves from: the stored turn. */
export type TurnModel = Turn;

/** What a `SessionReplay` resolves from. */
export interface SessionReplayModel {
  readonly session: SessionModel;
  readonly turns: ReplayTurn[];
}

export type ReplayTurnModel = ReplayTurn;
export type ReplayExposureModel = ReplayExposure;
export type SessionAggregatesModel = SessionAggregates;
export type ExperimentModel = Experiment;
export type VariantModel = Variant;
export type ExperimentEventModel = Pick<ExperimentEvent, "id" | "kind" | "productId" | "createdAt">;
export type ExperimentResultsModel = ExperimentResults;
export type VariantResultModel = VariantResult;
export type EventCountsModel = Record<EventKind, number>;
export type WelchComparisonModel = Comparison<WelchResult>;
export type RatioComparisonModel = Comparison<RatioResult>;
export type SampleRatioModel = Comparison<SampleRatioMismatch>;
