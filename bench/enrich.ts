// Enrichment reads at scale: a collection of 2,000 enriched IoCs (500 of each type) queried whole, with every
// enrichment field, through the API (yoga.fetch). Prints SQL statements per request and p50/p99 latency with
// the per-request DataLoaders, then the same with batching off (LOADER_BATCHING=off), and the ratios — on
// embedded PGlite and on PostgreSQL (BENCH_DATABASE_URL, default the local server; skipped if unreachable).
//
//   npm run bench:enrich
import { randomBytes } from "node:crypto";
import { buildApp } from "../src/app.js";
import { createApiKey } from "../src/auth/api-keys.js";
import { defaultEnrichment, defaultLimits, type EnrichmentConfig, noRateLimit } from "../src/config.js";
import { storeImported } from "../src/enrichment/import.js";
import type { VtObject } from "../src/enrichment/mapping.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";

const PER_TYPE = 500;
const RUNS_BATCHED = 10;
const RUNS_UNBATCHED = 2;

const QUERY = `query Bench($id: ID!) {
  collection(id: $id) {
    aggregatedTags(first: 10) { tag count }
    stats { enriched malicious detections { min count } countries { value count } asns { asn count } fileTypes { value count } }
    iocs(first: ${PER_TYPE * 4}) {
      edges { node {
        value detectionRatio
        enrichment { status fetchedAt firstSeen lastSeen tags reputation detections { malicious suspicious harmless undetected timeout total } }
        ... on File { md5 sha1 sha256 size typeDescription names }
        ... on Domain { registrar creationDate categories }
        ... on IpAddress { country asn asOwner network }
        ... on Url { finalUrl title httpResponseCode }
      } }
    }
  }
}`;

function hex(n: number, length: number): string {
  return n
    .toString(16)
    .padStart(8, "0")
    .repeat(Math.ceil(length / 8))
    .slice(0, length);
}

function fixtures() {
  const values: string[] = [];
  const objects: VtObject[] = [];
  const stats = (i: number) => ({
    malicious: i % 40,
    suspicious: 1,
    harmless: 2,
    undetected: 60,
    timeout: 0,
  });
  for (let i = 0; i < PER_TYPE; i++) {
    const seed = 0x10000000 + i;
    const [md5, sha1, sha256] = [
      hex(seed, 32),
      hex(seed + 1, 40).replace(/^./, "a"),
      hex(seed + 2, 64).replace(/^./, "b"),
    ];
    values.push(sha256);
    objects.push({
      id: sha256,
      type: "file",
      attributes: {
        md5,
        sha1,
        sha256,
        size: 1000 + i,
        type_description: ["Win32 EXE", "PDF", "ZIP"][i % 3],
        names: [`sample-${i}.exe`],
        tags: ["peexe", `family-${i % 7}`],
        last_analysis_stats: stats(i),
      },
    });
    const domain = `bench-${i}.example-${i % 10}.com`;
    values.push(domain);
    objects.push({
      id: domain,
      type: "domain",
      attributes: {
        registrar: "Registrar",
        creation_date: 1_600_000_000,
        categories: { a: "malware" },
        tags: ["dga"],
        last_analysis_stats: stats(i),
      },
    });
    const ip = `10.${Math.floor(i / 250)}.${i % 250}.${1 + (i % 200)}`;
    values.push(ip);
    objects.push({
      id: ip,
      type: "ip_address",
      attributes: {
        country: ["NL", "US", "RU"][i % 3],
        asn: 64_500 + (i % 20),
        as_owner: `AS ${i % 20}`,
        network: "10.0.0.0/8",
        last_analysis_stats: stats(i),
      },
    });
    const url = `http://bench-${i}.example-${i % 10}.com/gate.php?id=${i}`;
    values.push(url);
    objects.push({
      id: `u${i}`,
      type: "url",
      attributes: {
        url,
        title: "Gate",
        last_http_response_code: 200,
        tags: ["phishing"],
        last_analysis_stats: stats(i),
      },
    });
  }
  return { values, objects };
}

