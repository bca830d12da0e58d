import type { Access } from "./access.ts";
import type { AnalyticsService } from "./analytics-service.ts";
import type { CatalogService } from "./catalog-service.ts";
import type { ExperimentService } from "./experiment-service.ts";
import type { OfflineEvaluation } from "./offline-evaluation.ts";
import type { SessionService } from "./session-types.ts";

/** Per-request context: resolvers only delegate to these services. */
export interface ApiContext {
  readonly sessions: SessionService;
  readonly catalog: CatalogService;
  /** The request's `x-api-key`, resolved to a role on first use. */
  readonly access: Access;
  readonly analytics: AnalyticsService;
  readonly experiments: ExperimentService;
  /** The committed offline evaluation report (read once per process). */
  readonly offline: OfflineEvaluation;
}
