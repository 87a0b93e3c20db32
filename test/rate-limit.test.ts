// Rate limits through the public surface: real HTTP (with real client addresses: loopback 127.0.0.1 and
// 127.0.0.2), a real graphql-ws WebSocket, real SSE, and two server processes sharing Redis. Budgets are
// small so that each rule shows in a few requests; the costs are derived by hand below.
import { randomBytes } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../src/auth/api-keys.js";
import { ConfigError, type Limits, loadConfig, type RateLimitConfig } from "../src/config.js";
import { type Database, openDatabase } from "../src/db.js";
import { RateLimiter, type RateLimitRejection } from "../src/ratelimit/limiter.js";
import { graphql } from "./gql/index.js";
import { backend, freshPostgresDatabase, startTestApp, type TestApp } from "./helpers/app.js";
import { redisHasClient, type ServerProcess, startServer, until } from "./helpers/processes.js";
import { subscribeSse } from "./helpers/sse.js";
import { connectWs, type WsClient } from "./helpers/ws.js";

// Cost 1 (one field): 1 point.
const Tiny = graphql(`query RateTiny { __typename }`);
// Cost 401: collections 1, then per item of the 100-page: edges 100, node 100, id + name 200. 5 points at
// the default 100 per point; 401 at 1 per point.
const Hundred = graphql(`query RateHundred { collections(first: 100) { edges { node { id name } } } }`);
// Cost 5 (rateLimit and its four fields): 1 point.
const Budget = graphql(`query RateBudget { rateLimit { limit remaining resetAt cost } }`);
// Cost 3: 1 point per subscribe.
const Feed = graphql(`subscription RateFeed { collectionsFeed { cursor kind } }`);

interface Reply<R> {
  status: number;
  headers: IncomingHttpHeaders;
  body: ExecutionResult<R>;
}