/** A fresh database on the server, or null when no server answers (the PostgreSQL run is then skipped). */
async function freshPostgres(adminUrl: string) {
  return freshPostgresDatabase(adminUrl).catch(() => null);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Phase {
  statements: number;
  p50: number;
  p99: number;
}

async function bench(backend: string, databaseUrl: string): Promise<{ batched: Phase; unbatched: Phase }> {
  // Mutable on purpose: the context factory reads `loaderBatching` per request, so one app measures both.
  const enrichment: EnrichmentConfig = { ...defaultEnrichment, provider: "none", worker: false };
  const app = await buildApp({
    port: 0,
    host: "127.0.0.1",
    databaseUrl,
    dataDir: "",
    redisUrl: undefined,
    logLevel: "silent",
    rateLimit: noRateLimit, // throughput is measured here, not limited
    limits: { ...defaultLimits, maxPageSize: PER_TYPE * 4, maxCost: 10_000_000, maxIocsPerCall: 10_000 },
    enrichment,
  });
  try {
    const db = app.database.prisma;
    const user = await db.user.create({ data: { name: `bench-${randomBytes(3).toString("hex")}` } });
    const { secret } = await createApiKey(db, user.id);
    const { values, objects } = fixtures();
    const call = async (query: string, variables: Record<string, unknown>) => {
      const response = await app.yoga.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-apikey": secret },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as Record<string, never>;
    };
    const t0 = performance.now();
    const created = await call(
      `mutation ($input: CreateCollectionInput!) { createCollection(input: $input) {
         ... on CreateCollectionPayload { collection { id counts { total } } } ... on Error { message } } }`,
      { input: { name: "bench", iocs: values.map((value) => ({ value })) } },
    );
    const collection = (created.createCollection as { collection: { id: string; counts: { total: number } } })
      .collection;
    await storeImported(db, objects, "virustotal");
    console.log(
      `[${backend}] collection of ${collection.counts.total} IoCs created and enriched in ${Math.round(performance.now() - t0)} ms`,
    );

    const phase = async (batch: boolean, runs: number): Promise<Phase> => {
      enrichment.loaderBatching = batch;
      const times: number[] = [];
      let statements = 0;
      // One warm-up read first (plans, JIT); the unbatched reads are slow enough to need none.
      const warmups = batch ? 1 : 0;
      for (let run = 0; run < runs + warmups; run++) {
        let count = 0;
        const off = app.database.onQuery(() => count++);
        const start = performance.now();
        const data = await call(QUERY, { id: collection.id });
        const elapsed = performance.now() - start;
        off();
        const edges = (data.collection as { iocs: { edges: { node: { enrichment: unknown } }[] } }).iocs
          .edges;
        if (edges.length !== values.length || edges.some((e) => !e.node.enrichment))
          throw new Error("incomplete read");
        if (run < warmups) continue;
        times.push(elapsed);
        statements = count;
      }
      times.sort((a, b) => a - b);
      return { statements, p50: percentile(times, 50), p99: percentile(times, 99) };
    };
    return { batched: await phase(true, RUNS_BATCHED), unbatched: await phase(false, RUNS_UNBATCHED) };
  } finally {
    await app.stop();
  }
}

function report(backend: string, { batched, unbatched }: { batched: Phase; unbatched: Phase }) {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`[${backend}] ${values()} IoCs per request, all enrichment fields, aggregatedTags and stats`);
  console.log(
    `  loaders on : ${batched.statements} SQL statements, p50 ${ms(batched.p50)}, p99 ${ms(batched.p99)}`,
  );
  console.log(
    `  loaders off: ${unbatched.statements} SQL statements, p50 ${ms(unbatched.p50)}, p99 ${ms(unbatched.p99)}`,
  );
  console.log(
    `  ratio (off/on): ${(unbatched.statements / batched.statements).toFixed(0)}× statements, ` +
      `${(unbatched.p50 / batched.p50).toFixed(1)}× p50 latency`,
  );
}

const values = () => PER_TYPE * 4;

const results: [string, Awaited<ReturnType<typeof bench>>][] = [];
results.push(["pglite", await bench("pglite", "memory://")]);
const server = await freshPostgres(
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
);
if (server) {
  try {
    results.push(["postgres", await bench("postgres", server.url)]);
  } finally {
    await server.drop();
  }
} else {
  console.log("[postgres] skipped: no server at BENCH_DATABASE_URL");
}
for (const [backend, result] of results) report(backend, result);
