// The hot read costs a fixed number of SQL statements, however many IoCs a page holds.
import { afterAll, beforeAll, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const HotRead = graphql(`
  query HotRead($id: ID!, $first: Int!) {
    collection(id: $id) {
      name
      iocs(first: $first) {
        edges { node { value collections(first: 5) { edges { node { name } } } } }
      }
    }
  }
`);

const HotReadWithOwners = graphql(`
  query HotReadWithOwners($id: ID!, $first: Int!) {
    collection(id: $id) {
      iocs(first: $first) {
        edges { node { value collections(first: 5) { edges { node { name owner { name } } } } } }
      }
    }
  }
`);

async function statementsFor(iocCount: number, apiKey?: string) {
  const owner = await t.createUser();
  const run = Math.random().toString(36).slice(2, 8);
  const iocs = Array.from({ length: iocCount }, (_, i) => ({ value: `n${i}-${run}.count.example.com` }));
  const { collection } = await createCollection(t, owner, { iocs });
  // Every IoC is in a second collection too, so `collections` has real work to do.
  await createCollection(t, owner, { name: "Second", iocs });
  const { result, statements } = await t.countStatements(() =>
    t.run(HotRead, { id: collection.id, first: 200 }, { apiKey }),
  );
  expect(result.collection?.iocs.edges).toHaveLength(iocCount);
  expect(result.collection?.iocs.edges.every((edge) => edge.node.collections.edges.length === 2)).toBe(true);
  return statements;
}

it("reads a collection → 200 IoCs → their collections in a constant number of statements", async () => {
  const small = await statementsFor(3);
  const large = await statementsFor(200);
  // The collection; its page of memberships with their IoCs (one statement, joined); the IoCs' memberships in
  // visible collections; those collections.
  expect(large.length).toBe(small.length);
  expect(large).toHaveLength(4);
});

it("costs one more statement with an API key (its lookup), still constant", async () => {
  const viewer = await t.createUser();
  // The first use of a key also records lastUsedAt; later uses within a minute only look the key up.
  await t.run(HotRead, { id: "Q29sbGVjdGlvbjpub25l", first: 1 }, { apiKey: viewer.apiKey });
  const anonymous = await statementsFor(50);
  const authenticated = await statementsFor(50, viewer.apiKey);
  // The key row with its user (one statement, joined).
  expect(authenticated.length).toBe(anonymous.length + 1);
});

it("reads each IoC's collections with their owners in the same constant number of statements", async () => {
  const owner = await t.createUser();
  const iocs = Array.from({ length: 30 }, (_, i) => ({ value: `o${i}.owners.count.example.com` }));
  const { collection } = await createCollection(t, owner, { iocs });
  await createCollection(t, owner, { name: "Second", iocs });
  const { result, statements } = await t.countStatements(() =>
    t.run(HotReadWithOwners, { id: collection.id, first: 30 }),
  );
  const owners = result.collection?.iocs.edges.flatMap((edge) =>
    edge.node.collections.edges.map((holder) => holder.node.owner.name),
  );
  expect(owners).toEqual(Array(60).fill(owner.name));
  // The owners come joined with the collections: every IoC's page of collections preloads its own.
  expect(statements).toHaveLength(4);
});
