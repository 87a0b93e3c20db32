// The suite runs on embedded PGlite, and again on a PostgreSQL server when TEST_DATABASE_URL is set
// (CI sets it): every test file goes through both backends.
import { defineConfig } from "vitest/config";

const base = {
  include: ["test/**/*.test.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: "forks" as const,
};

const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { ...base, name: "pglite", env: { TEST_BACKEND: "pglite" } } },
      ...(postgres ? [{ test: { ...base, name: "postgres", env: { TEST_BACKEND: "postgres" } } }] : []),
    ],
  },
});
