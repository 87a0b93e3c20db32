// Two server processes sharing one PostgreSQL database and Redis, as deployed behind a load balancer. The
// unprompted log poll is off (LIVE_POLL_MS=0), so an event can only cross instances through Redis, or be
// recovered from the change log after a Redis outage.
import { randomBytes } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../src/auth/api-keys.js";
import { type Database, openDatabase } from "../src/db.js";
import { graphql } from "./gql/index.js";
import { backend, freshPostgresDatabase } from "./helpers/app.js";
import { AddIocs, CreateCollection } from "./helpers/documents.js";
import {
  type RedisProcess,
  redisHasClient,
  type ServerProcess,
  startRedis,
  startServer,
  until,
} from "./helpers/processes.js";
import { connectWs, type WsClient } from "./helpers/ws.js";

const redisUrl = process.env.TEST_REDIS_URL;
const enabled = backend === "postgres" && Boolean(redisUrl);

const Updated = graphql(`
  subscription TwoInstancesUpdated($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) { cursor kind iocs { value } }
  }
`);

const Feed = graphql(`
  subscription TwoInstancesFeed($since: String) {
    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }
  }
`);

const KeysOf = graphql(`query TwoInstancesKeys { viewer { apiKeys { id } } }`);
const Revoke = graphql(
  `mutation TwoInstancesRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }`,
);

const LatestChange = graphql(`
  query TwoInstancesLatest($id: ID!) {
    collectionChanges(id: $id, last: 1) { pageInfo { endCursor } }
  }
`);

interface User {
  name: string;
  apiKey: string;
}

async function http<R, V>(
  port: number,
  document: TypedDocumentNode<R, V>,
  variables: V,
  apiKey?: string,
): Promise<R> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(apiKey && { "x-apikey": apiKey }) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const result = (await response.json()) as ExecutionResult<R>;
  if (result.errors?.length || !result.data)
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Two instances on a fresh database, with a handle on the database for creating users. */
async function startPair(redis: string) {
  const database = await freshPostgresDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL: redis, LIVE_POLL_MS: "0" };
  const a = await startServer(env);
  const b = await startServer(env);
  const db: Database = openDatabase({ databaseUrl: database.url, dataDir: "" });
  const clients: WsClient[] = [];
  return {
    a,
    b,
    async user(prefix: string): Promise<User> {
      const name = `${prefix}-${randomBytes(4).toString("hex")}`;
      const user = await db.prisma.user.create({ data: { name } });
      return { name, apiKey: (await createApiKey(db.prisma, user.id)).secret };
    },
    ws(server: ServerProcess, user?: User): WsClient {
      const client = connectWs(server.port, user?.apiKey);
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((client) => client.dispose()));
      await Promise.all([a.stop(), b.stop()]);
      await db.close();
      await database.drop();
    },
  };
}

type Pair = Awaited<ReturnType<typeof startPair>>;

async function createCollection(
  server: ServerProcess,
  owner: User,
  name: string,
  visibility: "PUBLIC" | "PRIVATE" = "PUBLIC",
) {
  const data = await http(server.port, CreateCollection, { input: { name, visibility } }, owner.apiKey);
  if (data.createCollection.__typename !== "CreateCollectionPayload") throw new Error(JSON.stringify(data));
  return data.createCollection.collection.id;
}

async function add(server: ServerProcess, owner: User, collectionId: string, value: string) {
  const data = await http(server.port, AddIocs, { input: { collectionId, iocs: [{ value }] } }, owner.apiKey);
  expect(data.addIocs.__typename).toBe("AddIocsPayload");
}

async function latest(server: ServerProcess, id: string, user: User): Promise<string> {
  const data = await http(server.port, LatestChange, { id }, user.apiKey);
  return data.collectionChanges?.pageInfo.endCursor ?? "0";
}

