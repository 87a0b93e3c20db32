// Live collections through real clients: graphql-ws over `ws` and server-sent events, against a real port.
// Ordering, resume without gap or duplicate, authorisation of every event, the feed, sightings, the
// watchlist, history, and the bounded backlog.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { subscribeSse } from "./helpers/sse.js";
import { connectWs, type WsClient } from "./helpers/ws.js";

const BACKLOG = 5;

let t: TestApp;
let port: number;
const clients: WsClient[] = [];

beforeAll(async () => {
  t = await startTestApp({ limits: { maxSubscriberBacklog: BACKLOG, maxWatchedIocs: 20 } });
  port = await t.app.start(0);
});
afterAll(() => t?.stop());

function ws(user?: TestUser): WsClient {
  const client = connectWs(port, user?.apiKey);
  clients.push(client);
  return client;
}

/** Waits until the server holds exactly `count` live listeners. */
async function listening(count: number): Promise<void> {
  const hub = t.app.services.hub;
  for (let i = 0; i < 1000 && hub.listenerCount !== count; i++) await new Promise((r) => setTimeout(r, 10));
  expect(hub.listenerCount).toBe(count);
}

// Each test starts with no subscription left on the server, so `listening(n)` counts its own.
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await listening(0);
});

const CollectionUpdated = graphql(`
  subscription LiveCollectionUpdated($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) {
      cursor
      kind
      at
      iocCount
      fields
      collectionId
      iocs { __typename type value }
      actor { name }
      collection { id name visibility counts { total } }
    }
  }
`);

const CollectionsFeed = graphql(`
  subscription LiveCollectionsFeed($since: String) {
    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }
  }
`);

const IocsSighted = graphql(`
  subscription LiveIocsSighted($values: [String!]!, $since: String) {
    iocsSighted(values: $values, since: $since) {
      id
      cursor
      iocs { value }
      collection { id name }
      actor { name }
      change { kind iocCount }
    }
  }
`);

const WatchlistHits = graphql(`
  subscription LiveWatchlistHits($since: String) {
    watchlistHits(since: $since) { cursor iocs { value } collection { name } }
  }
`);

const WatchIocs = graphql(`
  mutation LiveWatchIocs($input: WatchIocsInput!) {
    watchIocs(input: $input) {
      __typename
      ... on WatchIocsPayload { added watchlist { type value ioc { value } } }
      ... on Error { message }
      ... on ValidationError { field }
    }
  }
`);

const UnwatchIocs = graphql(`
  mutation LiveUnwatchIocs($input: WatchIocsInput!) {
    unwatchIocs(input: $input) {
      __typename
      ... on UnwatchIocsPayload { removed watchlist { value } }
      ... on Error { message }
    }
  }
`);

const Watchlist = graphql(`
  query LiveWatchlist { watchlist { type value } }
`);

const UpdateCollection = graphql(`
  mutation LiveUpdateCollection($input: UpdateCollectionInput!) {
    updateCollection(input: $input) { __typename ... on Error { message } }
  }
`);

const DeleteCollection = graphql(`
  mutation LiveDeleteCollection($input: DeleteCollectionInput!) {
    deleteCollection(input: $input) { __typename ... on Error { message } }
  }
`);

const RemoveIocs = graphql(`
  mutation LiveRemoveIocs($input: RemoveIocsInput!) {
    removeIocs(input: $input) { __typename ... on Error { message } }
  }
`);

