// Collection metadata through GraphQL: type, other names, references, targeted industries and regions, source
// region and TLP — defaults, normalisation, validation that writes nothing, filters, orderings, and a change
// log that keeps every updated field's old and new value (a no-op update writes nothing).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

// A fragment the documents below spread (codegen registers it by name).
graphql(`
  fragment MetaFields on Collection {
    id name collectionType altNames references { url title } targetedIndustries targetedRegions sourceRegion
    tlp updatedAt
  }
`);

const CreateMeta = graphql(`
  mutation CreateMeta($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      __typename
      ... on CreateCollectionPayload { collection { ...MetaFields } }
      ... on ValidationError { field message }
      ... on Error { message }
    }
  }
`);

const UpdateMeta = graphql(`
  mutation UpdateMeta($input: UpdateCollectionInput!) {
    updateCollection(input: $input) {
      __typename
      ... on UpdateCollectionPayload { collection { ...MetaFields } }
      ... on ValidationError { field message }
      ... on Error { message }
    }
  }
`);

const MetaHistory = graphql(`
  query MetaHistory($id: ID!) {
    collectionChanges(id: $id, first: 50) { totalCount edges { node { kind fields changes { field from to } } } }
  }
`);

const MetaSearch = graphql(`
  query MetaSearch($filter: CollectionFilter, $orderBy: CollectionOrderField, $direction: OrderDirection) {
    collections(first: 100, filter: $filter, orderBy: $orderBy, direction: $direction) {
      totalCount edges { node { name tlp collectionType } }
    }
  }
`);

async function create(owner: TestUser, input: Record<string, unknown>) {
  const data = await t.run(CreateMeta, { input: { name: "meta", ...input } }, { apiKey: owner.apiKey });
  return data.createCollection;
}

async function created(owner: TestUser, input: Record<string, unknown>) {
  const result = await create(owner, input);
  if (result.__typename !== "CreateCollectionPayload") throw new Error(JSON.stringify(result));
  return result.collection;
}

async function ownCount(owner: TestUser) {
  const data = await t.run(
    MetaSearch,
    { filter: { owner: await viewerId(owner) } },
    { apiKey: owner.apiKey },
  );
  return data.collections.totalCount;
}

const ViewerId = graphql(`query MetaViewer { viewer { user { id } } }`);
async function viewerId(owner: TestUser) {
  const data = await t.run(ViewerId, {}, { apiKey: owner.apiKey });
  return data.viewer?.user?.id ?? "";
}

