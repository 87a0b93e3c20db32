// Progress of long CLI work, through the real CLI process: with stderr not a terminal, JSON progress lines
// (every PROGRESS_INTERVAL_MS; 0 here: every step) and a summary line, stdout keeping only the result; the
// start-up says what it did to the database.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { backend, freshPostgresDatabase } from "./helpers/app.js";
import { vtDomain } from "./helpers/vt-standin.js";

const run = promisify(execFile);
let dir: string;
let env: Record<string, string | undefined>;
let database: { url: string; drop(): Promise<void> } | undefined;

beforeAll(async () => {
  database = backend === "postgres" ? await freshPostgresDatabase() : undefined;
  dir = mkdtempSync(join(tmpdir(), "iocgraph-progress-"));
  env = {
    ...process.env,
    DATABASE_URL: database?.url ?? "",
    DATA_DIR: join(dir, "data"),
    LOG_LEVEL: "info",
    PROGRESS_INTERVAL_MS: "0",
  };
});
afterAll(async () => {
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const cli = (...args: string[]) => run(process.execPath, ["bin/iocgraph.js", ...args], { env });

it("says what it did to the database at start-up, on stderr, leaving stdout to the result", async () => {
  const { stdout, stderr } = await cli("user", "create", "--name", "progress-owner");
  expect(Object.keys(JSON.parse(stdout))).toEqual(["id", "name", "apiKey"]);
  const applied = jsonLines(stderr).find((line) => line.msg === "database migrations applied");
  expect(applied).toMatchObject({ level: "info", applied: expect.arrayContaining(["20261122000000_init"]) });
});

it("shows enrich import's progress through the file as JSON lines, then its summary", async () => {
  const path = join(dir, "objects.jsonl");
  const lines = Array.from({ length: 1200 }, (_, i) =>
    JSON.stringify({ data: vtDomain(`progress-${i}.example.org`) }),
  );
  const content = `${lines.join("\n")}\n`;
  writeFileSync(path, content);
  const { stdout, stderr } = await cli("enrich", "import", path);
  expect(JSON.parse(stdout)).toMatchObject({ lines: 1200, stored: 1200, skipped: 0 });
  const progress = jsonLines(stderr).filter((line) => line.progress === "enrich import");
  const size = Buffer.byteLength(content);
  // One line as storing starts, one per stored batch of 500, then the summary.
  expect(
    progress.map(({ phase, done, stored, total, unit }) => ({ phase, done, stored, total, unit })),
  ).toEqual([
    { phase: "storing", done: 0, stored: undefined, total: size, unit: "bytes" },
    { phase: "storing", done: expect.any(Number), stored: 500, total: size, unit: "bytes" },
    { phase: "storing", done: expect.any(Number), stored: 1000, total: size, unit: "bytes" },
    { phase: "storing", done: size, stored: 1200, total: size, unit: "bytes" },
    { phase: undefined, done: undefined, stored: 1200, total: undefined, unit: undefined },
  ]);
  const done = progress.slice(1, 4).map((line) => line.done as number);
  expect(done[0]).toBeLessThan(done[1] as number);
  expect(progress.at(-1)).toMatchObject({
    finished: true,
    lines: 1200,
    skipped: 0,
    elapsedMs: expect.any(Number),
  });
});

it("shows import's phases (reading, storing what was found) and its summary", async () => {
  const path = join(dir, "iocs.csv");
  writeFileSync(
    path,
    "type,value\nDOMAIN,progress-a.example.net\nDOMAIN,progress-b.example.net\n,not an ioc\n",
  );
  const { stdout, stderr } = await cli(
    "import",
    path,
    "--format",
    "csv",
    "--owner",
    "progress-owner",
    "--name",
    "P",
  );
  expect(JSON.parse(stdout)).toMatchObject({ collection: { name: "P" }, report: { added: 2 } });
  const progress = jsonLines(stderr).filter((line) => line.progress === "import");
  expect(progress.map((line) => line.phase ?? "summary")).toEqual([
    "reading",
    "reading",
    "storing",
    "summary",
  ]);
  expect(progress[2]).toMatchObject({ iocs: 2, invalid: 1 });
  expect(progress.at(-1)).toMatchObject({ finished: true, added: 2, duplicates: 0, invalid: 1, skipped: 0 });
});
