// RESPONSE_CACHE_TTL_MS: anonymous query results come from the cache, and every change anonymous readers could
// see empties it: at once on the instance that made it, and on another instance as Redis brings the news.
// A request with an API key never reads or fills it. Off (the default), nothing is cached.
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { graphql } from "./gql/index.js";
import { backend, startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";

const CachedCollection = graphql(`
  query CachedCollection($id: ID!) { collection(id: $id) { name visibility counts { total } } }
`);
const Rename = graphql(`
  mutation CachedRename($input: UpdateCollectionInput!) {
    updateCollection(input: $input) { __typename ... on Error { message } }
  }
`);
const CachedAdd = graphql(`
  mutation CachedAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename ... on Error { message } } }
`);

let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  t = await startTestApp({ settings: { responseCacheTtlMs: 60_000 } });
  owner = await t.createUser();
});
afterAll(() => t?.stop());

/** An anonymous read of the collection, with the SQL statements it cost. */
async function anonymousRead(id: string) {
  const { result, statements } = await t.countStatements(() => t.execute(CachedCollection, { id }));
  return { collection: result.data?.collection ?? null, statements: statements.length };
}

describe("with RESPONSE_CACHE_TTL_MS set", () => {
  it("answers a repeated anonymous query from the cache, without SQL", async () => {
    const { collection } = await createCollection(t, owner, {
      name: "Cached",
      iocs: [{ value: "a.cache-example.com" }],
    });
    const first = await anonymousRead(collection.id);
    expect(first).toEqual({
      collection: { name: "Cached", visibility: "PUBLIC", counts: { total: 1 } },
      statements: 1,
    });
    expect(await anonymousRead(collection.id)).toEqual({ ...first, statements: 0 });
  });

  it("never serves or stores a keyed request's answer", async () => {
    const { collection } = await createCollection(t, owner, { name: "Mine", visibility: "PRIVATE" });
    for (let round = 0; round < 2; round++) {
      const { result, statements } = await t.countStatements(() =>
        t.execute(CachedCollection, { id: collection.id }, { apiKey: owner.apiKey }),
      );
      expect(result.data?.collection?.name).toBe("Mine");
      // The key's lookup and the collection: read each time.
      expect(statements.length).toBeGreaterThanOrEqual(1);
    }
    // The owner's answer did not land where an anonymous reader would find it.
    expect(await anonymousRead(collection.id)).toEqual({ collection: null, statements: 1 });
  });

  it("empties as a change commits, before the mutation answers: a renamed, then private collection", async () => {
    const { collection } = await createCollection(t, owner, { name: "Before" });
    await anonymousRead(collection.id);
    expect((await anonymousRead(collection.id)).statements).toBe(0);

    await t.run(Rename, { input: { id: collection.id, name: "After" } }, { apiKey: owner.apiKey });
    expect((await anonymousRead(collection.id)).collection?.name).toBe("After");

    await t.run(Rename, { input: { id: collection.id, visibility: "PRIVATE" } }, { apiKey: owner.apiKey });
    expect(await anonymousRead(collection.id)).toEqual({ collection: null, statements: 1 });
  });

  it("answers If-None-Match with 304 until a change, then with the new answer", async () => {
    const { collection } = await createCollection(t, owner, { name: "Tagged" });
    const ask = (etag?: string) =>
      t.app.yoga.fetch("http://iocgraph.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...(etag ? { "if-none-match": etag } : {}) },
        body: JSON.stringify({ query: print(CachedCollection), variables: { id: collection.id } }),
      });
    await ask();
    const etag = (await ask()).headers.get("etag");
    expect(etag).toMatch(/^\d+:[0-9a-f]{64}$/);
    expect((await ask(etag ?? undefined)).status).toBe(304);
    await t.run(Rename, { input: { id: collection.id, name: "Retagged" } }, { apiKey: owner.apiKey });
    const after = await ask(etag ?? undefined);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ data: { collection: { name: "Retagged" } } });
  });

  it("empties when IoCs are added", async () => {
    const { collection } = await createCollection(t, owner, { name: "Growing" });
    await anonymousRead(collection.id);
    await t.run(
      CachedAdd,
      { input: { collectionId: collection.id, iocs: [{ value: "b.cache-example.com" }] } },
      { apiKey: owner.apiKey },
    );
    expect((await anonymousRead(collection.id)).collection?.counts.total).toBe(1);
  });
});

describe.runIf(backend === "postgres" && Boolean(process.env.TEST_REDIS_URL))(
  "two instances sharing Redis",
  () => {
    it("empties on the other instance as the change's announcement arrives", async () => {
      const here = await startTestApp({
        settings: { responseCacheTtlMs: 60_000 },
        redisUrl: process.env.TEST_REDIS_URL,
      });
      const there = await buildApp({ ...here.config });
      try {
        const someone = await here.createUser();
        const { collection } = await createCollection(here, someone, { name: "Shared" });
        const readThere = async () => {
          const response = await there.yoga.fetch("http://iocgraph.test/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: print(CachedCollection), variables: { id: collection.id } }),
          });
          return ((await response.json()) as { data: { collection: { name: string } | null } }).data
            .collection;
        };
        // Read twice there: the second answer is the cached one.
        expect((await readThere())?.name).toBe("Shared");
        expect((await readThere())?.name).toBe("Shared");
        await here.run(
          Rename,
          { input: { id: collection.id, name: "Renamed here" } },
          { apiKey: someone.apiKey },
        );
        await expect.poll(async () => (await readThere())?.name, { timeout: 5000 }).toBe("Renamed here");
      } finally {
        await there.stop();
        await here.stop();
      }
    });
  },
);

describe("with Redis down, so no announcement ever comes back", () => {
  it("still empties on the instance that made the change, before the mutation answers", async () => {
    const lonely = await startTestApp({
      settings: { responseCacheTtlMs: 60_000 },
      redisUrl: "redis://127.0.0.1:1",
    });
    try {
      const someone = await lonely.createUser();
      const { collection } = await createCollection(lonely, someone, { name: "Alone" });
      const read = async () =>
        (await lonely.countStatements(() => lonely.execute(CachedCollection, { id: collection.id }))).result
          .data?.collection;
      await read();
      await lonely.run(
        Rename,
        { input: { id: collection.id, visibility: "PRIVATE" } },
        { apiKey: someone.apiKey },
      );
      expect(await read()).toBeNull();
    } finally {
      await lonely.stop();
    }
  });
});

describe("without RESPONSE_CACHE_TTL_MS (the default)", () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await startTestApp();
  });
  afterAll(() => plain?.stop());

  it("runs every anonymous query", async () => {
    const someone = await plain.createUser();
    const { collection } = await createCollection(plain, someone, { name: "Uncached" });
    for (let round = 0; round < 2; round++) {
      const { statements } = await plain.countStatements(() =>
        plain.execute(CachedCollection, { id: collection.id }),
      );
      expect(statements).toHaveLength(1);
    }
  });
});
