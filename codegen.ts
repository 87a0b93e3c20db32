// Typed documents against the printed schema: `graphql(...)` calls in the tests and benchmarks (test/gql),
// and the documents the human pages execute (src/pages/gql, as typed strings: they go through yoga's parse).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      // test/clients/relay holds a Relay app's documents, compiled by relay-compiler (test/clients/relay.test.ts).
      documents: ["test/**/*.ts", "bench/**/*.ts", "!test/gql/**", "!test/clients/relay/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: "string" } },
    },
    "src/pages/gql/": {
      documents: ["src/pages/**/*.ts", "src/pages/**/*.tsx", "!src/pages/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        documentMode: "string",
        scalars: { DateTime: "string" },
      },
    },
  },
};

export default config;
