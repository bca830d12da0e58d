// @atelier/db/testing: helpers for test suites, kept off the main entry points.
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Drops (if present) and creates an empty PostgreSQL database on the server of `serverUrl`, and
 * returns its URL. The role needs CREATEDB (packages/db/scripts/start-postgres.sh grants it).
 * A database of its own keeps a suite from disturbing other suites that share the server's test
 * database. Refuses names without "test" so that it cannot drop a real database by mistake.
 *
 * @example
 * const url = await recreateTestDatabase(process.env.ATELIER_TEST_POSTGRES_URL, "atelier_test_db");
 * await migrateDatabase({ databaseUrl: url });
 */
export async function recreateTestDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z0-9_]*test[a-z0-9_]*$/.test(name)) {
    throw new Error(`Refusing to recreate database "${name}": the name must contain "test"`);
  }
  const client = new pg.Client(parseIntoClientConfig(serverUrl));
  await client.connect();
  try {
    // FORCE ends sessions left over from an interrupted run (PostgreSQL 13+).
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    throw new Error(
      `Cannot recreate test database "${name}" (the role needs CREATEDB): ${(error as Error).message}`,
    );
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops a database made by {@link recreateTestDatabase}.
 *
 * @example
 * await dropTestDatabase(process.env.ATELIER_TEST_POSTGRES_URL, "atelier_test_db");
 */
export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client(parseIntoClientConfig(serverUrl));
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
