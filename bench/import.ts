// npm run bench:import — adds 100,000 IoCs (typed lists, several calls) to one collection through the API,
// then reads them back page by page. Prints time, IoCs/s and peak RSS for PGlite and for PostgreSQL, each
// measured in a process of its own so the RSS figures do not mix.
// Options: --total N (default 100000), --batch N (10000), --page N (1000), --backend pglite|postgres.
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a fresh database is
// created and dropped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.js";
import { createApiKey } from "../src/auth/api-keys.js";
import { defaultLimits, noRateLimit } from "../src/config.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";
import { benchIoc } from "./iocs.js";

const { values } = parseArgs({
  options: {
    total: { type: "string", default: "100000" },
    batch: { type: "string", default: "10000" },
    page: { type: "string", default: "1000" },
    backend: { type: "string" },
  },
});
const total = Number(values.total);
const batch = Number(values.batch);
const pageSize = Number(values.page);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// biome-ignore lint/suspicious/noExplicitAny: untyped JSON answers, read at a few known paths
type Answer = Record<string, any>;

async function measure(backend: "pglite" | "postgres") {
  let databaseUrl: string | undefined;
  let dataDir = "";
  let drop = async () => {};
  if (backend === "postgres") {
    const fresh = await freshPostgresDatabase(adminUrl);
    databaseUrl = fresh.url;
    drop = fresh.drop;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "iocgraph-bench-"));
    drop = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const app = await buildApp({
    port: 0,
    host: "127.0.0.1",
    databaseUrl,
    dataDir,
    redisUrl: undefined,
    logLevel: "silent",
    rateLimit: noRateLimit, // throughput is measured here, not limited
    limits: { ...defaultLimits, maxPageSize: Math.max(pageSize, defaultLimits.maxPageSize) },
  });
  const gql = async (query: string, variables: unknown, apiKey: string) => {
    const response = await app.yoga.fetch("http://bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-apikey": apiKey },
      body: JSON.stringify({ query, variables }),
    });
    // The benchmark reads a few known paths of the answer; a loose type keeps it short.
    const body = (await response.json()) as { data?: Answer; errors?: unknown };
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  try {
    const user = await app.database.prisma.user.create({ data: { name: "bench" } });
    const { secret } = await createApiKey(app.database.prisma, user.id);
    const created = await gql(
      "mutation($input: CreateCollectionInput!) { createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } } }",
      { input: { name: "Bench import" } },
      secret,
    );
    const id = created.createCollection.collection.id as string;

    const importStart = performance.now();
    let added = 0;
    for (let start = 0; start < total; start += batch) {
      const iocs = Array.from({ length: Math.min(batch, total - start) }, (_, k) => benchIoc(start + k));
      const result = await gql(
        "mutation($input: AddIocsInput!) { addIocs(input: $input) { ... on AddIocsPayload { report { added } } ... on Error { message } } }",
        { input: { collectionId: id, iocs } },
        secret,
      );
      if (!result.addIocs.report) throw new Error(JSON.stringify(result.addIocs));
      added += result.addIocs.report.added;
    }
    const importMs = performance.now() - importStart;
    if (added !== total) throw new Error(`added ${added}, expected ${total}`);

    const readStart = performance.now();
    let read = 0;
    let after: string | null = null;
    do {
      const data = await gql(
        "query($id: ID!, $first: Int!, $after: String) { collection(id: $id) { iocs(first: $first, after: $after) { edges { node { type value } } pageInfo { hasNextPage endCursor } } } }",
        { id, first: pageSize, after },
        secret,
      );
      const iocs = data.collection.iocs;
      read += iocs.edges.length;
      after = iocs.pageInfo.hasNextPage ? iocs.pageInfo.endCursor : null;
    } while (after);
    const readMs = performance.now() - readStart;
    if (read !== total) throw new Error(`read ${read}, expected ${total}`);

    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      JSON.stringify({
        backend,
        total,
        importS: importMs / 1000,
        importPerS: total / (importMs / 1000),
        readS: readMs / 1000,
        readPerS: total / (readMs / 1000),
        peakRssMb: rssMb,
      }),
    );
  } finally {
    await app.stop();
    await drop();
  }
}

if (values.backend === "pglite" || values.backend === "postgres") {
  await measure(values.backend);
} else {
  console.log(`bench:import — ${total} IoCs in calls of ${batch}, read back in pages of ${pageSize}`);
  console.log(
    "backend   | import s | IoCs/s  | read s | IoCs/s  | peak RSS MB | total s (target < 30 s, < 512 MB)",
  );
  for (const backend of ["pglite", "postgres"] as const) {
    const out = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        new URL(import.meta.url).pathname,
        "--backend",
        backend,
        "--total",
        String(total),
        "--batch",
        String(batch),
        "--page",
        String(pageSize),
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    const r = JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
    console.log(
      `${backend.padEnd(9)} | ${r.importS.toFixed(1).padStart(8)} | ${Math.round(r.importPerS).toString().padStart(7)} | ${r.readS.toFixed(1).padStart(6)} | ${Math.round(r.readPerS).toString().padStart(7)} | ${r.peakRssMb.toFixed(0).padStart(11)} | ${(r.importS + r.readS).toFixed(1)}`,
    );
  }
}
