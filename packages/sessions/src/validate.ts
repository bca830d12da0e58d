/** Checks of the engine's inputs, run before a request joins a batch so one bad caller fails alone. */
import type { AttributeSchema, Manipulation } from "@atelier/schema";
import { isSchemaError, manipulationIndicator } from "@atelier/schema";
import { RetrievalError } from "./errors.ts";

/** Throws `bad-k` unless `k` is an integer of at least 1. */
export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RetrievalError("bad-k", `k must be an integer of at least 1, got ${String(k)}`);
  }
}

/** Throws `bad-vector` unless `vector` is `size` finite floats. */
export function checkVector(vector: Float32Array, size: number): void {
  if (!(vector instanceof Float32Array) || vector.length !== size) {
    const got = vector instanceof Float32Array ? `${vector.length} floats` : typeof vector;
    throw new RetrievalError(
      "bad-vector",
      `the reference vector must be ${size} floats, got ${got}`,
    );
  }
  const bad = vector.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    throw new RetrievalError("bad-vector", `the reference vector has ${vector[bad]} at ${bad}`);
  }
}

/**
 * Throws `bad-state` unless `bytes` has the length of one session of this model: a blob of
 * another model (other sizes) or of several sessions would shift its neighbours in a batch.
 */
export function checkStateLength(bytes: Uint8Array, expected: number): void {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength !== expected) {
    const got = bytes instanceof Uint8Array ? `${bytes.byteLength} bytes` : typeof bytes;
    throw new RetrievalError(
      "bad-state",
      `the state is not one session of this model: expected ${expected} bytes, got ${got}`,
    );
  }
}

/**
 * The indicator [schema.total] of each manipulation, in order. Schema errors become
 * `unknown-attribute`, `unknown-value` or `bad-manipulation`, naming which manipulation.
 */
export function indicatorsOf(
  schema: AttributeSchema,
  manipulations: readonly Manipulation[],
): Float32Array[] {
  if (!Array.isArray(manipulations)) {
    throw new RetrievalError("bad-manipulation", "manipulations must be an array");
  }
  return manipulations.map((manipulation, i) => {
    try {
      return manipulationIndicator(schema, manipulation);
    } catch (cause) {
      if (!isSchemaError(cause)) throw cause;
      const code =
        cause.code === "unknown_attribute"
          ? "unknown-attribute"
          : cause.code === "unknown_value"
            ? "unknown-value"
            : "bad-manipulation";
      throw new RetrievalError(code, `manipulation ${i}: ${cause.message}`, { cause });
    }
  });
}
