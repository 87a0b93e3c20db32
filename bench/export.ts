// npm run bench:export — exports a collection of 100,000 enriched IoCs (and one of 10,000) in every format over
// HTTP, each export in a process of its own, and prints time, size, peak RSS and peak heap. Memory that does not
// depend on the collection's size shows as a peak-RSS ratio near 1 between the two sizes (the IoCs grow 10×), and
// as a live heap (after a full GC, sampled while the body streams) that does not grow with them.
// Options: --total N (default 100000), --backend pglite|postgres (default both; PostgreSQL at
// BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres, in a fresh database).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.js";
import { createApiKey } from "../src/auth/api-keys.js";
import { type Config, defaultLimits, noRateLimit } from "../src/config.js";
import { exportFormatNames } from "../src/exchange/export.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";
import { benchIoc } from "./iocs.js";

const { values } = parseArgs({
  options: {
    total: { type: "string", default: "100000" },
    backend: { type: "string" },
    step: { type: "string" },
    databaseUrl: { type: "string" },
    dataDir: { type: "string" },
    format: { type: "string" },
    id: { type: "string" },
  },
});
const total = Number(values.total);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function config(databaseUrl: string | undefined, dataDir: string): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    databaseUrl,
    dataDir,
    redisUrl: undefined,
    logLevel: "silent",
    rateLimit: noRateLimit, // throughput is measured here, not limited
    limits: { ...defaultLimits, maxIocsPerCall: 100_000 },
  };
}

/** Child step: two collections (total/10 and total IoCs) through the API, every IoC enriched; prints ids. */
async function seed(databaseUrl: string | undefined, dataDir: string) {
  const app = await buildApp(config(databaseUrl, dataDir));
  try {
    const db = app.database.prisma;
    const user = await db.user.create({ data: { name: "bench" } });
    const { secret } = await createApiKey(db, user.id);
    const gql = async (query: string, variables: unknown) => {
      const response = await app.yoga.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-apikey": secret },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, { collection?: { id: string } }> };
      if (!body.data) throw new Error(JSON.stringify(body));
      return body.data;
    };
    const ids: Record<string, string> = {};
    for (const [size, offset] of [
      [total / 10, 10_000_000],
      [total, 0],
    ]) {
      const created = await gql(
        "mutation($input: CreateCollectionInput!) { createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } } }",
        { input: { name: `Bench export ${size}`, tags: ["bench", "export"] } },
      );
      const id = created.createCollection.collection?.id as string;
      for (let start = 0; start < size; start += 10_000) {
        const iocs = Array.from({ length: Math.min(10_000, size - start) }, (_, k) =>
          benchIoc(offset + start + k),
        );
        await gql("mutation($input: AddIocsInput!) { addIocs(input: $input) { __typename } }", {
          input: { collectionId: id, iocs },
        });
      }
      ids[size] = id;
    }
    await db.$executeRaw`
      INSERT INTO "Enrichment" ("iocId", provider, status, "fetchedAt", malicious, suspicious, harmless,
        undetected, timeout, total, "firstSeen", "lastSeen", tags, country, asn, "asOwner")
      SELECT id, 'offline', 'FRESH', now(), 12, 1, 0, 80, 1, 94, now() - interval '30 days', now(),
        ARRAY['bench', 'c2'], 'NL', 64500, 'Example Hosting B.V.'
      FROM "Ioc"`;
    console.log(JSON.stringify({ ids, apiKey: secret }));
  } finally {
    await app.stop();
  }
}

/** Child step: one export over real HTTP, the body read and dropped as it arrives. */
async function exportOnce(databaseUrl: string | undefined, dataDir: string, format: string, id: string) {
  const app = await buildApp(config(databaseUrl, dataDir));
  try {
    const port = await app.start(0, "127.0.0.1");
    const url = `http://127.0.0.1:${port}/collections/${encodeURIComponent(id)}/export/${format}`;
    let heapPeak = 0;
    const sampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 10);
    const start = performance.now();
    const response = await fetch(url);
    if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
    // What the export holds, apart from garbage not yet collected: the heap after a full GC, now and then.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const base = process.memoryUsage().heapUsed;
    let live = 0;
    let bytes = 0;
    let chunks = 0;
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.length;
      if (gc && ++chunks % 50 === 0) {
        gc();
        live = Math.max(live, process.memoryUsage().heapUsed - base);
      }
    }
    const ms = performance.now() - start;
    clearInterval(sampler);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ ms, bytes, peakRss, heapPeak, live }));
  } finally {
    await app.stop();
  }
}

interface Measured {
  ms: number;
  bytes: number;
  peakRss: number;
  heapPeak: number;
  live: number;
}

function row(format: string, size: number, r: Measured, ratio: string): string {
  const mb = (n: number, digits = 0) => (n / 1024 / 1024).toFixed(digits);
  const cells = [
    format.padEnd(6),
    String(size).padStart(7),
    mb(r.bytes, 1).padStart(6),
    (r.ms / 1000).toFixed(2).padStart(5),
    String(Math.round(size / (r.ms / 1000))).padStart(7),
    mb(r.peakRss).padStart(11),
    mb(r.heapPeak).padStart(12),
    mb(r.live, 1).padStart(13),
    ratio,
  ];
  return cells.join(" | ");
}

function child(args: string[]) {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", new URL(import.meta.url).pathname, ...args],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
}

async function run(backend: "pglite" | "postgres") {
  let where: string[];
  let drop: () => Promise<void>;
  if (backend === "postgres") {
    const fresh = await freshPostgresDatabase(adminUrl);
    where = ["--databaseUrl", fresh.url];
    drop = fresh.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "iocgraph-bench-export-"));
    where = ["--dataDir", join(dir, "data")];
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const seedStart = performance.now();
    const { ids } = child(["--step", "seed", "--total", String(total), ...where]);
    console.log(
      `${backend}: seeded ${total / 10} + ${total} enriched IoCs in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    console.log(
      "format | IoCs    | MB out | s     | IoCs/s  | peak RSS MB | peak heap MB | live heap MB | peak RSS, 10× IoCs",
    );
    for (const format of exportFormatNames) {
      const small = child(["--step", "export", "--format", format, "--id", ids[total / 10], ...where]);
      const large = child(["--step", "export", "--format", format, "--id", ids[total], ...where]);
      console.log(row(format, total / 10, small, ""));
      console.log(row(format, total, large, `${(large.peakRss / small.peakRss).toFixed(2)}×`));
    }
  } finally {
    await drop();
  }
}

const databaseUrl = values.databaseUrl;
const dataDir = values.dataDir ?? "";
if (values.step === "seed") await seed(databaseUrl, dataDir);
else if (values.step === "export")
  await exportOnce(databaseUrl, dataDir, values.format ?? "", values.id ?? "");
else {
  console.log(`bench:export — ${total} enriched IoCs per collection, each export in a process of its own`);
  const backends = values.backend
    ? [values.backend as "pglite" | "postgres"]
    : (["pglite", "postgres"] as const);
  for (const backend of backends) await run(backend);
}