/** POSTs over a real socket, from `localAddress` when given (any 127.x address reaches the loopback server). */
function post<R, V>(
  port: number,
  document: TypedDocumentNode<R, V> | string,
  options: { apiKey?: string; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<Reply<R>> {
  const body = JSON.stringify({ query: typeof document === "string" ? document : print(document) });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        localAddress: options.localAddress,
        headers: {
          "content-type": "application/json",
          ...(options.apiKey && { "x-apikey": options.apiKey }),
          ...options.headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The three RateLimit headers as numbers (undefined when absent). */
function rate(reply: Reply<unknown>) {
  const number = (name: string) => {
    const value = reply.headers[name];
    return value === undefined ? undefined : Number(value);
  };
  return {
    limit: number("ratelimit-limit"),
    remaining: number("ratelimit-remaining"),
    reset: number("ratelimit-reset"),
  };
}

function codes(reply: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  return (reply.errors ?? []).map((error) => error.extensions?.code);
}

let current: TestApp | undefined;
const clients: WsClient[] = [];

/** A served test app with these limits (in this process, unless `redisUrl`). */
async function serve(
  rateLimit: Partial<RateLimitConfig>,
  limits: Partial<Limits> = {},
): Promise<{ test: TestApp; port: number }> {
  const test = await startTestApp({ rateLimit, limits });
  current = test;
  return { test, port: await test.app.start(0) };
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await current?.stop();
  current = undefined;
});

describe("rate limits over HTTP", () => {
  it("spends each request's cost from the key's budget, with exact headers, and refuses over it with 429", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 10, anonymousPerMinute: 3 });
    const { apiKey } = await test.createUser("spender");

    const first = await post(port, Tiny, { apiKey });
    expect(first.status).toBe(200);
    // A new window: a minute from now, whole seconds (ceil), so 60 unless a second went by.
    expect(rate(first)).toEqual({ limit: 10, remaining: 9, reset: expect.any(Number) });
    expect(rate(first).reset).toBeGreaterThanOrEqual(58);
    expect(rate(first).reset).toBeLessThanOrEqual(60);

    const hundred = await post(port, Hundred, { apiKey });
    expect(hundred.status).toBe(200);
    expect(rate(hundred).remaining).toBe(4); // 5 points

    const budget = await post(port, Budget, { apiKey });
    const resetAt = Date.parse(budget.body.data?.rateLimit?.resetAt as string);
    expect(budget.body.data?.rateLimit).toEqual({
      limit: 10,
      remaining: 3,
      resetAt: expect.any(String),
      cost: 1,
    });
    expect(rate(budget)).toMatchObject({ limit: 10, remaining: 3 });
    expect(Math.abs(resetAt - (Date.now() + (rate(budget).reset ?? 0) * 1000))).toBeLessThan(2000);

    // 5 points with 3 left: refused, nothing ran and nothing was spent.
    const refused = await post(port, Hundred, { apiKey });
    expect(refused.status).toBe(429);
    expect(refused.body.data ?? null).toBeNull();
    expect(codes(refused.body)).toEqual(["RATE_LIMITED"]);
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(rate(refused)).toEqual({ limit: 10, remaining: 3, reset: retryAfter });
    expect(refused.body.errors?.[0]?.message).toMatch(/has 3 of its 10 points a minute left.*spends 5/);

    // What is left still serves a smaller request.
    const small = await post(port, Tiny, { apiKey });
    expect(small.status).toBe(200);
    expect(rate(small).remaining).toBe(2);
  });

  it("counts cost per RATE_LIMIT_COST_PER_POINT and refuses a request larger than the whole budget", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 1000, anonymousPerMinute: 100, costPerPoint: 1 });
    const { apiKey } = await test.createUser("precise");
    const hundred = await post(port, Hundred, { apiKey });
    expect(rate(hundred)).toMatchObject({ limit: 1000, remaining: 599 });
    const budget = await post(port, Budget, { apiKey });
    expect(budget.body.data?.rateLimit).toMatchObject({ remaining: 594, cost: 5 });

    // 401 points can never fit in 100 a minute: no use retrying, so not a 429.
    const tooBig = await post(port, Hundred);
    expect(tooBig.status).toBe(400);
    expect(codes(tooBig.body)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(rate(tooBig)).toMatchObject({ limit: 100, remaining: 100 });
  });

  it("spends one point on a request that runs nothing: malformed, over the cost cap, or with a bad key", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 10, anonymousPerMinute: 5 }, { maxCost: 400 });
    const { apiKey } = await test.createUser("clumsy");
    const malformed = await post(port, "{ collections(", { apiKey });
    expect(codes(malformed.body)).toEqual(["GRAPHQL_PARSE_FAILED"]);
    expect(rate(malformed)).toMatchObject({ limit: 10, remaining: 9 });
    const unknownField = await post(port, "{ nothingHere }", { apiKey });
    expect(codes(unknownField.body)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(rate(unknownField)).toMatchObject({ limit: 10, remaining: 8 });
    // Cost 401 over a cap of 400: refused before it runs, so it spends 1 point, not 5.
    const capped = await post(port, Hundred, { apiKey });
    expect(codes(capped.body)).toEqual(["QUERY_TOO_COSTLY"]);
    expect(rate(capped)).toMatchObject({ limit: 10, remaining: 7 });
    // An unknown key is no key: it spends from its address's anonymous budget.
    const badKey = await post(port, Tiny, { apiKey: `iocg_${randomBytes(8).toString("hex")}` });
    expect(badKey.status).toBe(401);
    expect(rate(badKey)).toMatchObject({ limit: 5, remaining: 4 });
  });

  it("keeps a budget per address without a key and per key, separately", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 5, anonymousPerMinute: 2 });
    const { apiKey } = await test.createUser("keyed");
    const other = await test.createUser("other");
    expect(rate(await post(port, Tiny))).toMatchObject({ limit: 2, remaining: 1 });
    expect(rate(await post(port, Tiny))).toMatchObject({ limit: 2, remaining: 0 });
    const refused = await post(port, Tiny);
    expect(refused.status).toBe(429);
    expect(codes(refused.body)).toEqual(["RATE_LIMITED"]);
    expect(refused.body.errors?.[0]?.message).toMatch(/this address/);

    // Another address has its own budget; a key from the spent address has its own, and so does each key.
    const elsewhere = await post(port, Tiny, { localAddress: "127.0.0.2" });
    expect(elsewhere.status).toBe(200);
    expect(rate(elsewhere)).toMatchObject({ limit: 2, remaining: 1 });
    const keyed = await post(port, Tiny, { apiKey });
    expect(keyed.status).toBe(200);
    expect(rate(keyed)).toMatchObject({ limit: 5, remaining: 4 });
    expect(rate(await post(port, Tiny, { apiKey: other.apiKey }))).toMatchObject({ limit: 5, remaining: 4 });
    expect(rate(await post(port, Tiny, { apiKey }))).toMatchObject({ limit: 5, remaining: 3 });
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY, then counts the address the proxy appended", async () => {
    const untrusted = await serve({ anonymousPerMinute: 2 });
    const spoof = (address: string) => ({ headers: { "x-forwarded-for": address } });
    expect(rate(await post(untrusted.port, Tiny, spoof("198.51.100.1")))).toMatchObject({ remaining: 1 });
    expect(rate(await post(untrusted.port, Tiny, spoof("198.51.100.2")))).toMatchObject({ remaining: 0 });
    expect((await post(untrusted.port, Tiny, spoof("198.51.100.3"))).status).toBe(429);
    // The header changed nothing: this was the connection's budget all along.
    expect((await post(untrusted.port, Tiny)).status).toBe(429);
    await untrusted.test.stop();
    current = undefined;

    const trusted = await serve({ anonymousPerMinute: 2, trustedProxies: 1 });
    const port = trusted.port;
    expect(rate(await post(port, Tiny, spoof("198.51.100.1")))).toMatchObject({ remaining: 1 });
    // What a client writes before the proxy's entry does not make it another client.
    expect(rate(await post(port, Tiny, spoof("203.0.113.9, 198.51.100.1")))).toMatchObject({ remaining: 0 });
    expect((await post(port, Tiny, spoof("203.0.113.10, 198.51.100.1"))).status).toBe(429);
    expect(rate(await post(port, Tiny, spoof("198.51.100.2")))).toMatchObject({ remaining: 1 });
    // The connection's own address is another client again.
    expect(rate(await post(port, Tiny))).toMatchObject({ remaining: 1 });
  });

  it("turns a limit off with 0: no headers, no refusal, rateLimit null; the other limit still holds", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 0, anonymousPerMinute: 1 });
    const { apiKey } = await test.createUser("unlimited");
    for (let i = 0; i < 4; i++) {
      const reply = await post(port, Hundred, { apiKey });
      expect(reply.status).toBe(200);
      expect(rate(reply)).toEqual({ limit: undefined, remaining: undefined, reset: undefined });
    }
    expect((await post(port, Budget, { apiKey })).body.data?.rateLimit).toBeNull();
    expect((await post(port, Tiny)).status).toBe(200);
    expect((await post(port, Tiny)).status).toBe(429);
  });

  it("does not meter the human pages' own queries", async () => {
    const { port } = await serve({ anonymousPerMinute: 1 });
    for (let i = 0; i < 3; i++) {
      const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
    }
    expect(rate(await post(port, Tiny))).toMatchObject({ limit: 1, remaining: 0 });
  });
});

