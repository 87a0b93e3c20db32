// API keys: READ keys query and subscribe but every mutation refuses them; only an owner changes a
// collection (a stranger is told it does not exist when it is PRIVATE, that it may not when it can see it);
// a revoked key stops at once, open WebSocket and SSE streams included.
import { randomBytes } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEnrichment } from "../src/config.js";
import { schema } from "../src/schema/index.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { AddIocs, CollectionIocs } from "./helpers/documents.js";

/** Runs any of the mutation documents below and gives its result's type name. */
async function typename(
  name: string,
  document: TypedDocumentNode<unknown, never>,
  variables: object,
  apiKey: string,
) {
  const data = (await t.run(document, variables as never, { apiKey })) as Record<
    string,
    { __typename: string }
  >;
  return data[name].__typename;
}

import { createCollection } from "./helpers/factories.js";
import { subscribeSse } from "./helpers/sse.js";
import { connectWs } from "./helpers/ws.js";

let t: TestApp;
let port: number;
beforeAll(async () => {
  // A provider that looks nothing up but exists, so refreshEnrichment gets past "no provider" to its checks.
  t = await startTestApp({
    enrichment: {
      ...defaultEnrichment,
      provider: "virustotal",
      vtApiKey: "test",
      vtApiUrl: "http://127.0.0.1:9",
      worker: false,
    },
    // The hub polls the log once a minute here: a stream hears of a change, a revocation included, from
    // the change's own announcement.
    livePollIntervalMs: 60_000,
  });
  port = await t.app.start(0);
});
afterAll(() => t?.stop());

const uniq = () => randomBytes(4).toString("hex");

const NewKey = graphql(`
  mutation KeysNewKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeyPayload { secret apiKey { id scope createdAt lastUsedAt } }
      ... on Error { message }
    }
  }
`);
const Keys = graphql(
  `query KeysList { viewer { apiKeys { id name scope createdAt lastUsedAt revokedAt } } }`,
);

// One document per mutation, each as a READ key would send it: every one must answer ForbiddenError.
const mutations = {
  createCollection: graphql(`
    mutation KeysCreate { createCollection(input: { name: "x" }) { __typename } }
  `),
  updateCollection: graphql(`
    mutation KeysUpdate($id: ID!) { updateCollection(input: { id: $id, name: "renamed" }) { __typename } }
  `),
  deleteCollection: graphql(`
    mutation KeysDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }
  `),
  addIocs: graphql(`
    mutation KeysAdd($id: ID!) { addIocs(input: { collectionId: $id, iocs: [{ value: "read-key.example.com" }] }) { __typename } }
  `),
  removeIocs: graphql(`
    mutation KeysRemove($id: ID!) { removeIocs(input: { collectionId: $id, iocs: [{ value: "kept.example.com" }] }) { __typename } }
  `),
  importCollection: graphql(`
    mutation KeysImport($id: ID!) { importCollection(input: { format: TEXT, content: "evil.example.com", collectionId: $id }) { __typename } }
  `),
  refreshEnrichment: graphql(`
    mutation KeysRefresh($id: ID!) { refreshEnrichment(input: { collectionId: $id }) { __typename } }
  `),
  watchIocs: graphql(
    `mutation KeysWatch { watchIocs(input: { values: ["watched.example.com"] }) { __typename } }`,
  ),
  unwatchIocs: graphql(
    `mutation KeysUnwatch { unwatchIocs(input: { values: ["watched.example.com"] }) { __typename } }`,
  ),
  createApiKey: graphql(
    `mutation KeysMint { createApiKey(input: { name: "escalate", scope: WRITE }) { __typename } }`,
  ),
  revokeApiKey: graphql(
    `mutation KeysRevokeOwn($key: ID!) { revokeApiKey(input: { id: $key }) { __typename } }`,
  ),
};

async function readKeyOf(user: TestUser) {
  const data = await t.run(NewKey, { input: { name: "dashboard", scope: "READ" } }, { apiKey: user.apiKey });
  if (data.createApiKey.__typename !== "CreateApiKeyPayload") throw new Error(JSON.stringify(data));
  return data.createApiKey;
}

