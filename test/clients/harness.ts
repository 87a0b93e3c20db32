// What the Relay, Apollo and urql tests share: a real server on a real port with seeded collections, the
// frontend's flow (query → page → create → add → remove → remote changes over a subscription → delete), and
// the checks after each step: the client's cache answers what a fresh network read answers, and the client
// libraries print no warning.
import { readFileSync } from "node:fs";
import { buildSchema, type GraphQLSchema, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { expect, type MockInstance, vi } from "vitest";
import { graphql } from "../gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "../helpers/app.js";
import { AddIocs } from "../helpers/documents.js";
import { createCollection } from "../helpers/factories.js";

/** The schema a frontend builds against: the committed contract. */
export const schemaSdl = readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8");
export const clientSchema: GraphQLSchema = buildSchema(schemaSdl);

/**
 * Object types with no `id`, embedded in their parent: value objects (counts, enrichment, reports),
 * connections and edges, payloads and errors. Relay needs no setting for them; graphcache needs each named.
 */
export function idlessTypes(schema: GraphQLSchema = clientSchema): string[] {
  const roots = new Set(["Query", "Mutation", "Subscription"]);
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__") && !roots.has(type.name))
    .filter((type) => isObjectType(type) && !("id" in type.getFields()))
    .map((type) => type.name)
    .sort();
}

/** The id-less types that are values of an object's field (Apollo: `merge: true`), not lists or results. */
export function valueTypes(schema: GraphQLSchema = clientSchema): string[] {
  return idlessTypes(schema).filter((name) => {
    const type = schema.getType(name);
    const structural = /(Connection|Edge|Payload)$|^PageInfo$/.test(name);
    return !structural && isObjectType(type) && !type.getInterfaces().some((iface) => iface.name === "Error");
  });
}

/** Apollo's `possibleTypes` for every interface and union, from the schema. */
export function possibleTypes(schema: GraphQLSchema = clientSchema): Record<string, string[]> {
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter((type) => isInterfaceType(type) || isUnionType(type))
      .map((type) => [
        type.name,
        isUnionType(type)
          ? type.getTypes().map((member) => member.name)
          : schema.getPossibleTypes(type).map((member) => member.name),
      ]),
  );
}

export interface Setup {
  t: TestApp;
  port: number;
  owner: TestUser;
  /** The collection the flow works on (oldest of the three). */
  collectionId: string;
  names: { a: string; b: string; c: string };
}

export const seededIocs = ["d1", "d2", "d3", "d4", "d5"].map((label) => `${label}.clients.example.org`);

export async function startClientsApp(): Promise<Setup> {
  const t = await startTestApp();
  const port = await t.app.start(0);
  const owner = await t.createUser("frontend");
  const names = { a: "Collection A", b: "Collection B", c: "Collection C" };
  const a = await createCollection(t, owner, { name: names.a, iocs: seededIocs.map((value) => ({ value })) });
  // B shares an IoC with A: one Domain record in every cache for both.
  await createCollection(t, owner, { name: names.b, iocs: [{ value: seededIocs[0] }] });
  await createCollection(t, owner, { name: names.c });
  return { t, port, owner, collectionId: a.collection.id, names };
}

