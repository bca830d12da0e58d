export type { ApiContext } from "./context.ts";
export { ApiErrorCode, formatError } from "./errors.ts";
export type { Runtime, RuntimeOptions } from "./runtime.ts";
export { DEFAULT_MODELS_DIR, loadRuntime } from "./runtime.ts";
export type { ApiServer } from "./server.ts";
export { startApiServer } from "./server.ts";
export type { SessionService } from "./session-service.ts";
export { createSessionService, RESULTS_PER_TURN } from "./session-service.ts";
