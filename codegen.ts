// Typed documents for the tests: `graphql(...)` calls in test/**/*.ts, against the printed schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "bench/**/*.ts", "!test/gql/**"],
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: "string" } },
    },
  },
};

export default config;
