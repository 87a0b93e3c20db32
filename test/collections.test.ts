// Creating and changing collections through GraphQL: canonical shared IoCs, reports, and validation that
// writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs, CollectionIocs, CreateCollection, IocLookup } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ limits: { maxIocsPerCall: 50, maxRawTextBytes: 2000 } });
});
afterAll(() => t?.stop());

const UpdateCollection = graphql(`
  mutation UpdateCollection($input: UpdateCollectionInput!) {
    updateCollection(input: $input) {
      __typename
      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }
      ... on Error { message }
      ... on ValidationError { field }
    }
  }
`);

const DeleteCollection = graphql(`
  mutation DeleteCollection($input: DeleteCollectionInput!) {
    deleteCollection(input: $input) {
      __typename
      ... on DeleteCollectionPayload { deletedCollectionId }
      ... on Error { message }
    }
  }
`);

const RemoveIocs = graphql(`
  mutation RemoveIocs($input: RemoveIocsInput!) {
    removeIocs(input: $input) {
      __typename
      ... on RemoveIocsPayload {
        collection { counts { total domains urls } }
        report { removed notInCollection invalid { input reason } }
      }
      ... on Error { message }
    }
  }
`);

const Changes = graphql(`
  query CollectionCount { collections(first: 100) { edges { node { id } } } }
`);

describe("createCollection", () => {
  it("stores typed and pasted IoCs canonically, counts them per kind and reports invalid items", async () => {
    const alice = await t.createUser("alice");
    const created = await createCollection(t, alice, {
      name: "  Operation Test  ",
      tags: ["APT", "apt", " loader "],
      iocs: [
        { value: "EVIL[.]com." },
        { type: "IP_ADDRESS", value: "10.0.0.1" },
        { value: "not an ioc" },
        { type: "DOMAIN", value: "1.2.3.4" },
      ],
      rawText:
        "Payload at hxxp://evil[.]com/gate.php, hash D41D8CD98F00B204E9800998ECF8427E; beacon evil.com",
    });
    expect(created.collection).toMatchObject({
      name: "Operation Test",
      description: "",
      tags: ["apt", "loader"],
      visibility: "PUBLIC",
      counts: { files: 1, urls: 1, domains: 1, ipAddresses: 1, total: 4 },
    });
    expect(created.report.added).toBe(4);
    // evil.com is given twice (typed, then pasted): one duplicate.
    expect(created.report.duplicates).toBe(1);
    expect(created.report.invalid.map((item) => item.input)).toEqual(["not an ioc", "1.2.3.4"]);
    expect(created.report.invalid.every((item) => item.reason.length > 0)).toBe(true);

    const read = await t.run(CollectionIocs, { id: created.collection.id, first: 10 });
    expect(read.collection?.iocs.edges.map((edge) => [edge.node.__typename, edge.node.value])).toEqual([
      ["Domain", "evil.com"],
      ["IpAddress", "10.0.0.1"],
      ["Url", "http://evil.com/gate.php"],
      ["File", "d41d8cd98f00b204e9800998ecf8427e"],
    ]);
    expect(read.collection?.iocs.edges.every((edge) => edge.addedBy?.name === alice.name)).toBe(true);
  });

  it("shares one canonical IoC between collections", async () => {
    const owner = await t.createUser();
    const domain = `shared-${Date.now()}.com`;
    const a = await createCollection(t, owner, { name: "A", iocs: [{ value: `${domain.toUpperCase()}.` }] });
    const b = await createCollection(t, owner, {
      name: "B",
      rawText: `seen at ${domain.replace(".", "[.]")}`,
    });
    const found = await t.run(IocLookup, { value: domain.replace(".", "(.)") });
    expect(found.ioc?.__typename).toBe("Domain");
    expect(found.ioc?.value).toBe(domain);
    expect(found.ioc?.collections.edges.map((edge) => edge.node.id).sort()).toEqual(
      [a.collection.id, b.collection.id].sort(),
    );
  });

  it("refuses an empty name and writes nothing", async () => {
    const owner = await t.createUser();
    const before = await t.run(Changes, {}, { apiKey: owner.apiKey });
    const result = await t.run(
      CreateCollection,
      { input: { name: "   ", iocs: [{ value: "nothing-written-1.com" }] } },
      { apiKey: owner.apiKey },
    );
    expect(result.createCollection).toMatchObject({ __typename: "ValidationError", field: "name" });
    const after = await t.run(Changes, {}, { apiKey: owner.apiKey });
    expect(after.collections.edges).toHaveLength(before.collections.edges.length);
    expect((await t.run(IocLookup, { value: "nothing-written-1.com" })).ioc).toBeNull();
  });

  it("refuses a call over the caps with a LimitExceededError and writes nothing", async () => {
    const owner = await t.createUser();
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ value: `cap-${i}.example.com` }));
    const many = await t.run(
      CreateCollection,
      { input: { name: "Too many", iocs: tooMany } },
      { apiKey: owner.apiKey },
    );
    expect(many.createCollection).toMatchObject({ __typename: "LimitExceededError", limit: 50 });
    const tooLong = `${"x".repeat(2000)} cap-text.example.com`;
    const long = await t.run(
      CreateCollection,
      { input: { name: "Too long", rawText: tooLong } },
      { apiKey: owner.apiKey },
    );
    expect(long.createCollection).toMatchObject({ __typename: "LimitExceededError", limit: 2000 });
    expect((await t.run(IocLookup, { value: "cap-0.example.com" })).ioc).toBeNull();
    expect((await t.run(IocLookup, { value: "cap-text.example.com" })).ioc).toBeNull();
  });

  it("needs an API key", async () => {
    const result = await t.run(CreateCollection, { input: { name: "anonymous" } });
    expect(result.createCollection.__typename).toBe("AuthenticationRequiredError");
  });
});

