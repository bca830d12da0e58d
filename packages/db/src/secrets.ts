import { createHash, randomBytes } from "node:crypto";

/**
 * A fresh unguessable secret: `prefix` + 32 random bytes in base64url (256 bits). The prefix tells
 * a reader (and secret scanners) what a leaked string is.
 *
 * @example
 * newSecret("ats_"); // "ats_3q2-7wF..."
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * The sha-256 of a secret, in hex: what is stored and looked up. A fast hash suffices because the
 * secrets are 256-bit random values, not passwords: there is nothing to brute-force.
 *
 * @example
 * hashSecret("abc").length; // 64
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
