// npm run bench:pages — how long the human pages take on a 100,000-IoC collection, against a 100-IoC one:
// the permalink's first page, a page deep in the list (keyset cursor), one kind, and an IoC's page. Prints
// p50/p99 of the time until the IoC table has arrived (the page streams the aggregates after it) and of the
// whole page, and SQL statements per page, on PGlite and on PostgreSQL (BENCH_DATABASE_URL, default the local
// server; skipped when it does not answer). Options: --total N (100000), --samples N (30), --backend.
import { parseArgs } from "node:util";
import { buildApp } from "../src/app.js";
import { createApiKey } from "../src/auth/api-keys.js";
import { defaultLimits, noRateLimit } from "../src/config.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";

const { values } = parseArgs({
  options: {
    total: { type: "string", default: "100000" },
    samples: { type: "string", default: "30" },
    backend: { type: "string" },
  },
});
const total = Number(values.total);
const samples = Number(values.samples);
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const ioc = (i: number) =>
  i % 3 === 0
    ? { type: "DOMAIN", value: `host${i}.pages-${i % 97}.example.com` }
    : i % 3 === 1
      ? { type: "IP_ADDRESS", value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }
      : { type: "URL", value: `http://pages-${i % 89}.example.net/p/${i}` };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function measure(backend: "pglite" | "postgres") {
  const fresh = backend === "postgres" ? await freshPostgresDatabase(adminUrl) : undefined;
  const app = await buildApp({
    port: 0,
    host: "127.0.0.1",
    databaseUrl: fresh?.url ?? "memory://",
    dataDir: "",
    redisUrl: undefined,
    logLevel: "silent",
    rateLimit: noRateLimit, // throughput is measured here, not limited
    limits: { ...defaultLimits, maxIocsPerCall: 10_000 },
  });
  try {
    const user = await app.database.prisma.user.create({ data: { name: "bench" } });
    const { secret } = await createApiKey(app.database.prisma, user.id);
    const gql = async (query: string, variables: unknown) => {
      const response = await app.yoga.fetch("http://bench/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-apikey": secret },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: { createCollection?: { collection: { id: string } } };
      };
      return body.data;
    };
    const create = async (name: string, size: number) => {
      const created = await gql(
        "mutation($input: CreateCollectionInput!) { createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } } }",
        { input: { name } },
      );
      const id = created?.createCollection?.collection.id as string;
      for (let from = 0; from < size; from += 10_000) {
        const iocs = Array.from({ length: Math.min(10_000, size - from) }, (_, k) => ioc(from + k));
        await gql("mutation($input: AddIocsInput!) { addIocs(input: $input) { __typename } }", {
          input: { collectionId: id, iocs },
        });
      }
      return id;
    };
    const small = await create("small", 100);
    const started = performance.now();
    const large = await create("large", total);
    const loadSeconds = (performance.now() - started) / 1000;

    const time = async (path: string) => {
      const table: number[] = [];
      const whole: number[] = [];
      let statements = 0;
      let rows = 0;
      for (let i = 0; i < samples + 2; i++) {
        let count = 0;
        const off = app.database.onQuery(() => count++);
        const t0 = performance.now();
        const response = await app.yoga.fetch(`http://bench${path}`, { headers: { accept: "text/html" } });
        if (response.status !== 200 || !response.body) throw new Error(`${path}: ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let html = "";
        let tableMs = 0;
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          html += value;
          if (!tableMs && html.includes("</table>")) tableMs = performance.now() - t0;
        }
        const ms = performance.now() - t0;
        off();
        if (i >= 2) {
          // two warm-up reads
          table.push(tableMs || ms);
          whole.push(ms);
        }
        statements = count;
        rows = html.split("<tr data-id=").length - 1;
      }
      table.sort((a, b) => a - b);
      whole.sort((a, b) => a - b);
      return {
        p50: percentile(table, 0.5),
        p99: percentile(table, 0.99),
        whole50: percentile(whole, 0.5),
        whole99: percentile(whole, 0.99),
        statements,
        rows,
      };
    };
    // A cursor deep in the large collection: the seq of an IoC added about halfway.
    const middle = await app.database.prisma.collectionIoc.findFirst({
      where: { collectionId: Buffer.from(large, "base64").toString().split(":")[1] },
      orderBy: { seq: "asc" },
      skip: Math.floor(total / 2),
      select: { seq: true },
    });
    const cases = [
      ["first page", (id: string) => `/collections/${encodeURIComponent(id)}`],
      ["one kind", (id: string) => `/collections/${encodeURIComponent(id)}?type=DOMAIN`],
      ["deep page", (id: string) => `/collections/${encodeURIComponent(id)}?before=${middle?.seq ?? 1}`],
    ] as const;
    console.log(`\n${backend}: ${total.toLocaleString("en-US")} IoCs loaded in ${loadSeconds.toFixed(1)} s`);
    console.log(
      "page          collection   table p50    p99   whole p50    p99  statements  rows  table p50 vs 100",
    );
    for (const [label, path] of cases) {
      const base = await time(path(small));
      const big = await time(path(large));
      for (const [size, r] of [
        ["100", base],
        [total.toLocaleString("en-US"), big],
      ] as const) {
        const ratio = size === "100" ? "" : `${(r.p50 / base.p50).toFixed(2)}×`;
        console.log(
          [
            label.padEnd(13),
            size.padStart(10),
            r.p50.toFixed(1).padStart(12),
            r.p99.toFixed(1).padStart(6),
            r.whole50.toFixed(1).padStart(11),
            r.whole99.toFixed(1).padStart(6),
            String(r.statements).padStart(11),
            String(r.rows).padStart(5),
            ratio.padStart(17),
          ].join(" "),
        );
      }
    }
    const iocPage = await time(`/iocs/${encodeURIComponent("host3.pages-3.example.com")}`);
    console.log(
      `IoC page (in both) p50 ${iocPage.whole50.toFixed(1)} ms, p99 ${iocPage.whole99.toFixed(1)} ms, ${iocPage.statements} statements`,
    );
  } finally {
    await app.stop();
    await fresh?.drop();
  }
}

const backends = values.backend
  ? [values.backend as "pglite" | "postgres"]
  : (["pglite", "postgres"] as const);
for (const backend of backends) {
  if (backend === "postgres") {
    const reachable = await freshPostgresDatabase(adminUrl).then(
      (probe) => probe.drop().then(() => true),
      () => false,
    );
    if (!reachable) {
      console.log(`\npostgres: skipped (${adminUrl} does not answer)`);
      continue;
    }
  }
  await measure(backend);
}
