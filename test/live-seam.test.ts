// The seam between replay and live: changes that commit while a long replay is being read arrive once, in
// order, after it. And enrichment updates reach a subscriber over GraphQL.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEnrichment } from "../src/config.js";
import { importJsonl } from "../src/enrichment/import.js";
import { LiveHub } from "../src/live/hub.js";
import { readChanges } from "../src/live/log.js";
import { openStream } from "../src/live/replayThenLive.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { vtDomain } from "./helpers/vt-standin.js";
import { connectWs } from "./helpers/ws.js";

let t: TestApp;
let port: number;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "iocgraph-seam-"));
  t = await startTestApp({ enrichment: { ...defaultEnrichment, provider: "offline" } });
  port = await t.app.start(0);
});
afterAll(async () => {
  await t?.stop();
  await rm(dir, { recursive: true, force: true });
});

const SeamKey = graphql(`
  mutation SeamKey { createApiKey(input: {}) { __typename ... on CreateApiKeyPayload { apiKey { id } } } }
`);
const SeamRevoke = graphql(`
  mutation SeamRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }
`);

const Enriched = graphql(`
  subscription SeamEnriched($id: ID!) {
    enrichmentUpdated(collectionId: $id) { collectionId iocs { value enrichment { provider status } } }
  }
`);

// The seam itself, driven through the real hub and change log with the replay under the test's control, so a
// change that commits mid-replay (heard live and read by the replay) happens every run, not by chance.
function seamStream(
  collectionId: string,
  heard: Set<bigint>,
  options: {
    backlog?: number;
    duringReplay?: () => Promise<void>;
    since?: bigint | null;
    isFinal?: (id: bigint) => boolean;
    /** Changes up to this id are not for the stream (the hub may still be dispatching them). */
    ignoreUpTo?: bigint;
    /** The key the stream was opened with. */
    apiKeyId?: string;
    hub?: LiveHub;
  },
) {
  const db = t.app.database.prisma;
  let replays = 0;
  return openStream<bigint>({
    hub: options.hub ?? t.app.services.hub,
    apiKeyId: options.apiKeyId,
    listen: { collectionId },
    since: options.since === undefined ? 0n : options.since,
    backlog: options.backlog ?? 100,
    accept(change) {
      if (change.collectionId !== collectionId || change.id <= (options.ignoreUpTo ?? 0n)) return undefined;
      heard.add(change.id);
      return change.id;
    },
    async replay(after, limit) {
      if (replays++ === 0) await options.duringReplay?.();
      const rows = await readChanges(db, { collectionId }, after, limit);
      const ids = rows.map((row) => row.id);
      return { items: ids, scanned: ids.at(-1) ?? after, more: rows.length === limit };
    },
    idOf: (id) => id,
    isFinal: options.isFinal,
  });
}

async function take(stream: AsyncIterator<unknown>, n: number): Promise<unknown[]> {
  const items: unknown[] = [];
  while (items.length < n) items.push((await stream.next()).value);
  return items;
}

