/** The manifest of a manipulator's saved weights, and its checks against a schema and dim. */
import type { AttributeSchema } from "@atelier/schema";
import { ManipulatorError } from "../errors.ts";
import { MANIPULATOR_KINDS, type Manipulator, type ManipulatorKind } from "../manipulator.ts";

export const WEIGHTS_FORMAT = "atelier-manipulator-weights";
export const WEIGHTS_VERSION = 1;

/** Which schema weights were trained on; the fingerprint covers every key and value, in order. */
export interface SchemaStamp {
  dataset: string;
  attributes: number;
  total: number;
  fingerprint: string;
}

/**
 * manifest.json: what rebuilds the manipulator (kind, options) and how to read the bytes
 * (float32, little-endian, the tensors one after another in this order).
 */
export interface WeightsManifest {
  format: typeof WEIGHTS_FORMAT;
  version: number;
  kind: ManipulatorKind;
  schema: SchemaStamp;
  dim: number;
  options: Manipulator["options"];
  dtype: "float32";
  byteOrder: "little-endian";
  tensors: { name: string; shape: number[] }[];
  byteLength: number;
}

/** FNV-1a, 32 bits: enough to tell schemas apart, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The stamp of `schema`. */
export function schemaStamp(schema: AttributeSchema): SchemaStamp {
  const names = schema.attributes.map((a) => [a.key, ...a.values]);
  return {
    dataset: schema.dataset,
    attributes: schema.attributes.length,
    total: schema.total,
    fingerprint: fnv1a(JSON.stringify(names)),
  };
}

function fail(message: string): never {
  throw new ManipulatorError("bad-weights", `weights: ${message}`);
}

const describe = (s: SchemaStamp) =>
  `"${s.dataset}" (${s.attributes} attributes, ${s.total} values, fingerprint ${s.fingerprint})`;

/** Throws `fail`'s error unless `m` is an object in this format and version. */
export function checkFormat(m: unknown, fail: (message: string) => never): Record<string, unknown> {
  if (typeof m !== "object" || m === null) fail("the manifest is not an object");
  const { format, version } = m as Record<string, unknown>;
  if (format !== WEIGHTS_FORMAT) fail(`format must be "${WEIGHTS_FORMAT}", got ${format}`);
  if (version !== WEIGHTS_VERSION) fail(`version ${version} is not ${WEIGHTS_VERSION}`);
  return m as Record<string, unknown>;
}

/** Throws `fail`'s error unless `got` is the stamp of `schema`. */
export function checkSchemaStamp(
  got: unknown,
  schema: AttributeSchema,
  fail: (message: string) => never,
): void {
  const stamp = schemaStamp(schema);
  if (got === undefined || JSON.stringify(got) !== JSON.stringify(stamp)) {
    const was = got ? describe(got as SchemaStamp) : "(none)";
    fail(`trained on schema ${was}, not ${describe(stamp)}`);
  }
}

/**
 * What a kind's weights are: both ADDE-M modes run the same memory W (only the way steps
 * combine differs), so weights saved by one load as the other.
 */
export function weightsOf(kind: ManipulatorKind): "adde-m" | "mann" {
  return kind === "mann" ? "mann" : "adde-m";
}

/**
 * Narrows `manifest` (parsed JSON) to a {@link WeightsManifest} for `schema` and, when given,
 * `expected.dim` / `expected.kind` (either ADDE-M mode takes the other's weights); throws a
 * `ManipulatorError` ("bad-weights") naming the first thing that differs.
 */
export function checkManifest(
  manifest: unknown,
  schema: AttributeSchema,
  expected: { dim?: number; kind?: ManipulatorKind } = {},
): WeightsManifest {
  const m = checkFormat(manifest, fail) as Partial<WeightsManifest>;
  if (!MANIPULATOR_KINDS.includes(m.kind as ManipulatorKind)) fail(`unknown kind ${m.kind}`);
  if (
    expected.kind !== undefined &&
    weightsOf(m.kind as ManipulatorKind) !== weightsOf(expected.kind)
  ) {
    fail(`kind is ${m.kind}, expected ${expected.kind}`);
  }
  checkSchemaStamp(m.schema, schema, fail);
  if (typeof m.options !== "object" || m.options?.dim !== m.dim) {
    fail(`options.dim ${m.options?.dim} differs from dim ${m.dim}`);
  }
  if (expected.dim !== undefined && m.dim !== expected.dim) {
    fail(`dim is ${m.dim}, expected ${expected.dim}`);
  }
  if (!Array.isArray(m.tensors)) fail("tensors must be a list");
  return m as WeightsManifest;
}