/** The frontend's main query, for Apollo and urql (Relay's is in relay/relayApp.ts). */
export const AppQuery = graphql(`
  query ClientApp($id: ID!, $count: Int!, $after: String, $iocCount: Int!, $iocAfter: String) {
    collections(first: $count, after: $after) {
      edges { cursor node { id name counts { total } } }
      pageInfo { hasNextPage endCursor }
    }
    collection(id: $id) {
      id
      name
      counts { total domains }
      iocs(first: $iocCount, after: $iocAfter) {
        edges { cursor addedAt addedBy { id name } node { __typename id type value } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** The next page of `collections` (Apollo and urql merge it into the same cached list). */
export const CollectionsPage = graphql(`
  query ClientCollectionsPage($count: Int!, $after: String) {
    collections(first: $count, after: $after) {
      edges { cursor node { id name counts { total } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const IocsPage = graphql(`
  query ClientIocsPage($id: ID!, $count: Int!, $after: String) {
    collection(id: $id) {
      id
      iocs(first: $count, after: $after) {
        edges { cursor addedAt addedBy { id name } node { __typename id type value } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const CreateMutation = graphql(`
  mutation ClientCreate($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      __typename
      ... on CreateCollectionPayload { collectionEdge { cursor node { id name counts { total } } } }
      ... on Error { message }
    }
  }
`);

export const AddMutation = graphql(`
  mutation ClientAdd($input: AddIocsInput!) {
    addIocs(input: $input) {
      __typename
      ... on AddIocsPayload {
        collection { id counts { total domains } }
        addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }
      }
      ... on Error { message }
    }
  }
`);

export const RemoveMutation = graphql(`
  mutation ClientRemove($input: RemoveIocsInput!) {
    removeIocs(input: $input) {
      __typename
      ... on RemoveIocsPayload { collection { id counts { total domains } } removedIocIds }
      ... on Error { message }
    }
  }
`);

export const DeleteMutation = graphql(`
  mutation ClientDelete($input: DeleteCollectionInput!) {
    deleteCollection(input: $input) {
      __typename
      ... on DeleteCollectionPayload { deletedCollectionId }
      ... on Error { message }
    }
  }
`);

export const CollectionSubscription = graphql(`
  subscription ClientCollectionUpdated($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) {
      id
      kind
      collection { id counts { total domains } }
      addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }
      removedIocIds
      deletedCollectionId
    }
  }
`);

/** The variables of addIocs and removeIocs for these values. */
export function iocsInput(collectionId: string, values: readonly string[]) {
  return { input: { collectionId, iocs: values.map((value) => ({ value })) } };
}

/** First pages: two collections, two IoCs. A fresh read asks for everything at once. */
export const firstPage = { count: 2, iocCount: 2 };
export const everything = { count: 100, iocCount: 100 };

const LatestChange = graphql(`
  query ClientLatestChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }
`);

const RemoteRemove = graphql(`
  mutation ClientRemoteRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }
