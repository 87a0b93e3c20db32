// bench:scale — iocgraph's hot reads on a large PostgreSQL database (issue 14, goal 6; goal 2's plans).
//
//   npm run bench:scale                        # scale 1: 10,000,000 IoCs, 100,000 collections
//   BENCH_SCALE=0.01 npm run bench:scale       # 100,000 IoCs, 1,000 collections (a quick run)
//
// 1. Write-path check (skip with BENCH_CHECK=0, only this with BENCH_CHECK=only): a small dataset (bench/scale/dataset.ts at 2,000 IoCs) written
//    once through iocgraph's API and once by the bulk loader must leave the same rows in every table and answer
//    the same GraphQL (bench/scale/check.ts).
// 2. A fresh database at BENCH_DATABASE_URL (admin URL, default the local server), migrated as the app does,
//    bulk-loaded at BENCH_SCALE (bench/scale/load.ts); dropped at the end unless BENCH_KEEP=1.
//    BENCH_SCALE_DATABASE_URL reuses a kept one (its scale must be BENCH_SCALE) and skips loading.
// 3. Plans: a few requests of each shape through a counting proxy, each statement EXPLAINed (ANALYZE,
//    BUFFERS); statements that read or aggregate more rows than they return are named (goal 2).
// 4. Timed: each shape for BENCH_SECONDS (default 20) at concurrency 8 after a 3 s warm-up, every request a
//    different value or id; p50/p99/max, req/s, target met or MISSED, the load average before and after.
// Results go to .bench-cache/scale/results-scale-<S>.json; runs at other scales found there are printed
// beside this one, with the growth of each p99 per 10× of data and its extrapolation to scale 1.
import { mkdirSync, readdirSync, readFileSync, statfsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../src/db.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";
import { startCountingProxy } from "./peer/pg-proxy.js";
import { startIocgraph } from "./peer/servers.js";
import { checkQuestions, compareAnswers, compareTables, writeThroughApi } from "./scale/check.js";
import { sizesFor } from "./scale/dataset.js";
import { load as bulkLoad } from "./scale/load.js";
import { CONCURRENCY, databaseSizes, load, plans, type Timed, timed } from "./scale/measure.js";
import { scaleShapes } from "./scale/shapes.js";

const ADMIN_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const REUSE_URL = process.env.BENCH_SCALE_DATABASE_URL || undefined;
const SCALE = Number(process.env.BENCH_SCALE || 1);
const SECONDS = Number(process.env.BENCH_SECONDS || 20);
const KEEP = process.env.BENCH_KEEP === "1";
const CHECK = process.env.BENCH_CHECK !== "0";
/** BENCH_CHECK=only: the write-path check and nothing else. */
const CHECK_ONLY = process.env.BENCH_CHECK === "only";
const CHECK_SCALE = 0.0002;
const CORRELATION_CAP = 50;
const cacheDir = join(process.cwd(), ".bench-cache", "scale");
if (!(SCALE > 0 && SCALE <= 1)) throw new Error(`BENCH_SCALE must be in (0, 1], got ${SCALE}`);
if (!(Number.isInteger(SECONDS) && SECONDS > 0)) throw new Error(`BENCH_SECONDS must be a positive integer`);

const log = (line: string) => console.log(line);
const met = (t: Timed, targetMs: number) => (t.p99 < targetMs && !t.timeouts ? "met" : "MISSED");
const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits });

const cleanups: (() => Promise<void>)[] = [];
async function cleanup() {
  while (cleanups.length)
    await (cleanups.pop() as () => Promise<void>)().catch((e) => console.error(`cleanup: ${e}`));
}
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: stopping…`);
    cleanup().finally(() => process.exit(code));
  });

async function migrated(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = await freshPostgresDatabase(ADMIN_URL);
  const db = openDatabase({ databaseUrl: database.url, dataDir: "" });
  try {
    await db.migrate();
  } finally {
    await db.close();
  }
  return database;
}

async function server(databaseUrl: string) {
  const started = await startIocgraph(databaseUrl, CORRELATION_CAP);
  const stop = () => started.stop();
  cleanups.push(stop);
  return {
    port: started.port,
    stop: async () => {
      const at = cleanups.indexOf(stop);
      if (at >= 0) cleanups.splice(at, 1);
      await started.stop();
    },
  };
}

async function writePathCheck() {
  const s = sizesFor(CHECK_SCALE);
  log(
    `\n## Write-path check: ${fmt(s.iocs)} IoCs, ${s.collections} collections, through the API and bulk-loaded`,
  );
  const api = await migrated();
  const bulk = await migrated();
  cleanups.push(
    () => api.drop(),
    () => bulk.drop(),
  );
  const started = performance.now();
  const writer = await server(api.url);
  await writeThroughApi(api.url, writer.port, s);
  log(`  through the API: ${fmt((performance.now() - started) / 1000)} s`);
  await bulkLoad(bulk.url, s, () => {});
  const problems = await compareTables(api.url, bulk.url);
  const reader = await server(bulk.url);
  problems.push(...(await compareAnswers(writer.port, reader.port, checkQuestions(s))));
  await reader.stop();
  await writer.stop();
  if (problems.length)
    throw new Error(`the bulk load differs from the write path:\n- ${problems.join("\n- ")}`);
  log(`  every table the same by natural keys, ${checkQuestions(s).length} GraphQL answers the same ✓`);
}