describe("addIocs and removeIocs", () => {
  it("adds new IoCs, counts re-added ones as duplicates, and removes", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, { iocs: [{ value: "one.example.com" }] });
    const added = await t.run(
      AddIocs,
      {
        input: {
          collectionId: collection.id,
          iocs: [{ value: "one.example.com" }, { value: "two.example.com" }, { value: "999.1.1.1" }],
          rawText: "and hxxps://two[.]example[.]com/x",
        },
      },
      { apiKey: owner.apiKey },
    );
    expect(added.addIocs).toMatchObject({
      __typename: "AddIocsPayload",
      collection: { counts: { domains: 2, urls: 1, total: 3 } },
      report: { added: 2, duplicates: 1 },
    });
    expect(added.addIocs.__typename === "AddIocsPayload" && added.addIocs.report.invalid[0]?.input).toBe(
      "999.1.1.1",
    );

    const removed = await t.run(
      RemoveIocs,
      {
        input: {
          collectionId: collection.id,
          iocs: [{ value: "one[.]example[.]com" }, { value: "absent.example.com" }, { value: "%%%" }],
        },
      },
      { apiKey: owner.apiKey },
    );
    expect(removed.removeIocs).toMatchObject({
      __typename: "RemoveIocsPayload",
      collection: { counts: { total: 2, domains: 1, urls: 1 } },
      report: { removed: 1, notInCollection: 1 },
    });
    // No collection holds it now: it answers like a value never seen (DESIGN §3a).
    expect((await t.run(IocLookup, { value: "one.example.com" })).ioc).toBeNull();
  });

  it("answers NotFoundError for an unknown collection and writes nothing", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner);
    await t.run(DeleteCollection, { input: { id: collection.id } }, { apiKey: owner.apiKey });
    const result = await t.run(
      AddIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "orphan.example.com" }] } },
      { apiKey: owner.apiKey },
    );
    expect(result.addIocs.__typename).toBe("NotFoundError");
    expect((await t.run(IocLookup, { value: "orphan.example.com" })).ioc).toBeNull();
  });

  it("adds in a fixed number of statements, looking up only the IoCs it did not just create, in input order", async () => {
    const owner = await t.createUser();
    const add = (collectionId: string, values: string[]) =>
      t.countStatements(() =>
        t.run(
          AddIocs,
          { input: { collectionId, iocs: values.map((value) => ({ value })) } },
          { apiKey: owner.apiKey },
        ),
      );
    const lookups = (statements: string[]) => statements.filter((sql) => /^\s*WITH u AS/.test(sql)).length;
    const { collection: first } = await createCollection(t, owner, { name: "First" });
    const fresh = Array.from({ length: 40 }, (_, i) => `fresh-${i}.order.example.org`);
    const allNew = await add(first.id, fresh);
    // The key with its user (one statement, joined), the collection's lock, the IoCs and the derived nodes,
    // their edges, the memberships, the counts, the change log, the reach lock and the reach, COMMIT, the
    // payload's collection.
    expect(allNew.statements).toHaveLength(12);
    expect(lookups(allNew.statements)).toBe(0);

    const { collection: second } = await createCollection(t, owner, { name: "Second" });
    const mixed = [
      "new-a.order.example.org",
      fresh[7],
      "new-b.order.example.org",
      fresh[3],
      "new-c.order.example.org",
    ];
    const someKnown = await add(second.id, mixed);
    expect(someKnown.statements).toHaveLength(13);
    expect(lookups(someKnown.statements)).toBe(1);
    expect(someKnown.result.addIocs).toMatchObject({ report: { added: 5, duplicates: 0 } });
    const page = await t.run(CollectionIocs, { id: second.id, first: 10 });
    expect(page.collection?.iocs.edges.map((edge) => edge.node.value)).toEqual(mixed);
  });

  it("stores and finds again values with the characters of SQL array literals: quotes, backslashes, braces, commas, NULL", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, { name: "Literal" });
    const values = [
      'http://q.example.org/p?x="y"',
      "http://q.example.org/a\\b\\",
      "http://q.example.org/a{b}c,d",
      "http://q.example.org/NULL",
    ];
    const add = () =>
      t.run(
        AddIocs,
        { input: { collectionId: collection.id, iocs: values.map((value) => ({ value })) } },
        { apiKey: owner.apiKey },
      );
    expect((await add()).addIocs).toMatchObject({ report: { added: 4, duplicates: 0 } });
    expect((await add()).addIocs).toMatchObject({ report: { added: 0, duplicates: 4 } });
    const page = await t.run(CollectionIocs, { id: collection.id, first: 10 });
    expect(page.collection?.iocs.edges.map((edge) => edge.node.value)).toEqual(values);
  });

  it("pages through a collection's IoCs in insertion order, filtered by type", async () => {
    const owner = await t.createUser();
    const values = Array.from({ length: 25 }, (_, i) => ({ value: `page-${i}.example.org` }));
    const { collection } = await createCollection(t, owner, { iocs: [...values, { value: "8.8.4.4" }] });
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await t.run(CollectionIocs, { id: collection.id, first: 10, after, type: "DOMAIN" });
      seen.push(...(page.collection?.iocs.edges.map((edge) => edge.node.value) ?? []));
      after = page.collection?.iocs.pageInfo.hasNextPage ? page.collection.iocs.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(values.map((v) => v.value));
  });
});

