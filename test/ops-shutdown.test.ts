// Graceful shutdown of the real process: SIGTERM with a real SSE client and a real graphql-ws client
// subscribed ends both streams normally (SSE `event: complete`, graphql-ws `complete` then close 1001), the
// clients can resume from their last cursor, and the process exits 0; a client that never lets go does not
// keep it past SHUTDOWN_TIMEOUT_SECONDS.
import { once } from "node:events";
import { connect } from "node:net";
import { parse } from "graphql";
import { afterEach, expect, it } from "vitest";
import { type OpsServer, startOpsServer } from "./helpers/ops.js";
import { startServer } from "./helpers/processes.js";
import { subscribeSse } from "./helpers/sse.js";
import { connectWs } from "./helpers/ws.js";

const ResumeFeed = parse(
  "subscription Resume($since: String) { collectionsFeed(since: $since) { cursor kind collection { name } } }",
);
const CreateCollection = `mutation Create($input: CreateCollectionInput!) {
  createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } }
}`;

// Each test starts real processes on an embedded database (the CLI, the server, a restart): on a loaded
// machine one such start takes tens of seconds.
const PROCESSES = 240_000;

let ops: OpsServer | undefined;
afterEach(async () => {
  await ops?.cleanup();
  ops = undefined;
});

/** Sends SIGTERM and resolves to the exit code and how long the process took to exit. */
async function terminate(server: OpsServer["server"]): Promise<{ code: number | null; ms: number }> {
  const exited = once(server.child, "exit");
  const started = performance.now();
  server.child.kill("SIGTERM");
  const [code] = (await exited) as [number | null];
  return { code, ms: Math.round(performance.now() - started) };
}

it(
  "ends open SSE and WebSocket streams normally on SIGTERM and exits 0 well within the timeout",
  async () => {
    ops = await startOpsServer();
    const { server, apiKey } = ops;
    await ops.post(
      { query: CreateCollection, variables: { input: { name: "before", visibility: "PRIVATE" } } },
      { "x-apikey": apiKey },
    );
    // From the start of the log, so both see the change whenever they got subscribed.
    const sse = subscribeSse(server.port, ResumeFeed, { since: "0" }, { "x-apikey": apiKey });
    expect((await sse.opened).status).toBe(200);
    const ws = connectWs(server.port, apiKey);
    let closeCode: number | undefined;
    ws.client.on("closed", (event) => {
      closeCode = (event as { code: number }).code;
    });
    const wsFeed = ws.subscribe(ResumeFeed, { since: "0" });
    for (const stream of [sse, wsFeed]) {
      expect((await stream.take(1))[0]).toMatchObject({
        collectionsFeed: { collection: { name: "before" } },
      });
    }
    const lastCursor = sse.ids.at(-1);
    expect(lastCursor).toMatch(/^\d+$/);

    const { code, ms } = await terminate(server);
    console.log(`SIGTERM with an SSE and a WebSocket subscriber: exited ${code} after ${ms} ms`);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    await sse.ended;
    expect(sse.completed).toBe(true);
    await wsFeed.ended;
    // Completed first, so the (lazy) client closes normally itself, or the server's 1001 Going Away comes first.
    expect([1000, 1001]).toContain(closeCode);
    const logs = server.logs();
    expect(logs.find((l) => l.msg === "stopped")).toMatchObject({ level: "info" });
    expect(logs.find((l) => l.transport === "sse" && l.msg === "subscription ended")).toMatchObject({
      end: "complete",
    });
    expect(logs.find((l) => l.transport === "ws" && l.msg === "operation ended")).toMatchObject({
      status: "complete",
    });
    await ws.dispose();

    // A client resumes on the next process with its cursor and receives what it missed, nothing twice.
    const next = await startServer({ ...ops.env });
    ops.server = next;
    await ops.post(
      { query: CreateCollection, variables: { input: { name: "after-restart", visibility: "PRIVATE" } } },
      { "x-apikey": apiKey },
    );
    const resumed = subscribeSse(next.port, ResumeFeed, { since: lastCursor }, { "x-apikey": apiKey });
    const [missed] = await resumed.take(1);
    expect(missed).toMatchObject({
      collectionsFeed: { kind: "CREATED", collection: { name: "after-restart" } },
    });
    resumed.unsubscribe();
  },
  PROCESSES,
);

it(
  "exits within SHUTDOWN_TIMEOUT_SECONDS when a WebSocket client never answers the close",
  async () => {
    ops = await startOpsServer({ SHUTDOWN_TIMEOUT_SECONDS: "2" });
    const { server } = ops;
    // A raw upgrade that then ignores every frame: the close handshake never completes (ws would wait 30 s).
    const socket = connect(server.port, "127.0.0.1");
    await once(socket, "connect");
    socket.write(
      "GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
        "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n",
    );
    const [head] = (await once(socket, "data")) as [Buffer];
    expect(head.toString()).toMatch(/^HTTP\/1\.1 101/);
    socket.pause();

    const { code, ms } = await terminate(server);
    console.log(
      `SIGTERM with a WebSocket client that never closes (timeout 2 s): exited ${code} after ${ms} ms`,
    );
    socket.destroy();
    expect(ms).toBeLessThan(2_000 + 1_000);
    expect(code).toBe(0);
    expect(server.logs().some((l) => l.level === "warn" && String(l.msg).startsWith("stop:"))).toBe(true);
  },
  PROCESSES,
);
