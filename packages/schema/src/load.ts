import type { z } from "zod";
import { SchemaError, type SchemaIssue } from "./errors.ts";
import { attributeSchemaFile } from "./schema-file.ts";
import type { Attribute, AttributeSchema } from "./types.ts";

/** A parsed attribute file, or the path / `file:` URL of one. */
export type AttributeSchemaSource = string | URL | object;

/**
 * Validates an attribute vocabulary and returns it frozen. A string or URL is read as a JSON file
 * (Node only); anything else is taken as the parsed JSON. Every problem found is listed in one
 * `SchemaError` with code `invalid_schema` (see its `issues`).
 *
 * @example
 * const deepFashion = loadAttributeSchema("data/deepfashion-attributes.json");
 * const tiny = loadAttributeSchema({ dataset: "tiny", total: 2,
 *   attributes: [{ key: "gender", name: "Gender", offset: 0, values: ["Male", "Female"] }] });
 */
export function loadAttributeSchema(source: AttributeSchemaSource): AttributeSchema {
  const json = typeof source === "string" || source instanceof URL ? readJson(source) : source;
  const parsed = attributeSchemaFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => toSchemaIssue(issue, json));
    const lines = issues.map((i) => `  - ${i.path}: ${i.message}`).join("\n");
    throw new SchemaError(
      "invalid_schema",
      `Invalid attribute schema (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines}`,
      { issues, attribute: issues[0]?.attribute },
    );
  }
  const attributes = parsed.data.attributes.map(
    (a, index): Attribute =>
      Object.freeze({
        key: a.key,
        name: a.name,
        file: a.file,
        index,
        offset: a.offset,
        size: a.values.length,
        values: Object.freeze([...a.values]),
      }),
  );
  return Object.freeze({
    dataset: parsed.data.dataset,
    total: parsed.data.total,
    attributes: Object.freeze(attributes),
  });
}

function readJson(path: string | URL): unknown {
  // Reached through `process` rather than imported, so browser bundles of this package (chat UI)
  // never pull in `node:fs`; only this branch needs a file system.
  const fs =
    typeof process !== "undefined" && typeof process.getBuiltinModule === "function"
      ? process.getBuiltinModule("node:fs")
      : undefined;
  const shown = path instanceof URL ? path.href : path;
  if (!fs) {
    throw new SchemaError(
      "unreadable_schema",
      `Cannot read attribute schema "${shown}": no file system here, pass the parsed JSON instead`,
    );
  }
  let text: string;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new SchemaError(
      "unreadable_schema",
      `Cannot read attribute schema "${shown}": ${reason}`,
      {
        cause,
      },
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new SchemaError(
      "unreadable_schema",
      `Attribute schema "${shown}" is not JSON: ${reason}`,
      {
        cause,
      },
    );
  }
}

/** Names the attribute by key in each issue, since `attributes[7]` alone is hard to find. */
function toSchemaIssue(issue: z.core.$ZodIssue, json: unknown): SchemaIssue {
  const [top, position, field] = issue.path;
  let path = formatPath(issue.path);
  if (top !== "attributes" || typeof position !== "number") {
    return { path, message: issue.message, ...(top === undefined ? {} : { field: String(top) }) };
  }
  const entry = (json as { attributes?: unknown[] }).attributes?.[position];
  const key = (entry as { key?: unknown } | undefined)?.key;
  const attribute = typeof key === "string" && key !== "" ? key : undefined;
  if (attribute !== undefined)
    path = path.replace(`attributes[${position}]`, `attributes[${position}] ("${attribute}")`);
  return {
    path,
    message: issue.message,
    ...(attribute === undefined ? {} : { attribute }),
    ...(field === undefined ? {} : { field: String(field) }),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    text += typeof part === "number" ? `[${part}]` : `${text ? "." : ""}${String(part)}`;
  }
  return text || "(root)";
}
