// bench:peer — iocgraph against PostGraphile 5 over HTTP on the same PostgreSQL data (issue 14, goal 1).
//
//   npm run bench:peer                       # scale 1: 200 collections over a 50,000-IoC pool
//   BENCH_PEER_SCALE=10 npm run bench:peer   # 2,000 collections over 500,000 IoCs (goal 2: cost flat in size)
//
// 1. PostgreSQL at BENCH_DATABASE_URL (admin URL, default the local server) gets a fresh database (dropped at
//    the end unless BENCH_KEEP=1; BENCH_PEER_DATABASE_URL reuses a kept one and skips generation).
// 2. PostGraphile 5 and Node 22 are installed once into .bench-cache/peer/ (bench/peer/install.ts).
// 3. The data is written through iocgraph's own write path (bench/peer/data.ts).
// 4. Check phase: both servers run behind a PostgreSQL wire-protocol counting proxy (bench/peer/pg-proxy.ts);
//    each shape's responses must carry the same data, and its SQL statements per request are counted on the
//    wire. iocgraph's statements of the deep, small and wide shapes are then EXPLAINed (ANALYZE, BUFFERS).
// 5. Timed phase, servers connected straight to PostgreSQL: autocannon at concurrency 8, BENCH_ROUNDS
//    interleaved rounds (default 5) of BENCH_SECONDS each (default 10), iocgraph then PostGraphile per shape;
//    every response must equal the checked one byte for byte. Then single-client deep latency at N=10/100/500.
// 6. A separate figure, not the goal's: the same shapes from an iocgraph with RESPONSE_CACHE_TTL_MS set (the
//    anonymous response cache), its responses checked byte for byte against the uncached ones.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { freshPostgresDatabase } from "../test/helpers/app.js";
import { COLLECTIONS_PER_SCALE, generate, HOT, PIVOT_IOC, POOL_PER_SCALE } from "./peer/data.js";
import { type Explained, explainAll } from "./peer/explain.js";
import { cacheDir, ensurePeer, NODE_VERSION, type Peer } from "./peer/install.js";
import { type Statement, startCountingProxy } from "./peer/pg-proxy.js";
import { type Running, startIocgraph, startPostgraphile } from "./peer/servers.js";
import { deep, type Request, type Shape, shapes, type Targets } from "./peer/shapes.js";

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const ADMIN_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const REUSE_URL = process.env.BENCH_PEER_DATABASE_URL || undefined;
const SCALE = setting("BENCH_PEER_SCALE", 1);
const ROUNDS = setting("BENCH_ROUNDS", 5);
const SECONDS = setting("BENCH_SECONDS", 10);
const KEEP = process.env.BENCH_KEEP === "1";
const CONCURRENCY = 8;
const CORRELATION_CAP = 50;
/** The response cache's TTL for the separate cached figure (every response still checked byte for byte). */
const CACHE_TTL_MS = 60_000;
const WARMUP_SECONDS = 2;
const LATENCY_SECONDS = Math.max(2, Math.ceil(SECONDS / 3));
const LATENCY_SIZES = [10, 100, 500];
const SIDES = ["iocgraph", "postgraphile"] as const;
type Side = (typeof SIDES)[number];

const log = (line: string) => console.log(line);
const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

// ---- Everything started is stopped: on success, on error and on Ctrl-C ------------------------------------

const open: (() => Promise<void>)[] = [];
const pids = new Set<number>();

/** Registers a stop function; the returned one stops it early and forgets it. */
function hold(stop: () => Promise<void>, pid?: number): () => Promise<void> {
  if (pid) pids.add(pid);
  const release = async () => {
    const at = open.indexOf(release);
    if (at < 0) return;
    open.splice(at, 1);
    await stop();
    if (pid) pids.delete(pid);
  };
  open.push(release);
  return release;
}

async function cleanup() {
  while (open.length > 0) await open[open.length - 1]().catch((e) => console.error(`cleanup: ${e}`));
}

