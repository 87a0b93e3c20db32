// npm run bench:import — adds 100,000 IoCs to one collection over HTTP, as typed lists (addIocs `iocs`) and
// as pasted text (addIocs `rawText`, defanged values in report-like lines), then reads them back page by page.
// Each backend × input form runs in a process of its own so the peak RSS figures do not mix; a separate probe
// process asks GET /healthz every 20 ms during the import, as a liveness probe would, and reports p50/p99/max.
// Prints time, IoCs/s, peak RSS and /healthz latency, and whether each target of issue 14 is met
// (import < 30 s, peak RSS < 512 MB, /healthz p99 < 100 ms).
// Options: --total N (default 100000), --batch N (IoCs per call, default 10000), --page N (1000),
//   --backend pglite|postgres, --form typed|raw (default: every combination).
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a fresh database is
// created and dropped. PGlite: a fresh data directory under the system's temporary directory.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
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
    form: { type: "string" },
  },
});
const total = Number(values.total);
const batch = Number(values.batch);
const pageSize = Number(values.page);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
type Backend = "pglite" | "postgres";
type Form = "typed" | "raw";

const TARGET_S = 30;
const TARGET_RSS_MB = 512;
const TARGET_HEALTHZ_P99_MS = 100;

// biome-ignore lint/suspicious/noExplicitAny: untyped JSON answers, read at a few known paths
type Answer = Record<string, any>;

/** IoCs `start`…`start + count - 1` as lines of a pasted report: a third of them defanged. */
function benchText(start: number, count: number): string {
  const defang = (value: string) => value.replace(/^http/, "hxxp").replaceAll(".", "[.]");
  const lines: string[] = [];
  for (let i = start; i < start + count; i++) {
    const ioc = benchIoc(i);
    lines.push(
      `- ${ioc.type.toLowerCase()} ${i % 3 === 0 ? defang(ioc.value) : ioc.value} seen 2024-01-0${(i % 9) + 1}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

// The probe: plain JavaScript in a process of its own (its own event loop, as a kubelet's would be). It asks
// until its standard input closes, then prints the latencies in ms as one JSON line.
const probeSource = `
const url = process.argv[1];
const latencies = [];
let running = true;
// A first answer (connection made, code warm) before the import starts: it is not a sample.
await fetch(url).then((r) => r.text());
console.log("ready");
process.stdin.on("end", () => { running = false; });
process.stdin.resume();
while (running) {
  const started = performance.now();
  try { const r = await fetch(url); await r.text(); if (r.status !== 200) latencies.push(-1); else latencies.push(performance.now() - started); }
  catch { latencies.push(-1); }
  await new Promise((resolve) => setTimeout(resolve, 20));
}
console.log(JSON.stringify(latencies));
`;

async function startProbe(url: string) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", probeSource, url], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  const ready = new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.startsWith("ready\n")) resolve();
    });
  });
  await ready;
  return async () => {
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.stdin.end();
    await exited;
    const latencies: number[] = JSON.parse(out.slice("ready\n".length).trim() || "[]");
    const failed = latencies.filter((ms) => ms < 0).length;
    const ok = latencies.filter((ms) => ms >= 0).sort((a, b) => a - b);
    const at = (q: number) => ok[Math.min(ok.length - 1, Math.floor(q * ok.length))] ?? Number.NaN;
    return { samples: latencies.length, failed, p50: at(0.5), p99: at(0.99), max: ok.at(-1) ?? Number.NaN };
  };
}

async function measure(backend: Backend, form: Form) {
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
    dataDir: join(dataDir, "db"),
    redisUrl: undefined,
    logLevel: "silent",
    rateLimit: noRateLimit, // throughput is measured here, not limited
    limits: { ...defaultLimits, maxPageSize: Math.max(pageSize, defaultLimits.maxPageSize) },
  });
  const port = await app.start(0, "127.0.0.1");
  const base = `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: unknown, apiKey: string) => {
    const response = await fetch(`${base}/graphql`, {
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

    const stopProbe = await startProbe(`${base}/healthz`);
    const importStart = performance.now();
    let added = 0;
    for (let start = 0; start < total; start += batch) {
      const count = Math.min(batch, total - start);
      const input =
        form === "typed"
          ? { collectionId: id, iocs: Array.from({ length: count }, (_, k) => benchIoc(start + k)) }
          : { collectionId: id, rawText: benchText(start, count) };
      const result = await gql(
        "mutation($input: AddIocsInput!) { addIocs(input: $input) { ... on AddIocsPayload { report { added } } ... on Error { message } } }",
        { input },
        secret,
      );
      if (!result.addIocs.report) throw new Error(JSON.stringify(result.addIocs));
      added += result.addIocs.report.added;
    }
    const importMs = performance.now() - importStart;
    const healthz = await stopProbe();
    const importRssMb = process.resourceUsage().maxRSS / 1024;
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

    console.log(
      JSON.stringify({
        backend,
        form,
        importS: importMs / 1000,
        readS: readMs / 1000,
        importRssMb,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        healthz,
      }),
    );
  } finally {
    await app.stop();
    await drop();
  }
}

const mark = (ok: boolean) => (ok ? "met" : "MISSED");

if (values.backend && values.form) {
  await measure(values.backend as Backend, values.form as Form);
} else {
  const backends: Backend[] = values.backend ? [values.backend as Backend] : ["pglite", "postgres"];
  const forms: Form[] = values.form ? [values.form as Form] : ["typed", "raw"];
  console.log(
    `bench:import — ${total} IoCs in calls of ${batch} (typed lists, or pasted text of ~${Math.round(benchText(0, batch).length / 1024)} KiB), read back in pages of ${pageSize}; load ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    "backend  | form  | import s | IoCs/s | read s | peak RSS MB import / +read | /healthz p50 / p99 / max ms (n)  | targets: < 30 s, < 512 MB, p99 < 100 ms",
  );
  for (const backend of backends) {
    for (const form of forms) {
      const args = [
        "--import",
        "tsx",
        new URL(import.meta.url).pathname,
        "--backend",
        backend,
        "--form",
        form,
      ];
      args.push("--total", String(total), "--batch", String(batch), "--page", String(pageSize));
      const out = execFileSync(process.execPath, args, {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      const r = JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
      const h = r.healthz;
      const probe = `${h.p50.toFixed(1)} / ${h.p99.toFixed(1)} / ${h.max.toFixed(1)} (${h.samples}${h.failed ? `, ${h.failed} failed` : ""})`;
      console.log(
        [
          backend.padEnd(8),
          form.padEnd(5),
          r.importS.toFixed(1).padStart(8),
          Math.round(total / r.importS)
            .toString()
            .padStart(6),
          r.readS.toFixed(1).padStart(6),
          `${r.importRssMb.toFixed(0)} / ${r.peakRssMb.toFixed(0)}`.padStart(27),
          probe.padEnd(32),
          `${mark(r.importS < TARGET_S)}, ${mark(r.importRssMb < TARGET_RSS_MB)}, ${mark(h.p99 < TARGET_HEALTHZ_P99_MS && !h.failed)}; load ${loadavg()[0].toFixed(2)}`,
        ].join(" | "),
      );
    }
  }
}
