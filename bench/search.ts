// IoC search (Query.iocs) on a generated dataset on PostgreSQL: BENCH_SEARCH_SIZE IoCs (default 1,000,000) of
// the four types, 70% enriched, held by 2,000 collections (5% private), made with INSERT … SELECT
// generate_series (the sightings through the database's own triggers). For each filter: the EXPLAIN ANALYZE
// plan of its page statement, then p50/p99 latency and req/s with 8 concurrent clients over HTTP (autocannon).
//
//   npm run bench:search
//   BENCH_SEARCH_SIZE=100000 BENCH_SECONDS=3 npm run bench:search
import autocannon from "autocannon";
import { print } from "graphql";
import { buildApp } from "../src/app.js";
import { createApiKey, viewerFor } from "../src/auth/api-keys.js";
import { loadConfig } from "../src/config.js";
import type { Db } from "../src/db.js";
import { Prisma } from "../src/generated/prisma/client.js";
import { type IocOrderField, searchPageSql } from "../src/search/iocSearch.js";
import { checkFilter, parseSearchQuery } from "../src/search/searchQuery.js";
import { graphql } from "../test/gql/index.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";

const SIZE = Number(process.env.BENCH_SEARCH_SIZE ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const COLLECTIONS = 2_000;
const CHUNK = 100_000;
const CONCURRENCY = 8;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const Search = graphql(`
  query BenchSearch($query: String, $orderBy: IocOrderField) {
    iocs(query: $query, orderBy: $orderBy, first: 20) { edges { node { value } } }
  }
`);
const SearchCounted = graphql(`
  query BenchSearchCounted($query: String, $orderBy: IocOrderField) {
    iocs(query: $query, orderBy: $orderBy, first: 20) { totalCount edges { node { value } } }
  }
`);

interface Case {
  name: string;
  query?: string;
  orderBy?: IocOrderField;
  viewer?: "owner";
  counted?: boolean;
}

const cases: Case[] = [
  { name: "no filter (most recently sighted)" },
  { name: "type:domain", query: "type:domain" },
  { name: "p:60+ (rare)", query: "p:60+" },
  { name: "p:5+ (common)", query: "p:5+" },
  { name: "country:RU", query: "country:RU" },
  { name: "asn:64512", query: "asn:64512" },
  { name: "tag:c2", query: "tag:c2" },
  { name: "fs:2024-06-01+", query: "fs:2024-06-01+" },
  { name: "ls:2021-01-01-", query: "ls:2021-01-01-" },
  { name: "collections:3+", query: "collections:3+" },
  { name: "valueContains zone1234.", query: "zone1234." },
  { name: "valueContains login-", query: "login-" },
  { name: "status:fresh", query: "status:fresh" },
  { name: "type:ip country:RU p:10+", query: "type:ip country:RU p:10+" },
  { name: "order DETECTIONS", orderBy: "DETECTIONS" },
  { name: "order COLLECTIONS", orderBy: "COLLECTIONS" },
  { name: "order FIRST_SEEN, tag:c2", query: "tag:c2", orderBy: "FIRST_SEEN" },
  { name: "signed in: no filter", viewer: "owner" },
  { name: "signed in: country:RU p:10+", query: "country:RU p:10+", viewer: "owner" },
  { name: "type:domain + totalCount", query: "type:domain", counted: true },
  { name: "tag:c2 + totalCount", query: "tag:c2", counted: true },
];

async function generate(db: Db): Promise<void> {
  const run = (sql: string) => db.$executeRawUnsafe(sql);
  await run(`INSERT INTO "User" (id, name) VALUES ('bench-owner', 'bench-owner')`);
  // Every 20th collection is private to the owner; the rest are public.
  await run(`INSERT INTO "Collection" (id, name, "ownerId", visibility)
    SELECT 'c' || g, 'collection ' || g, 'bench-owner',
           (CASE WHEN g % 20 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END)::"Visibility"
    FROM generate_series(0, ${COLLECTIONS - 1}) g`);
  for (let from = 0; from < SIZE; from += CHUNK) {
    const to = Math.min(SIZE, from + CHUNK) - 1;
    await run(`INSERT INTO "Ioc" (id, type, value, sha256, "createdAt")
      SELECT 'x' || g, t.type::"IocType", t.value, CASE WHEN t.type = 'FILE' THEN t.value END, now()
      FROM generate_series(${from}, ${to}) g, LATERAL (SELECT
        CASE g % 4 WHEN 0 THEN 'FILE' WHEN 1 THEN 'DOMAIN' WHEN 2 THEN 'IP_ADDRESS' ELSE 'URL' END AS type,
        CASE g % 4
          WHEN 0 THEN md5(g::text) || md5((g + 7)::text)
          WHEN 1 THEN (CASE WHEN g % 97 = 1 THEN 'login-' ELSE '' END) || 'host' || g || '.zone' || (g % 5000) || '.example.com'
          WHEN 2 THEN (10 + g / 16777216) || '.' || ((g / 65536) % 256) || '.' || ((g / 256) % 256) || '.' || (g % 256)
          ELSE 'https://site' || (g % 100000) || '.example.net/p/' || g
        END AS value) t`);
    // 70% enriched; IPs get a country and an AS.
    await run(`INSERT INTO "Enrichment" ("iocId", provider, status, "fetchedAt", malicious, suspicious, harmless,
        undetected, timeout, total, "firstSeen", "lastSeen", tags, country, asn, names, categories)
      SELECT 'x' || g, 'virustotal', 'FRESH', now() - (g % 1000) * interval '1 minute',
        CASE WHEN g % 10 < 5 THEN 0 ELSE ((g::bigint * 7919) % 70)::int END, 0, 10, 50, 0, 70,
        timestamp '2020-01-01' + (g % 2000) * interval '1 day',
        timestamp '2020-01-01' + (g % 2000 + g % 300) * interval '1 day',
        CASE g % 50 WHEN 0 THEN '{c2}'::text[] WHEN 1 THEN '{c2,apt}' WHEN 2 THEN '{phishing}' ELSE '{}' END,
        CASE WHEN g % 4 = 2 THEN (ARRAY['US','RU','CN','NL','DE','FR','GB','BR','IN','KR'])[(g / 4) % 10 + 1] END,
        CASE WHEN g % 4 = 2 THEN 64500 + (g / 4) % 500 END, '{}', '{}'
      FROM generate_series(${from}, ${to}) g WHERE g % 10 < 7`);
    // Every IoC in one collection, 10% in a second, 1% in a third; sighted over the last ~12 days.
    await run(`INSERT INTO "CollectionIoc" ("collectionId", "iocId", "addedAt")
      SELECT 'c' || c, 'x' || g, now() - (g % 1000000) * interval '1 second' - k * interval '1 hour'
      FROM generate_series(${from}, ${to}) g,
           LATERAL (VALUES (0, g % ${COLLECTIONS}), (1, (g * 31 + 7) % ${COLLECTIONS}),
                           (2, (g * 17 + 3) % ${COLLECTIONS})) AS v(k, c)
      WHERE k = 0 OR (k = 1 AND g % 10 = 0) OR (k = 2 AND g % 100 = 0)
      ON CONFLICT DO NOTHING`);
    process.stdout.write(`  ${to + 1} IoCs\r`);
  }
  // The reach, as src/access/reach.ts keeps it (no edges here): held IoCs, for the owner and, when public, "*".
  await run(`INSERT INTO "IocReach" (scope, "iocId")
    SELECT DISTINCT s, m."iocId" FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId",
      LATERAL (SELECT c."ownerId" AS s UNION ALL SELECT '*' WHERE c.visibility = 'PUBLIC') scopes
    ON CONFLICT DO NOTHING`);
  await run("ANALYZE");
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

async function main() {
  const database = await freshPostgresDatabase(ADMIN_URL);
  const app = await buildApp(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: "silent" }));
  try {
    const db = app.database.prisma;
    const started = performance.now();
    await generate(db);
    const counts = await db.$queryRaw<
      { iocs: number; members: number; enriched: number; sightings: number }[]
    >`
      SELECT (SELECT count(*)::int FROM "Ioc") AS iocs, (SELECT count(*)::int FROM "CollectionIoc") AS members,
             (SELECT count(*)::int FROM "Enrichment") AS enriched, (SELECT count(*)::int FROM "Sighting") AS sightings`;
    console.log(
      `# IoC search on PostgreSQL: ${counts[0].iocs} IoCs, ${counts[0].enriched} enriched, ` +
        `${counts[0].members} memberships in ${COLLECTIONS} collections, ${counts[0].sightings} sighting rows ` +
        `(generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    const { secret } = await createApiKey(db, "bench-owner");
    const owner = await viewerFor(db, secret);
    const port = await app.start(0);
    const rows: string[] = [];
    for (const c of cases) {
      const viewer = c.viewer ? owner : null;
      const options = {
        viewer,
        filter: checkFilter(c.query ? parseSearchQuery(c.query) : {}),
        orderBy: c.orderBy ?? "LAST_SIGHTED",
        direction: "DESC" as const,
      };
      const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${searchPageSql(options, { limit: 21 })}`,
      );
      console.log(`\n## ${c.name}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
      const body = JSON.stringify({
        query: print(c.counted ? SearchCounted : Search),
        variables: { query: c.query, orderBy: c.orderBy },
      });
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (c.viewer) headers["x-apikey"] = secret;
      const check = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers, body });
      const text = await check.text();
      if (!check.ok || text.includes('"errors"')) throw new Error(`${c.name}: ${text.slice(0, 300)}`);
      const found = (text.match(/"value"/g) ?? []).length;
      const result = await autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        method: "POST",
        headers,
        body,
        connections: CONCURRENCY,
        duration: SECONDS,
      });
      if (result.errors || result.non2xx)
        throw new Error(`${c.name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
      const row =
        `| ${c.name.padEnd(32)} | ${String(found).padStart(4)} | ${fmt(result.latency.p50)} | ${fmt(result.latency.p99)} | ` +
        `${(result.requests.total / result.duration).toFixed(1).padStart(7)} |`;
      // Each figure as soon as it is measured, and all of them together at the end.
      console.log(`latency: ${row}`);
      rows.push(row);
    }
    console.log(
      `\n## Latency at concurrency ${CONCURRENCY} over HTTP (${SECONDS} s per filter, first: 20)\n`,
    );
    console.log(`| ${"search".padEnd(32)} | hits |        p50 |        p99 |   req/s |`);
    console.log(`| ${"-".repeat(32)} | ---: | ---------: | ---------: | ------: |`);
    for (const row of rows) console.log(row);
  } finally {
    await app.stop();
    if (process.env.BENCH_KEEP === "1") console.log(`kept: ${database.url}`);
    else await database.drop();
  }
}

await main();
