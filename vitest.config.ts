// The suite runs on embedded PGlite, and again on a PostgreSQL server when TEST_DATABASE_URL is set
// (CI sets it): every test file goes through both backends.
import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 ships CommonJS (main) and ESM (module) builds. Node resolves the dependencies' `graphql` to the
// CommonJS one; vite would give the sources the ESM one, and two GraphQLError classes break instanceof.
const graphqlMain = createRequire(import.meta.url).resolve("graphql");

const base = {
  include: ["test/**/*.test.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: "forks" as const,
};

const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    maxWorkers: 2,
    projects: [
      { extends: true as const, test: { ...base, name: "pglite", env: { TEST_BACKEND: "pglite" } } },
      ...(postgres
        ? [{ extends: true as const, test: { ...base, name: "postgres", env: { TEST_BACKEND: "postgres" } } }]
        : []),
    ],
  },
});
