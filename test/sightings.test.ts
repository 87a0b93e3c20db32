// Sightings through GraphQL: Ioc.firstSighted / lastSighted / sightings and Ioc.collections (most recent
// sighting first) count only collections the viewer may list, and stay exact through adds, removals,
// visibility changes and deletes — on both backends, where the database keeps them (migration
// 20261201030000_ioc_search).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";

const Sightings = graphql(`
  query Sightings($value: String!, $first: Int, $after: String) {
    ioc(value: $value) {
      firstSighted
      lastSighted
      sightings
      collections(first: $first, after: $after) {
        totalCount
        edges { addedAt node { name } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);
const Add = graphql(`
  mutation SightingsAdd($input: AddIocsInput!) {
    addIocs(input: $input) { __typename ... on AddIocsPayload { addedEdges { addedAt } } }
  }
`);
const Remove = graphql(`
  mutation SightingsRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }
`);
const Update = graphql(`
  mutation SightingsUpdate($input: UpdateCollectionInput!) { updateCollection(input: $input) { __typename } }
`);
const Delete = graphql(`
  mutation SightingsDelete($input: DeleteCollectionInput!) { deleteCollection(input: $input) { __typename } }
`);
const Many = graphql(`
  query SightingsMany($id: ID!) {
    collection(id: $id) { iocs(first: 200) { edges { node { value firstSighted lastSighted sightings } } } }
  }
`);
const ManyPlain = graphql(`
  query SightingsManyPlain($id: ID!) { collection(id: $id) { iocs(first: 200) { edges { node { value } } } } }
`);

let t: TestApp;
let owner: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  owner = await t.createUser("owner");
  stranger = await t.createUser("stranger");
});
afterAll(() => t?.stop());

async function add(collectionId: string, value: string): Promise<string> {
  const data = await t.run(Add, { input: { collectionId, iocs: [{ value }] } }, { apiKey: owner.apiKey });
  if (data.addIocs.__typename !== "AddIocsPayload") throw new Error(data.addIocs.__typename);
  return data.addIocs.addedEdges[0].addedAt;
}

async function seen(value: string, apiKey?: string) {
  const { ioc } = await t.run(Sightings, { value, first: 10 }, { apiKey });
  if (!ioc) return null;
  return {
    first: ioc.firstSighted,
    last: ioc.lastSighted,
    count: ioc.sightings,
    total: ioc.collections.totalCount,
    names: ioc.collections.edges.map((e) => e.node.name),
  };
}

describe("an IoC's sightings", () => {
  it("count the collections the viewer may list, kept exact through every change", async () => {
    const value = `seen-${randomBytes(3).toString("hex")}.example.org`;
    const a = (await createCollection(t, owner, { name: "A" })).collection.id;
    const b = (await createCollection(t, owner, { name: "B", visibility: "PRIVATE" })).collection.id;
    const c = (await createCollection(t, owner, { name: "C", visibility: "UNLISTED" })).collection.id;
    const d = (await createCollection(t, owner, { name: "D" })).collection.id;
    const atA = await add(a, value);
    const atB = await add(b, value);
    const atC = await add(c, value);
    const atD = await add(d, value);
    // Everyone: the public A and D; the owner: all four, the most recent sighting first.
    const publicView = { first: atA, last: atD, count: 2, total: 2, names: ["D", "A"] };
    expect(await seen(value)).toEqual(publicView);
    expect(await seen(value, stranger.apiKey)).toEqual(publicView);
    expect(await seen(value, owner.apiKey)).toEqual({
      first: atA,
      last: atD,
      count: 4,
      total: 4,
      names: ["D", "C", "B", "A"],
    });
    expect(atB < atC).toBe(true);

    await t.run(Remove, { input: { collectionId: d, iocs: [{ value }] } }, { apiKey: owner.apiKey });
    expect(await seen(value)).toEqual({ first: atA, last: atA, count: 1, total: 1, names: ["A"] });
    expect((await seen(value, owner.apiKey))?.last).toBe(atC);

    await t.run(Update, { input: { id: a, visibility: "PRIVATE" } }, { apiKey: owner.apiKey });
    // Held by no collection anyone else may list: not found at all.
    expect(await seen(value)).toBeNull();
    expect(await seen(value, owner.apiKey)).toEqual({
      first: atA,
      last: atC,
      count: 3,
      total: 3,
      names: ["C", "B", "A"],
    });

    await t.run(Update, { input: { id: b, visibility: "PUBLIC" } }, { apiKey: owner.apiKey });
    expect(await seen(value, stranger.apiKey)).toEqual({
      first: atB,
      last: atB,
      count: 1,
      total: 1,
      names: ["B"],
    });

    await t.run(Delete, { input: { id: b } }, { apiKey: owner.apiKey });
    expect(await seen(value, stranger.apiKey)).toBeNull();
    expect(await seen(value, owner.apiKey)).toEqual({
      first: atA,
      last: atC,
      count: 2,
      total: 2,
      names: ["C", "A"],
    });
  });

  it("pages Ioc.collections by most recent sighting", async () => {
    const value = `paged-${randomBytes(3).toString("hex")}.example.org`;
    const names = ["p1", "p2", "p3", "p4", "p5"];
    // One create per collection, so each sighting has its own time.
    for (const name of names) await createCollection(t, owner, { name, iocs: [{ value }] });
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { ioc } = await t.run(Sightings, { value, first: 2, after });
      paged.push(...(ioc?.collections.edges.map((e) => e.node.name) ?? []));
      if (!ioc?.collections.pageInfo.hasNextPage) break;
      after = ioc.collections.pageInfo.endCursor ?? undefined;
    }
    expect(paged).toEqual([...names].reverse());
  });

  it("cost one statement for a whole page of IoCs", async () => {
    const run = randomBytes(3).toString("hex");
    const iocs = Array.from({ length: 120 }, (_, i) => ({ value: `n${i}-${run}.sighted.example.com` }));
    const { collection } = await createCollection(t, owner, { iocs });
    const plain = await t.countStatements(() => t.run(ManyPlain, { id: collection.id }));
    const withSightings = await t.countStatements(() => t.run(Many, { id: collection.id }));
    expect(withSightings.result.collection?.iocs.edges).toHaveLength(120);
    expect(withSightings.result.collection?.iocs.edges.every((e) => e.node.sightings === 1)).toBe(true);
    expect(withSightings.statements.length).toBe(plain.statements.length + 1);
  });
});
