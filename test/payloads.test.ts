// What mutation payloads and change events carry so a client cache can apply them without refetching:
// the added edges exactly as `Collection.iocs` shows them, the removed IoCs' ids, the deleted collection's
// id; and the ids of change-log entries and watchlist entries.

import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddIocsInput } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { connectWs } from "./helpers/ws.js";

let t: TestApp;
let owner: TestUser;
let port: number;
beforeAll(async () => {
  t = await startTestApp();
  port = await t.app.start(0);
  owner = await t.createUser("owner");
});
afterAll(() => t?.stop());

const Create = graphql(`
  mutation PayloadCreate($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      ... on CreateCollectionPayload {
        collection { id }
        collectionEdge { cursor node { id name } }
        addedEdges { cursor addedAt addedBy { id } node { id value } }
      }
    }
  }
`);

const Add = graphql(`
  mutation PayloadAdd($input: AddIocsInput!) {
    addIocs(input: $input) {
      ... on AddIocsPayload { addedEdges { cursor addedAt addedBy { id } node { id value } } }
    }
  }
`);

const Remove = graphql(`
  mutation PayloadRemove($input: RemoveIocsInput!) {
    removeIocs(input: $input) { ... on RemoveIocsPayload { removedIocIds } }
  }
`);

const Lists = graphql(`
  query PayloadLists($id: ID!) {
    collections(first: 1) { edges { cursor node { id name } } }
    collection(id: $id) { iocs(first: 100) { edges { cursor addedAt addedBy { id } node { id value } } } }
    collectionChanges(id: $id, first: 10) {
      edges {
        cursor
        node {
          id
          kind
          addedEdges { cursor addedAt addedBy { id } node { id value } }
          removedIocIds
          deletedCollectionId
        }
      }
    }
  }
`);

const ChangeNode = graphql(`
  query PayloadChangeNode($id: ID!) { node(id: $id) { id ... on CollectionChange { kind } } }
`);

const Updated = graphql(`
  subscription PayloadUpdated($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) { kind deletedCollectionId removedIocIds addedEdges { cursor } }
  }
`);

const Delete = graphql(`
  mutation PayloadDelete($id: ID!) {
    deleteCollection(input: { id: $id }) { ... on DeleteCollectionPayload { deletedCollectionId } }
  }
`);

const asOwner = () => ({ apiKey: owner.apiKey });
const iocs = (...values: string[]) => values.map((value) => ({ value }));

describe("payloads and events", () => {
  it("carry the edges, ids and deleted id a cache needs, equal to what the lists show", async () => {
    const created = await t.run(
      Create,
      { input: { name: "Payloads", iocs: iocs("p1.example.org", "p2.example.org") } },
      asOwner(),
    );
    const create = created.createCollection;
    if (!("collection" in create)) throw new Error(JSON.stringify(create));
    const id = create.collection.id;
    const added = await t.run(
      Add,
      { input: { collectionId: id, iocs: iocs("p2.example.org", "p3.example.org") } },
      asOwner(),
    );
    const addedEdges = "addedEdges" in added.addIocs ? added.addIocs.addedEdges : [];
    // The duplicate is no new edge.
    expect(addedEdges.map((edge) => edge.node.value)).toEqual(["p3.example.org"]);

    let lists = await t.run(Lists, { id }, asOwner());
    expect(create.collectionEdge).toEqual(lists.collections.edges[0]);
    const edges = lists.collection?.iocs.edges ?? [];
    expect([...create.addedEdges, ...addedEdges]).toEqual(edges);
    expect(edges[0].addedBy).toEqual({ id: Buffer.from(`User:${owner.id}`).toString("base64") });

    const removed = await t.run(
      Remove,
      { input: { collectionId: id, iocs: iocs("p1.example.org", "nowhere.example.org") } },
      asOwner(),
    );
    expect(removed.removeIocs).toEqual({ removedIocIds: [edges[0].node.id] });

    lists = await t.run(Lists, { id }, asOwner());
    const changes = lists.collectionChanges?.edges ?? [];
    expect(changes.map(({ node }) => node.kind)).toEqual(["CREATED", "IOCS_ADDED", "IOCS_REMOVED"]);
    // Events show the edges as they are now: p1's edge is gone.
    expect(changes.map(({ node }) => node.addedEdges)).toEqual([[edges[1]], addedEdges, []]);
    expect(changes.map(({ node }) => node.removedIocIds)).toEqual([[], [], [edges[0].node.id]]);
    expect(changes.map(({ node }) => node.deletedCollectionId)).toEqual([null, null, null]);

    const ws = connectWs(port, owner.apiKey);
    const updates = ws.subscribe(Updated, { id, since: changes[2].cursor });
    const deleted = await t.run(Delete, { id }, asOwner());
    expect(deleted.deleteCollection).toEqual({ deletedCollectionId: id });
    expect(await updates.take(1)).toEqual([
      { collectionUpdated: { kind: "DELETED", deletedCollectionId: id, removedIocIds: [], addedEdges: [] } },
    ]);
    await ws.dispose();
  });
});

