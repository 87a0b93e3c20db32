// Apollo Client 3: InMemoryCache with relayStylePagination, HTTP for queries and mutations, GraphQLWsLink
// (graphql-ws) for the subscription. The frontend's `update` functions apply each payload to the cache —
// append the added edges, drop the removed ones, evict the deleted collection — with no refetch.

import type { ApolloCache } from "@apollo/client/cache";
import {
  ApolloClient,
  type ApolloLink,
  type FieldFunctionOptions,
  HttpLink,
  InMemoryCache,
  type Reference,
  split,
} from "@apollo/client/core";
import { loadDevMessages, loadErrorMessages } from "@apollo/client/dev";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition, relayStylePagination } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../gql/index.js";
import {
  AddMutation,
  type AppData,
  AppQuery,
  type ClientDriver,
  CollectionSubscription,
  CollectionsPage,
  CreateMutation,
  DeleteMutation,
  eventQueue,
  everything,
  firstPage,
  IocsPage,
  iocsInput,
  possibleTypes,
  RemoveMutation,
  runFlow,
  type Setup,
  startClientsApp,
  valueTypes,
  watchConsole,
} from "./harness.js";

// Apollo's full warning texts instead of links to them.
loadDevMessages();
loadErrorMessages();

let setup: Setup;
beforeAll(async () => {
  setup = await startClientsApp();
});
afterAll(() => setup?.t.stop());

/** The cache settings README gives for iocgraph. */
function iocgraphCache() {
  return new InMemoryCache({
    possibleTypes: possibleTypes(),
    typePolicies: {
      // Value objects have no id: merge them, so two queries selecting different fields of one keep both.
      ...Object.fromEntries(valueTypes().map((name) => [name, { merge: true }])),
      Query: {
        fields: {
          collections: relayStylePagination(["filter", "orderBy", "direction"]),
          // A deleted (evicted) collection reads as null, as the server answers.
          collection: {
            read: (ref: Reference | undefined, { canRead }: FieldFunctionOptions) =>
              canRead(ref) ? ref : null,
          },
        },
      },
      Collection: { fields: { iocs: relayStylePagination(["type"]) } },
      User: { fields: { collections: relayStylePagination() } },
    },
  });
}

interface EdgeData {
  cursor: string;
  addedBy: { __typename?: string; id: string } | null;
  node: { __typename: string; id: string };
}

type Cache = ApolloCache<unknown>;

/** A connection field as relayStylePagination stores it: edges whose nodes are references. */
interface StoredConnection {
  edges: { node: Reference }[];
}

/** Frontend code: the edges a payload or event added, appended to the collection's cached list. */
function appendEdges(cache: Cache, collectionId: string, edges: readonly EdgeData[]) {
  if (edges.length === 0) return;
  cache.modify({
    id: cache.identify({ __typename: "Collection", id: collectionId }),
    fields: {
      iocs(stored, { readField, toReference }) {
        const existing = stored as StoredConnection;
        const held = new Set(existing.edges.map((edge) => readField("id", edge.node)));
        const added = edges
          .filter((edge) => !held.has(edge.node.id))
          .map((edge) => ({
            ...edge,
            node: toReference(edge.node),
            addedBy: edge.addedBy && toReference({ __typename: "User", ...edge.addedBy }),
          }));
        return { ...existing, edges: [...existing.edges, ...added] };
      },
    },
  });
}

/** Frontend code: edges of removed IoCs dropped from the collection's cached list. */
function removeEdges(cache: Cache, collectionId: string, iocIds: readonly string[]) {
  if (iocIds.length === 0) return;
  const removed = new Set(iocIds);
  cache.modify({
    id: cache.identify({ __typename: "Collection", id: collectionId }),
    fields: {
      iocs(stored, { readField }) {
        const existing = stored as StoredConnection;
        return {
          ...existing,
          edges: existing.edges.filter((edge) => !removed.has(readField("id", edge.node) as string)),
        };
      },
    },
  });
}

function evictCollection(cache: Cache, id: string) {
  cache.evict({ id: cache.identify({ __typename: "Collection", id }) });
  cache.gc();
}