describe("updateCollection and deleteCollection", () => {
  it("updates only the given fields", async () => {
    const owner = await t.createUser();
    const { collection } = await createCollection(t, owner, { name: "Before", tags: ["a"] });
    const result = await t.run(
      UpdateCollection,
      { input: { id: collection.id, description: "Now described", tags: ["B", "c"] } },
      { apiKey: owner.apiKey },
    );
    expect(result.updateCollection).toMatchObject({
      __typename: "UpdateCollectionPayload",
      collection: { name: "Before", description: "Now described", tags: ["b", "c"], visibility: "PUBLIC" },
    });
    const bad = await t.run(
      UpdateCollection,
      { input: { id: collection.id, name: "" } },
      { apiKey: owner.apiKey },
    );
    expect(bad.updateCollection).toMatchObject({ __typename: "ValidationError", field: "name" });
  });

  it("lets only the owner change or delete a collection", async () => {
    const owner = await t.createUser();
    const other = await t.createUser();
    const { collection } = await createCollection(t, owner, { name: "Mine" });
    const update = await t.run(
      UpdateCollection,
      { input: { id: collection.id, name: "Theirs" } },
      { apiKey: other.apiKey },
    );
    expect(update.updateCollection.__typename).toBe("ForbiddenError");
    const add = await t.run(
      AddIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "intruder.example.com" }] } },
      { apiKey: other.apiKey },
    );
    expect(add.addIocs.__typename).toBe("ForbiddenError");
    const del = await t.run(DeleteCollection, { input: { id: collection.id } }, { apiKey: other.apiKey });
    expect(del.deleteCollection.__typename).toBe("ForbiddenError");
    const read = await t.run(CollectionIocs, { id: collection.id });
    expect(read.collection?.name).toBe("Mine");

    const deleted = await t.run(DeleteCollection, { input: { id: collection.id } }, { apiKey: owner.apiKey });
    expect(deleted.deleteCollection).toMatchObject({
      __typename: "DeleteCollectionPayload",
      deletedCollectionId: collection.id,
    });
    expect((await t.run(CollectionIocs, { id: collection.id })).collection).toBeNull();
  });
});

const CollectionLists = graphql(`
  query CollectionLists($id: ID!) {
    collection(id: $id) { tags altNames targetedIndustries targetedRegions sourceRegion tlp collectionType }
  }
`);

it("reads a collection created with no lists as empty lists, by id, as it was written", async () => {
  const owner = await t.createUser();
  const { collection } = await createCollection(t, owner, { name: "Bare" });
  // Lists never written are NULL in the table; every read path shows them as [].
  expect((await t.run(CollectionLists, { id: collection.id })).collection).toEqual({
    tags: [],
    altNames: [],
    targetedIndustries: [],
    targetedRegions: [],
    sourceRegion: null,
    tlp: "CLEAR",
    collectionType: "REPORT",
  });
});
