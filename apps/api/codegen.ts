import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "src/schema.graphql",
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context.ts#ApiContext",
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: true,
        scalars: { DateTime: "Date", JSON: "unknown" },
        mappers: {
          Session: "../models.ts#SessionModel",
          Turn: "../models.ts#TurnModel",
        },
      },
    },
  },
};

export default config;