const AddCounted = graphql(`
  mutation PayloadAddCounted($input: AddIocsInput!) {
    addIocs(input: $input) { ... on AddIocsPayload { report { added } } }
  }
`);

describe("addedEdges", () => {
  it("costs two statements, whatever the number of edges: the IoCs, and who added them", async () => {
    const statements = async <R>(
      document: TypedDocumentNode<R, { input: AddIocsInput }>,
      label: string,
      count: number,
    ) => {
      const created = await t.run(Create, { input: { name: label } }, asOwner());
      const collectionId =
        "collection" in created.createCollection ? created.createCollection.collection.id : "";
      const values = Array.from({ length: count }, (_, i) => `${label}${i}.count.example.org`);
      const { statements } = await t.countStatements(() =>
        t.run(document, { input: { collectionId, iocs: iocs(...values) } }, asOwner()),
      );
      return statements.length;
    };
    const bare = await statements(AddCounted, "bare", 3);
    expect(await statements(Add, "three", 3)).toBe(bare + 2);
    expect(await statements(Add, "thirty", 30)).toBe(bare + 2);
  });
});

describe("change-log entries", () => {
  it("are Nodes: their id is a global id of their own, refetched by node(id) only where the collection is readable", async () => {
    const created = await t.run(Create, { input: { name: "Private", visibility: "PRIVATE" } }, asOwner());
    const id = "collection" in created.createCollection ? created.createCollection.collection.id : "";
    const lists = await t.run(Lists, { id }, asOwner());
    const change = lists.collectionChanges?.edges[0];
    expect(Buffer.from(change?.node.id ?? "", "base64").toString()).toBe(
      `CollectionChange:${change?.cursor}`,
    );
    const refetched = await t.run(ChangeNode, { id: change?.node.id ?? "" }, asOwner());
    expect(refetched.node).toEqual({ id: change?.node.id, kind: "CREATED" });
    const stranger = await t.createUser("stranger");
    expect(
      (await t.run(ChangeNode, { id: change?.node.id ?? "" }, { apiKey: stranger.apiKey })).node,
    ).toBeNull();
    expect((await t.run(ChangeNode, { id: change?.node.id ?? "" })).node).toBeNull();
  });
});

const Watch = graphql(`
  mutation PayloadWatch($values: [String!]!) {
    watchIocs(input: { values: $values }) {
      ... on WatchIocsPayload { watchlist { id value } query { watchlist { id value } } }
    }
  }
`);

describe("the watchlist", () => {
  it("returns the resulting watchlist and the query root; entries have stable, distinct ids", async () => {
    const first = await t.run(Watch, { values: ["w1.example.org"] }, asOwner());
    const second = await t.run(Watch, { values: ["w2.example.org", "w1.example.org"] }, asOwner());
    if (!("watchlist" in first.watchIocs) || !("watchlist" in second.watchIocs))
      throw new Error("not watched");
    expect(second.watchIocs.query.watchlist).toEqual(second.watchIocs.watchlist);
    const [w1, w2] = second.watchIocs.watchlist;
    expect([w1.value, w2.value]).toEqual(["w1.example.org", "w2.example.org"]);
    expect(w1.id).toBe(first.watchIocs.watchlist[0].id);
    expect(w2.id).not.toBe(w1.id);
  });
});
