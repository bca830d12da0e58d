/**
 * API-key access (issue 6, item 6): product-team queries need an `x-api-key` whose role
 * `apiKeyRole` resolves (analyst: read; admin: also experiment management). Shoppers use only
 * their session token, checked by the session service. The key is resolved once per request.
 */
import { type ApiKeyRole, apiKeyRole, type Db } from "@atelier/db";
import { ApiErrorCode, accessError } from "./errors.ts";

export interface Access {
  /**
   * Resolves when the request's key allows `role` (admin allows analyst); otherwise throws a
   * GraphQLError UNAUTHENTICATED (no, unknown or revoked key) or FORBIDDEN (role too low).
   */
  require(role: ApiKeyRole): Promise<void>;
}

const RANK: Record<ApiKeyRole, number> = { analyst: 1, admin: 2 };

/**
 * @example
 * const access = createAccess(db, req.headers["x-api-key"]);
 * await access.require("admin");
 */
export function createAccess(db: Db, key: string | string[] | undefined): Access {
  let role: Promise<ApiKeyRole | null> | undefined;
  return {
    async require(wanted) {
      if (typeof key !== "string" || key === "") {
        throw accessError(ApiErrorCode.Unauthenticated, "This field needs an x-api-key header");
      }
      role ??= apiKeyRole(db, key);
      const held = await role;
      if (held === null) {
        throw accessError(ApiErrorCode.Unauthenticated, "The API key is unknown or revoked");
      }
      if (RANK[held] < RANK[wanted]) {
        throw accessError(ApiErrorCode.Forbidden, `This field needs an ${wanted} key`);
      }
    },
  };
}
