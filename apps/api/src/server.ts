import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { Db } from "@atelier/db";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import { createAccess } from "./access.ts";
import { createAnalyticsService } from "./analytics-service.ts";
import { createCatalogService, productSvg } from "./catalog-service.ts";
import type { ApiContext } from "./context.ts";
import { formatError } from "./errors.ts";
import { createExperimentService } from "./experiment-service.ts";
import { INPUT_LIMITS, inputLimitsPlugin } from "./limits.ts";
import { createLoaders } from "./loaders.ts";
import { offlineEvaluation } from "./offline-evaluation.ts";
import { resolvers } from "./resolvers/index.ts";
import type { Runtime } from "./runtime.ts";
import { createSessionService } from "./session-service.ts";
import { createTurnCache } from "./turn-cache.ts";

const typeDefs = ["schema.graphql", "catalog.graphql", "team.graphql", "experiments.graphql"].map(
  (file) => readFileSync(new URL(`./${file}`, import.meta.url), "utf8"),
);

/** The experiment a server assigns shoppers from unless told otherwise. */
export const DEFAULT_EXPERIMENT = "retrieval";

/**
 * Limits on the operations themselves (issue 6, item 6), checked before execution: the deepest
 * client query (a session's turns' products' attributes) is 8 levels; the cost is graphql-armor's
 * static estimate (objects 2, scalars 1, times 1.5 per level).
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 1_500,
  maxDirectives: 20,
  /** Bytes of a request body. */
  maxBody: "64kb",
} as const;

export interface ApiServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  stop(): Promise<void>;
}

export type QueryLimits = {
  -readonly [K in keyof typeof QUERY_LIMITS]: (typeof QUERY_LIMITS)[K] extends number
    ? number
    : string;
};

function armor(limits: QueryLimits) {
  return new ApolloArmor({
    // Fragments count where they are spread, not as a level of their own: clients that name
    // fragments pay what the same query written inline pays.
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // Field suggestions ("Did you mean ...?") help clients write queries; the schema is public.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * Starts the GraphQL server on `port` (0: any free port): POST and GET on /graphql, the garments'
 * pictures on /images/<productId>.svg, and /healthz.
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
  /** Narrower or wider than QUERY_LIMITS, e.g. in tests. */
  limits?: Partial<QueryLimits>;
  /** Whether a turn's answer waits for the turn to reach the disk (see appendTurn); "durable". */
  turnCommit?: "durable" | "async";
}): Promise<ApiServer> {
  const { db, runtime } = options;
  const limits: QueryLimits = { ...QUERY_LIMITS, ...options.limits };
  const experimentKey = options.experimentKey ?? DEFAULT_EXPERIMENT;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const protection = armor(limits);
  const offline = offlineEvaluation();
  // Sessions' turns never change once stored: one memory of them for every request.
  const turnCache = createTurnCache();
  const turnWrites = { commit: options.turnCommit ?? "durable" } as const;
  const server = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    formatError,
    ...protection,
    plugins: [
      ...protection.plugins,
      inputLimitsPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field sets cache hints and every answer is per shopper; the default plugin would
      // still wrap every field's resolution to look for them.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
  });
  await server.start();

  app.get("/healthz", (_, res) => {
    res.json({ ok: true, products: runtime.productCount });
  });
  app.get("/images/:file", async (req, res, next) => {
    try {
      const id = req.params.file.replace(/\.svg$/, "");
      const product =
        id.length <= INPUT_LIMITS.id ? await createLoaders(db).products.load(id) : null;
      const svg = product ? productSvg(runtime, product) : null;
      if (!svg) {
        res
          .status(404)
          .type("text/plain")
          .send(`No picture of product "${id.slice(0, 200)}"`);
        return;
      }
      res.set("cache-control", "public, max-age=86400").type("image/svg+xml").send(svg);
    } catch (error) {
      next(error);
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: limits.maxBody }),
    expressMiddleware(server, {
      // A service per request: its DataLoaders batch and cache only that request's reads.
      context: async ({ req }) => {
        const loaders = createLoaders(db, turnCache);
        const experiments = createExperimentService(db, experimentKey);
        return {
          sessions: createSessionService(db, runtime, loaders, experiments, turnWrites),
          catalog: createCatalogService(runtime, loaders),
          access: createAccess(db, req.headers["x-api-key"]),
          analytics: createAnalyticsService(db),
          experiments,
          offline,
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://localhost:${port}/graphql`, stop: () => server.stop() };
}
