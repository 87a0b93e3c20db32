// TLP travels with a collection: exports carry it (STIX: the OASIS TLP 2.0 marking-definition, referred to by
// every object; MISP: a `tlp:` tag) with the rest of the metadata, and imports read it back (STIX
// object_marking_refs to TLP 2.0 or 1.0 markings, MISP `tlp:` tags), the most restricted marking winning. An
// unknown TLP is a ValidationError, and a document never lands in a collection shared further than its marking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { stixIndicator } from "./helpers/stix.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
const GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
const TLP1_AMBER = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";

const CreateShared = graphql(`
  mutation CreateShared($input: CreateCollectionInput!) {
    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }
  }
`);

const ImportTlp = graphql(`
  mutation ImportTlp($input: ImportCollectionInput!) {
    importCollection(input: $input) {
      __typename
      ... on ImportCollectionPayload { collection { id name tlp } report { added } }
      ... on ValidationError { field message }
      ... on Error { message }
    }
  }
`);

const TlpCount = graphql(`
  query TlpCount($id: ID!) { collection(id: $id) { counts { total } } }
`);

const Owned = graphql(`query TlpOwned { viewer { user { collections(first: 100) { totalCount } } } }`);

async function create(owner: TestUser, input: Record<string, unknown>) {
  const data = await t.run(CreateShared, { input: { name: "shared", ...input } } as never, {
    apiKey: owner.apiKey,
  });
  if (data.createCollection.__typename !== "CreateCollectionPayload") throw new Error("create failed");
  return data.createCollection.collection.id;
}

async function download(id: string, format: string, owner: TestUser) {
  const response = await t.app.yoga.fetch(
    `http://iocgraph.test/collections/${encodeURIComponent(id)}/export/${format}`,
    { headers: { "x-apikey": owner.apiKey } },
  );
  expect(response.status).toBe(200);
  return response.text();
}

async function importDoc(owner: TestUser, format: "STIX" | "MISP", content: unknown, extra = {}) {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const data = await t.run(ImportTlp, { input: { format, content: text, ...extra } } as never, {
    apiKey: owner.apiKey,
  });
  return data.importCollection;
}

async function owned(owner: TestUser) {
  const data = await t.run(Owned, {}, { apiKey: owner.apiKey });
  return data.viewer?.user?.collections.totalCount;
}

const indicator = (pattern: string, markings?: string[]) =>
  stixIndicator(pattern, markings ? { object_marking_refs: markings } : {});

describe("exports carry the TLP and the metadata", () => {
  it("stix: the OASIS TLP 2.0 marking on every object, the type as report_types, references as external_references", async () => {
    const owner = await t.createUser();
    const id = await create(owner, {
      tlp: "RED",
      collectionType: "THREAT_ACTOR",
      references: [
        { url: "https://example.com/apt", title: "The APT report" },
        { url: "https://blog.example.org/x" },
      ],
      iocs: [{ value: "red-export.example-apt.com" }, { value: "http://red-export.example-apt.com/a" }],
    });
    const objects: Record<string, unknown>[] = JSON.parse(await download(id, "stix", owner)).objects;
    expect(objects[1]).toEqual({
      type: "marking-definition",
      spec_version: "2.1",
      id: RED,
      created_by_ref: "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01",
      created: "2022-10-01T00:00:00.000Z",
      name: "TLP:RED",
      extensions: {
        "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": {
          extension_type: "property-extension",
          tlp_2_0: "red",
        },
      },
    });
    const marked = objects.filter((o) => !["identity", "marking-definition"].includes(String(o.type)));
    expect(marked.map((o) => o.type)).toContain("report");
    for (const object of marked) expect(object.object_marking_refs).toEqual([RED]);
    const report = objects.at(-1);
    expect(report).toMatchObject({
      report_types: ["threat-actor"],
      external_references: [
        { source_name: "The APT report", url: "https://example.com/apt" },
        { source_name: "blog.example.org", url: "https://blog.example.org/x" },
      ],
    });
  });

  it("misp: a tlp: tag beside the collection's tags; json: every metadata field", async () => {
    const owner = await t.createUser();
    const id = await create(owner, {
      tlp: "AMBER_STRICT",
      tags: ["botnet"],
      targetedRegions: ["UA"],
      sourceRegion: "RU",
      altNames: ["Op Y"],
      iocs: [{ value: "strict-export.example-apt.com" }],
    });
    const event = JSON.parse(await download(id, "misp", owner)).Event;
    expect(event.Tag).toEqual([{ name: "botnet" }, { name: "tlp:amber+strict" }]);
    const json = JSON.parse(await download(id, "json", owner));
    expect(json).toMatchObject({
      tlp: "AMBER_STRICT",
      collectionType: "REPORT",
      altNames: ["Op Y"],
      references: [],
      targetedIndustries: [],
      targetedRegions: ["UA"],
      sourceRegion: "RU",
    });
  });

  it("round-trips: an exported RED bundle and AMBER+STRICT event import at their TLP", async () => {
    const owner = await t.createUser();
    const red = await create(owner, { tlp: "RED", iocs: [{ value: "round-red.example-apt.com" }] });
    const strict = await create(owner, {
      tlp: "AMBER_STRICT",
      iocs: [{ value: "round-strict.example-apt.com" }],
    });
    expect(await importDoc(owner, "STIX", await download(red, "stix", owner))).toMatchObject({
      collection: { tlp: "RED" },
      report: { added: 1 },
    });
    expect(await importDoc(owner, "MISP", await download(strict, "misp", owner))).toMatchObject({
      collection: { tlp: "AMBER_STRICT" },
      report: { added: 1 },
    });
  });
});

