// Logs of the real process: JSON lines on stdout, one access line per HTTP request and per SSE/WebSocket
// operation start and end, client mistakes at info without stacks, a refused WebSocket key a clear warning,
// LOG_LEVEL and LOG_FORMAT honoured.
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logLine, type OpsServer, startOpsServer } from "./helpers/ops.js";
import { startServer } from "./helpers/processes.js";
import { subscribeSse } from "./helpers/sse.js";
import { connectWs } from "./helpers/ws.js";

const CreateCollection = `mutation Create($input: CreateCollectionInput!) {
  createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } }
}`;
const Feed = parse("subscription Feed { collectionsFeed { cursor kind } }");

let ops: OpsServer;
beforeAll(async () => {
  ops = await startOpsServer();
});
afterAll(async () => {
  await ops?.cleanup();
});

describe("access lines", () => {
  it("logs one JSON line per HTTP request with the fields an operator needs, echoing x-request-id", async () => {
    const { response } = await ops.post(
      { query: "query Probe { viewer { user { name } } }", operationName: "Probe" },
      { "x-apikey": ops.apiKey, "x-request-id": "req-probe-1" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-probe-1");
    const line = await logLine(ops.server, (l) => l.requestId === "req-probe-1", "for req-probe-1");
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      method: "POST",
      path: "/graphql",
      status: 200,
      operationName: "Probe",
      operationType: "query",
      keyPrefix: ops.apiKey.slice(0, 11),
      client: "127.0.0.1",
    });
    expect(typeof line.durationMs).toBe("number");
    expect(typeof line.time).toBe("string");
    expect(ops.server.logs().filter((l) => l.requestId === "req-probe-1")).toHaveLength(1);
    // The key itself is never written.
    expect(ops.server.stdout().some((text) => text.includes(ops.apiKey))).toBe(false);
  });

  it("makes a request id when none (or a malformed one) is sent, and says which operation type ran", async () => {
    const { response } = await ops.post(
      { query: 'mutation { deleteCollection(input: { id: "Q29sbGVjdGlvbjp4" }) { __typename } }' },
      { "x-request-id": "bad id with spaces" },
    );
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await logLine(ops.server, (l) => l.requestId === id, `for ${id}`);
    expect(line).toMatchObject({ operationType: "mutation", status: 200 });
    expect(line.keyPrefix).toBeUndefined();
  });

  it("logs client mistakes at info with their codes and no stack", async () => {
    const refused = await ops.post(
      { query: "{ viewer { user { name } } }" },
      { "x-apikey": "iocg_notakey000000", "x-request-id": "req-badkey" },
    );
    expect(refused.response.status).toBe(401);
    const badKey = await logLine(ops.server, (l) => l.requestId === "req-badkey", "for the bad key");
    expect(badKey).toMatchObject({
      level: "info",
      status: 401,
      errors: ["UNAUTHENTICATED"],
      keyPrefix: "iocg_notake",
    });

    const invalid = await ops.post(
      { query: '{ nodes(ids: ["nope"]) { id } }' },
      { "x-request-id": "req-invalid" },
    );
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe("ValidationError");
    const line = await logLine(ops.server, (l) => l.requestId === "req-invalid", "for the invalid id");
    expect(line).toMatchObject({ level: "info", errors: ["ValidationError"] });
    const errorLine = await logLine(
      ops.server,
      (l) => l.code === "ValidationError",
      "for the ValidationError",
    );
    expect(errorLine).toMatchObject({ level: "info", error: 'Not a node id: "nope".' });
    const all = ops.server.stdout().join("\n");
    expect(all).not.toMatch(/"level":"error"/);
    expect(all).not.toContain("    at ");
  });

  it("logs an SSE subscription when it starts and when it ends", async () => {
    const sse = subscribeSse(ops.server.port, Feed, undefined, {
      "x-apikey": ops.apiKey,
      "x-request-id": "req-sse",
    });
    expect((await sse.opened).status).toBe(200);
    const started = await logLine(ops.server, (l) => l.requestId === "req-sse", "for the SSE start");
    expect(started).toMatchObject({
      msg: "subscription started",
      transport: "sse",
      operationName: "Feed",
      operationType: "subscription",
      keyPrefix: ops.apiKey.slice(0, 11),
      status: 200,
    });
    await ops.post(
      { query: CreateCollection, variables: { input: { name: "logged", visibility: "PRIVATE" } } },
      { "x-apikey": ops.apiKey },
    );
    expect((await sse.next()).data).toMatchObject({ collectionsFeed: { kind: "CREATED" } });
    sse.unsubscribe();
    const ended = await logLine(
      ops.server,
      (l) => l.requestId === "req-sse" && l.msg === "subscription ended",
      "for the SSE end",
    );
    expect(ended).toMatchObject({ transport: "sse", events: 1, operationName: "Feed" });
  });

  it("logs WebSocket operations at start and end, and a refused key as a warning, not an internal error", async () => {
    const ws = connectWs(ops.server.port, ops.apiKey);
    const feed = ws.subscribe(Feed);
    const started = await logLine(
      ops.server,
      (l) => l.transport === "ws" && l.msg === "operation started" && l.operationName === "Feed",
      "for the WebSocket start",
    );
    expect(started).toMatchObject({ operationType: "subscription", keyPrefix: ops.apiKey.slice(0, 11) });
    feed.unsubscribe();
    const ended = await logLine(
      ops.server,
      (l) => l.transport === "ws" && l.msg === "operation ended" && l.operationId === started.operationId,
      "for the WebSocket end",
    );
    expect(ended).toMatchObject({ status: "complete", operationName: "Feed" });
    expect(typeof ended.durationMs).toBe("number");
    await ws.dispose();

    const stranger = connectWs(ops.server.port, "iocg_wrongkey123456");
    const refused = stranger.subscribe(Feed);
    const result = await refused.ended.catch((error: unknown) => error);
    expect(JSON.stringify(result)).toContain("UNAUTHENTICATED");
    const warning = await logLine(ops.server, (l) => l.level === "warn", "for the refused key");
    expect(warning).toMatchObject({
      msg: "websocket: invalid or revoked API key refused",
      keyPrefix: "iocg_wrongk",
    });
    await stranger.dispose();
    expect(ops.server.stdout().join("\n")).not.toContain("Internal error");
  });
});

describe("levels and formats", () => {
  it("writes nothing at LOG_LEVEL=silent, and human lines with LOG_FORMAT=pretty", async () => {
    // About the log only: a throwaway in-memory database on either backend.
    const env = { DATABASE_URL: "memory://" };
    const silent = await startServer({ ...env, LOG_LEVEL: "silent" });
    try {
      await fetch(`http://127.0.0.1:${silent.port}/graphql?query=%7B__typename%7D`);
    } finally {
      await silent.stop();
    }
    expect(silent.stdout()).toEqual([]);

    const pretty = await startServer({ ...env, LOG_LEVEL: "info", LOG_FORMAT: "pretty" });
    try {
      await fetch(`http://127.0.0.1:${pretty.port}/graphql?query=%7B__typename%7D`);
    } finally {
      await pretty.stop();
    }
    const lines = pretty.stdout();
    expect(lines.some((line) => /INFO.*iocgraph serving http:\/\/127\.0\.0\.1:\d+\/graphql/.test(line))).toBe(
      true,
    );
    expect(lines.some((line) => line.trim().startsWith("{"))).toBe(false);
  }, 240_000);
});
