// Graph reads on a generated dataset (200 collections, 50,000 IoCs, ~110,000 edges), on embedded PGlite and on
// PostgreSQL (DATABASE_URL or TEST_DATABASE_URL: a fresh database is created there and dropped after).
// Three query shapes through the real GraphQL server (yoga.fetch), against naive per-row resolvers emulated
// with direct Prisma calls in the same run:
//   wide  — 1 collection × 1,000 IoCs
//   deep  — collection → iocs(100) → relationships(10) → collections(5)
//   pivot — an IoC → its collections(10) → their relatedCollections(5)
// Prints p50/p99 latency (sequential), requests/s with 8 concurrent clients, SQL statements per request.
//
//   npm run bench:graph                      # PGlite, plus PostgreSQL when a URL is set
//   BENCH_SECONDS=5 npm run bench:graph      # longer throughput windows
import { print } from "graphql";
import { type App, buildApp } from "../src/app.js";
import { defaultLimits, loadConfig, noRateLimit } from "../src/config.js";
import type { Db } from "../src/db.js";
import { relatedCollections } from "../src/graph/queries.js";
import { graphql } from "../test/gql/index.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";

const COLLECTIONS = 200;
const FILES = 10_000;
const DOMAINS = 15_000;
const IPS = 10_000;
const URLS = 15_000;
const HOT = 20; // IoCs in every collection (8.8.8.8 and friends)
const CLIENTS = 8;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
// Naive requests are one to two orders slower: fewer samples keep the run near a minute per backend.
const NAIVE_SAMPLES = Math.max(3, Math.ceil(SAMPLES / 3));

const Wide = graphql(`
  query BenchWide($id: ID!) {
    collection(id: $id) { iocs(first: 1000) { edges { node { id type value } } } }
  }
`);

const Deep = graphql(`
  query BenchDeep($id: ID!) {
    collection(id: $id) {
      iocs(first: 100) {
        edges {
          node {
            value
            relationships(first: 10) {
              edges { relation node { value collections(first: 5) { edges { node { name } } } } }
            }
          }
        }
      }
    }
  }
`);

const Pivot = graphql(`
  query BenchPivot($value: String!) {
    ioc(value: $value) {
      collections(first: 10) {
        edges { node { name relatedCollections(first: 5) { edges { sharedIocs node { name } } } } }
      }
    }
  }
`);