describe("a READ key", () => {
  it("is refused by every mutation with ForbiddenError, and nothing is written", async () => {
    const owner = await t.createUser("reader");
    const { collection } = await createCollection(t, owner, { iocs: [{ value: "kept.example.com" }] });
    const read = await readKeyOf(owner);
    // Every mutation of the schema has its row: a new mutation fails here until it has one.
    const names = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(mutations).sort()).toEqual(names);
    const variables = { id: collection.id, key: read.apiKey.id };
    for (const [name, document] of Object.entries(mutations)) {
      const result = await typename(
        name,
        document as TypedDocumentNode<unknown, never>,
        variables,
        read.secret,
      );
      expect({ name, result }).toEqual({ name, result: "ForbiddenError" });
    }
    // What it says: why, not just no.
    expect(
      (await t.run(StrangerUpdate, { id: collection.id }, { apiKey: read.secret })).updateCollection,
    ).toEqual({
      message: "This API key is read-only (scope READ): it cannot change anything.",
    });
    const after = await t.run(CollectionIocs, { id: collection.id }, { apiKey: owner.apiKey });
    expect(after.collection).toMatchObject({ name: "Test collection", counts: { total: 1 } });
    expect(after.collection?.iocs.edges.map((e) => e.node.value)).toEqual(["kept.example.com"]);
    const keys = await t.run(Keys, {}, { apiKey: owner.apiKey });
    expect(keys.viewer?.apiKeys.map((k) => [k.scope, k.revokedAt])).toEqual([
      ["READ", null],
      ["WRITE", null],
    ]);
  });

  it("queries and subscribes like its owner, and its scope, creation and last use are shown", async () => {
    const owner = await t.createUser("dash");
    const { collection } = await createCollection(t, owner, { visibility: "PRIVATE" });
    const read = await readKeyOf(owner);
    expect(read.apiKey).toMatchObject({ scope: "READ", lastUsedAt: null, createdAt: expect.any(String) });
    const seen = await t.run(CollectionIocs, { id: collection.id }, { apiKey: read.secret });
    expect(seen.collection?.id).toBe(collection.id);
    const ws = connectWs(port, read.secret);
    const sub = ws.subscribe(Updated, { id: collection.id, since: "0" });
    try {
      await t.run(
        AddIocs,
        { input: { collectionId: collection.id, iocs: [{ value: "dash.example.com" }] } },
        {
          apiKey: owner.apiKey,
        },
      );
      const events = await sub.take(2);
      expect(events.map((e) => e.collectionUpdated)).toEqual([
        { kind: "CREATED", iocs: [] },
        { kind: "IOCS_ADDED", iocs: [{ value: "dash.example.com" }] },
      ]);
    } finally {
      await ws.dispose();
    }
    const keys = await t.run(Keys, {}, { apiKey: owner.apiKey });
    const shown = keys.viewer?.apiKeys.find((k) => k.id === read.apiKey.id);
    expect(shown).toMatchObject({ name: "dashboard", scope: "READ", lastUsedAt: expect.any(String) });
  });
});

describe("a change by someone else", () => {
  it.each([
    ["PRIVATE", "NotFoundError"],
    ["UNLISTED", "ForbiddenError"],
    ["PUBLIC", "ForbiddenError"],
  ] as const)("of a %s collection answers %s and writes nothing", async (visibility, expected) => {
    const owner = await t.createUser("owner");
    const stranger = await t.createUser("stranger");
    const { collection } = await createCollection(t, owner, {
      visibility,
      iocs: [{ value: "kept.example.com" }],
    });
    const variables = { id: collection.id, key: "" };
    for (const name of [
      "updateCollection",
      "deleteCollection",
      "addIocs",
      "removeIocs",
      "importCollection",
      "refreshEnrichment",
    ] as const) {
      const document = mutations[name] as TypedDocumentNode<unknown, never>;
      const result = await typename(name, document, variables, stranger.apiKey);
      expect({ name, result }).toEqual({ name, result: expected });
    }
    // What it says: the global id the client sent, as for one that does not exist; or who may change it.
    const said = (await t.run(StrangerUpdate, { id: collection.id }, { apiKey: stranger.apiKey }))
      .updateCollection;
    expect(said).toEqual({
      message:
        expected === "NotFoundError"
          ? `No collection with id "${collection.id}".`
          : "Only the owner of a collection can change it.",
    });
    const after = await t.run(CollectionIocs, { id: collection.id }, { apiKey: owner.apiKey });
    expect(after.collection).toMatchObject({ name: "Test collection", counts: { total: 1 } });
  });
});

