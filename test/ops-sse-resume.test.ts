// Resumable SSE: every event carries `id: <cursor>`; a reconnect with Last-Event-ID resumes exactly like
// `since`. Proven with a real EventSource client (the `eventsource` package) across a server restart.
import { once } from "node:events";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { EventSource } from "eventsource";
import { parse } from "graphql";
import { afterEach, expect, it } from "vitest";
import { type OpsServer, startOpsServer } from "./helpers/ops.js";
import { startServer } from "./helpers/processes.js";
import { subscribeSse } from "./helpers/sse.js";

const CreateCollection = `mutation Create($input: CreateCollectionInput!) {
  createCollection(input: $input) { ... on CreateCollectionPayload { collection { id } } }
}`;
const AddIocs = `mutation Add($input: AddIocsInput!) {
  addIocs(input: $input) { ... on AddIocsPayload { report { added } } }
}`;
interface UpdatedData {
  collectionUpdated: { cursor: string; kind: string; iocs: { value: string }[] };
}
const Updated: TypedDocumentNode<UpdatedData, { id: string; since?: string }> = parse(`
  subscription Updated($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) { cursor kind iocs { value } }
  }`);

// Each test starts real processes on an embedded database (the CLI, the server, a restart): on a loaded
// machine one such start takes tens of seconds.
const PROCESSES = 240_000;

let ops: OpsServer | undefined;
afterEach(async () => {
  await ops?.cleanup();
  ops = undefined;
});

async function setUp(): Promise<{ ops: OpsServer; id: string; add(value: string): Promise<void> }> {
  ops = await startOpsServer();
  const server = ops;
  const created = await server.post(
    { query: CreateCollection, variables: { input: { name: "followed", visibility: "PRIVATE" } } },
    { "x-apikey": server.apiKey },
  );
  const id = (created.body.data as { createCollection: { collection: { id: string } } }).createCollection
    .collection.id;
  return {
    ops: server,
    id,
    async add(value) {
      const { body } = await server.post(
        { query: AddIocs, variables: { input: { collectionId: id, iocs: [{ value }] } } },
        { "x-apikey": server.apiKey },
      );
      expect(body.errors).toBeUndefined();
    },
  };
}

it(
  "gives every SSE event its cursor as id, and Last-Event-ID resumes exactly like since",
  async () => {
    const { ops, id, add } = await setUp();
    await add("one.example.net");
    await add("two.example.net");
    const all = subscribeSse(ops.server.port, Updated, { id, since: "0" }, { "x-apikey": ops.apiKey });
    const events = await all.take(3);
    all.unsubscribe();
    expect(events.map((e) => e.collectionUpdated.kind)).toEqual(["CREATED", "IOCS_ADDED", "IOCS_ADDED"]);
    expect(all.ids).toEqual(events.map((e) => e.collectionUpdated.cursor));

    const first = all.ids[0] ?? "";
    const bySince = subscribeSse(ops.server.port, Updated, { id, since: first }, { "x-apikey": ops.apiKey });
    // Last-Event-ID wins over the query's own since (an EventSource resends its original URL).
    const byHeader = subscribeSse(
      ops.server.port,
      Updated,
      { id, since: "0" },
      { "x-apikey": ops.apiKey, "last-event-id": first },
    );
    const [a, b] = [await bySince.take(2), await byHeader.take(2)];
    bySince.unsubscribe();
    byHeader.unsubscribe();
    expect(b).toEqual(a);
    expect(a.map((e) => e.collectionUpdated.iocs[0]?.value)).toEqual(["one.example.net", "two.example.net"]);
  },
  PROCESSES,
);

it(
  "lets a browser-style EventSource resume by itself after the server restarts",
  async () => {
    const { ops, id, add } = await setUp();
    const query = "subscription($id: ID!) { collectionUpdated(id: $id) { cursor kind iocs { value } } }";
    const url = `http://127.0.0.1:${ops.server.port}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
    const sentLastEventIds: (string | null)[] = [];
    let reconnect: () => void = () => {};
    const allowed = new Promise<void>((resolve) => {
      reconnect = resolve;
    });
    const source = new EventSource(url, {
      fetch: async (input, init) => {
        const headers = new Headers(init?.headers);
        sentLastEventIds.push(headers.get("last-event-id"));
        // Holds the reconnect until the test has made the change the client must then replay.
        if (sentLastEventIds.length > 1) await allowed;
        headers.set("x-apikey", ops.apiKey);
        return fetch(input, { ...init, headers });
      },
    });
    const received: { id: string; cursor: string; value: string | undefined }[] = [];
    const arrived = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (received.length >= count ? resolve() : setTimeout(check, 20));
        check();
      });
    source.addEventListener("next", (event) => {
      const data = JSON.parse(event.data) as {
        data: { collectionUpdated: { cursor: string; iocs: { value: string }[] } };
      };
      const { cursor, iocs } = data.data.collectionUpdated;
      received.push({ id: event.lastEventId, cursor, value: iocs[0]?.value });
    });
    try {
      await once(source, "open");
      await add("before.example.net");
      await arrived(1);

      // The server stops: the stream completes and the EventSource reconnects on its own, with Last-Event-ID.
      const stopped = once(ops.server.child, "exit");
      ops.server.child.kill("SIGTERM");
      await stopped;
      ops.server = await startServer({ ...ops.env, PORT: String(ops.server.port) });
      await add("while-away.example.net");
      reconnect();
      await arrived(2);
      await add("after.example.net");
      await arrived(3);
    } finally {
      source.close();
    }
    expect(received.map((r) => r.value)).toEqual([
      "before.example.net",
      "while-away.example.net",
      "after.example.net",
    ]);
    expect(received.map((r) => r.id)).toEqual(received.map((r) => r.cursor));
    expect(sentLastEventIds[0]).toBeNull();
    expect(sentLastEventIds[1]).toBe(received[0]?.id);
  },
  PROCESSES,
);
