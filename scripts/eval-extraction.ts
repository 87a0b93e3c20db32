// Evaluate src/extraction against the shared data set: per report recall/precision per IoC type (the
// semantics of the data set's own score.mjs, which is imported from there), macro averages, and the
// defang cases.
//
//   npm run eval:extraction -- ../shared/data [--verbose]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { domainToUnicode, pathToFileURL } from "node:url";
import { extractIocs } from "../src/extraction/extract.js";
import { refang } from "../src/extraction/refang.js";
import type { ExtractedIoc } from "../src/extraction/types.js";

const SCORE_TYPES = ["md5", "sha1", "sha256", "url", "domain", "ipv4", "ipv6"] as const;
type ScoreType = (typeof SCORE_TYPES)[number];
type Found = Record<ScoreType, string[]>;

interface TypeScore {
  required: number;
  found: number;
  recall: number | null;
  precision: number | null;
  missed: string[];
  false_positives: string[];
  trap_hits: string[];
}
interface ReportScore {
  report: string;
  types: Partial<Record<ScoreType, TypeScore>>;
  totals: { tp: number; fn: number; fp: number; recall: number | null; precision: number | null };
}
interface ScoreModule {
  score(expected: unknown, found: Found): ReportScore;
  canon(type: ScoreType, value: string): string | null;
}
interface DefangCase {
  id: string;
  input: string;
  expected: Partial<Found>;
  optional?: Partial<Found>;
  must_not?: Partial<Found>;
}

/** Our IoCs in the data set's format. */
function toScoreFormat(text: string, iocs: ExtractedIoc[]): Found {
  const found: Found = { md5: [], sha1: [], sha256: [], url: [], domain: [], ipv4: [], ipv6: [] };
  const liveText = refang(text).text.toLowerCase();
  for (const ioc of iocs) {
    if (ioc.type === "FILE" && ioc.hashKind) found[ioc.hashKind].push(ioc.value);
    else if (ioc.type === "URL") found.url.push(ioc.value);
    else if (ioc.type === "IP_ADDRESS") found[ioc.value.includes(":") ? "ipv6" : "ipv4"].push(ioc.value);
    else if (ioc.type === "DOMAIN") {
      found.domain.push(ioc.value);
      // The expected lists spell an IDN as the text does; ours is punycode. Report the Unicode
      // spelling as well when that is how the text wrote it.
      const unicode = domainToUnicode(ioc.value);
      if (unicode !== ioc.value && liveText.includes(unicode)) found.domain.push(unicode);
    }
  }
  return found;
}

const percent = (x: number | null | undefined): string =>
  x === null || x === undefined ? "    -  " : `${(100 * x).toFixed(1).padStart(6)}%`;

export interface Evaluation {
  reports: ReportScore[];
  macroRecall: number;
  macroPrecision: number;
  cases: { id: string; problems: string[] }[];
}

/** Score extractIocs against every report and defang case of the data set in `dataDir`. */
export async function evaluate(dataDir: string): Promise<Evaluation> {
  const scorer = (await import(pathToFileURL(join(dataDir, "score.mjs")).href)) as ScoreModule;
  const reportsDir = join(dataDir, "reports");
  const reports: ReportScore[] = [];
  for (const file of readdirSync(reportsDir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()) {
    const text = readFileSync(join(reportsDir, file.slice(0, -".expected.json".length)), "utf8");
    const expected: unknown = JSON.parse(readFileSync(join(reportsDir, file), "utf8"));
    reports.push(scorer.score(expected, toScoreFormat(text, extractIocs(text))));
  }
  const mean = (key: "recall" | "precision"): number => {
    const values = reports.map((r) => r.totals[key]).filter((x): x is number => x !== null);
    return values.reduce((a, b) => a + b, 0) / values.length;
  };
  const defangCases = JSON.parse(readFileSync(join(dataDir, "defang-cases.json"), "utf8")) as DefangCase[];
  const cases = defangCases.map((c) => ({
    id: c.id,
    problems: checkCase(scorer, c, toScoreFormat(c.input, extractIocs(c.input))),
  }));
  return { reports, macroRecall: mean("recall"), macroPrecision: mean("precision"), cases };
}

function print(evaluation: Evaluation, verbose: boolean): void {
  for (const result of evaluation.reports) {
    const { totals } = result;
    console.log(
      `${result.report.padEnd(42)} recall ${percent(totals.recall)}  precision ${percent(totals.precision)}`,
    );
    for (const [type, s] of Object.entries(result.types)) {
      const traps = s.trap_hits.length ? `  TRAPS ${s.trap_hits.join(", ")}` : "";
      console.log(
        `    ${type.padEnd(6)} req ${String(s.required).padStart(4)} found ${String(s.found).padStart(4)}` +
          `  recall ${percent(s.recall)}  precision ${percent(s.precision)}${traps}`,
      );
      if (verbose) {
        for (const v of s.missed) console.log(`        missed  ${v}`);
        for (const v of s.false_positives) console.log(`        false+  ${v}`);
      }
    }
  }
  const { macroRecall, macroPrecision, cases } = evaluation;
  console.log(
    `\nMACRO over ${evaluation.reports.length} reports: recall ${percent(macroRecall)}  precision ${percent(macroPrecision)}`,
  );
  for (const c of cases) if (c.problems.length) console.log(`FAIL ${c.id}: ${c.problems.join("; ")}`);
  console.log(`Defang cases: ${cases.filter((c) => c.problems.length === 0).length}/${cases.length} passed`);
}

/** The pass rule of the data set's check-defang-cases.mjs. */
function checkCase(scorer: ScoreModule, c: DefangCase, found: Found): string[] {
  const problems: string[] = [];
  const canonSet = (type: ScoreType, values: string[] | undefined): Set<string | null> =>
    new Set((values ?? []).map((v) => scorer.canon(type, v)));
  for (const type of SCORE_TYPES) {
    const got = canonSet(type, found[type]);
    const expected = canonSet(type, c.expected[type]);
    const optional = canonSet(type, c.optional?.[type]);
    const banned = canonSet(type, c.must_not?.[type]);
    for (const v of expected) if (!got.has(v)) problems.push(`missing ${type} ${v}`);
    for (const v of got) {
      if (banned.has(v)) problems.push(`MUST-NOT ${type} ${v}`);
      else if (!expected.has(v) && !optional.has(v)) problems.push(`extra ${type} ${v}`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const dataDir = resolve(args.find((arg) => !arg.startsWith("--")) ?? "../shared/data");
  print(await evaluate(dataDir), args.includes("--verbose"));
}