let interrupted = false;
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(
      `\n${signal}: stopping the servers${KEEP || REUSE_URL ? "" : " and dropping the database"}…`,
    );
    cleanup().finally(() => process.exit(code));
  });
}
// Last resort (an exception past cleanup): no server outlives the bench.
process.on("exit", () => {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
});

async function running(server: Promise<Running>) {
  const started = await server;
  return { port: started.port, stop: hold(started.stop, started.pid) };
}

// ---- HTTP ---------------------------------------------------------------------------------------------------

const endpoint = (port: number) => `http://127.0.0.1:${port}/graphql`;
const bodyOf = (request: Request) => JSON.stringify(request);

async function post(port: number, request: Request): Promise<string> {
  const response = await fetch(endpoint(port), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: bodyOf(request),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"'))
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Requests per second at CONCURRENCY for `seconds`; every response must be `expect`. */
async function throughput(port: number, request: Request, expect: string, seconds: number) {
  const result = await autocannon({
    url: endpoint(port),
    method: "POST",
    headers: { "content-type": "application/json" },
    body: bodyOf(request),
    connections: CONCURRENCY,
    duration: seconds,
    expectBody: expect,
  });
  if (result.errors || result.non2xx || result.mismatches) {
    throw new Error(
      `autocannon on port ${port}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} wrong bodies`,
    );
  }
  return result.requests.total / result.duration;
}

/** Single-client latency: the median of sequential requests over LATENCY_SECONDS (ms). */
async function latency(port: number, request: Request, expect: string) {
  const times: number[] = [];
  const until = performance.now() + LATENCY_SECONDS * 1000;
  while (performance.now() < until || times.length < 5) {
    const start = performance.now();
    const text = await post(port, request);
    times.push(performance.now() - start);
    if (text !== expect)
      throw new Error(`latency run on port ${port}: a response differs from the checked one`);
  }
  return median(times);
}

// ---- Phases -------------------------------------------------------------------------------------------------

async function checkPostgres(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version;
  } catch (error) {
    const shown = new URL(url);
    shown.password = shown.password ? "***" : "";
    throw new Error(
      `PostgreSQL is not reachable at ${shown} (${(error as Error).message}). Start it, or set ` +
        "BENCH_DATABASE_URL to a server where this user may CREATE DATABASE.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** The collections and IoC each shape starts from, found through iocgraph's API. */
async function findTargets(port: number): Promise<Targets> {
  const text = await post(port, {
    query: `{ largest: collections(first: 1, orderBy: SIZE) { edges { node { id } } }
      enriched: collections(first: 1, filter: { tag: "enriched" }) { edges { node { id } } } }`,
    variables: {},
  });
  const { data } = JSON.parse(text);
  const rowId = (edges: { node: { id: string } }[]) => {
    if (!edges[0]) throw new Error("the bench database has no collections: was it generated?");
    return Buffer.from(edges[0].node.id, "base64")
      .toString()
      .replace(/^Collection:/, "");
  };
  return {
    collection: rowId(data.largest.edges),
    enriched: rowId(data.enriched.edges),
    pivot: PIVOT_IOC,
    correlationCap: CORRELATION_CAP,
  };
}

const CONTROL =
  /^\s*(BEGIN|COMMIT|ROLLBACK|START|SET|RESET|SAVEPOINT|RELEASE|DEALLOCATE|DISCARD)\b|set_config\(/i;

interface Checked {
  shape: Shape;
  expected: Record<Side, string>;
  statements: Record<Side, Statement[]>;
}

/** Runs every shape on both servers behind counting proxies: same data, statements per request. */
async function checkPhase(peer: Peer, databaseUrl: string, all: Shape[]): Promise<Checked[]> {
  const upstream = new URL(databaseUrl);
  const target = { host: upstream.hostname, port: Number(upstream.port || 5432) };
  const proxies = {
    iocgraph: await startCountingProxy(target),
    postgraphile: await startCountingProxy(target),
  };
  const stopProxies = hold(async () => {
    await proxies.iocgraph.close();
    await proxies.postgraphile.close();
  });
  const servers = {
    iocgraph: await running(startIocgraph(proxies.iocgraph.urlFor(databaseUrl), CORRELATION_CAP)),
    postgraphile: await running(startPostgraphile(peer, proxies.postgraphile.urlFor(databaseUrl))),
  };
  try {
    const checked: Checked[] = [];
    for (const shape of all) {
      const expected = {} as Record<Side, string>;
      const statements = {} as Record<Side, Statement[]>;
      const normalized = {} as Record<Side, string>;
      for (const side of SIDES) {
        const { port } = servers[side];
        await post(port, shape[side]);
        proxies[side].mark();
        const text = await post(port, shape[side]);
        statements[side] = [...proxies[side].take()];
        expected[side] = text;
        const data = JSON.parse(text).data;
        const value = side === "iocgraph" ? shape.normalizeIocgraph(data) : shape.normalizePostgraphile(data);
        normalized[side] = JSON.stringify(value);
        if (!Array.isArray(value) || value.length === 0)
          throw new Error(`${shape.name}: empty answer (${side})`);
      }
      if (normalized.iocgraph !== normalized.postgraphile) {
        const { iocgraph: a, postgraphile: b } = normalized;
        const first = [...a].findIndex((ch, i) => ch !== b[i]);
        const at = first < 0 ? a.length : first;
        throw new Error(
          `${shape.name}: the servers return different data; from character ${at}:\n` +
            `  iocgraph:     ${normalized.iocgraph.slice(Math.max(0, at - 80), at + 160)}\n` +
            `  PostGraphile: ${normalized.postgraphile.slice(Math.max(0, at - 80), at + 160)}`,
        );
      }
      checked.push({ shape, expected, statements });
    }
    return checked;
  } finally {
    await servers.iocgraph.stop();
    await servers.postgraphile.stop();
    await stopProxies();
  }
}

function statementSummary(statements: Statement[]) {
  const control = statements.filter((s) => CONTROL.test(s.sql)).length;
  return `${statements.length} statement${statements.length === 1 ? "" : "s"}${control ? ` (${control} BEGIN/SET/COMMIT)` : ""}`;
}

function printExplained(label: string, explained: Explained[]) {
  log(`\n### iocgraph ${label}: where the time goes (EXPLAIN ANALYZE, BUFFERS; once, warm cache)`);
  for (const [i, e] of explained.entries()) {
    const heavy = e.heavy.length
      ? `reads more rows than it returns: ${e.heavy
          .slice(0, 3)
          .map((h) => `${h.node} ${fmt(h.rows, 0)}`)
          .join("; ")}`
      : "reads no more rows than it returns";
    log(
      `${i + 1}. ${fmt(e.executionMs, 2)} ms (+${fmt(e.planningMs, 2)} planning), returns ${fmt(e.returned, 0)} row${e.returned === 1 ? "" : "s"}, ${heavy}` +
        `\n   ${e.sql.replace(/\s+/g, " ").slice(0, 220)}${e.sql.length > 220 ? " …" : ""}`,
    );
  }
}

// ---- The run ------------------------------------------------------------------------------------------------

interface Results {
  scale: number;
  at: string;
  rounds: number;
  seconds: number;
  sizes: string;
  shapes: { name: string; rps: Record<Side, number[]>; statements: Record<Side, number> }[];
  latency: { n: number; median: Record<Side, number> }[];
}

async function main() {
  const version = await checkPostgres(ADMIN_URL);
  const peer = await ensurePeer(log);
  log(`# bench:peer — iocgraph vs PostGraphile ${peer.postgraphileVersion}, scale ${SCALE}`);
  log(`load average at start (1/5/15 min): ${load()} on a shared 2-core machine`);

  let databaseUrl: string;
  if (REUSE_URL) {
    databaseUrl = REUSE_URL;
    log(`reusing ${REUSE_URL} (not generated, not dropped)`);
  } else {
    const database = await freshPostgresDatabase(ADMIN_URL);
    databaseUrl = database.url;
    if (KEEP)
      log(
        `database ${database.url} is kept (BENCH_KEEP=1): rerun with BENCH_PEER_DATABASE_URL=${database.url}`,
      );
    else hold(() => database.drop());
    const writer = await running(startIocgraph(databaseUrl, CORRELATION_CAP));
    log(`generating through iocgraph's API: ${fmt(COLLECTIONS_PER_SCALE * SCALE)} collections…`);
    const generated = await generate(databaseUrl, writer.port, SCALE, log);
    await writer.stop();
    log(
      `generated in ${fmt(generated.seconds)} s (${fmt(generated.enriched)} IoCs enriched by offline import)`,
    );
  }

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query("VACUUM ANALYZE");
  const sizes = (
    await db.query<{ c: string; i: string; m: string; e: string; size: string }>(`SELECT
      (SELECT count(*) FROM "Collection") c, (SELECT count(*) FROM "Ioc") i, (SELECT count(*) FROM "CollectionIoc") m,
      (SELECT count(*) FROM "Enrichment") e, pg_size_pretty(pg_database_size(current_database())) size`)
  ).rows[0];
  await db.end();
  const sizeLine =
    `${fmt(Number(sizes.c))} collections, ${fmt(Number(sizes.m))} memberships (windows of 500 over a ` +
    `${fmt(POOL_PER_SCALE * SCALE)}-IoC pool + ${HOT} IoCs in every collection), ${fmt(Number(sizes.i))} IoC rows ` +
    `(hosts and parent domains included), ${fmt(Number(sizes.e))} enrichment rows; database ${sizes.size}; PostgreSQL ${version}`;
  log(sizeLine);

  // Targets come from a short-lived iocgraph: the check phase starts its own behind the proxy.
  const finder = await running(startIocgraph(databaseUrl, CORRELATION_CAP));
  const targets = await findTargets(finder.port);
  await finder.stop();
  const measured = shapes(targets);
  const latencyShapes = LATENCY_SIZES.map((n) => (n === 500 ? measured[0] : deep(targets, n)));

  log("\n## Check: same data from both servers, SQL statements per request (counted on the wire)");
  const checked = await checkPhase(peer, databaseUrl, [
    ...measured,
    ...latencyShapes.filter((s) => !measured.includes(s)),
  ]);
  const byName = new Map(checked.map((c) => [c.shape.name, c]));
  for (const { shape, expected, statements } of checked) {
    log(
      `- ${shape.name}: same data ✓ — iocgraph ${statementSummary(statements.iocgraph)}, ` +
        `${fmt(expected.iocgraph.length / 1024)} KiB; PostGraphile ${statementSummary(statements.postgraphile)}, ` +
        `${fmt(expected.postgraphile.length / 1024)} KiB`,
    );
    if (shape.peerNote) log(`  (${shape.peerNote})`);
  }

  const statementLog = checked.flatMap(({ shape, statements }) =>
    SIDES.flatMap((side) =>
      statements[side].map(
        (st) => `-- ${shape.name}, ${side}\n${st.sql}\n-- params: ${JSON.stringify(st.params)}\n`,
      ),
    ),
  );
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `statements-scale-${SCALE}.txt`), statementLog.join("\n"));
  const explainLog: string[] = [];
  for (const { name } of measured) {
    const reads = (byName.get(name)?.statements.iocgraph ?? []).filter((s) => !CONTROL.test(s.sql));
    const explained = await explainAll(databaseUrl, reads);
    printExplained(name, explained);
    for (const e of explained) explainLog.push(`-- ${name}\n${e.sql}\n${e.plan}\n`);
  }
  const planFile = join(cacheDir, `explain-scale-${SCALE}.txt`);
  writeFileSync(planFile, explainLog.join("\n"));
  log(
    `(full plans: ${planFile}; every statement of the check phase: statements-scale-${SCALE}.txt beside it)`,
  );

  const servers = {
    iocgraph: await running(startIocgraph(databaseUrl, CORRELATION_CAP)),
    postgraphile: await running(startPostgraphile(peer, databaseUrl)),
  };
  const expect = (shape: Shape, side: Side) => byName.get(shape.name)?.expected[side] as string;

  log(`\n## Throughput: concurrency ${CONCURRENCY}, ${ROUNDS} rounds × ${SECONDS} s per shape and server`);
  for (const shape of measured)
    for (const side of SIDES)
      await throughput(servers[side].port, shape[side], expect(shape, side), WARMUP_SECONDS);
  const rps = new Map(
    measured.map((s) => [s.name, { iocgraph: [] as number[], postgraphile: [] as number[] }]),
  );
  for (let round = 1; round <= ROUNDS; round++) {
    const before = load();
    const parts: string[] = [];
    for (const shape of measured) {
      const figures = rps.get(shape.name) as Record<Side, number[]>;
      for (const side of SIDES) {
        figures[side].push(await throughput(servers[side].port, shape[side], expect(shape, side), SECONDS));
      }
      parts.push(
        `${shape.name} ${fmt(figures.iocgraph.at(-1) as number)}/${fmt(figures.postgraphile.at(-1) as number)}`,
      );
    }
    log(`round ${round} (req/s iocgraph/PostGraphile): ${parts.join(", ")} — load ${before} → ${load()}`);
  }

  log(
    `\n## Single-client latency, deep shape (median of sequential requests over ${LATENCY_SECONDS} s each)`,
  );
  const latencies: Results["latency"] = [];
  for (const [i, shape] of latencyShapes.entries()) {
    const n = LATENCY_SIZES[i];
    const ms = {} as Record<Side, number>;
    for (const side of SIDES) ms[side] = await latency(servers[side].port, shape[side], expect(shape, side));
    latencies.push({ n, median: ms });
    log(`N=${n}: iocgraph ${fmt(ms.iocgraph)} ms, PostGraphile ${fmt(ms.postgraphile)} ms`);
  }

  // Separate figure, not the goal's: the same shapes from an iocgraph with the anonymous response cache on.
  log(
    `\n## With the anonymous response cache (RESPONSE_CACHE_TTL_MS=${CACHE_TTL_MS}; a separate figure, not the ` +
      `goal's): ${ROUNDS} rounds × ${SECONDS} s`,
  );
  const cachedServer = await running(
    startIocgraph(databaseUrl, CORRELATION_CAP, { RESPONSE_CACHE_TTL_MS: String(CACHE_TTL_MS) }),
  );
  const cached: { name: string; rps: number[] }[] = [];
  for (const shape of measured) {
    const figures: number[] = [];
    await throughput(cachedServer.port, shape.iocgraph, expect(shape, "iocgraph"), WARMUP_SECONDS);
    for (let round = 1; round <= ROUNDS; round++)
      figures.push(await throughput(cachedServer.port, shape.iocgraph, expect(shape, "iocgraph"), SECONDS));
    cached.push({ name: shape.name, rps: figures });
  }
  await cachedServer.stop();
  log("| shape | PostGraphile (uncached, above) | iocgraph cached | ratio |");
  log("|---|---|---|---|");
  for (const row of cached) {
    const peerRps = median(rps.get(row.name)?.postgraphile ?? []);
    const mine = median(row.rps);
    log(
      `| ${row.name} | ${fmt(peerRps)} req/s | ${fmt(mine)} req/s (${fmt(Math.min(...row.rps))}–` +
        `${fmt(Math.max(...row.rps))}) | ${(mine / peerRps).toFixed(2)} |`,
    );
  }
  log(`load average at end: ${load()}`);

  const results: Results = {
    scale: SCALE,
    at: new Date().toISOString(),
    rounds: ROUNDS,
    seconds: SECONDS,
    sizes: sizeLine,
    shapes: measured.map((shape) => {
      const c = byName.get(shape.name) as Checked;
      return {
        name: shape.name,
        rps: rps.get(shape.name) as Record<Side, number[]>,
        statements: {
          iocgraph: c.statements.iocgraph.length,
          postgraphile: c.statements.postgraphile.length,
        },
      };
    }),
    latency: latencies,
  };
  writeFileSync(join(cacheDir, `results-scale-${SCALE}.json`), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results, measured, peer.postgraphileVersion);
}

function printTable(results: Results, measured: Shape[], peerVersion: string) {
  const spread = (xs: number[]) =>
    `${fmt(median(xs))} req/s (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
  const mark = (ratio: number, goal: number) => (ratio >= goal ? "met" : "missed");
  log(
    `\n## Result — scale ${results.scale}: ${results.sizes}\n` +
      `iocgraph on Node ${process.versions.node}, PostGraphile ${peerVersion} (amber preset) on Node ${NODE_VERSION}; ` +
      `both NODE_ENV=production, pg pools of 10, uncached; concurrency ${CONCURRENCY}, ${ROUNDS} interleaved rounds ` +
      `× ${SECONDS} s, median (min–max); statements per request counted on the wire\n`,
  );
  log(`| shape | PostGraphile ${peerVersion} | iocgraph | ratio | goal ≥ 1.0× | stretch ≥ 1.5× |`);
  log("|---|---|---|---|---|---|");
  for (const [i, row] of results.shapes.entries()) {
    const shape = measured[i];
    const ratio = median(row.rps.iocgraph) / median(row.rps.postgraphile);
    const st = (n: number) => `${n} statement${n === 1 ? "" : "s"}`;
    log(
      `| ${shape.name}${shape.peerNote ? " *" : ""}: ${shape.description} | ${spread(row.rps.postgraphile)}, ` +
        `${st(row.statements.postgraphile)} | ${spread(row.rps.iocgraph)}, ${st(row.statements.iocgraph)} | ` +
        `${ratio.toFixed(2)} | ${mark(ratio, 1)} | ${mark(ratio, 1.5)} |`,
    );
  }
  const ns = results.latency.map((l) => l.n).join(" / ");
  log(
    `| deep, single client, N = ${ns} IoCs (median) | ${results.latency.map((l) => fmt(l.median.postgraphile)).join(" / ")} ms | ` +
      `${results.latency.map((l) => fmt(l.median.iocgraph)).join(" / ")} ms | ` +
      `${results.latency.map((l) => (l.median.postgraphile / l.median.iocgraph).toFixed(2)).join(" / ")} | | |`,
  );
  for (const shape of measured) if (shape.peerNote) log(`\n* ${shape.name}: ${shape.peerNote}.`);

  // Goal 2 (deep latency at 10× the data within 20%): compared with the other scale's last saved run.
  for (const file of readdirSync(cacheDir).filter((f) => /^results-scale-\d+\.json$/.test(f))) {
    const other = JSON.parse(readFileSync(join(cacheDir, file), "utf8")) as Results;
    if (other.scale === results.scale || !other.latency) continue;
    const [small, large] = other.scale < results.scale ? [other, results] : [results, other];
    const at500 = (r: Results, side: Side) => r.latency.find((l) => l.n === 500)?.median[side] ?? Number.NaN;
    const growth = (side: Side) => at500(large, side) / at500(small, side) - 1;
    const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(0)}%`;
    const run = (r: Results) => `scale ${r.scale}, ${r.rounds}×${r.seconds} s run of ${r.at}`;
    log(
      `\nGoal 2, deep latency at N=500 with ${large.scale / small.scale}× the data (${run(small)} → ${run(large)}): ` +
        `iocgraph ${fmt(at500(small, "iocgraph"))} → ${fmt(at500(large, "iocgraph"))} ms (${pct(growth("iocgraph"))}), ` +
        `${Math.abs(growth("iocgraph")) <= 0.2 ? "met" : "missed"} (target within 20%); PostGraphile ` +
        `${fmt(at500(small, "postgraphile"))} → ${fmt(at500(large, "postgraphile"))} ms (${pct(growth("postgraphile"))})`,
    );
  }
}

try {
  await main();
} catch (error) {
  // After Ctrl-C the servers are gone and the run in flight fails: that is not news.
  if (!interrupted) console.error(`\nbench:peer failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
