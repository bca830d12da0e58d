import type { SessionService } from "./session-service.ts";

/** Per-request context: resolvers only delegate to these services. */
export interface ApiContext {
  readonly sessions: SessionService;
}
