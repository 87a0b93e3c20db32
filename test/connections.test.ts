// Every connection pages the same way: `totalCount` counted only when asked for, page arguments checked once
// with a clear error, backward paging where a UI pages back.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
let owner: TestUser;
let first: string;
const label = `c${randomBytes(4).toString("hex")}`;
const domain = (i: number) => `d${i}.${label}.example.org`;

beforeAll(async () => {
  t = await startTestApp();
  owner = await t.createUser("owner");
  const a = await createCollection(t, owner, {
    name: `${label} first`,
    iocs: [{ value: domain(0) }, { value: domain(1) }, { value: `https://${domain(0)}/gate` }],
  });
  await createCollection(t, owner, { name: `${label} second`, iocs: [{ value: domain(0) }] });
  first = a.collection.id;
  await t.run(
    AddIocs,
    { input: { collectionId: first, iocs: [{ value: "8.8.4.4" }] } },
    { apiKey: owner.apiKey },
  );
});
afterAll(() => t?.stop());

const Totals = graphql(`
  query ConnectionTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {
    collections(first: 1, filter: { search: $search }) { totalCount }
    owned: node(id: $owner) { ... on User { collections(first: 1) { totalCount } } }
    collection(id: $id) {
      iocs(first: 1) { totalCount }
      domains: iocs(first: 1, type: DOMAIN) { totalCount }
      relatedCollections(first: 1) { totalCount }
    }
    collectionChanges(id: $id, first: 1) { totalCount }
    ioc(value: $value) { collections(first: 1) { totalCount } }
    url: ioc(value: $url) { relationships(first: 1) { totalCount } }
  }
`);

const NoTotals = graphql(`
  query ConnectionsWithoutTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {
    collections(first: 1, filter: { search: $search }) { edges { cursor } }
    owned: node(id: $owner) { ... on User { collections(first: 1) { edges { cursor } } } }
    collection(id: $id) {
      iocs(first: 1) { edges { cursor } }
      relatedCollections(first: 1) { edges { cursor } }
    }
    collectionChanges(id: $id, first: 1) { edges { cursor } }
    ioc(value: $value) { collections(first: 1) { edges { cursor } } }
    url: ioc(value: $url) { relationships(first: 1) { edges { cursor } } }
  }
`);

const OnlyTotal = graphql(`
  query OnlyTotal($value: String!) {
    ioc(value: $value) {
      collections(first: 5) { totalCount }
      pages: collections(first: 5) { pageInfo { hasNextPage } }
      cursors: collections(first: 5) { edges { cursor } }
    }
  }
`);

const Paged = graphql(`
  query PagedIocs($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {
    collection(id: $id) {
      iocs(first: $first, last: $last, after: $after, before: $before) {
        edges { cursor node { value } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

const PagedCollections = graphql(`
  query PagedCollections($search: String!, $first: Int, $last: Int, $before: String) {
    collections(filter: { search: $search }, first: $first, last: $last, before: $before) {
      edges { node { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor }
    }
  }
`);

const PagedChanges = graphql(`
  query PagedChanges($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {
    collectionChanges(id: $id, first: $first, last: $last, after: $after, before: $before) {
      edges { cursor node { kind } }
      pageInfo { hasNextPage hasPreviousPage }
    }
  }
`);

describe("totalCount", () => {
  it("counts every list exactly", async () => {
    const data = await t.run(Totals, {
      id: first,
      owner: Buffer.from(`User:${owner.id}`).toString("base64"),
      search: label,
      value: domain(0),
      url: `https://${domain(0)}/gate`,
    });
    expect(data.collections.totalCount).toBe(2);
    expect(data.owned).toEqual({ collections: { totalCount: 2 } });
    expect(data.collection?.iocs.totalCount).toBe(4);
    expect(data.collection?.domains.totalCount).toBe(2);
    expect(data.collection?.relatedCollections.totalCount).toBe(1);
    // CREATED, then IOCS_ADDED.
    expect(data.collectionChanges?.totalCount).toBe(2);
    expect(data.ioc?.collections.totalCount).toBe(2);
    // The URL's host, derived.
    expect(data.url?.relationships.totalCount).toBe(1);
  });

  it("answers a count-only, pageInfo-only or cursor-only selection", async () => {
    const result = await t.execute(OnlyTotal, { value: domain(0) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ioc).toEqual({
      collections: { totalCount: 2 },
      pages: { pageInfo: { hasNextPage: false } },
      cursors: { edges: [{ cursor: expect.any(String) }, { cursor: expect.any(String) }] },
    });
  });

  it("is counted only when selected", async () => {
    const variables = {
      id: first,
      owner: Buffer.from(`User:${owner.id}`).toString("base64"),
      search: label,
      value: domain(0),
      url: `https://${domain(0)}/gate`,
    };
    // Ioc.collections counts from the IoC's sighting rows (kept by the database).
    const counting = (statements: string[]) =>
      statements.filter((sql) => /\bAS count\b|_count|FROM "Sighting"/i.test(sql));
    const without = await t.countStatements(() => t.run(NoTotals, variables));
    expect(counting(without.statements).map((s) => s.slice(0, 300))).toEqual([]);
    // Collection.iocs counts from the collection's own counts; every other list costs one count.
    const totals = await t.countStatements(() => t.run(Totals, variables));
    expect(counting(totals.statements)).toHaveLength(6);
  });
});

