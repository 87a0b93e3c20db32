// Collection.relatedCollections: shared-IoC counts and order, the over-correlation cap, visibility, the
// per-type pivot, paging, and the statement count of an IoC → collections → related collections pivot.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";

// With a cap of 4, an IoC held by 5 or more collections (private ones too) does not make collections related.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ limits: { maxCorrelatingCollections: 4 } });
});
afterAll(() => t?.stop());

const uniq = () => `t${randomBytes(4).toString("hex")}`;

const Related = graphql(`
  query GraphRelated($id: ID!, $first: Int, $after: String, $type: IocType) {
    collection(id: $id) {
      relatedCollections(first: $first, after: $after, type: $type) {
        edges { cursor sharedIocs sharedIocSample { value } node { name } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }
  }
`);

const Pivot = graphql(`
  query GraphPivot($value: String!, $collections: Int!, $related: Int!) {
    ioc(value: $value) {
      collections(first: $collections) {
        edges {
          node {
            name
            relatedCollections(first: $related) { edges { sharedIocs node { name owner { name } } } }
          }
        }
      }
    }
  }
`);

// The same pivot with each related collection's sample of shared IoCs, asked for inside a fragment.
const PivotWithSample = graphql(`
  query GraphPivotWithSample($value: String!, $collections: Int!, $related: Int!) {
    ioc(value: $value) {
      collections(first: $collections) {
        edges {
          node {
            relatedCollections(first: $related) {
              edges { ... on RelatedCollectionEdge { sharedIocSample { value } } node { name } }
            }
          }
        }
      }
    }
  }
`);

async function fixture() {
  const alice = await t.createUser("alice");
  const bob = await t.createUser("bob");
  const base = uniq();
  const d = (i: number) => ({ value: `d${i}.${base}.com` });
  const url = { value: `http://d4.${base}.com/payload` };
  const hot = { value: `hot.${base}.com` };
  const main = await createCollection(t, alice, {
    name: "main",
    iocs: [d(1), d(2), d(3), d(4), d(5), url, hot],
  });
  await createCollection(t, alice, { name: "older", iocs: [d(1), d(2), d(3), hot] });
  await createCollection(t, bob, { name: "newer", iocs: [d(1), d(2), d(5), hot] });
  await createCollection(t, bob, { name: "urls", iocs: [url, hot] });
  await createCollection(t, alice, { name: "hot only", iocs: [hot] });
  await createCollection(t, bob, {
    name: "bob's private",
    visibility: "PRIVATE",
    iocs: [d(1), d(2), d(3), d(4)],
  });
  await createCollection(t, alice, { name: "alice's private", visibility: "PRIVATE", iocs: [d(4)] });
  await createCollection(t, alice, { name: "unlisted", visibility: "UNLISTED", iocs: [d(4), d(5)] });
  return { alice, bob, base, main: main.collection.id };
}

describe("relatedCollections", () => {
  it("counts shared IoCs, most first then most recent, without over-correlated IoCs or hidden collections", async () => {
    const { alice, base, main } = await fixture();
    const anonymous = await t.run(Related, { id: main });
    const edges = anonymous.collection?.relatedCollections.edges ?? [];
    // hot.… is in 5 collections (over the cap of 4): it counts for nobody, and "hot only" is not related.
    expect(edges.map((e) => [e.node.name, e.sharedIocs])).toEqual([
      ["newer", 3],
      ["older", 3],
      ["urls", 1],
    ]);
    expect(edges[1].sharedIocSample.map((ioc) => ioc.value).sort()).toEqual(
      [1, 2, 3].map((i) => `d${i}.${base}.com`),
    );

    // Alice also sees her own private and unlisted collections; Bob's private one stays hidden from her.
    const asAlice = await t.run(Related, { id: main }, { apiKey: alice.apiKey });
    expect(asAlice.collection?.relatedCollections.edges.map((e) => [e.node.name, e.sharedIocs])).toEqual([
      ["newer", 3],
      ["older", 3],
      ["unlisted", 2],
      ["alice's private", 1],
      ["urls", 1],
    ]);
  });

  it("pivots on one type of IoC and pages with cursors", async () => {
    const { main } = await fixture();
    const urls = await t.run(Related, { id: main, type: "URL" });
    expect(urls.collection?.relatedCollections.edges.map((e) => [e.node.name, e.sharedIocs])).toEqual([
      ["urls", 1],
    ]);

    const first = await t.run(Related, { id: main, first: 2 });
    const page = first.collection?.relatedCollections;
    expect(page?.edges.map((e) => e.node.name)).toEqual(["newer", "older"]);
    expect(page?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.run(Related, { id: main, first: 2, after: page?.pageInfo.endCursor });
    expect(second.collection?.relatedCollections.edges.map((e) => e.node.name)).toEqual(["urls"]);
    expect(second.collection?.relatedCollections.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    const bad = await t.execute(Related, { id: main, after: "nope" });
    expect(bad.errors?.[0].message).toMatch(/not a cursor/);
  });

  it("runs an IoC → collections → related collections pivot in a fixed number of statements", async () => {
    const { base } = await fixture();
    const value = `d1.${base}.com`;
    const big = await t.countStatements(() => t.run(Pivot, { value, collections: 50, related: 20 }));
    const small = await t.countStatements(() => t.run(Pivot, { value, collections: 1, related: 1 }));
    const names = big.result.ioc?.collections.edges.map((e) => e.node.name).sort();
    expect(names).toEqual(["main", "newer", "older"]);
    const main = big.result.ioc?.collections.edges.find((e) => e.node.name === "main");
    expect(main?.node.relatedCollections.edges[0]).toMatchObject({ sharedIocs: 3, node: { name: "newer" } });
    expect(big.statements).toHaveLength(small.statements.length);
    // The IoC, its memberships (+ count), their collections, one statement for every related list, the
    // related collections with their owners (joined); no sample IoCs, since none were asked for.
    expect(big.statements).toHaveLength(EXPECTED_PIVOT_STATEMENTS);
  });

  it("reads the related collections' sample IoCs only when the query asks for them: one statement more", async () => {
    const { base } = await fixture();
    const value = `d1.${base}.com`;
    const { result, statements } = await t.countStatements(() =>
      t.run(PivotWithSample, { value, collections: 50, related: 20 }),
    );
    const samples = result.ioc?.collections.edges.flatMap((e) =>
      e.node.relatedCollections.edges.map((r) => r.sharedIocSample.length),
    );
    expect(samples?.every((n) => n > 0)).toBe(true);
    expect(statements).toHaveLength(EXPECTED_PIVOT_STATEMENTS + 1);
  });
});

const EXPECTED_PIVOT_STATEMENTS = 5;