interface Result {
  scale: number;
  at: string;
  iocs: number;
  collections: number;
  memberships: number;
  loadSeconds: number | null;
  databaseBytes: number;
  shapes: ({ name: string; targetMs: number; statements: number; databaseMs: number } & Timed)[];
}

function printGrowth(current: Result) {
  const runs = readdirSync(cacheDir)
    .filter((f) => /^results-scale-[\d.]+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(cacheDir, f), "utf8")) as Result)
    .sort((a, b) => a.scale - b.scale);
  if (runs.length < 2) return;
  log(
    "\n## Growth over the saved runs (.bench-cache/scale): p99 ms / PostgreSQL ms per request (load, 1 min)",
  );
  log(
    `| shape | target p99 | ${runs.map((r) => `S=${r.scale} (${fmt(r.iocs)} IoCs)`).join(" | ")} | PostgreSQL ms at S=1 |`,
  );
  log(`|---|---|${runs.map(() => "---|").join("")}---|`);
  const [a, b] = runs.slice(-2);
  for (const shape of current.shapes) {
    const of = (r: Result) => r.shapes.find((x) => x.name === shape.name);
    const cell = (r: Result) => {
      const x = of(r);
      return x ? `${fmt(x.p99)} / ${fmt(x.databaseMs, 2)} (${x.loadBefore.split(" ")[0]})` : "–";
    };
    // The database's share is what grows with the data (the server's own work per request does not): a power
    // law through the two largest runs, PostgreSQL ms ∝ N^k.
    const db = (r: Result) => of(r)?.databaseMs ?? Number.NaN;
    const k = Math.log(db(b) / db(a)) / Math.log(b.iocs / a.iocs);
    const full = db(b) * (sizesFor(1).iocs / b.iocs) ** Math.max(0, k);
    const verdict =
      b.scale === 1 ? `${fmt(db(b), 2)} (measured)` : `${fmt(full, 2)} (×${fmt(10 ** k, 2)} per 10× data)`;
    log(`| ${shape.name} | ${shape.targetMs} | ${runs.map(cell).join(" | ")} | ${verdict} |`);
  }
  const loads = runs.filter((r) => r.loadSeconds);
  if (loads.length >= 2) {
    const last = loads[loads.length - 1];
    log(
      `load time: ${loads.map((r) => `S=${r.scale} ${fmt(r.loadSeconds as number)} s`).join(", ")}; ` +
        `at S=1, linearly from S=${last.scale}: ~${fmt((((last.loadSeconds as number) / last.memberships) * 17_400_000) / 60)} min` +
        `; database ${loads.map((r) => `${fmt(r.databaseBytes / 2 ** 30, 2)} GiB`).join(", ")} → ~${fmt(((last.databaseBytes / last.iocs) * 1e7) / 2 ** 30, 0)} GiB at S=1`,
    );
  }
}

