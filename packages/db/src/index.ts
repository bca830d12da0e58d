// @atelier/db: types and named query functions. No side effects on import: connections are
// opened by createDb from @atelier/db/client. Only this package imports Prisma.

export type {
  ListSessionsInput,
  ReplayExposure,
  ReplayTurn,
  SessionOutcome,
  SessionPage,
  SessionReplay,
} from "./analytics.ts";
export { listSessions, sessionReplay } from "./analytics.ts";
export type { SessionAggregates, SessionAggregatesInput } from "./analytics-aggregates.ts";
export { sessionAggregates } from "./analytics-aggregates.ts";
export type {
  ExperimentCountsInput,
  MetricSums,
  TrafficPoint,
  VariantCounts,
} from "./analytics-experiments.ts";
export { experimentCounts, experimentTraffic } from "./analytics-experiments.ts";
export type { ApiKeyRole } from "./api-keys.ts";
export { apiKeyRole, createApiKey, revokeApiKey } from "./api-keys.ts";
export type { DatabaseTarget } from "./database-url.ts";
export {
  ACCEPTED_DATABASE_URLS,
  DatabaseUrlError,
  isDatabaseUrlError,
} from "./database-url.ts";
export type { Db } from "./db.ts";
export type {
  CreateExperimentInput,
  EventKind,
  Experiment,
  ExperimentEvent,
  ExperimentStatus,
  Exposure,
  RecordExposureInput,
  Variant,
  VariantInput,
} from "./experiments.ts";
export {
  createExperiment,
  experimentByKey,
  exposureEvents,
  exposuresOfTurns,
  listExperiments,
  recordEvent,
  recordExposure,
  variantKeys,
} from "./experiments.ts";
export type { InputIssue } from "./input-error.ts";
export { InputError, isInputError } from "./input-error.ts";
export type { ProductDigest } from "./product-digest.ts";
export { productsDigest, storedProductsDigest } from "./product-digest.ts";
export type { ProductInput, ProductIssue } from "./product-input.ts";
export {
  DEFAULT_LABEL_LENGTH,
  isProductValidationError,
  ProductValidationError,
  validateProducts,
} from "./product-input.ts";
export type {
  Product,
  ProductCursor,
  UpsertProductsOptions,
  UpsertProductsResult,
} from "./products.ts";
export {
  countProducts,
  getProductById,
  listProducts,
  listProductsByIds,
  upsertProducts,
} from "./products.ts";
export type { ChatSession, CreateSessionInput, SessionStartInput } from "./sessions.ts";
export { createSession, sessionById, sessionByToken } from "./sessions.ts";
export type {
  AppendTurnInput,
  AppendTurnOptions,
  Turn,
  TurnKind,
  TurnRecord,
  TurnsAfter,
} from "./turns.ts";
export {
  appendTurn,
  sessionTurns,
  turnPath,
  turnStates,
  turnsAfter,
  turnsOfSessions,
} from "./turns.ts";
