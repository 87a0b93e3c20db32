// Mutation testing of the rules a leak or a stale stream would come from: the access policy, API keys, and
// the replay/live seam. `npm run test:mutation`; the score is printed and must stay at or above 90%.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/access/**/*.ts", "src/auth/**/*.ts", "src/live/replayThenLive.ts"],
  coverageAnalysis: "perTest",
  // Module-level constants (SQL text, the lock key) would rerun every test per mutant; the tests that use
  // them fail at once when they change, so they are left out to keep a run short.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