/** Builds the dataset with a handful of set-based statements. */
async function generate(db: Db): Promise<{ wideId: string; deepId: string; pivotValue: string }> {
  const run = (sql: string) => db.$executeRawUnsafe(sql);
  await run(`INSERT INTO "User" (id, name) VALUES ('bench-user', 'bench')`);
  await run(`INSERT INTO "Collection" (id, name, "ownerId", "createdAt", "updatedAt")
    SELECT 'c' || g, 'collection ' || g, 'bench-user', now() - g * interval '1 hour', now() - g * interval '1 minute'
    FROM generate_series(0, ${COLLECTIONS - 1}) g`);
  // n: a dense number per IoC; the id encodes it so later statements can join without lookups.
  await run(`INSERT INTO "Ioc" (id, type, value, sha256)
    SELECT 'f' || g, 'FILE', md5(g::text) || md5((g + 1)::text), md5(g::text) || md5((g + 1)::text)
    FROM generate_series(0, ${FILES - 1}) g`);
  await run(`INSERT INTO "Ioc" (id, type, value)
    SELECT 'd' || g, 'DOMAIN', 'host' || g || '.zone' || (g % 3000) || '.example.com' FROM generate_series(0, ${DOMAINS - 1}) g`);
  await run(`INSERT INTO "Ioc" (id, type, value)
    SELECT 'i' || g, 'IP_ADDRESS', '10.' || (g / 65536) || '.' || ((g / 256) % 256) || '.' || (g % 256)
    FROM generate_series(0, ${IPS - 1}) g`);
  await run(`INSERT INTO "Ioc" (id, type, value)
    SELECT 'u' || g, 'URL', 'http://host' || (g % ${DOMAINS}) || '.zone' || ((g % ${DOMAINS}) % 3000) || '.example.com/p' || g
    FROM generate_series(0, ${URLS - 1}) g`);
  // Each IoC in one or two collections; collection c0 also holds 2,000 IoCs (the wide one); HOT IoCs everywhere.
  await run(`INSERT INTO "CollectionIoc" ("collectionId", "iocId")
    SELECT 'c' || (hashtext(id) & 1023) % ${COLLECTIONS}, id FROM "Ioc"
    UNION ALL SELECT 'c' || (hashtext(id || 'x') & 1023) % ${COLLECTIONS}, id FROM "Ioc" WHERE hashtext(id) % 3 = 0
    UNION ALL SELECT 'c0', 'd' || g FROM generate_series(0, 1999) g
    UNION ALL SELECT 'c' || c, 'i' || h FROM generate_series(0, ${COLLECTIONS - 1}) c, generate_series(0, ${HOT - 1}) h
    ON CONFLICT DO NOTHING`);
  await run(`UPDATE "Collection" c SET "iocCount" = s.n FROM (
    SELECT "collectionId", count(*)::int AS n FROM "CollectionIoc" GROUP BY 1) s WHERE s."collectionId" = c.id`);
  const edge = (select: string) =>
    run(`INSERT INTO "IocRelation" ("sourceId", relation, "targetId", "firstSeen", "lastSeen", origin)
      ${select} ON CONFLICT DO NOTHING`);
  const seen = `now() - (g % 400) * interval '1 day', now() - (g % 40) * interval '1 day', 'virustotal'`;
  await edge(`SELECT 'f' || g % ${FILES}, 'contacted_domains', 'd' || (g * 7919) % ${DOMAINS}, ${seen}
    FROM generate_series(0, ${FILES * 3 - 1}) g`);
  await edge(`SELECT 'f' || g % ${FILES}, 'contacted_ips', 'i' || (g * 104729) % ${IPS}, ${seen}
    FROM generate_series(0, ${FILES * 2 - 1}) g`);
  await edge(`SELECT 'd' || g % ${DOMAINS}, 'resolutions', 'i' || (g * 31) % ${IPS}, ${seen}
    FROM generate_series(0, ${DOMAINS * 2 - 1}) g`);
  await edge(`SELECT 'u' || g, 'network_location', 'd' || g % ${DOMAINS}, NULL, NULL, 'derived'
    FROM generate_series(0, ${URLS - 1}) g`);
  await run(`ANALYZE`);
  const pivot = await db.ioc.findUniqueOrThrow({ where: { id: "d5" }, select: { value: true } });
  return { wideId: "c0", deepId: "c1", pivotValue: pivot.value };
}

// ---- Naive resolvers: what per-row resolvers would send, one query per parent object ----------------------

async function naiveWide(db: Db, id: string) {
  const collection = await db.collection.findFirst({ where: { id, visibility: "PUBLIC" } });
  const members = await db.collectionIoc.findMany({
    where: { collectionId: id },
    orderBy: { seq: "asc" },
    take: 1000,
  });
  const iocs = await Promise.all(members.map((m) => db.ioc.findFirst({ where: { id: m.iocId } })));
  return { collection, iocs };
}

async function naiveDeep(db: Db, id: string) {
  await db.collection.findFirst({ where: { id, visibility: "PUBLIC" } });
  const members = await db.collectionIoc.findMany({
    where: { collectionId: id },
    orderBy: { seq: "asc" },
    take: 100,
  });
  return Promise.all(
    members.map(async (m) => {
      const ioc = await db.ioc.findFirst({ where: { id: m.iocId } });
      const edges = await db.iocRelation.findMany({
        where: { sourceId: m.iocId },
        orderBy: [{ relation: "asc" }, { lastSeen: "desc" }],
        take: 10,
      });
      const nodes = await Promise.all(
        edges.map(async (edge) => {
          const node = await db.ioc.findFirst({ where: { id: edge.targetId } });
          const holders = await db.collectionIoc.findMany({
            where: { iocId: edge.targetId, collection: { visibility: "PUBLIC" } },
            take: 5,
          });
          const collections = await Promise.all(
            holders.map((h) => db.collection.findFirst({ where: { id: h.collectionId } })),
          );
          return { node, collections };
        }),
      );
      return { ioc, nodes };
    }),
  );
}

