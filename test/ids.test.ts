// Ids clients send: a query answers null for an id that does not decode or names another type, a mutation
// returns the typed error of its union, and every error anywhere (HTTP, WebSocket, SSE) has a code.
import type { ExecutionResult } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";
import { subscribeSse } from "./helpers/sse.js";
import { connectWs } from "./helpers/ws.js";

let t: TestApp;
let port: number;
let owner: TestUser;
let collectionId: string;
let userId: string;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  t = await startTestApp();
  port = await t.app.start(0);
  owner = await t.createUser("owner");
  userId = globalId("User", owner.id);
  collectionId = (await createCollection(t, owner, { iocs: [{ value: "ids.example.org" }] })).collection.id;
});
afterAll(() => t?.stop());

/** Posts any text as a GraphQL request, valid or not. */
async function post(query: string, variables?: Record<string, unknown>): Promise<ExecutionResult> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-apikey": owner.apiKey },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as ExecutionResult;
}

function codes(result: ExecutionResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

const Lookups = graphql(`
  query BadIdLookups($id: ID!) {
    collection(id: $id) { id }
    node(id: $id) { id }
    collectionChanges(id: $id, first: 1) { totalCount }
    owned: collections(filter: { owner: $id }) { totalCount edges { cursor } }
  }
`);

describe("a query given a bad id", () => {
  it("answers null (nothing found by a filter), with no error", async () => {
    for (const id of ["garbage", "", userId, globalId("Nope", "1"), globalId("Collection", "no-such")]) {
      const result = await t.execute(Lookups, { id }, { apiKey: owner.apiKey });
      expect(result.errors).toBeUndefined();
      expect(result.data?.collection).toBeNull();
      expect(result.data?.collectionChanges).toBeNull();
      // A User id is a node and names an owner: only the others find nothing.
      expect(result.data?.owned?.totalCount).toBe(id === userId ? 1 : 0);
      expect(result.data?.node).toEqual(id === userId ? { id } : null);
    }
  });

  it("nodes: null with a located, coded error for the bad entry, and the valid node beside it", async () => {
    const result = await post(
      `{ nodes(ids: ["bogus", "${collectionId}", "${globalId("Collection", "x")}"]) { id } }`,
    );
    expect(result.data).toEqual({ nodes: [null, { id: collectionId }, null] });
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ["nodes", 0], extensions: { code: "ValidationError" } }),
    ]);
  });
});

const Mutations = graphql(`
  mutation BadIdMutations($id: ID!) {
    addIocs(input: { collectionId: $id, iocs: [{ value: "a.example.org" }] }) {
      __typename ... on ValidationError { field }
    }
    removeIocs(input: { collectionId: $id, iocs: [{ value: "a.example.org" }] }) {
      __typename ... on ValidationError { field }
    }
    updateCollection(input: { id: $id, name: "x" }) { __typename ... on ValidationError { field } }
    deleteCollection(input: { id: $id }) { __typename ... on ValidationError { field } }
    refreshEnrichment(input: { collectionId: $id }) { __typename ... on ValidationError { field } }
    revokeApiKey(input: { id: $id }) { __typename }
  }
`);

describe("a mutation given a bad id", () => {
  it("returns the typed error of its union and writes nothing", async () => {
    for (const id of ["garbage", userId]) {
      const result = await t.execute(Mutations, { id }, { apiKey: owner.apiKey });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        addIocs: { __typename: "ValidationError", field: "collectionId" },
        removeIocs: { __typename: "ValidationError", field: "collectionId" },
        updateCollection: { __typename: "ValidationError", field: "id" },
        deleteCollection: { __typename: "ValidationError", field: "id" },
        refreshEnrichment: { __typename: "ValidationError", field: "collectionId" },
        revokeApiKey: { __typename: "NotFoundError" },
      });
    }
    const changes = await post(`{ collectionChanges(id: "${collectionId}") { totalCount } }`);
    expect(changes.data).toEqual({ collectionChanges: { totalCount: 1 } });
  });
});

describe("every error has extensions.code", () => {
  it("over HTTP: parse, validation, coercion, limits, framework and domain errors", async () => {
    const deep = "owner { collections(first: 1) { edges { node { ".repeat(4);
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ["{ collection(id: ", undefined, "GRAPHQL_PARSE_FAILED"],
      ["{ nope }", undefined, "GRAPHQL_VALIDATION_FAILED"],
      ["query($n: Int) { collections(first: $n) { totalCount } }", { n: "many" }, "BAD_USER_INPUT"],
      ["query($id: ID!) { collection(id: $id) { id } }", {}, "BAD_USER_INPUT"],
      ['{ collections(first: 1, after: "zzz") { totalCount } }', undefined, "ValidationError"],
      [
        `{ collection(id: "${collectionId}") { iocs(after: "zzz") { totalCount } } }`,
        undefined,
        "ValidationError",
      ],
      ['{ ioc(value: "not an ioc") { id } }', undefined, "ValidationError"],
      ["{ collections(first: 100000) { totalCount } }", undefined, "PAGE_TOO_LARGE"],
      // Refused by graphql-armor (depth 17 > 12) before validation.
      [`{ collection(id: "x") { ${deep} id ${"} } } }".repeat(4)} } }`, undefined, "BAD_USER_INPUT"],
    ];
    for (const [query, variables, code] of cases) {
      const result = await post(query, variables);
      expect({ query, codes: codes(result) }).toEqual({ query, codes: [code] });
    }
  });

  it("over a WebSocket and SSE", async () => {
    const ws = connectWs(port, owner.apiKey);
    try {
      const cases: [string, string][] = [
        ["subscription { collectionUpdated(id: ", "GRAPHQL_PARSE_FAILED"],
        ["subscription { nope }", "GRAPHQL_VALIDATION_FAILED"],
        ['subscription { collectionUpdated(id: "garbage") { kind } }', "NotFoundError"],
        [`subscription { collectionUpdated(id: "${collectionId}", since: "x") { kind } }`, "ValidationError"],
      ];
      for (const [query, code] of cases) {
        const errors = await new Promise<unknown>((resolve) => {
          ws.client.subscribe(
            { query },
            { next: (result) => resolve(result.errors), error: resolve, complete: () => resolve(null) },
          );
        });
        expect({
          query,
          codes: (errors as { extensions?: { code?: unknown } }[]).map((e) => e.extensions?.code),
        }).toEqual({ query, codes: [code] });
      }
    } finally {
      await ws.dispose();
    }
    const sse = subscribeSse(
      port,
      graphql(`subscription SseBadId($id: ID!) { collectionUpdated(id: $id) { kind } }`),
      {
        id: "garbage",
      },
    );
    const result = await sse.next();
    expect(codes(result)).toEqual(["NotFoundError"]);
    sse.unsubscribe();
  });
});