async function main() {
  const s = sizesFor(SCALE);
  const free = statfsSync("/work");
  log(
    `# bench:scale — scale ${SCALE}: ${fmt(s.iocs)} IoCs, ${fmt(s.collections)} collections, ${fmt(s.users)} owners`,
  );
  log(
    `load average at start (1/5/15 min): ${load()} on a shared 2-core machine; ` +
      `${fmt((free.bavail * free.bsize) / 2 ** 30)} GiB free on /work (~${fmt(s.iocs * 3.5e-6, 1)} GiB needed, estimated)`,
  );
  if (CHECK && !REUSE_URL) await writePathCheck();
  if (CHECK_ONLY) return;

  let databaseUrl: string;
  let loadSeconds: number | null = null;
  let memberships = 0;
  if (REUSE_URL) {
    databaseUrl = REUSE_URL;
    log(`\nreusing ${REUSE_URL} (not loaded, not dropped)`);
  } else {
    const database = await migrated();
    databaseUrl = database.url;
    if (KEEP)
      log(
        `database ${database.url} is kept (BENCH_KEEP=1): rerun with BENCH_SCALE_DATABASE_URL=${database.url}`,
      );
    else cleanups.push(() => database.drop());
    log(`\n## Bulk load (COPY; derived tables set-wise)`);
    const started = performance.now();
    const report = await bulkLoad(databaseUrl, s, log);
    loadSeconds = (performance.now() - started) / 1000;
    memberships = report.memberships;
    log(`loaded in ${fmt(loadSeconds)} s — load average ${load()}`);
  }
  const sizes = await databaseSizes(databaseUrl);
  memberships ||= sizes.rows.CollectionIoc;
  log(
    `\n## Database: ${sizes.database}; rows ${Object.entries(sizes.rows)
      .map(([t, n]) => `${t} ${fmt(n)}`)
      .join(", ")}`,
  );
  log(
    `biggest tables (total / heap / indexes): ${sizes.tables.map((t) => `${t.name} ${t.total} / ${t.heap} / ${t.indexes}`).join("; ")}`,
  );
  log(`biggest indexes: ${sizes.indexes.map((i) => `${i.name} ${i.size}`).join("; ")}`);

  const shapes = scaleShapes(s);
  log("\n## Plans (statements captured on the wire, EXPLAIN ANALYZE BUFFERS, 3 requests per shape)");
  const upstream = new URL(databaseUrl);
  const proxy = await startCountingProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) });
  cleanups.push(() => proxy.close());
  const observed = await server(proxy.urlFor(databaseUrl));
  const planned = await plans(observed.port, proxy, databaseUrl, shapes, [0, 1, 2]);
  await observed.stop();
  const planLog: string[] = [];
  for (const p of planned) {
    const db = p.databaseMs.map((ms) => fmt(ms, 2)).join(" / ");
    log(
      `- ${p.shape}: ${p.statements} statement${p.statements === 1 ? "" : "s"} per request; PostgreSQL ${db} ms per request (planning + execution)`,
    );
    for (const e of p.explained) {
      planLog.push(`-- ${p.shape}\n${e.sql}\n${e.plan}\n`);
      if (e.heavy.length)
        log(
          `  reads more rows than it returns (${fmt(e.returned, 0)}; ${fmt(e.executionMs, 2)} ms): ` +
            `${e.heavy
              .slice(0, 3)
              .map((h) => `${h.node} ${fmt(h.rows, 0)}`)
              .join("; ")} — ${e.sql.replace(/\s+/g, " ").slice(0, 160)}…`,
        );
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `explain-scale-${SCALE}.txt`), planLog.join("\n"));

  log(`\n## Timed: concurrency ${CONCURRENCY}, ${SECONDS} s per shape after a 3 s warm-up`);
  const app = await server(databaseUrl);
  const results: Result["shapes"] = [];
  for (const [i, shape] of shapes.entries()) {
    await timed(app.port, shape, 3, 1_000_000 * (i + 1));
    const t = await timed(app.port, shape, SECONDS, 10_000_000 * (i + 1));
    const { statements, databaseMs } = planned[i];
    results.push({
      name: shape.name,
      targetMs: shape.targetMs,
      statements,
      databaseMs: Math.max(...databaseMs),
      ...t,
    });
    log(
      `- ${shape.name}: p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms, ${fmt(t.rps)} req/s (${fmt(t.requests, 0)} requests); ` +
        `target p99 < ${shape.targetMs} ms: ${met(t, shape.targetMs)}${t.timeouts ? ` (${t.timeouts} timed out at 10 s)` : ""} — load ${t.loadBefore} → ${t.loadAfter}`,
    );
  }
  await app.stop();

  log(
    `\n## Result — scale ${SCALE}: ${fmt(s.iocs)} IoCs, ${fmt(s.collections)} collections, ${fmt(memberships)} memberships, database ${sizes.database}` +
      (loadSeconds ? `, loaded in ${fmt(loadSeconds)} s` : ""),
  );
  log(
    "| shape | statements | PostgreSQL ms per request (max of 3) | p50 ms | p99 ms | max ms | req/s | target p99 | | load (1 min) before → after |",
  );
  log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results)
    log(
      `| ${r.name} | ${r.statements} | ${fmt(r.databaseMs, 2)} | ${r.p50} | ${r.p99} | ${r.max} | ${fmt(r.rps)} | < ${r.targetMs} | ${met(r, r.targetMs)}${r.timeouts ? `, ${r.timeouts} timeouts` : ""} | ${r.loadBefore.split(" ")[0]} → ${r.loadAfter.split(" ")[0]} |`,
    );
  const result: Result = {
    scale: SCALE,
    at: new Date().toISOString(),
    iocs: s.iocs,
    collections: s.collections,
    memberships,
    loadSeconds,
    databaseBytes: sizes.databaseBytes,
    shapes: results,
  };
  writeFileSync(join(cacheDir, `results-scale-${SCALE}.json`), `${JSON.stringify(result, null, 2)}\n`);
  printGrowth(result);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench:scale failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