describe("collection metadata", () => {
  it("defaults to a CLEAR REPORT with no metadata", async () => {
    const owner = await t.createUser();
    const collection = await created(owner, {});
    expect(collection).toMatchObject({
      collectionType: "REPORT",
      altNames: [],
      references: [],
      targetedIndustries: [],
      targetedRegions: [],
      sourceRegion: null,
      tlp: "CLEAR",
    });
  });

  it("stores every field in its canonical form", async () => {
    const owner = await t.createUser();
    const collection = await created(owner, {
      collectionType: "THREAT_ACTOR",
      altNames: [" APT28 ", "Fancy Bear", "apt28", ""],
      references: [
        { url: "https://Example.COM/report", title: " The report " },
        { url: "http://blog.example.org/a?b=1" },
        { url: "https://example.com/report", title: "again" },
      ],
      targetedIndustries: ["Financial Services", "government_national", "healthcare", "HEALTHCARE"],
      targetedRegions: ["ua", "DE", " pl ", "UA"],
      sourceRegion: "ru",
      tlp: "AMBER",
    });
    expect(collection).toMatchObject({
      collectionType: "THREAT_ACTOR",
      altNames: ["APT28", "Fancy Bear"],
      references: [
        { url: "https://example.com/report", title: "The report" },
        { url: "http://blog.example.org/a?b=1", title: null },
      ],
      targetedIndustries: ["financial-services", "government-national", "healthcare"],
      targetedRegions: ["UA", "DE", "PL"],
      sourceRegion: "RU",
      tlp: "AMBER",
    });
  });

  it.each([
    [{ targetedRegions: ["UA", "ZZ"] }, "targetedRegions"],
    [{ targetedRegions: ["UKR"] }, "targetedRegions"],
    [{ sourceRegion: "XX" }, "sourceRegion"],
    [{ sourceRegion: "Russia" }, "sourceRegion"],
    [{ targetedIndustries: ["banking"] }, "targetedIndustries"],
    [{ references: [{ url: "javascript:alert(1)" }] }, "references"],
    [{ references: [{ url: "ftp://files.example.com/x" }] }, "references"],
    [{ references: [{ url: "not a url" }] }, "references"],
    [{ references: [{ url: "file:///etc/passwd" }] }, "references"],
    [{ altNames: ["x".repeat(201)] }, "altNames"],
  ])("refuses %j with a ValidationError naming the field, and writes nothing", async (input, field) => {
    const owner = await t.createUser();
    const result = await create(owner, input);
    expect(result).toEqual({ __typename: "ValidationError", field, message: expect.any(String) });
    expect(await ownCount(owner)).toBe(0);
    const collection = await created(owner, {});
    const update = await t.run(
      UpdateMeta,
      { input: { id: collection.id, ...input } },
      { apiKey: owner.apiKey },
    );
    expect(update.updateCollection).toEqual({
      __typename: "ValidationError",
      field,
      message: expect.any(String),
    });
    const history = await t.run(MetaHistory, { id: collection.id }, { apiKey: owner.apiKey });
    expect(history.collectionChanges?.totalCount).toBe(1);
  });

  it("refuses an unknown TLP or type before anything runs", async () => {
    const owner = await t.createUser();
    for (const input of [
      { name: "x", tlp: "PURPLE" },
      { name: "x", tlp: "WHITE" },
      { name: "x", collectionType: "BLOG" },
    ]) {
      // Sent as raw variables: the typed document would not let the test say PURPLE.
      const result = await t.execute(CreateMeta, { input } as never, { apiKey: owner.apiKey });
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.message).toMatch(
        /Value "(PURPLE|WHITE|BLOG)" does not exist in "(Tlp|CollectionType)" enum/,
      );
    }
    expect(await ownCount(owner)).toBe(0);
  });
});

describe("the change log of metadata", () => {
  it("keeps the old and new value of every changed field", async () => {
    const owner = await t.createUser();
    const collection = await created(owner, {
      targetedRegions: ["UA"],
      sourceRegion: "RU",
      references: [{ url: "https://example.com/a", title: "A" }],
    });
    const result = await t.run(
      UpdateMeta,
      {
        input: {
          id: collection.id,
          tlp: "RED",
          collectionType: "CAMPAIGN",
          targetedRegions: ["UA", "PL"],
          sourceRegion: "",
          references: [{ url: "https://example.com/b" }],
          altNames: ["Op X"],
          name: "meta",
        },
      },
      { apiKey: owner.apiKey },
    );
    expect(result.updateCollection).toMatchObject({
      collection: {
        tlp: "RED",
        collectionType: "CAMPAIGN",
        sourceRegion: null,
        targetedRegions: ["UA", "PL"],
      },
    });
    const history = await t.run(MetaHistory, { id: collection.id }, { apiKey: owner.apiKey });
    const updated = history.collectionChanges?.edges.map((e) => e.node).find((n) => n.kind === "UPDATED");
    // The unchanged name is not listed.
    expect(updated?.fields).toEqual([
      "collectionType",
      "altNames",
      "references",
      "targetedRegions",
      "sourceRegion",
      "tlp",
    ]);
    expect(updated?.changes).toEqual([
      { field: "collectionType", from: "REPORT", to: "CAMPAIGN" },
      { field: "altNames", from: [], to: ["Op X"] },
      {
        field: "references",
        from: [{ url: "https://example.com/a", title: "A" }],
        to: [{ url: "https://example.com/b", title: null }],
      },
      { field: "targetedRegions", from: ["UA"], to: ["UA", "PL"] },
      { field: "sourceRegion", from: "RU", to: null },
      { field: "tlp", from: "CLEAR", to: "RED" },
    ]);
  });

  it("writes nothing for an update that changes nothing (lists in another order, values as stored)", async () => {
    const owner = await t.createUser();
    const collection = await created(owner, {
      targetedRegions: ["UA", "PL"],
      targetedIndustries: ["energy", "healthcare"],
      references: [{ url: "https://example.com/a", title: "A" }],
      sourceRegion: "RU",
      tlp: "GREEN",
    });
    const result = await t.run(
      UpdateMeta,
      {
        input: {
          id: collection.id,
          targetedRegions: ["pl", "ua"],
          targetedIndustries: ["Healthcare", "energy"],
          references: [{ url: "https://EXAMPLE.com/a", title: "A " }],
          sourceRegion: "ru",
          tlp: "GREEN",
          collectionType: "REPORT",
        },
      },
      { apiKey: owner.apiKey },
    );
    expect(result.updateCollection).toMatchObject({ collection: { updatedAt: collection.updatedAt } });
    const history = await t.run(MetaHistory, { id: collection.id }, { apiKey: owner.apiKey });
    expect(history.collectionChanges?.edges.map((e) => e.node.kind)).toEqual(["CREATED"]);
  });
});