async function naivePivot(db: Db, value: string, cap: number) {
  const ioc = await db.ioc.findFirst({ where: { type: "DOMAIN", value } });
  if (!ioc) throw new Error("pivot IoC missing");
  const holders = await db.collectionIoc.findMany({
    where: { iocId: ioc.id, collection: { visibility: "PUBLIC" } },
    take: 10,
  });
  return Promise.all(
    holders.map(async (h) => {
      const collection = await db.collection.findFirst({ where: { id: h.collectionId } });
      const related = await relatedCollections(db, [h.collectionId], {
        viewer: null,
        maxCollectionsPerIoc: cap,
        type: null,
        limit: 5,
        offset: 0,
        sampleSize: 5,
      });
      const nodes = await Promise.all(
        related.map((r) => db.collection.findFirst({ where: { id: r.collectionId } })),
      );
      return { collection, nodes };
    }),
  );
}

// ---- Measuring -------------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  statements: number;
}

async function measure(app: App, fn: () => Promise<unknown>, samples: number): Promise<Figures> {
  await fn(); // warm-up: plans, caches, JIT
  let statements = 0;
  const off = app.database.onQuery(() => statements++);
  await fn();
  off();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  // Every client finishes the request it has started, so the rate divides by the time actually taken.
  let done = 0;
  const from = performance.now();
  const until = from + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        await fn();
        done++;
      }
    }),
  );
  const elapsed = (performance.now() - from) / 1000;
  return { p50: percentile(times, 50), p99: percentile(times, 99), rps: done / elapsed, statements };
}

async function graphqlRequest(
  app: App,
  document: Parameters<typeof print>[0],
  variables: Record<string, unknown>,
) {
  const response = await app.yoga.fetch("http://bench.local/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function benchBackend(label: string, databaseUrl: string) {
  const app = await buildApp({
    ...loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" }),
    rateLimit: noRateLimit, // throughput is measured here, not limited
  });
  try {
    const started = performance.now();
    const { wideId, deepId, pivotValue } = await generate(app.database.prisma);
    const edges = await app.database.prisma.iocRelation.count();
    const members = await app.database.prisma.collectionIoc.count();
    console.log(
      `\n## ${label}: ${COLLECTIONS} collections, ${FILES + DOMAINS + IPS + URLS} IoCs, ${members} memberships, ` +
        `${edges} edges (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    const db = app.database.prisma;
    const cap = defaultLimits.maxCorrelatingCollections;
    const shapes = [
      {
        name: "wide",
        graph: () => graphqlRequest(app, Wide, { id: globalId("Collection", wideId) }),
        naive: () => naiveWide(db, wideId),
      },
      {
        name: "deep",
        graph: () => graphqlRequest(app, Deep, { id: globalId("Collection", deepId) }),
        naive: () => naiveDeep(db, deepId),
      },
      {
        name: "pivot",
        graph: () => graphqlRequest(app, Pivot, { value: pivotValue }),
        naive: () => naivePivot(db, pivotValue, cap),
      },
    ];
    console.log(
      "| shape | resolvers | p50 | p99 | req/s (8 clients) | SQL statements/request | p50 ratio | req/s ratio |",
    );
    console.log("|---|---|---|---|---|---|---|---|");
    for (const shape of shapes) {
      const fast = await measure(app, shape.graph, SAMPLES);
      const naive = await measure(app, shape.naive, NAIVE_SAMPLES);
      const row = (name: string, f: Figures, ratio: string) =>
        console.log(
          `| ${shape.name} | ${name} | ${fmt(f.p50)} | ${fmt(f.p99)} | ${f.rps.toFixed(2)} | ${f.statements} | ${ratio} |`,
        );
      row("batched (GraphQL)", fast, "1× | 1×");
      row(
        "naive per-row",
        naive,
        `${(naive.p50 / fast.p50).toFixed(1)}× slower | ${(fast.rps / naive.rps).toFixed(1)}× fewer`,
      );
    }
  } finally {
    await app.stop();
  }
}

/** A Relay global id, as the API hands them out. */
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const postgresUrl = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : process.env.TEST_DATABASE_URL;

await benchBackend("PGlite (embedded)", "memory://");
if (postgresUrl) {
  const database = await freshPostgresDatabase(postgresUrl);
  try {
    await benchBackend("PostgreSQL", database.url);
  } finally {
    await database.drop();
  }
} else {
  console.log("\n(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a postgres:// server)");
}
