import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: [
    "src/schema.graphql",
    "src/catalog.graphql",
    "src/team.graphql",
    "src/experiments.graphql",
  ],
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
          Product: "../models.ts#ProductModel",
          Attribute: "../models.ts#AttributeModel",
          RankedProduct: "../models.ts#RankedProductModel",
          TurnPreview: "../models.ts#TurnPreviewModel",
          SessionReplay: "../models.ts#SessionReplayModel",
          ReplayTurn: "../models.ts#ReplayTurnModel",
          ReplayExposure: "../models.ts#ReplayExposureModel",
          SessionAggregates: "../models.ts#SessionAggregatesModel",
          Experiment: "../models.ts#ExperimentModel",
          Variant: "../models.ts#VariantModel",
          ExperimentEvent: "../models.ts#ExperimentEventModel",
          ExperimentResults: "../models.ts#ExperimentResultsModel",
          VariantResult: "../models.ts#VariantResultModel",
          EventCounts: "../models.ts#EventCountsModel",
          WelchComparison: "../models.ts#WelchComparisonModel",
          RatioComparison: "../models.ts#RatioComparisonModel",
          SampleRatio: "../models.ts#SampleRatioModel",
        },
      },
    },
  },
};

export default config;