describe("filters and orderings", () => {
  it("finds collections by type, TLP, industry, region and source, and sorts by TLP, type and name", async () => {
    const owner = await t.createUser();
    const tag = `meta-${owner.name}`;
    await created(owner, { name: "b-red", tags: [tag], tlp: "RED", collectionType: "MALWARE_FAMILY" });
    await created(owner, {
      name: "c-green",
      tags: [tag],
      tlp: "GREEN",
      targetedRegions: ["UA"],
      targetedIndustries: ["energy"],
      sourceRegion: "RU",
    });
    await created(owner, {
      name: "a-amber-strict",
      tags: [tag],
      tlp: "AMBER_STRICT",
      targetedRegions: ["PL"],
    });
    await created(owner, {
      name: "d-clear",
      tags: [tag],
      collectionType: "VULNERABILITY",
      sourceRegion: "KP",
    });
    const names = async (filter: Record<string, unknown>, orderBy?: "TLP" | "NAME" | "COLLECTION_TYPE") => {
      const data = await t.run(
        MetaSearch,
        { filter: { tag, ...filter }, orderBy, direction: "ASC" },
        { apiKey: owner.apiKey },
      );
      return data.collections.edges.map((e) => e.node.name);
    };
    expect(await names({ tlp: "RED" })).toEqual(["b-red"]);
    expect(await names({ maxTlp: "GREEN" }, "NAME")).toEqual(["c-green", "d-clear"]);
    expect(await names({ maxTlp: "AMBER_STRICT" }, "NAME")).toEqual(["a-amber-strict", "c-green", "d-clear"]);
    expect(await names({ collectionType: "MALWARE_FAMILY" })).toEqual(["b-red"]);
    expect(await names({ targetedRegion: "ua" })).toEqual(["c-green"]);
    expect(await names({ targetedIndustry: "Energy" })).toEqual(["c-green"]);
    expect(await names({ sourceRegion: "KP" })).toEqual(["d-clear"]);
    expect(await names({}, "TLP")).toEqual(["d-clear", "c-green", "a-amber-strict", "b-red"]);
    expect(await names({}, "NAME")).toEqual(["a-amber-strict", "b-red", "c-green", "d-clear"]);
    // Two REPORTs: the id (creation order) breaks the tie.
    expect(await names({}, "COLLECTION_TYPE")).toEqual(["c-green", "a-amber-strict", "b-red", "d-clear"]);
  });

  it("refuses a filter on a region or industry that does not exist", async () => {
    for (const filter of [
      { targetedRegion: "QQ" },
      { sourceRegion: "USA" },
      { targetedIndustry: "banking" },
    ]) {
      const result = await t.execute(MetaSearch, { filter });
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/not an ISO 3166-1 alpha-2|not an industry sector/),
        extensions: { code: "ValidationError" },
      });
    }
  });
});
