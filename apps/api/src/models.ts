import type {
  ChatSession,
  EventKind,
  Experiment,
  ExperimentEvent,
  Product,
  ReplayExposure,
  ReplayTurn,
  SessionAggregates,
  TurnRecord,
  Variant,
} from "@atelier/db";
import type { RatioResult, SampleRatioMismatch, WelchResult } from "@atelier/experiments";
import type { Attribute } from "@atelier/schema";
import type { Comparison, ExperimentResults, VariantResult } from "./experiment-results.ts";
import type { RankedProduct, TurnPreview } from "./session-types.ts";

/** What a `Session` resolves from: the stored session (never its token). */
export interface SessionModel {
  readonly __typename: "Session";
  readonly session: ChatSession;
}

/** What a `Turn` resolves from: the stored turn (without its memory state). */
export type TurnModel = TurnRecord;

/** What a `Product` resolves from: the stored product. */
export type ProductModel = Product;
/** What an `Attribute` resolves from: the schema's attribute. */
export type AttributeModel = Attribute;
export type RankedProductModel = RankedProduct;
export type TurnPreviewModel = TurnPreview;

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
