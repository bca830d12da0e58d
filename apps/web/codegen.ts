import { readdirSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

// The API's SDL is the source of truth: operation types are generated from the documents in
// lib/operations against every apps/api/src/*.graphql.
const apiSchema = readdirSync("../api/src")
  .filter((file) => file.endsWith(".graphql"))
  .map((file) => `../api/src/${file}`);

const config: CodegenConfig = {
  schema: apiSchema,
  documents: ["lib/operations/*.graphql"],
  generates: {
    "lib/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        immutableTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTime: "string", JSON: "unknown", ID: "string" },
      },
    },
  },
};

export default config;
