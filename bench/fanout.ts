// Fan-out benchmark: N WebSocket subscribers on one collection, M mutations; delivery latency from commit to
// receipt (p50/p99), events delivered per second, and server memory. First one instance, then the same
// subscribers split across two instances sharing PostgreSQL and Redis.
//
//   npm run bench:fanout            (BENCH_SUBSCRIBERS=1000 BENCH_MUTATIONS=100 by default)
//
// Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) and, for the
// second run, Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379). Servers run as separate processes
// (`iocgraph serve`), so the RSS printed is the server's alone; the clients share the machine's cores.
import { randomBytes } from "node:crypto";
import { type ExecutionResult, print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { createApiKey } from "../src/auth/api-keys.js";
import { openDatabase } from "../src/db.js";
import { graphql } from "../test/gql/index.js";
import { freshPostgresDatabase } from "../test/helpers/app.js";
import { AddIocs, CreateCollection } from "../test/helpers/documents.js";
import { type ServerProcess, startServer } from "../test/helpers/processes.js";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const MUTATIONS = Number(process.env.BENCH_MUTATIONS ?? 100);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const TARGET_P99_MS = 250;

const FanoutEvents = graphql(`
  subscription FanoutEvents($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) {
      cursor
      kind
      at
      iocs { value }
      collection { id name counts { total } }
    }
  }
`);

const FanoutCursor = graphql(`
  query FanoutCursor($id: ID!) { collectionChanges(id: $id, last: 1) { pageInfo { endCursor } } }
`);

async function http<R>(port: number, document: unknown, variables: unknown, apiKey?: string): Promise<R> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey && { "x-apikey": apiKey }) },
    body: JSON.stringify({ query: print(document as never), variables }),
  });
  const result = (await response.json()) as ExecutionResult<R>;
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Throughput is measured here, not limited: 1,000 subscribers from one address would spend its budget.
const unlimited = { RATE_LIMIT_PER_MINUTE: "0", RATE_LIMIT_ANONYMOUS_PER_MINUTE: "0" };

async function run(label: string, instances: number, env: Record<string, string>): Promise<void> {
  const database = await freshPostgresDatabase();
  const servers: ServerProcess[] = [];
  const clients: Client[] = [];
  const db = openDatabase({ databaseUrl: database.url, dataDir: "" });
  try {
    for (let i = 0; i < instances; i++)
      servers.push(await startServer({ DATABASE_URL: database.url, ...unlimited, ...env }));
    const primary = servers[0] as ServerProcess;
    const user = await db.prisma.user.create({ data: { name: `bench-${randomBytes(3).toString("hex")}` } });
    const { secret: apiKey } = await createApiKey(db.prisma, user.id);
    const created = await http<{ createCollection: { collection?: { id: string } } }>(
      primary.port,
      CreateCollection,
      { input: { name: "Fan-out" } },
      apiKey,
    );
    const id = created.createCollection.collection?.id as string;
    const since = (
      await http<{ collectionChanges: { pageInfo: { endCursor: string } } }>(primary.port, FanoutCursor, {
        id,
      })
    ).collectionChanges.pageInfo.endCursor;

    // Receipt times per change cursor, and the commit times the events carry.
    const received = new Map<string, number[]>();
    const committedAt = new Map<string, number>();
    let delivered = 0;
    let firstSend = 0;
    let lastReceipt = 0;
    let waiters: (() => void)[] = [];
    const query = print(FanoutEvents);
    // Connections open in waves: a thousand handshakes at once on a busy machine miss graphql-ws' 3 s
    // connection-init window.
    let wave: Promise<unknown>[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const server = servers[i % servers.length] as ServerProcess;
      let connected!: () => void;
      wave.push(new Promise<void>((resolve) => (connected = resolve)));
      const client = createClient({
        url: `ws://127.0.0.1:${server.port}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        on: { connected: () => connected() },
      });
      clients.push(client);
      client.subscribe<{ collectionUpdated: { cursor: string; at: string } }>(
        { query, variables: { id, since } },
        {
          next: (result) => {
            const now = Date.now();
            const event = result.data?.collectionUpdated;
            if (!event) throw new Error(`subscription error: ${JSON.stringify(result.errors)}`);
            let times = received.get(event.cursor);
            if (!times) {
              times = [];
              received.set(event.cursor, times);
              committedAt.set(event.cursor, Date.parse(event.at));
            }
            times.push(now);
            delivered++;
            lastReceipt = now;
            for (const wake of waiters) wake();
            waiters = [];
          },
          error: (error) => console.error("subscriber error", (error as { reason?: string }).reason ?? error),
          complete: () => {},
        },
      );
      if (wave.length === 100) {
        await Promise.all(wave);
        wave = [];
      }
    }
    await Promise.all(wave);
    const waitForDelivered = async (count: number) => {
      const deadline = Date.now() + 120_000;
      while (delivered < count) {
        if (Date.now() > deadline) throw new Error(`only ${delivered} of ${count} events delivered`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 1000);
        });
      }
    };

    // A warm-up change every subscriber receives: afterwards all of them are live.
    const addOne = (value: string, server: ServerProcess) =>
      http(server.port, AddIocs, { input: { collectionId: id, iocs: [{ value }] } }, apiKey);
    await addOne("192.0.2.1", primary);
    await waitForDelivered(SUBSCRIBERS);
    const warm = delivered;
    received.clear();
    committedAt.clear();

    let peakRss = await Promise.all(servers.map((server) => server.rss()));
    const sampler = setInterval(async () => {
      const now = await Promise.all(servers.map((server) => server.rss()));
      peakRss = peakRss.map((rss, i) => Math.max(rss, now[i] ?? 0));
    }, 200);
    firstSend = Date.now();
    for (let i = 0; i < MUTATIONS; i++) {
      await addOne(`10.${Math.floor(i / 250)}.${i % 250}.1`, servers[i % servers.length] as ServerProcess);
    }
    await waitForDelivered(warm + SUBSCRIBERS * MUTATIONS);
    clearInterval(sampler);

    const latencies: number[] = [];
    for (const [cursor, times] of received) {
      const at = committedAt.get(cursor) as number;
      for (const time of times) latencies.push(time - at);
    }
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const seconds = (lastReceipt - firstSend) / 1000;
    console.log(`\n${label}: ${SUBSCRIBERS} subscribers, ${MUTATIONS} mutations, ${instances} instance(s)`);
    console.log(`  events delivered      ${latencies.length} (${received.size} changes × subscribers)`);
    console.log(`  commit → receipt      p50 ${p50} ms   p99 ${p99} ms   max ${latencies.at(-1)} ms`);
    console.log(
      `  p99 / target          ${(p99 / TARGET_P99_MS).toFixed(2)} (target p99 < ${TARGET_P99_MS} ms)`,
    );
    console.log(
      `  throughput            ${(latencies.length / seconds).toFixed(0)} events/s over ${seconds.toFixed(1)} s`,
    );
    console.log(`  server RSS (peak)     ${peakRss.map(mb).join(", ")}`);
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(servers.map((server) => server.stop()));
    await db.close();
    await database.drop();
  }
}

process.env.TEST_DATABASE_URL = DATABASE_URL;
console.log(
  "Latency runs from the change's commit (its log time) to receipt by the client process; clients and",
);
console.log("servers share this machine's cores.");
await run("one instance", 1, {});
await run("two instances + Redis", 2, { REDIS_URL });