describe("page arguments", () => {
  it("refuses a negative size or first with last, with a code", async () => {
    for (const variables of [
      { id: first, first: -1 },
      { id: first, last: -2 },
      { id: first, first: 1, last: 1 },
    ]) {
      const result = await t.execute(Paged, variables);
      expect(result.data?.collection?.iocs ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe("ValidationError");
    }
  });

  it("refuses a cursor of another list or out of range", async () => {
    for (const after of ["garbage", "9999999999999999999", Buffer.from("[1]").toString("base64url")]) {
      const result = await t.execute(Paged, { id: first, first: 1, after });
      expect(result.errors?.[0].extensions?.code).toBe("ValidationError");
      const changes = await t.execute(PagedChanges, { id: first, first: 1, after });
      expect(changes.errors?.[0].extensions?.code).toBe("ValidationError");
    }
  });
});

describe("cursors", () => {
  it("are the edges' own at a page's ends, and where it was asked for when the page is empty", async () => {
    const page = (await t.run(Paged, { id: first, first: 2 })).collection?.iocs;
    const cursors = page?.edges.map((edge) => edge.cursor) ?? [];
    expect(new Set(cursors).size).toBe(2);
    expect(page?.pageInfo).toMatchObject({ startCursor: cursors[0], endCursor: cursors[1] });
    const end = (await t.run(Paged, { id: first, first: 10 })).collection?.iocs.pageInfo.endCursor ?? "";
    const past = (await t.run(Paged, { id: first, first: 2, after: end })).collection?.iocs;
    expect(past?.edges).toEqual([]);
    expect(past?.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: end,
      endCursor: end,
    });
  });
});

describe("backward paging", () => {
  it("pages a collection's IoCs back from the end and from a cursor", async () => {
    const all = await t.run(Paged, { id: first, first: 10 });
    const values = all.collection?.iocs.edges.map((edge) => edge.node.value) ?? [];
    expect(values).toHaveLength(4);
    const last = await t.run(Paged, { id: first, last: 2 });
    expect(last.collection?.iocs.edges.map((edge) => edge.node.value)).toEqual(values.slice(2));
    expect(last.collection?.iocs.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = last.collection?.iocs.pageInfo.startCursor ?? "";
    const earlier = await t.run(Paged, { id: first, last: 5, before });
    expect(earlier.collection?.iocs.edges.map((edge) => edge.node.value)).toEqual(values.slice(0, 2));
    expect(earlier.collection?.iocs.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it("pages collections back, in the listing's order", async () => {
    const all = await t.run(PagedCollections, { search: label, first: 10 });
    const names = all.collections.edges.map((edge) => edge.node.name);
    expect(names).toEqual([`${label} second`, `${label} first`]);
    const last = await t.run(PagedCollections, { search: label, last: 1 });
    expect(last.collections.edges.map((edge) => edge.node.name)).toEqual(names.slice(1));
    expect(last.collections.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = last.collections.pageInfo.startCursor ?? "";
    const earlier = await t.run(PagedCollections, { search: label, last: 5, before });
    expect(earlier.collections.edges.map((edge) => edge.node.name)).toEqual(names.slice(0, 1));
  });

  it("pages the change log back", async () => {
    const last = await t.run(PagedChanges, { id: first, last: 1 });
    expect(last.collectionChanges?.edges.map((edge) => edge.node.kind)).toEqual(["IOCS_ADDED"]);
    expect(last.collectionChanges?.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const before = last.collectionChanges?.edges[0].cursor ?? "";
    const earlier = await t.run(PagedChanges, { id: first, last: 1, before });
    expect(earlier.collectionChanges?.edges.map((edge) => edge.node.kind)).toEqual(["CREATED"]);
    expect(earlier.collectionChanges?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
  });
});