`);

interface Edge {
  cursor: string;
  addedAt: unknown;
  addedBy: { id: string; name: string } | null;
  node: { __typename: string; id: string; type: string; value: string };
}

/** The app query's data as any of the clients returns it (plus client-specific extras, dropped by `shape`). */
export interface AppData {
  collections: {
    edges: readonly { cursor: string; node: { id: string; name: string; counts: { total: number } } }[];
  };
  collection: {
    id: string;
    name: string;
    counts: { total: number; domains: number };
    iocs: { edges: readonly Edge[] };
  } | null;
}

/**
 * The fields the frontend selected, in one shape for every client. Relay keeps `pageInfo` where the last page
 * left it when it inserts edges locally (by design), so page info is not compared.
 */
export function shape(data: AppData) {
  return {
    collections: data.collections.edges.map(({ cursor, node }) => ({
      cursor,
      id: node.id,
      name: node.name,
      total: node.counts.total,
    })),
    collection: data.collection && {
      id: data.collection.id,
      name: data.collection.name,
      counts: { total: data.collection.counts.total, domains: data.collection.counts.domains },
      iocs: data.collection.iocs.edges.map(({ cursor, addedAt, addedBy, node }) => ({
        cursor,
        addedAt,
        addedBy: addedBy && { id: addedBy.id, name: addedBy.name },
        node: { __typename: node.__typename, id: node.id, type: node.type, value: node.value },
      })),
    },
  };
}

/** A client under test: its cache, its network calls, and the frontend's updates of its cache. */
export interface ClientDriver {
  /** The app query (first-page variables) as the cache answers it, without the network. */
  read(): Promise<AppData> | AppData;
  /** The app query for everything, through a new client with an empty cache. */
  fresh(): Promise<AppData>;
  load(): Promise<void>;
  pageCollections(): Promise<void>;
  pageIocs(): Promise<void>;
  create(name: string): Promise<void>;
  add(values: string[]): Promise<void>;
  remove(values: string[]): Promise<void>;
  deleteCollection(): Promise<void>;
  /** Follows `collectionUpdated` from `since`; resolves each event's kind once the cache has applied it. */
  subscribe(since: string): Promise<{ next(): Promise<string>; ended: Promise<void> }>;
  dispose(): Promise<void>;
}

/** Fails on any console.warn or console.error while the flow runs (client libraries warn there). */
export function watchConsole(): { calls(): unknown[][]; restore(): void } {
  const spies: MockInstance[] = [vi.spyOn(console, "warn"), vi.spyOn(console, "error")];
  return {
    calls: () => spies.flatMap((spy) => spy.mock.calls),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

async function expectCacheIsFresh(driver: ClientDriver) {
  expect(shape(await driver.read())).toEqual(shape(await driver.fresh()));
}

const values = (data: AppData) => data.collection?.iocs.edges.map((edge) => edge.node.value) ?? [];
const names = (data: AppData) => data.collections.edges.map((edge) => edge.node.name);

/** The frontend's flow; after every step the cache is checked against what the server answers. */
export async function runFlow(setup: Setup, driver: ClientDriver): Promise<void> {
  const { t, owner, collectionId } = setup;
  const [d1, d2, d3, d4, d5] = seededIocs;
  const warnings = watchConsole();
  try {
    await driver.load();
    let data = await driver.read();
    expect(names(data)).toEqual([setup.names.c, setup.names.b]);
    expect(values(data)).toEqual([d1, d2]);

    await driver.pageCollections();
    await driver.pageIocs();
    await driver.pageIocs();
    data = await driver.read();
    expect(names(data)).toEqual([setup.names.c, setup.names.b, setup.names.a]);
    expect(values(data)).toEqual(seededIocs);
    await expectCacheIsFresh(driver);

    const latest = await t.run(LatestChange, { id: collectionId });
    const events = await driver.subscribe(latest.collectionChanges?.edges[0]?.cursor ?? "0");

    await driver.create("Collection D");
    expect(names(await driver.read())).toEqual(["Collection D", setup.names.c, setup.names.b, setup.names.a]);

    const [n1, n2, r1] = ["n1", "n2", "r1"].map((label) => `${label}.clients.example.org`);
    await driver.add([n1, n2]);
    expect(values(await driver.read())).toEqual([...seededIocs, n1, n2]);
    // The echo of our own change: applying it again changes nothing.
    expect(await events.next()).toBe("IOCS_ADDED");
    await driver.remove([d2]);
    expect(values(await driver.read())).toEqual([d1, d3, d4, d5, n1, n2]);
    expect(await events.next()).toBe("IOCS_REMOVED");
    await expectCacheIsFresh(driver);

    // Another device changes the collection: only the subscription tells this client.
    const asOwner = { apiKey: owner.apiKey };
    await t.run(AddIocs, { input: { collectionId, iocs: [{ value: r1 }] } }, asOwner);
    expect(await events.next()).toBe("IOCS_ADDED");
    await t.run(RemoteRemove, { input: { collectionId, iocs: [{ value: d3 }] } }, asOwner);
    expect(await events.next()).toBe("IOCS_REMOVED");
    data = await driver.read();
    expect(values(data)).toEqual([d1, d4, d5, n1, n2, r1]);
    expect(shape(data).collection?.counts).toEqual({ total: 6, domains: 6 });
    await expectCacheIsFresh(driver);

    await driver.deleteCollection();
    expect(await events.next()).toBe("DELETED");
    await events.ended;
    data = await driver.read();
    expect(data.collection).toBeNull();
    expect(names(data)).toEqual(["Collection D", setup.names.c, setup.names.b]);
    await expectCacheIsFresh(driver);

    expect(warnings.calls()).toEqual([]);
  } finally {
    warnings.restore();
    await driver.dispose();
  }
}

/** Pull-style queue of a subscription's events, resolved once the client's cache has applied each. */
export function eventQueue() {
  const ready: string[] = [];
  const waiting: ((kind: string) => void)[] = [];
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const ended = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  ended.catch(() => {});
  return {
    push(kind: string) {
      const waiter = waiting.shift();
      if (waiter) waiter(kind);
      else ready.push(kind);
    },
    complete: () => finish(),
    error: (error: unknown) => fail(error),
    ended,
    next(): Promise<string> {
      const kind = ready.shift();
      if (kind) return Promise.resolve(kind);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no subscription event within 15 s")), 15_000);
        waiting.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}
