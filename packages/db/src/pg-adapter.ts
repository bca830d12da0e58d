import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import type { AdapterFactory } from "./adapter.ts";
import { CatalogTypesAsTextClient, charColumnsByRows } from "./pg-catalog-types.ts";

type DriverAdapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Queryable = Pick<DriverAdapter, "queryRaw">;

// ColumnTypeEnum.Character in @prisma/driver-adapter-utils 6.19.
const CHARACTER_COLUMN = 6;

/** Gives `"char"` columns (see pg-catalog-types.ts) their Character type, here and in transactions. */
function withCharColumns<T extends Queryable>(queryable: T, dispose?: () => Promise<void>): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === "queryRaw") {
        return async (query: Parameters<Queryable["queryRaw"]>[0]) => {
          const result = await target.queryRaw(query);
          for (const index of charColumnsByRows.get(result.rows) ?? []) {
            result.columnTypes[index] = CHARACTER_COLUMN;
          }
          return result;
        };
      }
      if (property === "startTransaction" && typeof value === "function") {
        return async (...args: unknown[]) =>
          withCharColumns((await value.apply(target, args)) as Queryable);
      }
      if (property === "dispose" && dispose) return dispose;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * node-postgres behind Prisma, with three fixes that `prisma migrate` on PostgreSQL needs in
 * @prisma/adapter-pg 6.19: catalog column types (above); a shadow database that really is a
 * separate database (pg lets `connectionString` override `database`, so the shadow connected to
 * the main database); and dropping the shadow database after, not before, closing its pool.
 *
 * @example
 * const factory = createPgAdapterFactory("postgresql://atelier:atelier@127.0.0.1:5432/atelier");
 */
export function createPgAdapterFactory(url: string): AdapterFactory {
  const config: PoolConfig = {
    ...parseIntoClientConfig(url),
    // The Prisma CLI never disposes the adapter; without this, idle pooled connections would
    // keep every migrate command alive for pg's 10 s idle timeout.
    allowExitOnIdle: true,
  };
  const open = (database?: string) =>
    new PrismaPg({
      ...config,
      ...(database ? { database } : {}),
      Client: CatalogTypesAsTextClient,
    });
  const main = open();
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => withCharColumns(await main.connect()),
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await open(name).connect();
      return withCharColumns(shadow, async () => {
        await shadow.dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      });
    },
  };
}
