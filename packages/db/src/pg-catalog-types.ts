import pg from "pg";

// @prisma/adapter-pg 6.19 maps result columns to Prisma column types by type OID and throws on
// PostgreSQL's catalog types, which the wasm schema engine (migrate) reads from pg_catalog:
// "Column type 'name' could not be deserialized". `name` is reported as text; `"char"` (one byte,
// e.g. pg_constraint.contype) must reach the engine as a Character column, which adapter-pg cannot
// express, so its positions are remembered per result for pg-adapter.ts to retype.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const CHAR = 18;
const AS_TEXT: ReadonlyMap<number, number> = new Map([
  [CHAR, TEXT],
  [19, TEXT], // name
  [1002, TEXT_ARRAY], // "char"[]
  [1003, TEXT_ARRAY], // name[]
]);

/** Column positions of `"char"` columns, keyed by the result's `rows` array (which the adapter passes on). */
export const charColumnsByRows = new WeakMap<object, number[]>();

type PgResult = { fields?: Array<{ dataTypeID: number }>; rows?: unknown[] } | null;

function retypeCatalogColumns<T>(result: T): T {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  for (const one of results as PgResult[]) {
    const charColumns: number[] = [];
    (one?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === CHAR) charColumns.push(index);
      field.dataTypeID = AS_TEXT.get(field.dataTypeID) ?? field.dataTypeID;
    });
    if (charColumns.length > 0 && one?.rows) charColumnsByRows.set(one.rows, charColumns);
  }
  return result;
}

/**
 * A pg Client whose results describe catalog-typed columns as text, for use as `Pool({ Client })`.
 *
 * @example
 * new PrismaPg({ ...config, Client: CatalogTypesAsTextClient });
 */
export class CatalogTypesAsTextClient extends pg.Client {
  // pg's overloads (promise, callback, submittable) cannot be restated one by one; this wrapper
  // forwards the arguments untouched and only post-processes a result.
  // biome-ignore lint/suspicious/noExplicitAny: forwarding every overload of pg.Client#query
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const query = super.query as (...a: any[]) => any;
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        last(error, error ? result : retypeCatalogColumns(result));
      return query.apply(this, args);
    }
    const out = query.apply(this, args);
    return out instanceof Promise ? out.then(retypeCatalogColumns) : out;
  }
}
