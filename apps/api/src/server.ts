import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { Db } from "@atelier/db";
import type { ApiContext } from "./context.ts";
import { formatError } from "./errors.ts";
import { createLoaders } from "./loaders.ts";
import { resolvers } from "./resolvers/index.ts";
import type { Runtime } from "./runtime.ts";
import { createSessionService } from "./session-service.ts";

const typeDefs = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");

export interface ApiServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts the GraphQL server on `port` (0: any free port).
 *
 * @example
 * const server = await startApiServer({ db, runtime, port: 4000 });
 */
export async function startApiServer(options: {
  db: Db;
  runtime: Runtime;
  port: number;
}): Promise<ApiServer> {
  const server = new ApolloServer<ApiContext>({ typeDefs, resolvers, formatError });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port },
    // A service per request: its DataLoaders batch and cache only that request's reads.
    context: async () => ({
      sessions: createSessionService(options.db, options.runtime, createLoaders(options.db)),
    }),
  });
  return { url, stop: () => server.stop() };
}