describe("rate limits over WebSocket and SSE", () => {
  it("spends from the same budget per subscribe message and refuses one over it with RATE_LIMITED", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 3, anonymousPerMinute: 2 });
    const { apiKey } = await test.createUser("streamer");
    expect(rate(await post(port, Tiny, { apiKey }))).toMatchObject({ remaining: 2 });

    const ws = connectWs(port, apiKey);
    clients.push(ws);
    // A query over the socket spends like one over HTTP, and sees the same budget.
    const query = ws.subscribe(Budget);
    expect((await query.next()).data?.rateLimit).toMatchObject({ limit: 3, remaining: 1, cost: 1 });
    const live = ws.subscribe(Feed);
    const refused = ws.subscribe(Feed);
    const result = await refused.next();
    expect(result.data ?? null).toBeNull();
    expect(codes(result)).toEqual(["RATE_LIMITED"]);
    expect(live.pending).toBe(0); // the accepted subscription has nothing to tell yet
    const http = await post(port, Tiny, { apiKey });
    expect(http.status).toBe(429);
    expect(rate(http)).toMatchObject({ remaining: 0 });

    // Without a key the socket spends its address's budget.
    const anonymous = connectWs(port);
    clients.push(anonymous);
    expect((await anonymous.subscribe(Budget).next()).data?.rateLimit).toMatchObject({
      limit: 2,
      remaining: 1,
    });
  });

  it("spends an SSE subscription from the HTTP budget and refuses one over it", async () => {
    const { test, port } = await serve({ perKeyPerMinute: 2, anonymousPerMinute: 2 });
    const { apiKey } = await test.createUser("sse");
    const headers = { "x-apikey": apiKey };
    const accepted = subscribeSse(port, Feed, {}, headers);
    const response = await accepted.opened;
    expect(response.headers.get("ratelimit-remaining")).toBe("1");
    accepted.unsubscribe();
    expect(rate(await post(port, Tiny, { apiKey }))).toMatchObject({ remaining: 0 });
    const refused = subscribeSse(port, Feed, {}, headers);
    expect(codes(await refused.next())).toEqual(["RATE_LIMITED"]);
    expect((await refused.opened).headers.get("ratelimit-remaining")).toBe("0");
  });
});

