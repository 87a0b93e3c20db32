// The evaluation bar on the shared data set (../shared/data next to the repository), when it is there.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../scripts/eval-extraction.js";

const dataDir = resolve(import.meta.dirname, "../../../shared/data");

describe.skipIf(!existsSync(resolve(dataDir, "score.mjs")))("shared evaluation data", () => {
  it("reaches 99% macro recall and precision and passes every defang case", async () => {
    const evaluation = await evaluate(dataDir);
    expect(evaluation.macroRecall).toBeGreaterThanOrEqual(0.99);
    expect(evaluation.macroPrecision).toBeGreaterThanOrEqual(0.99);
    expect(evaluation.cases.filter((c) => c.problems.length > 0)).toEqual([]);
  });
});
