// GET /metrics on the real process: Bearer token when METRICS_TOKEN is set, the Prometheus text format
// (parsed here), and each metric moving with what happens: operations, errors, open subscriptions, events,
// the enrichment queue, quota and provider errors (against a VirusTotal stand-in), the pool, the hub.
import { parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { backend } from "./helpers/app.js";
import { type OpsServer, startOpsServer } from "./helpers/ops.js";
import { until } from "./helpers/processes.js";
import { subscribeSse } from "./helpers/sse.js";
import { STANDIN_KEY, VtStandin, vtIp } from "./helpers/vt-standin.js";
import { connectWs } from "./helpers/ws.js";

const TOKEN = "metrics-token-123";
const Feed = parse("subscription Feed { collectionsFeed { cursor kind } }");
const CreateCollection = `mutation Create($input: CreateCollectionInput!) {
  createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } }
}`;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text exposition format: `# TYPE name kind` lines and `name{a="b",…} value` samples. */
function parseExposition(text: string): { types: Map<string, string>; samples: Sample[] } {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("# TYPE ")) {
      const [, , name, kind] = line.split(" ");
      if (name && kind) types.set(name, kind);
      continue;
    }
    if (line === "" || line.startsWith("#")) continue;
    const match = line.match(/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[key as string] = value as string;
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return { types, samples };
}

let ops: OpsServer;
let standin: VtStandin;
beforeAll(async () => {
  standin = await VtStandin.start();
  standin.add(vtIp("198.51.100.7")).add(vtIp("198.51.100.8"));
  // The first lookup of .7 fails once with a 500; the worker retries it.
  standin.fail(/198\.51\.100\.7/, { status: 500, code: "TransientError" }, 1);
  ops = await startOpsServer({
    METRICS_TOKEN: TOKEN,
    ENRICHMENT_PROVIDER: "virustotal",
    VT_API_KEY: STANDIN_KEY,
    VT_API_URL: standin.url,
    VT_RATE_PER_MINUTE: "1000",
    VT_DAILY_QUOTA: "500",
    ENRICHMENT_POLL_MS: "50",
    ENRICHMENT_RETRY_SECONDS: "1",
  });
});
afterAll(async () => {
  await ops?.cleanup();
  await standin?.close();
});

async function scrape(): Promise<{
  types: Map<string, string>;
  value(name: string, labels?: Record<string, string>): number | undefined;
}> {
  const response = await fetch(`http://127.0.0.1:${ops.server.port}/metrics`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const { types, samples } = parseExposition(await response.text());
  return {
    types,
    value: (name, labels = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        ?.value,
  };
}

it("refuses a scrape without the Bearer token when METRICS_TOKEN is set", async () => {
  const url = `http://127.0.0.1:${ops.server.port}/metrics`;
  expect((await fetch(url)).status).toBe(401);
  expect((await fetch(url, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
  expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
});

it("registers every metric, with Node's defaults and the rate-limit counter others increment", async () => {
  const { types } = await scrape();
  expect(Object.fromEntries([...types].filter(([name]) => name.startsWith("iocgraph_")))).toEqual({
    iocgraph_graphql_operation_duration_seconds: "histogram",
    iocgraph_http_request_duration_seconds: "histogram",
    iocgraph_graphql_errors_total: "counter",
    iocgraph_subscriptions_open: "gauge",
    iocgraph_subscription_events_total: "counter",
    iocgraph_enrichment_provider_errors_total: "counter",
    iocgraph_rate_limit_rejections_total: "counter",
    iocgraph_live_hub_lag_entries: "gauge",
    iocgraph_enrichment_queue_jobs: "gauge",
    iocgraph_enrichment_quota_remaining: "gauge",
    iocgraph_db_pool_connections: "gauge",
  });
  expect(types.get("process_cpu_user_seconds_total")).toBe("counter");
  expect(types.get("nodejs_heap_size_used_bytes")).toBe("gauge");
});

it("times operations by name and type, and counts errors by code", async () => {
  for (let i = 0; i < 3; i++) await ops.post({ query: "query Probe { __typename }", operationName: "Probe" });
  await ops.post({ query: "{ viewer { user { name } } }" }, { "x-apikey": "iocg_notakey000000" });
  await ops.post({ query: '{ nodes(ids: ["nope"]) { id } }' });
  const m = await scrape();
  const probe = { operation_name: "Probe", operation_type: "query", transport: "http" };
  expect(m.value("iocgraph_graphql_operation_duration_seconds_count", probe)).toBe(3);
  expect(m.value("iocgraph_graphql_operation_duration_seconds_bucket", { ...probe, le: "+Inf" })).toBe(3);
  expect(m.value("iocgraph_graphql_errors_total", { code: "UNAUTHENTICATED" })).toBe(1);
  expect(m.value("iocgraph_graphql_errors_total", { code: "ValidationError", operation_type: "query" })).toBe(
    1,
  );
  expect(
    m.value("iocgraph_http_request_duration_seconds_count", {
      route: "graphql",
      method: "POST",
      status: "401",
    }),
  ).toBe(1);
  expect(m.value("iocgraph_db_pool_connections", { state: "max" })).toBe(backend === "postgres" ? 10 : 1);
});

it("counts open subscriptions by field and transport, and the events delivered", async () => {
  const sse = subscribeSse(ops.server.port, Feed, undefined, { "x-apikey": ops.apiKey });
  await sse.opened;
  const ws = connectWs(ops.server.port, ops.apiKey);
  const feed = ws.subscribe(Feed);
  const open = async (transport: string) =>
    (await scrape()).value("iocgraph_subscriptions_open", { field: "collectionsFeed", transport });
  await until(async () => (await open("ws")) === 1, "the WebSocket subscription to be open");
  expect(await open("sse")).toBe(1);
  await ops.post(
    { query: CreateCollection, variables: { input: { name: "counted", visibility: "PRIVATE" } } },
    { "x-apikey": ops.apiKey },
  );
  await Promise.all([sse.take(1), feed.take(1)]);
  expect((await scrape()).value("iocgraph_subscription_events_total", { field: "collectionsFeed" })).toBe(2);
  expect((await scrape()).value("iocgraph_live_hub_lag_entries")).toBe(0);
  sse.unsubscribe();
  feed.unsubscribe();
  await until(async () => (await open("sse")) === 0 && (await open("ws")) === 0, "both to be closed");
  await ws.dispose();
});

it("shows the enrichment queue, the quota left and provider errors by kind and status", async () => {
  await ops.post(
    {
      query: CreateCollection,
      variables: {
        input: { name: "enriched", iocs: [{ value: "198.51.100.7" }, { value: "198.51.100.8" }] },
      },
    },
    { "x-apikey": ops.apiKey },
  );
  const errors = { provider: "virustotal", kind: "transient", status: "500" };
  await until(
    async () => {
      const m = await scrape();
      return (
        m.value("iocgraph_enrichment_queue_jobs", { provider: "virustotal", state: "queued" }) === 0 &&
        m.value("iocgraph_enrichment_provider_errors_total", errors) === 1
      );
    },
    "the queue to drain after one transient error",
    30_000,
  );
  const m = await scrape();
  // Three lookups reached the provider (one failed); the daily quota counts each.
  expect(standin.requestsTo(/198\.51\.100\./)).toHaveLength(3);
  expect(m.value("iocgraph_enrichment_quota_remaining", { provider: "virustotal", period: "day" })).toBe(
    500 - 3,
  );
  expect(m.value("iocgraph_enrichment_queue_jobs", { provider: "virustotal", state: "running" })).toBe(0);
});
