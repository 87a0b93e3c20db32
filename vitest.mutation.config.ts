// The suite StrykerJS runs against each mutant of the access policy, the API keys and the live seam
// (stryker.config.mjs): the test files that exercise them, on one backend — the PostgreSQL server when
// TEST_DATABASE_URL is set (faster per run), else embedded PGlite.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  { resolve: base.resolve },
  defineConfig({
    test: {
      include: [
        "test/access.test.ts",
        "test/auth.test.ts",
        "test/api-key-rules.test.ts",
        "test/keys.test.ts",
        "test/visibility.test.ts",
        "test/live.test.ts",
        "test/live-seam.test.ts",
        "test/graph.test.ts",
        "test/reach-changes.test.ts",
        "test/tlp-enrichment.test.ts",
        "test/tlp-exchange.test.ts",
      ],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: "forks",
      maxWorkers: 2,
      env: { TEST_BACKEND: process.env.TEST_DATABASE_URL ? "postgres" : "pglite" },
    },
  }),
);