const CollectionChanges = graphql(`
  query LiveCollectionChanges($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    collectionChanges(id: $id, first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { cursor kind at actor { name } iocs { value } iocCount fields } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

/** The database id inside a Relay global id. */
function rawId(globalId: string): string {
  return Buffer.from(globalId, "base64").toString("utf8").split(":")[1] ?? "";
}

async function add(owner: TestUser, collectionId: string, values: string[]) {
  const data = await t.run(
    AddIocs,
    { input: { collectionId, iocs: values.map((value) => ({ value })) } },
    { apiKey: owner.apiKey },
  );
  expect(data.addIocs.__typename).toBe("AddIocsPayload");
}

async function latestCursor(owner: TestUser, collectionId: string): Promise<string> {
  const data = await t.run(CollectionChanges, { id: collectionId, last: 1 }, { apiKey: owner.apiKey });
  const cursor = data.collectionChanges?.pageInfo.endCursor;
  if (!cursor) throw new Error("no change yet");
  return cursor;
}

describe("collectionUpdated over WebSocket", () => {
  it("delivers IOCS_ADDED, IOCS_REMOVED, UPDATED and a final DELETED in order, then completes", async () => {
    const alice = await t.createUser("alice");
    const bob = await t.createUser("bob");
    const { collection } = await createCollection(t, alice, {
      name: "Live ops",
      iocs: [{ value: "seed.example.com" }],
    });
    const sub = ws(bob).subscribe(CollectionUpdated, { id: collection.id });
    await listening(1);

    await add(alice, collection.id, ["evil[.]com", "hxxp://evil.com/gate.php"]);
    await t.run(
      RemoveIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "evil.com" }] } },
      { apiKey: alice.apiKey },
    );
    await t.run(
      UpdateCollection,
      { input: { id: collection.id, name: "Live ops (v2)" } },
      { apiKey: alice.apiKey },
    );
    await t.run(DeleteCollection, { input: { id: collection.id } }, { apiKey: alice.apiKey });

    const [added, removed, updated, deleted] = (await sub.take(4)).map((data) => data.collectionUpdated);
    expect(added).toMatchObject({
      kind: "IOCS_ADDED",
      iocCount: 2,
      iocs: [
        { __typename: "Domain", type: "DOMAIN", value: "evil.com" },
        { __typename: "Url", type: "URL", value: "http://evil.com/gate.php" },
      ],
      actor: { name: alice.name },
      collectionId: collection.id,
    });
    expect(added.collection?.id).toBe(collection.id);
    expect(removed).toMatchObject({ kind: "IOCS_REMOVED", iocs: [{ value: "evil.com" }], fields: null });
    expect(updated).toMatchObject({ kind: "UPDATED", iocs: [], fields: ["name"] });
    expect(deleted).toMatchObject({ kind: "DELETED", collection: null, collectionId: collection.id });
    const cursors = [added, removed, updated, deleted].map((event) => BigInt(event.cursor));
    expect([...cursors].sort((a, b) => (a < b ? -1 : 1))).toEqual(cursors);
    expect(new Set(cursors).size).toBe(4);
    await expect(sub.ended).resolves.toBeUndefined();
  });

  it("after a disconnect, resumes from the last cursor with exactly the 50 missed changes, then goes on live", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice, { name: "Resume" });
    const first = ws(alice);
    const sub = first.subscribe(CollectionUpdated, { id: collection.id });
    await listening(1);
    await add(alice, collection.id, ["198.51.100.1"]);
    const [seen] = await sub.take(1);
    const cursor = seen.collectionUpdated.cursor;
    await first.dispose();

    const missed: string[] = [];
    for (let i = 0; i < 50; i++) {
      const value = `10.1.${Math.floor(i / 250)}.${i % 250}`;
      missed.push(value);
      await add(alice, collection.id, [value]);
    }
    const resumed = ws(alice).subscribe(CollectionUpdated, { id: collection.id, since: cursor });
    const replayed = (await resumed.take(50)).map((data) => data.collectionUpdated);
    expect(replayed.map((event) => event.iocs[0]?.value)).toEqual(missed);
    expect(replayed.every((event) => event.kind === "IOCS_ADDED")).toBe(true);
    await listening(1);

    await add(alice, collection.id, ["203.0.113.77"]);
    const [live] = (await resumed.take(1)).map((data) => data.collectionUpdated);
    expect(live.iocs.map((ioc) => ioc.value)).toEqual(["203.0.113.77"]);
    // Nothing else was delivered: no duplicate at the seam between replay and live.
    expect(resumed.pending).toBe(0);
    resumed.unsubscribe();
  });

  it("replays from the start, CREATED included, and the history query shows the same log", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice, {
      name: "History",
      iocs: [{ value: "a.example.org" }],
    });
    await add(alice, collection.id, ["b.example.org"]);
    await t.run(UpdateCollection, { input: { id: collection.id, tags: ["apt"] } }, { apiKey: alice.apiKey });

    const history = await t.run(CollectionChanges, { id: collection.id, first: 2 });
    const page = history.collectionChanges;
    expect(page?.edges.map((edge) => edge.node.kind)).toEqual(["CREATED", "IOCS_ADDED"]);
    expect(page?.edges[0]?.node).toMatchObject({
      actor: { name: alice.name },
      iocs: [{ value: "a.example.org" }],
    });
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const rest = await t.run(CollectionChanges, {
      id: collection.id,
      first: 10,
      after: page?.pageInfo.endCursor,
    });
    expect(rest.collectionChanges?.edges.map((edge) => edge.node)).toMatchObject([
      { kind: "UPDATED", fields: ["tags"] },
    ]);
    expect(rest.collectionChanges?.pageInfo.hasNextPage).toBe(false);
    const last = await t.run(CollectionChanges, { id: collection.id, last: 2 });
    expect(last.collectionChanges?.edges.map((edge) => edge.node.kind)).toEqual(["IOCS_ADDED", "UPDATED"]);
    expect(last.collectionChanges?.pageInfo.hasPreviousPage).toBe(true);

    const sub = ws().subscribe(CollectionUpdated, { id: collection.id, since: "0" });
    const replayed = (await sub.take(3)).map((data) => data.collectionUpdated);
    expect(replayed.map((event) => event.kind)).toEqual(["CREATED", "IOCS_ADDED", "UPDATED"]);
    expect(replayed.map((event) => event.cursor)).toEqual([
      ...(page?.edges.map((edge) => edge.cursor) ?? []),
      rest.collectionChanges?.edges[0]?.cursor,
    ]);
    sub.unsubscribe();
  });

  it("rejects a malformed cursor and one from beyond the log", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice);
    for (const since of ["not-a-cursor", "99999999999"]) {
      const sub = ws(alice).subscribe(CollectionUpdated, { id: collection.id, since });
      const refused = await sub.next();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "ValidationError" });
    }
  });
});

describe("authorisation of events", () => {
  it("never lets another user or an anonymous client subscribe to a PRIVATE collection", async () => {
    const alice = await t.createUser("alice");
    const mallory = await t.createUser("mallory");
    const { collection } = await createCollection(t, alice, { visibility: "PRIVATE" });
    for (const client of [ws(mallory), ws()]) {
      const sub = client.subscribe(CollectionUpdated, { id: collection.id, since: "0" });
      const refused = await sub.next();
      expect(refused.errors?.[0]?.message).toContain("No collection");
      expect(refused.data ?? null).toBeNull();
    }
    const history = await t.execute(
      CollectionChanges,
      { id: collection.id, first: 5 },
      { apiKey: mallory.apiKey },
    );
    expect(history.data?.collectionChanges).toBeNull();

    // The owner subscribes and sees the change.
    const own = ws(alice).subscribe(CollectionUpdated, { id: collection.id });
    await listening(1);
    await add(alice, collection.id, ["secret.example.net"]);
    expect((await own.take(1))[0]?.collectionUpdated.iocs).toEqual([
      { __typename: "Domain", type: "DOMAIN", value: "secret.example.net" },
    ]);
    own.unsubscribe();
  });

  it("stops delivering to others once a collection turns PRIVATE; the feed shows others public collections only", async () => {
    const alice = await t.createUser("alice");
    const bob = await t.createUser("bob");
    const { collection } = await createCollection(t, alice, { name: "Soon private" });
    const bobs = ws(bob).subscribe(CollectionUpdated, { id: collection.id });
    const bobFeed = ws(bob).subscribe(CollectionsFeed, {});
    const aliceFeed = ws(alice).subscribe(CollectionsFeed, {});
    await listening(3);

    await t.run(
      UpdateCollection,
      { input: { id: collection.id, visibility: "PRIVATE" } },
      { apiKey: alice.apiKey },
    );
    await add(alice, collection.id, ["hidden.example.net"]);
    const unlisted = await createCollection(t, alice, { name: "Unlisted", visibility: "UNLISTED" });
    const secret = await createCollection(t, alice, { name: "Secret", visibility: "PRIVATE" });
    // A public change after the private ones: what Bob receives next shows he skipped them.
    const open = await createCollection(t, alice, { name: "Open" });

    expect((await bobFeed.take(1))[0]?.collectionsFeed).toMatchObject({
      kind: "CREATED",
      collectionId: open.collection.id,
      collection: { name: "Open" },
    });
    const aliceEvents = (await aliceFeed.take(5)).map((data) => data.collectionsFeed);
    expect(aliceEvents.map((event) => [event.kind, event.collectionId])).toEqual([
      ["UPDATED", collection.id],
      ["IOCS_ADDED", collection.id],
      ["CREATED", unlisted.collection.id],
      ["CREATED", secret.collection.id],
      ["CREATED", open.collection.id],
    ]);
    // Bob's subscription to the now private collection stays silent; he can still follow a public one.
    await t.run(
      UpdateCollection,
      { input: { id: collection.id, visibility: "PUBLIC" } },
      { apiKey: alice.apiKey },
    );
    const [back] = (await bobs.take(1)).map((data) => data.collectionUpdated);
    expect(back).toMatchObject({
      kind: "UPDATED",
      fields: ["visibility"],
      collection: { visibility: "PUBLIC" },
    });
    for (const sub of [bobs, bobFeed, aliceFeed]) sub.unsubscribe();
  });

  it("lets anyone with its id follow an UNLISTED collection", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice, { visibility: "UNLISTED" });
    const sub = ws().subscribe(CollectionUpdated, { id: collection.id });
    await listening(1);
    await add(alice, collection.id, ["unlisted.example.com"]);
    expect((await sub.take(1))[0]?.collectionUpdated.collection?.visibility).toBe("UNLISTED");
    sub.unsubscribe();
  });
});

const UpdatedWithHolders = graphql(`
  subscription LiveUpdatedWithHolders($id: ID!) {
    collectionUpdated(id: $id) { kind iocs { value collections(first: 10) { edges { node { name } } } } }
  }
`);

describe("one execution per distinct subscription", () => {
  it("never shares a result between viewers: each sees only the collections it may", async () => {
    const alice = await t.createUser("alice");
    const bob = await t.createUser("bob");
    await createCollection(t, alice, {
      name: "Alice private",
      visibility: "PRIVATE",
      iocs: [{ value: "shared.example.com" }],
    });
    const { collection } = await createCollection(t, alice, { name: "Public" });
    const subscribers = [alice, alice, bob, bob].map((user) =>
      ws(user).subscribe(UpdatedWithHolders, { id: collection.id }),
    );
    await listening(4);
    await add(alice, collection.id, ["shared.example.com"]);
    const holders = await Promise.all(
      subscribers.map(async (sub) =>
        (await sub.take(1))[0]?.collectionUpdated.iocs[0]?.collections.edges
          .map((edge) => edge.node.name)
          .sort(),
      ),
    );
    expect(holders).toEqual([
      ["Alice private", "Public"],
      ["Alice private", "Public"],
      ["Public"],
      ["Public"],
    ]);
  });
});

describe("over server-sent events", () => {
  it("streams collectionUpdated with the API key from the headers", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice, { visibility: "PRIVATE" });
    const since = await latestCursor(alice, collection.id);
    const sub = subscribeSse(
      port,
      CollectionUpdated,
      { id: collection.id, since },
      { "x-apikey": alice.apiKey },
    );
    expect((await sub.opened).headers.get("content-type")).toContain("text/event-stream");
    await add(alice, collection.id, ["sse.example.com"]);
    await t.run(DeleteCollection, { input: { id: collection.id } }, { apiKey: alice.apiKey });
    const events = (await sub.take(2)).map((data) => data.collectionUpdated);
    expect(events.map((event) => event.kind)).toEqual(["IOCS_ADDED", "DELETED"]);
    await expect(sub.ended).resolves.toBeUndefined();

    const anonymous = subscribeSse(port, CollectionUpdated, { id: collection.id, since: "0" });
    const refused = await anonymous.next();
    expect(refused.errors?.[0]?.message).toContain("No collection");
  });
});

describe("IoC sightings and the watchlist", () => {
  it("reports watched IoCs (defanged input) added to visible collections only", async () => {
    const alice = await t.createUser("alice");
    const carol = await t.createUser("carol");
    const hunter = await t.createUser("hunter");
    const sub = ws(hunter).subscribe(IocsSighted, {
      values: [
        "hxxps://watched[.]example.com/x",
        "WATCHED-HOST[.]example.com",
        "44d88612fea8a8f36de82e1278abb02f",
      ],
    });
    await listening(1);

    await createCollection(t, carol, {
      visibility: "PRIVATE",
      iocs: [{ value: "watched-host.example.com" }],
    });
    await createCollection(t, alice, { iocs: [{ value: "unrelated.example.com" }] });
    const open = await createCollection(t, alice, {
      name: "Sightings",
      iocs: [{ value: "other.example.com" }, { value: "watched-host.example.com" }],
    });
    await add(alice, open.collection.id, [
      "https://watched.example.com/x",
      "44D88612FEA8A8F36DE82E1278ABB02F",
    ]);

    const [created, added] = (await sub.take(2)).map((data) => data.iocsSighted);
    expect(created).toMatchObject({
      iocs: [{ value: "watched-host.example.com" }],
      collection: { id: open.collection.id, name: "Sightings" },
      actor: { name: alice.name },
      change: { kind: "CREATED", iocCount: 2 },
    });
    expect(added?.iocs.map((ioc) => ioc.value)).toEqual([
      "https://watched.example.com/x",
      "44d88612fea8a8f36de82e1278abb02f",
    ]);
    sub.unsubscribe();

    // Resuming from before both replays them.
    const replay = ws(hunter).subscribe(IocsSighted, { values: ["watched-host.example.com"], since: "0" });
    const [again] = (await replay.take(1)).map((data) => data.iocsSighted);
    expect(again?.collection?.id).toBe(open.collection.id);
    // One sighting, one id, live or replayed; another sighting, another id.
    expect(again?.id).toBe(created?.id);
    expect(added?.id).not.toBe(created?.id);
    replay.unsubscribe();
  });

  it("keeps a watchlist: invalid input writes nothing, hits follow the list as it changes", async () => {
    const hunter = await t.createUser("hunter");
    const alice = await t.createUser("alice");
    const rejected = await t.run(
      WatchIocs,
      { input: { values: ["c2[.]example.net", "not an ioc"] } },
      { apiKey: hunter.apiKey },
    );
    expect(rejected.watchIocs).toMatchObject({ __typename: "ValidationError", field: "values" });
    expect((await t.run(Watchlist, {}, { apiKey: hunter.apiKey })).watchlist).toEqual([]);

    const anonymous = await t.run(WatchIocs, { input: { values: ["c2.example.net"] } });
    expect(anonymous.watchIocs.__typename).toBe("AuthenticationRequiredError");
    const tooMany = await t.run(
      WatchIocs,
      { input: { values: Array.from({ length: 21 }, (_, i) => `host${i}.example.net`) } },
      { apiKey: hunter.apiKey },
    );
    expect(tooMany.watchIocs.__typename).toBe("LimitExceededError");

    const watched = await t.run(
      WatchIocs,
      { input: { values: ["c2[.]example.net", "c2.example.net"] } },
      { apiKey: hunter.apiKey },
    );
    expect(watched.watchIocs).toMatchObject({
      added: 1,
      watchlist: [{ type: "DOMAIN", value: "c2.example.net", ioc: null }],
    });
    const hits = ws(hunter).subscribe(WatchlistHits, {});
    await listening(1);
    await createCollection(t, alice, { name: "First", iocs: [{ value: "c2.example.net" }] });
    expect((await hits.take(1))[0]?.watchlistHits).toMatchObject({
      iocs: [{ value: "c2.example.net" }],
      collection: { name: "First" },
    });

    // Watching more while subscribed applies at once; unwatching too.
    await t.run(WatchIocs, { input: { values: ["192.0.2.55"] } }, { apiKey: hunter.apiKey });
    const unwatched = await t.run(
      UnwatchIocs,
      { input: { values: ["c2.example.net"] } },
      { apiKey: hunter.apiKey },
    );
    expect(unwatched.unwatchIocs).toMatchObject({ removed: 1, watchlist: [{ value: "192.0.2.55" }] });
    await createCollection(t, alice, {
      name: "Second",
      iocs: [{ value: "c2.example.net" }, { value: "192.0.2.55" }],
    });
    expect((await hits.take(1))[0]?.watchlistHits).toMatchObject({
      iocs: [{ value: "192.0.2.55" }],
      collection: { name: "Second" },
    });
    hits.unsubscribe();
  });
});

describe("bounded buffers", () => {
  it("tells a subscriber that falls more than its backlog behind to resume, and the resume loses nothing", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice);
    const sub = ws(alice).subscribe(CollectionUpdated, { id: collection.id });
    await listening(1);
    await add(alice, collection.id, ["192.0.2.1"]);
    const [first] = (await sub.take(1)).map((data) => data.collectionUpdated);

    // A burst larger than the backlog reaching the server in one read of the log: written in one
    // transaction, then announced once, as a flood of commits between two reads would be.
    const burst = BACKLOG * 2;
    const db = t.app.database.prisma;
    await db.collectionChange.createMany({
      data: Array.from({ length: burst }, (_, i) => ({
        collectionId: rawId(collection.id),
        kind: "UPDATED" as const,
        actorId: alice.id,
        details: { fields: [`burst${i}`] },
      })),
    });
    t.app.services.pubsub.publish("collectionChanged", {
      changeId: "0",
      collectionId: rawId(collection.id),
      kind: "UPDATED",
    });

    const ending = await sub.next();
    expect(ending.errors?.[0]?.extensions).toEqual({ code: "RESUME_REQUIRED", cursor: first.cursor });
    expect(ending.errors?.[0]?.message).toBe(
      `This subscription fell more than its backlog behind and was ended; subscribe again with since: "${first.cursor}".`,
    );
    await expect(sub.ended).resolves.toBeUndefined();

    const resumed = ws(alice).subscribe(CollectionUpdated, { id: collection.id, since: first.cursor });
    const replayed = (await resumed.take(burst)).map((data) => data.collectionUpdated.fields?.[0]);
    expect(replayed).toEqual(Array.from({ length: burst }, (_, i) => `burst${i}`));
    resumed.unsubscribe();
  });

  it("releases a subscription's listener when the client goes away", async () => {
    const alice = await t.createUser("alice");
    const { collection } = await createCollection(t, alice);
    const client = ws(alice);
    client.subscribe(CollectionUpdated, { id: collection.id });
    client.subscribe(CollectionsFeed, {});
    await listening(2);
    await client.dispose();
    await listening(0);
  });
});