const StrangerUpdate = graphql(`
  mutation KeysStrangerUpdate($id: ID!) {
    updateCollection(input: { id: $id, name: "renamed" }) { ... on Error { message } }
  }
`);

const Updated = graphql(`
  subscription KeysUpdated($id: ID!, $since: String) { collectionUpdated(id: $id, since: $since) { kind iocs { value } } }
`);
const Feed = graphql(
  `subscription KeysFeed($since: String) { collectionsFeed(since: $since) { kind iocs { value } } }`,
);
const Enriched = graphql(`
  subscription KeysEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }
`);
const RevokeKey = graphql(`
  mutation KeysRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }
`);

describe("a revoked key", () => {
  it("ends its open WebSocket and SSE streams at once with UNAUTHENTICATED, delivering nothing after", async () => {
    const owner = await t.createUser("revoker");
    const { collection } = await createCollection(t, owner, { visibility: "PRIVATE" });
    const doomed = await t.run(NewKey, { input: { name: "doomed" } }, { apiKey: owner.apiKey });
    if (doomed.createApiKey.__typename !== "CreateApiKeyPayload") throw new Error("no key");
    const key = doomed.createApiKey.secret;
    const ws = connectWs(port, key);
    const streams = [
      ws.subscribe(Updated, { id: collection.id, since: "0" }),
      ws.subscribe(Feed, { since: "0" }),
      subscribeSse(port, Updated, { id: collection.id, since: "0" }, { "x-apikey": key }),
      subscribeSse(port, Feed, { since: "0" }, { "x-apikey": key }),
    ];
    const enriched = [
      ws.subscribe(Enriched, { id: collection.id }),
      subscribeSse(port, Enriched, { id: collection.id }, { "x-apikey": key }),
    ];
    try {
      const add = (value: string) =>
        t.run(
          AddIocs,
          { input: { collectionId: collection.id, iocs: [{ value }] } },
          { apiKey: owner.apiKey },
        );
      await add(`before-${uniq()}.example.com`);
      // Every change stream delivers the change made before the revocation (after replaying CREATED).
      for (const stream of streams) {
        const kinds: string[] = [];
        while (!kinds.includes("IOCS_ADDED")) {
          const next = await stream.next();
          const data = next.data as {
            collectionUpdated?: { kind: string };
            collectionsFeed?: { kind: string };
          };
          kinds.push((data.collectionUpdated ?? data.collectionsFeed)?.kind ?? "error");
        }
      }
      await t.run(RevokeKey, { id: doomed.createApiKey.apiKey.id }, { apiKey: owner.apiKey });
      // Within 2 s, with nothing else happening, each stream's next result is the error, and it ends.
      for (const stream of [...streams, ...enriched]) {
        const next = await stream.next(2000);
        expect(next.data ?? null).toBeNull();
        expect(next.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
          ["UNAUTHENTICATED", "The API key of this subscription was revoked."],
        ]);
        await stream.ended;
      }
      // A later change never arrives.
      await add(`after-${uniq()}.example.com`);
      for (const stream of [...streams, ...enriched]) expect(stream.pending).toBe(0);
      // A new subscription with the key is refused too.
      const refused = ws.subscribe(Updated, { id: collection.id });
      await expect(refused.next()).rejects.toThrow();
    } finally {
      for (const stream of [...streams, ...enriched]) stream.unsubscribe();
      await ws.dispose();
    }
  });
});
