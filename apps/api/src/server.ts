import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { Db } from "@atelier/db";
import { createAccess } from "./access.ts";
import { createAnalyticsService } from "./analytics-service.ts";
import type { ApiContext } from "./context.ts";
import { formatError } from "./errors.ts";
import { createExperimentService } from "./experiment-service.ts";
import { createLoaders } from "./loaders.ts";
import { resolvers } from "./resolvers/index.ts";
import type { Runtime } from "./runtime.ts";
import { createSessionService } from "./session-service.ts";

const typeDefs = ["schema.graphql", "team.graphql", "experiments.graphql"].map((file) =>
  readFileSync(new URL(`./${file}`, import.meta.url), "utf8"),
);

/** The experiment a server assigns shoppers from unless told otherwise. */
export const DEFAULT_EXPERIMENT = "retrieval";

export interface ApiServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts the GraphQL server on `port` (0: any free port).
 *
 * @example
 * const server = await startApiServer({ db, runtime, port: 4000 });
 * // experimentKey: the running experiment that assigns variants (default "retrieval")
 */
export async function startApiServer(options: {
  db: Db;
  runtime: Runtime;
  port: number;
  experimentKey?: string;
}): Promise<ApiServer> {
  const { db, runtime } = options;
  const experimentKey = options.experimentKey ?? DEFAULT_EXPERIMENT;
  const server = new ApolloServer<ApiContext>({ typeDefs, resolvers, formatError });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port },
    // A service per request: its DataLoaders batch and cache only that request's reads.
    context: async ({ req }) => {
      const experiments = createExperimentService(db, experimentKey);
      return {
        sessions: createSessionService(db, runtime, createLoaders(db), experiments),
        access: createAccess(db, req.headers["x-api-key"]),
        analytics: createAnalyticsService(db),
        experiments,
      };
    },
  });
  return { url, stop: () => server.stop() };
}
