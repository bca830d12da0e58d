import { z } from "zod";
import type { Db } from "./db.ts";
import { parseInput, textSchema } from "./input-error.ts";
import { hashSecret, newSecret } from "./secrets.ts";

/** analyst: product-team queries; admin: also experiment management and keys. */
export type ApiKeyRole = "analyst" | "admin";

// Prefixed so a leaked key is recognisable (and findable by secret scanners).
const KEY_PREFIX = "atk_";

const createApiKeySchema = z.object({
  role: z.enum(["analyst", "admin"], { error: "must be analyst or admin" }),
  label: textSchema(200).default(""),
});

/**
 * Creates an API key and returns it with the raw key, which is shown only here: the database
 * keeps its sha-256.
 *
 * @example
 * const { id, key } = await createApiKey(db, { role: "analyst", label: "dashboards" });
 */
export async function createApiKey(
  db: Db,
  input: { readonly role: ApiKeyRole; readonly label?: string },
): Promise<{ id: string; key: string; role: ApiKeyRole; createdAt: Date }> {
  const valid = parseInput("createApiKey", createApiKeySchema, input);
  const key = newSecret(KEY_PREFIX);
  const row = await db.prisma.apiKey.create({
    data: { keyHash: hashSecret(key), role: valid.role, label: valid.label },
    select: { id: true, role: true, createdAt: true },
  });
  return { ...row, key };
}

/**
 * The role of a raw API key, or null when it is unknown or revoked.
 *
 * @example
 * await apiKeyRole(db, request.headers["x-api-key"]); // "analyst" | "admin" | null
 */
export async function apiKeyRole(db: Db, key: string): Promise<ApiKeyRole | null> {
  if (typeof key !== "string" || !key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const row = await db.prisma.apiKey.findUnique({
    where: { keyHash: hashSecret(key) },
    select: { role: true, revokedAt: true },
  });
  return row && row.revokedAt === null ? row.role : null;
}

/**
 * Revokes a key by id; true when it was active until now. Revoked keys stay for auditing.
 *
 * @example
 * await revokeApiKey(db, id); // true, then false
 */
export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const { count } = await db.prisma.apiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