describe("imports read the TLP", () => {
  it("takes the most restricted marking: TLP 1.0 ids, ids defined in the bundle, MISP attribute tags", async () => {
    const owner = await t.createUser();
    const stix = {
      type: "bundle",
      id: `bundle--${crypto.randomUUID()}`,
      objects: [
        { type: "report", name: "Marked", object_marking_refs: [GREEN] },
        indicator("[domain-name:value = 'marked-a.example-apt.com']", [TLP1_AMBER]),
        indicator("[domain-name:value = 'marked-b.example-apt.com']", [
          "marking-definition--custom-statement",
        ]),
      ],
    };
    expect(await importDoc(owner, "STIX", stix)).toMatchObject({ collection: { tlp: "AMBER" } });
    const defined = {
      type: "bundle",
      id: `bundle--${crypto.randomUUID()}`,
      objects: [
        {
          type: "marking-definition",
          id: "marking-definition--0b8e1a0c-1111-4222-8333-944445555666",
          definition_type: "tlp",
          definition: { tlp: "red" },
        },
        {
          type: "report",
          name: "Defined",
          object_marking_refs: ["marking-definition--0b8e1a0c-1111-4222-8333-944445555666"],
        },
        indicator("[domain-name:value = 'defined.example-apt.com']"),
      ],
    };
    expect(await importDoc(owner, "STIX", defined)).toMatchObject({ collection: { tlp: "RED" } });
    const misp = {
      Event: {
        info: "Tagged",
        Tag: [{ name: "tlp:white" }, { name: "apt" }],
        Attribute: [{ type: "domain", value: "tagged.example-apt.com", Tag: [{ name: "TLP:AMBER" }] }],
      },
    };
    expect(await importDoc(owner, "MISP", misp)).toMatchObject({ collection: { tlp: "AMBER" } });
    // Unmarked: CLEAR.
    expect(
      await importDoc(owner, "MISP", {
        Event: { info: "Plain", Attribute: [{ type: "domain", value: "plain.example-apt.com" }] },
      }),
    ).toMatchObject({ collection: { tlp: "CLEAR" } });
  });

  it("refuses an unknown TLP with a ValidationError, and writes nothing", async () => {
    const owner = await t.createUser();
    const misp = {
      Event: {
        info: "Purple",
        Tag: [{ name: "tlp:purple" }],
        Attribute: [{ type: "domain", value: "purple.example-apt.com" }],
      },
    };
    const stix = [
      { type: "marking-definition", id: "marking-definition--x", name: "TLP:ORANGE" },
      { type: "report", name: "Orange" },
      indicator("[domain-name:value = 'orange.example-apt.com']"),
    ];
    for (const [format, doc, text] of [
      ["MISP", misp, "tlp:purple"],
      ["STIX", stix, "TLP:ORANGE"],
    ] as const) {
      const result = await importDoc(owner, format, doc);
      expect(result).toEqual({
        __typename: "ValidationError",
        field: "content",
        message: expect.stringContaining(text),
      });
    }
    expect(await owned(owner)).toBe(0);
  });

  it("never puts a document into a collection shared further than its marking", async () => {
    const owner = await t.createUser();
    const redEvent = {
      Event: {
        info: "Red event",
        Tag: [{ name: "tlp:red" }],
        Attribute: [{ type: "domain", value: "red-doc.example-apt.com" }],
      },
    };
    const lowered = await importDoc(owner, "MISP", redEvent, { tlp: "CLEAR" });
    expect(lowered).toMatchObject({
      __typename: "ValidationError",
      field: "tlp",
      message: expect.stringContaining("TLP:RED"),
    });
    expect(await owned(owner)).toBe(0);
    const clear = await create(owner, {});
    const added = await importDoc(owner, "MISP", redEvent, { collectionId: clear });
    expect(added).toMatchObject({ __typename: "ValidationError", field: "collectionId" });
    const count = await t.run(TlpCount, { id: clear }, { apiKey: owner.apiKey });
    expect(count.collection?.counts.total).toBe(0);
    // Stricter than the document is fine.
    const greenEvent = { Event: { ...redEvent.Event, Tag: [{ name: "tlp:green" }] } };
    expect(await importDoc(owner, "MISP", greenEvent, { tlp: "RED" })).toMatchObject({
      collection: { tlp: "RED" },
    });
    const red = await create(owner, { tlp: "RED" });
    expect(await importDoc(owner, "MISP", greenEvent, { collectionId: red })).toMatchObject({
      report: { added: 1 },
    });
  });
});