describe("rate-limit configuration", () => {
  it("reads the limits, the cost per point and TRUST_PROXY from the environment", () => {
    expect(loadConfig({}).rateLimit).toEqual({
      perKeyPerMinute: 600,
      anonymousPerMinute: 120,
      costPerPoint: 100,
      trustedProxies: 0,
    });
    const set = loadConfig({
      RATE_LIMIT_PER_MINUTE: "0",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "30",
      RATE_LIMIT_COST_PER_POINT: "1",
      TRUST_PROXY: "2",
    });
    expect(set.rateLimit).toEqual({
      perKeyPerMinute: 0,
      anonymousPerMinute: 30,
      costPerPoint: 1,
      trustedProxies: 2,
    });
    expect(loadConfig({ TRUST_PROXY: "on" }).rateLimit?.trustedProxies).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "off" }).rateLimit?.trustedProxies).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: "sometimes" })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "-1" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_COST_PER_POINT: "0" })).toThrow(/RATE_LIMIT_COST_PER_POINT/);
  });
});

describe("the rate limiter service", () => {
  it("tells onReject of each refusal", async () => {
    const rejections: RateLimitRejection[] = [];
    const limiter = new RateLimiter(
      { perKeyPerMinute: 2, anonymousPerMinute: 0, costPerPoint: 100, trustedProxies: 0 },
      { onReject: (rejection) => rejections.push(rejection) },
    );
    const client = { scope: "key", id: "k" } as const;
    expect((await limiter.spend(client, 2, "http"))?.allowed).toBe(true);
    expect((await limiter.spend(client, 1, "ws"))?.allowed).toBe(false);
    expect(await limiter.spend({ scope: "anonymous", id: "a" }, 5, "http")).toBeNull();
    expect(rejections).toEqual([{ scope: "key", transport: "ws", points: 1 }]);
    await limiter.close();
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(backend !== "postgres" || !redisUrl)(
  "two instances sharing Redis (skipped unless TEST_DATABASE_URL and TEST_REDIS_URL are set)",
  () => {
    let a: ServerProcess;
    let b: ServerProcess;
    let db: Database;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const database = await freshPostgresDatabase();
      drop = database.drop;
      const env = {
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl as string,
        RATE_LIMIT_PER_MINUTE: "4",
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: "3",
        TRUST_PROXY: "1",
      };
      [a, b] = await Promise.all([startServer(env), startServer(env)]);
      db = openDatabase({ databaseUrl: database.url, dataDir: "" });
      for (const server of [a, b]) {
        await until(
          () => redisHasClient(redisUrl as string, server.pid, "ratelimit"),
          "rate limits on Redis",
        );
      }
    });
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await db?.close();
      await drop?.();
    });

    it("grants one budget per key and per address across both instances", async () => {
      const user = await db.prisma.user.create({ data: { name: `pair-${randomBytes(4).toString("hex")}` } });
      const { secret: apiKey } = await createApiKey(db.prisma, user.id);
      expect(rate(await post(a.port, Tiny, { apiKey }))).toMatchObject({ limit: 4, remaining: 3 });
      expect(rate(await post(b.port, Tiny, { apiKey }))).toMatchObject({ limit: 4, remaining: 2 });
      expect(rate(await post(a.port, Tiny, { apiKey }))).toMatchObject({ remaining: 1 });
      expect(rate(await post(b.port, Tiny, { apiKey }))).toMatchObject({ remaining: 0 });
      const refused = await post(a.port, Tiny, { apiKey });
      expect(refused.status).toBe(429);
      expect(codes(refused.body)).toEqual(["RATE_LIMITED"]);

      // A fresh documentation block per run (Redis keeps a window for a minute). IPv6 clients count by /64.
      const block = `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
      const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
      expect(rate(await post(b.port, Tiny, from(`${block}::1`)))).toMatchObject({ limit: 3, remaining: 2 });
      expect(rate(await post(a.port, Tiny, from(`${block}::2`)))).toMatchObject({ limit: 3, remaining: 1 });

      const ws = connectWs(b.port, apiKey);
      clients.push(ws);
      expect(codes(await ws.subscribe(Feed).next())).toEqual(["RATE_LIMITED"]);
    });
  },
);
