// Typed documents for the tests: `graphql(...)` calls in test/**/*.ts, against the printed schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  // test/clients/relay holds a Relay app's documents, compiled by relay-compiler (test/clients/relay.test.ts).
  documents: ["test/**/*.ts", "bench/**/*.ts", "!test/gql/**", "!test/clients/relay/**"],
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
