// PRIVATE collections are invisible to everyone but their owner, on every read path; UNLISTED ones open by
// id but are not listed; anonymous readers see public data only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { IocLookup } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const Everywhere = graphql(`
  query Everywhere($id: ID!, $ioc: String!, $owner: ID!) {
    collection(id: $id) { id }
    node(id: $id) { id }
    collections(first: 100, filter: { owner: $owner }) { edges { node { id } } }
    ioc(value: $ioc) {
      collections(first: 10) { totalCount edges { node { id counts { total } } } }
    }
  }
`);

async function setUp(visibility: "PRIVATE" | "UNLISTED") {
  const owner = await t.createUser("owner");
  const value = `${visibility.toLowerCase()}-${Math.random().toString(36).slice(2)}.example.net`;
  const hidden = await createCollection(t, owner, { name: "Hidden", visibility, iocs: [{ value }] });
  const shown = await createCollection(t, owner, { name: "Shown", iocs: [{ value }] });
  const ownerNode = await t.run(
    graphql(`query OwnerId { viewer { user { id } } }`),
    {},
    { apiKey: owner.apiKey },
  );
  return {
    owner,
    value,
    hidden: hidden.collection.id,
    shown: shown.collection.id,
    ownerId: ownerNode.viewer?.user.id ?? "",
  };
}

function read(s: { value: string; hidden: string; ownerId: string }, viewer?: TestUser) {
  return t.run(Everywhere, { id: s.hidden, ioc: s.value, owner: s.ownerId }, { apiKey: viewer?.apiKey });
}

describe("a PRIVATE collection", () => {
  it("is invisible to anonymous readers and to other users everywhere", async () => {
    const s = await setUp("PRIVATE");
    const stranger = await t.createUser("stranger");
    for (const viewer of [undefined, stranger]) {
      const data = await read(s, viewer);
      expect(data.collection).toBeNull();
      expect(data.node).toBeNull();
      expect(data.collections.edges.map((e) => e.node.id)).toEqual([s.shown]);
      expect(data.ioc?.collections.totalCount).toBe(1);
      expect(data.ioc?.collections.edges.map((e) => e.node.id)).toEqual([s.shown]);
    }
  });

  it("is visible to its owner everywhere", async () => {
    const s = await setUp("PRIVATE");
    const data = await read(s, s.owner);
    expect(data.collection?.id).toBe(s.hidden);
    expect(data.node?.id).toBe(s.hidden);
    expect(data.collections.edges.map((e) => e.node.id).sort()).toEqual([s.hidden, s.shown].sort());
    expect(data.ioc?.collections.totalCount).toBe(2);
  });
});

describe("an UNLISTED collection", () => {
  it("opens by id for anyone but is not listed to others", async () => {
    const s = await setUp("UNLISTED");
    const data = await read(s, undefined);
    expect(data.collection?.id).toBe(s.hidden);
    expect(data.node?.id).toBe(s.hidden);
    expect(data.collections.edges.map((e) => e.node.id)).toEqual([s.shown]);
    expect(data.ioc?.collections.edges.map((e) => e.node.id)).toEqual([s.shown]);
  });
});

describe("anonymous readers", () => {
  it("can read public data but cannot write", async () => {
    const owner = await t.createUser();
    const value = `anon-${Math.random().toString(36).slice(2)}.example.org`;
    await createCollection(t, owner, { iocs: [{ value }] });
    expect((await t.run(IocLookup, { value })).ioc?.collections.edges).toHaveLength(1);
    const write = await t.run(
      graphql(`mutation AnonDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }`),
      { id: (await t.run(IocLookup, { value })).ioc?.collections.edges[0]?.node.id ?? "" },
    );
    expect(write.deleteCollection.__typename).toBe("AuthenticationRequiredError");
  });
});