describe.skipIf(!enabled)(
  "two instances sharing PostgreSQL and Redis (skipped unless TEST_DATABASE_URL and TEST_REDIS_URL are set)",
  () => {
    let pair: Pair;
    beforeAll(async () => {
      pair = await startPair(redisUrl as string);
    });
    afterAll(() => pair?.stop());

    it("delivers a mutation on A to a subscriber on B, and resumes on A with exactly the 50 changes missed", async () => {
      const { a, b } = pair;
      const alice = await pair.user("alice");
      const id = await createCollection(a, alice, "Across instances");
      const client = pair.ws(b, alice);
      const sub = client.subscribe(Updated, { id, since: await latest(a, id, alice) });
      await add(a, alice, id, "first.example.com");
      expect((await sub.take(1))[0]?.collectionUpdated.iocs).toEqual([{ value: "first.example.com" }]);
      // B is live now (it delivered), and it polls nothing: the next event can only come through Redis.
      await until(() => redisHasClient(redisUrl as string, b.pid, "subscribe", 1), "B subscribed on Redis");
      await add(a, alice, id, "second.example.com");
      const [second] = (await sub.take(1)).map((data) => data.collectionUpdated);
      expect(second?.iocs).toEqual([{ value: "second.example.com" }]);
      await client.dispose();

      const missed: string[] = [];
      for (let i = 0; i < 50; i++) {
        missed.push(`10.50.0.${i}`);
        await add(i % 2 ? a : b, alice, id, `10.50.0.${i}`);
      }
      const resumed = pair.ws(a, alice).subscribe(Updated, { id, since: second?.cursor });
      const replayed = (await resumed.take(50)).map((data) => data.collectionUpdated);
      expect(replayed.map((event) => event.iocs[0]?.value)).toEqual(missed);
      await add(b, alice, id, "after.example.com");
      expect((await resumed.take(1))[0]?.collectionUpdated.iocs).toEqual([{ value: "after.example.com" }]);
      expect(resumed.pending).toBe(0);
      resumed.unsubscribe();
    });

    it("never sends another user a PRIVATE collection's events, on any instance", async () => {
      const { a, b } = pair;
      const alice = await pair.user("alice");
      const mallory = await pair.user("mallory");
      const start = await createCollection(a, alice, "Start");
      const since = await latest(a, start, alice);
      const malloryFeed = pair.ws(b, mallory).subscribe(Feed, { since });
      const aliceFeed = pair.ws(b, alice).subscribe(Feed, { since });

      const secret = await createCollection(a, alice, "Secret", "PRIVATE");
      await add(b, alice, secret, "secret.example.org");
      const open = await createCollection(a, alice, "Open");
      expect((await malloryFeed.take(1))[0]?.collectionsFeed).toMatchObject({
        collectionId: open,
        kind: "CREATED",
      });
      expect((await aliceFeed.take(3)).map((data) => data.collectionsFeed.collectionId)).toEqual([
        secret,
        secret,
        open,
      ]);
      const refused = pair.ws(b, mallory).subscribe(Updated, { id: secret, since: "0" });
      expect((await refused.next()).errors?.[0]?.message).toContain("No collection");
    });
  },
);

describe.skipIf(!enabled)(
  "a Redis restart mid-stream (skipped unless TEST_DATABASE_URL and TEST_REDIS_URL are set)",
  () => {
    let redis: RedisProcess;
    let pair: Pair;
    beforeAll(async () => {
      // A throwaway Redis of our own: the machine's shared one is never stopped.
      redis = await startRedis();
      pair = await startPair(redis.url);
    });
    afterAll(async () => {
      await pair?.stop();
      await redis?.stop();
    });

    it("ends a stream on B within 2 s when its key is revoked on A, before any later change", async () => {
      const { a, b } = pair;
      const alice = await pair.user("revoked");
      const id = await createCollection(a, alice, "Revoked across instances", "PRIVATE");
      const client = pair.ws(b, alice);
      const sub = client.subscribe(Updated, { id, since: await latest(a, id, alice) });
      await add(a, alice, id, "before.example.com");
      expect((await sub.take(1))[0]?.collectionUpdated.iocs).toEqual([{ value: "before.example.com" }]);
      const [key] = (await http(a.port, KeysOf, {}, alice.apiKey)).viewer?.apiKeys ?? [];
      // The key revokes itself on A; B hears of it through Redis (B polls nothing here).
      expect((await http(a.port, Revoke, { id: key?.id ?? "" }, alice.apiKey)).revokeApiKey.__typename).toBe(
        "RevokeApiKeyPayload",
      );
      const ended = await sub.next(2000);
      expect(ended.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      await sub.ended;
      expect(sub.pending).toBe(0);
    });

    it("keeps mutations working while Redis is down and delivers every missed change once it is back", async () => {
      const { a, b } = pair;
      const alice = await pair.user("alice");
      const id = await createCollection(a, alice, "Outage");
      const sub = pair.ws(b, alice).subscribe(Updated, { id, since: await latest(a, id, alice) });
      await until(() => redis.hasClient(b.pid, "subscribe", 1), "B subscribed on Redis");
      await add(a, alice, id, "before.example.com");
      const [before] = (await sub.take(1)).map((data) => data.collectionUpdated);
      expect(before?.iocs).toEqual([{ value: "before.example.com" }]);

      await redis.stop();
      for (const value of ["down1.example.com", "down2.example.com", "down3.example.com"])
        await add(a, alice, id, value);
      expect(sub.pending).toBe(0);

      await redis.start();
      await until(
        async () =>
          (await redis.hasClient(b.pid, "subscribe", 1)) &&
          (await redisHasClient(redis.url, a.pid, "publish")),
        "both instances reconnected to Redis",
      );
      await add(a, alice, id, "back.example.com");
      const events = (await sub.take(4)).map((data) => data.collectionUpdated);
      expect(events.map((event) => event.iocs[0]?.value)).toEqual([
        "down1.example.com",
        "down2.example.com",
        "down3.example.com",
        "back.example.com",
      ]);

      // A client that was cut off during the outage resumes from its cursor with the same changes.
      const resumed = pair.ws(a, alice).subscribe(Updated, { id, since: before?.cursor });
      expect((await resumed.take(4)).map((data) => data.collectionUpdated.cursor)).toEqual(
        events.map((event) => event.cursor),
      );
    });
  },
);