describe("replay then live", () => {
  async function seamCase(backlog: number, writes: number) {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner);
    const internalId = decodeGlobalID(collection.id).id;
    const add = (value: string) =>
      t.run(AddIocs, { input: { collectionId: collection.id, iocs: [{ value }] } }, { apiKey: owner.apiKey });
    await add("before.seam.example.com");
    const heard = new Set<bigint>();
    const stream = await seamStream(internalId, heard, {
      backlog,
      // Changes that commit after the stream registered and before the replay reads: the hub hands them to
      // the live queue, and the replay reads them too.
      async duringReplay() {
        for (let i = 0; i < writes; i++) await add(`during${i}.seam.example.com`);
        const latest = await t.app.services.hub.latest();
        await expect.poll(() => heard.has(latest), { timeout: 10_000 }).toBe(true);
      },
    });
    // The stream reads its replay as it is consumed: the writes happen inside this take.
    const replayed = await take(stream, 2 + writes);
    const log = (await readChanges(t.app.database.prisma, { collectionId: internalId }, 0n, 1000)).map(
      (r) => r.id,
    );
    expect(replayed).toEqual(log);
    // One more, after the replay: it is next, once.
    await add("after.seam.example.com");
    const [next] = await take(stream, 1);
    const all = (await readChanges(t.app.database.prisma, { collectionId: internalId }, 0n, 1000)).map(
      (r) => r.id,
    );
    expect(next).toBe(all.at(-1));
    await stream.return?.();
    // The writes mid-replay were heard live as well as replayed: the seam was really crossed.
    expect([...heard]).toEqual(expect.arrayContaining(all.slice(2, 2 + writes)));
  }

  it("delivers a change committed during the replay once, in order (heard live and read by the replay)", () =>
    seamCase(100, 3));

  it("replays again when the live queue overflows during the replay, losing nothing", () => seamCase(2, 5));

  async function ownCollection() {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner);
    const add = (value: string) =>
      t.run(AddIocs, { input: { collectionId: collection.id, iocs: [{ value }] } }, { apiKey: owner.apiKey });
    const internalId = decodeGlobalID(collection.id).id;
    const log = async () =>
      (await readChanges(t.app.database.prisma, { collectionId: internalId }, 0n, 1000)).map((r) => r.id);
    return { add, internalId, log };
  }

  it("ends after the final event, even when the replay reads it", async () => {
    const { add, internalId, log } = await ownCollection();
    await add("one.seam.example.com");
    await add("two.seam.example.com");
    const [, second] = await log();
    const stream = await seamStream(internalId, new Set(), { isFinal: (id) => id === second });
    expect(await take(stream, 2)).toEqual((await log()).slice(0, 2));
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it("ends with the revocation, delivering nothing more, when its key is revoked during the replay", async () => {
    const { add, internalId } = await ownCollection();
    await add("replayed.seam.example.com");
    const owner = await t.createUser();
    const made = (await t.run(SeamKey, {}, { apiKey: owner.apiKey })).createApiKey;
    if (made.__typename !== "CreateApiKeyPayload") throw new Error(made.__typename);
    const stream = await seamStream(internalId, new Set(), {
      apiKeyId: decodeGlobalID(made.apiKey.id).id,
      async duringReplay() {
        const revoked = await t.run(SeamRevoke, { id: made.apiKey.id }, { apiKey: owner.apiKey });
        expect(revoked.revokeApiKey.__typename).toBe("RevokeApiKeyPayload");
        // The hub has dispatched the revocation: the stream knows before the replay hands anything out.
        await expect.poll(() => t.app.services.hub.lag(), { timeout: 10_000 }).toBe(0);
      },
    });
    expect(await stream.next()).toEqual({ done: false, value: { revoked: true } });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it("ends normally, delivering nothing more, when the server stops during the replay", async () => {
    const { add, internalId } = await ownCollection();
    await add("replayed.seam.example.com");
    // A hub of its own, so stopping it leaves the app's streams alone.
    const hub = new LiveHub(t.app.database.prisma, t.app.services.pubsub, 60_000);
    let drained: Promise<void> | undefined;
    const stream = await seamStream(internalId, new Set(), {
      hub,
      async duringReplay() {
        drained = hub.drain();
      },
    });
    try {
      expect(await stream.next()).toEqual({ done: true, value: undefined });
      await drained;
      expect(hub.listenerCount).toBe(0);
    } finally {
      hub.stop();
    }
  });

  it("tells a live client that fell more than its backlog behind where to resume", async () => {
    const { add, internalId, log } = await ownCollection();
    const heard = new Set<bigint>();
    // Nothing else writes meanwhile: the stream starts from the newest change.
    const start = await t.app.services.hub.latest();
    const stream = await seamStream(internalId, heard, { since: null, backlog: 2, ignoreUpTo: start });
    // Three changes heard while the client reads nothing: one more than the backlog holds.
    for (const value of ["a", "b", "c"]) await add(`${value}.behind.seam.example.com`);
    const written = (await log()).slice(1);
    await expect.poll(() => written.every((id) => heard.has(id)), { timeout: 10_000 }).toBe(true);
    expect(await stream.next()).toEqual({ done: false, value: { behind: true, cursor: start } });
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });

  it("keeps up when the backlog is exactly full", async () => {
    const { add, internalId, log } = await ownCollection();
    const heard = new Set<bigint>();
    const start = await t.app.services.hub.latest();
    const stream = await seamStream(internalId, heard, { since: null, backlog: 2, ignoreUpTo: start });
    for (const value of ["a", "b"]) await add(`${value}.full.seam.example.com`);
    const written = (await log()).slice(1);
    await expect.poll(() => written.every((id) => heard.has(id)), { timeout: 10_000 }).toBe(true);
    expect(await take(stream, 2)).toEqual(written);
    await stream.return?.();
  });
});

describe("enrichmentUpdated", () => {
  it("reaches a subscriber of the collection when its IoCs are enriched", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, {
      iocs: [{ value: "enriched-seam.example.com" }],
    });
    const path = join(dir, "domain.jsonl");
    await writeFile(path, JSON.stringify({ data: vtDomain("enriched-seam.example.com") }));
    const client = connectWs(port, owner.apiKey);
    const sub = client.subscribe(Enriched, { id: collection.id });
    try {
      // The subscription is live once the first import's update reaches it: import until it does.
      let received = null;
      for (let attempt = 0; attempt < 20 && !received; attempt++) {
        await importJsonl(t.app.database.prisma, path, { pubsub: t.app.services.pubsub });
        received = await sub.next(500).catch(() => null);
      }
      expect(received?.data?.enrichmentUpdated).toEqual({
        collectionId: collection.id,
        iocs: [{ value: "enriched-seam.example.com", enrichment: { provider: "offline", status: "FRESH" } }],
      });
    } finally {
      await client.dispose();
    }
  });
});