function apolloDriver({ port, owner, collectionId }: Setup): ClientDriver {
  const ws = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { apiKey: owner.apiKey },
    retryAttempts: 0,
  });
  const http = () =>
    new HttpLink({ uri: `http://127.0.0.1:${port}/graphql`, headers: { "x-apikey": owner.apiKey }, fetch });
  const link: ApolloLink = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    },
    new GraphQLWsLink(ws),
    http(),
  );
  const client = new ApolloClient({ link, cache: iocgraphCache() });
  const variables = { id: collectionId, ...firstPage };
  const read = (): AppData => {
    const data = client.readQuery({ query: AppQuery, variables });
    if (!data) throw new Error("the app query is not in the cache");
    return data;
  };
  let subscription: { unsubscribe(): void } | undefined;

  return {
    read,
    async fresh() {
      const fresh = new ApolloClient({ link: http(), cache: iocgraphCache() });
      const result = await fresh.query({ query: AppQuery, variables: { id: collectionId, ...everything } });
      return result.data;
    },
    load: async () => {
      await client.query({ query: AppQuery, variables });
    },
    async pageCollections() {
      const after = client.readQuery({ query: AppQuery, variables })?.collections.pageInfo.endCursor;
      await client.query({
        query: CollectionsPage,
        variables: { count: 2, after },
        fetchPolicy: "network-only",
      });
    },
    async pageIocs() {
      const after = client.readQuery({ query: AppQuery, variables })?.collection?.iocs.pageInfo.endCursor;
      await client.query({
        query: IocsPage,
        variables: { id: collectionId, count: 2, after },
        fetchPolicy: "network-only",
      });
    },
    async create(name) {
      await client.mutate({
        mutation: CreateMutation,
        variables: { input: { name } },
        update(cache, { data }) {
          if (data?.createCollection.__typename !== "CreateCollectionPayload") return;
          const edge = data.createCollection.collectionEdge;
          cache.modify({
            fields: {
              collections(stored, { toReference }) {
                const existing = stored as StoredConnection;
                return { ...existing, edges: [{ ...edge, node: toReference(edge.node) }, ...existing.edges] };
              },
            },
          });
        },
      });
    },
    async add(values) {
      await client.mutate({
        mutation: AddMutation,
        variables: iocsInput(collectionId, values),
        update(cache, { data }) {
          if (data?.addIocs.__typename === "AddIocsPayload")
            appendEdges(cache, collectionId, data.addIocs.addedEdges);
        },
      });
    },
    async remove(values) {
      await client.mutate({
        mutation: RemoveMutation,
        variables: iocsInput(collectionId, values),
        update(cache, { data }) {
          if (data?.removeIocs.__typename === "RemoveIocsPayload")
            removeEdges(cache, collectionId, data.removeIocs.removedIocIds);
        },
      });
    },
    async deleteCollection() {
      await client.mutate({
        mutation: DeleteMutation,
        variables: { input: { id: collectionId } },
        update(cache, { data }) {
          if (data?.deleteCollection.__typename === "DeleteCollectionPayload")
            evictCollection(cache, data.deleteCollection.deletedCollectionId);
        },
      });
    },
    async subscribe(since) {
      const events = eventQueue();
      subscription = client
        .subscribe({ query: CollectionSubscription, variables: { id: collectionId, since } })
        .subscribe({
          next({ data }) {
            const event = data?.collectionUpdated;
            if (!event) return;
            appendEdges(client.cache, collectionId, event.addedEdges);
            removeEdges(client.cache, collectionId, event.removedIocIds);
            if (event.deletedCollectionId) evictCollection(client.cache, event.deletedCollectionId);
            events.push(event.kind);
          },
          error: events.error,
          complete: events.complete,
        });
      return events;
    },
    async dispose() {
      subscription?.unsubscribe();
      client.stop();
      await ws.dispose();
    },
  };
}

const Watchlist = graphql(`query ApolloWatchlist { watchlist { id value } }`);

const Watch = graphql(`
  mutation ApolloWatch($values: [String!]!) {
    watchIocs(input: { values: $values }) {
      __typename
      ... on WatchIocsPayload { query { watchlist { id value } } }
      ... on Error { message }
    }
  }
`);

describe("Apollo Client against the server", () => {
  it("keeps its cache equal to the server through the whole flow, with no warning", async () => {
    await runFlow(setup, apolloDriver(setup));
  });

  it("updates a cached Query.watchlist from watchIocs' `query` field, with no update function", async () => {
    const warnings = watchConsole();
    try {
      const http = new HttpLink({
        uri: `http://127.0.0.1:${setup.port}/graphql`,
        headers: { "x-apikey": setup.owner.apiKey },
        fetch,
      });
      const client = new ApolloClient({ link: http, cache: iocgraphCache() });
      const before = await client.query({ query: Watchlist });
      await client.mutate({ mutation: Watch, variables: { values: ["watched.clients.example.org"] } });
      const cached = client.readQuery({ query: Watchlist });
      expect(cached?.watchlist.map((entry) => entry.value)).toEqual([
        ...before.data.watchlist.map((entry) => entry.value),
        "watched.clients.example.org",
      ]);
      expect(warnings.calls()).toEqual([]);
    } finally {
      warnings.restore();
    }
  });
});
