// urql with graphcache, schema-aware (the introspection of schema.graphql) with relayPagination, HTTP for
// queries and mutations and graphql-sse (server-sent events) for the subscription. The frontend's `updates`
// apply each payload and event to the normalised cache — no invalidation, no refetch.
import { Client, fetchExchange, subscriptionExchange } from "@urql/core";
import { type Cache, cacheExchange, type Data } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { introspectionFromSchema } from "graphql";
import { createClient as createSseClient } from "graphql-sse";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  AddMutation,
  AppQuery,
  type ClientDriver,
  CollectionSubscription,
  CollectionsPage,
  CreateMutation,
  clientSchema,
  DeleteMutation,
  eventQueue,
  everything,
  firstPage,
  IocsPage,
  iocsInput,
  RemoveMutation,
  runFlow,
  type Setup,
  startClientsApp,
  valueTypes,
} from "./harness.js";

let setup: Setup;
beforeAll(async () => {
  setup = await startClientsApp();
});
afterAll(() => setup?.t.stop());

interface EdgeData {
  node: { id: string };
}

/** A paginated field's pages as graphcache stores them: one record per page's arguments. */
function pages(cache: Cache, entity: string, field: string) {
  return cache
    .inspectFields(entity)
    .filter((info) => info.fieldName === field)
    .map((info) => {
      const connection = cache.resolve(entity, info.fieldKey) as string;
      const pageInfo = cache.resolve(connection, "pageInfo") as string;
      return {
        args: info.arguments ?? {},
        connection,
        last: cache.resolve(pageInfo, "hasNextPage") === false,
      };
    });
}

const nodeId = (cache: Cache, edge: string) => cache.resolve(cache.resolve(edge, "node") as string, "id");

/** Frontend code: drops the edges whose node has one of `ids` from every cached page of a list. */
function dropEdges(cache: Cache, entity: string, field: string, ids: readonly string[]) {
  const gone = new Set(ids);
  for (const page of pages(cache, entity, field)) {
    const edges = cache.resolve(page.connection, "edges") as string[];
    cache.link(
      page.connection,
      "edges",
      edges.filter((edge) => !gone.has(nodeId(cache, edge) as string)),
    );
  }
}

/** Frontend code: appends edges (not held yet) to the last cached page of a collection's IoCs. */
function appendEdges(cache: Cache, collectionId: string, edges: readonly EdgeData[]) {
  const entity = cache.keyOfEntity({ __typename: "Collection", id: collectionId });
  const last = entity && pages(cache, entity, "iocs").find((page) => page.last);
  // Not loaded to the end: the new edges arrive with the next page.
  if (!last || edges.length === 0) return;
  const { first, after } = last.args as { first: number; after?: string };
  cache.updateQuery(
    { query: IocsPage, variables: { id: collectionId, count: first, ...(after && { after }) } },
    (data) => {
      const iocs = data?.collection?.iocs;
      if (!iocs) return data;
      const held = new Set(iocs.edges.map((edge) => edge.node.id));
      iocs.edges.push(...(edges.filter((edge) => !held.has(edge.node.id)) as typeof iocs.edges));
      return data;
    },
  );
}

function deleteCollection(cache: Cache, id: string) {
  dropEdges(cache, "Query", "collections", [id]);
  cache.link("Query", "collection", { id }, null);
  cache.invalidate({ __typename: "Collection", id });
}

type Payload<K extends string> = Data & Record<K, Data & { __typename: string }>;

/** The graphcache settings README gives for iocgraph, with the frontend's updaters. */
function iocgraphCache(collectionId: string) {
  return cacheExchange({
    schema: introspectionFromSchema(clientSchema),
    // Value objects have no id: embedded in their parent, on purpose (connections, edges, payloads need none).
    keys: Object.fromEntries(valueTypes().map((name) => [name, () => null])),
    resolvers: {
      Query: { collections: relayPagination() },
      Collection: { iocs: relayPagination() },
      User: { collections: relayPagination() },
    },
    updates: {
      Mutation: {
        createCollection(result: Payload<"createCollection">, _args, cache) {
          const payload = result.createCollection;
          if (payload.__typename !== "CreateCollectionPayload") return;
          const first = pages(cache, "Query", "collections").find((page) => !("after" in page.args));
          if (!first) return;
          cache.updateQuery(
            { query: CollectionsPage, variables: { count: (first.args as { first: number }).first } },
            (data) => {
              data?.collections.edges.unshift(
                payload.collectionEdge as (typeof data.collections.edges)[number],
              );
              return data;
            },
          );
        },
        addIocs(result: Payload<"addIocs">, _args, cache) {
          const payload = result.addIocs;
          if (payload.__typename === "AddIocsPayload")
            appendEdges(cache, collectionId, payload.addedEdges as EdgeData[]);
        },
        removeIocs(result: Payload<"removeIocs">, _args, cache) {
          const payload = result.removeIocs;
          const entity = cache.keyOfEntity({ __typename: "Collection", id: collectionId });
          if (payload.__typename === "RemoveIocsPayload" && entity)
            dropEdges(cache, entity, "iocs", payload.removedIocIds as string[]);
        },
        deleteCollection(result: Payload<"deleteCollection">, _args, cache) {
          const payload = result.deleteCollection;
          if (payload.__typename === "DeleteCollectionPayload")
            deleteCollection(cache, payload.deletedCollectionId as string);
        },
      },
      Subscription: {
        collectionUpdated(result: Data & { collectionUpdated: Data }, _args, cache) {
          const event = result.collectionUpdated as Data & {
            addedEdges: EdgeData[];
            removedIocIds: string[];
            deletedCollectionId: string | null;
          };
          appendEdges(cache, collectionId, event.addedEdges);
          const entity = cache.keyOfEntity({ __typename: "Collection", id: collectionId });
          if (entity && event.removedIocIds.length > 0) dropEdges(cache, entity, "iocs", event.removedIocIds);
          if (event.deletedCollectionId) deleteCollection(cache, event.deletedCollectionId);
        },
      },
    },
  });
}

function urqlDriver({ port, owner, collectionId }: Setup): ClientDriver {
  const url = `http://127.0.0.1:${port}/graphql`;
  const headers = { "x-apikey": owner.apiKey };
  const sse = createSseClient({ url, headers, singleConnection: false, retryAttempts: 0 });
  let ended: (() => void) | undefined;
  const client = new Client({
    url,
    fetchOptions: { headers },
    exchanges: [
      iocgraphCache(collectionId),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: sse.subscribe(
              { ...request, query: request.query ?? "" },
              {
                next: (result) => sink.next(result as Parameters<typeof sink.next>[0]),
                error: (error) => sink.error(error),
                complete: () => {
                  sink.complete();
                  ended?.();
                },
              },
            ),
          }),
        }),
      }),
    ],
  });
  const variables = { id: collectionId, ...firstPage };
  const read = () => {
    const data = client.readQuery(AppQuery, variables)?.data;
    if (!data) throw new Error("the app query is not in the cache");
    return data;
  };
  async function mutate<R extends { error?: unknown }>(result: Promise<R>) {
    const { error } = await result;
    if (error) throw error;
  }
  let subscription: { unsubscribe(): void } | undefined;

  return {
    read,
    async fresh() {
      const fresh = new Client({
        url,
        fetchOptions: { headers },
        exchanges: [iocgraphCache(collectionId), fetchExchange],
      });
      const result = await fresh.query(AppQuery, { id: collectionId, ...everything }).toPromise();
      if (!result.data) throw result.error ?? new Error("no data");
      return result.data;
    },
    load: () => mutate(client.query(AppQuery, variables).toPromise()),
    pageCollections: () =>
      mutate(
        client
          .query(
            CollectionsPage,
            { count: 2, after: read().collections.pageInfo.endCursor },
            { requestPolicy: "network-only" },
          )
          .toPromise(),
      ),
    pageIocs: () =>
      mutate(
        client
          .query(
            IocsPage,
            { id: collectionId, count: 2, after: read().collection?.iocs.pageInfo.endCursor },
            { requestPolicy: "network-only" },
          )
          .toPromise(),
      ),
    create: (name) => mutate(client.mutation(CreateMutation, { input: { name } }).toPromise()),
    add: (values) => mutate(client.mutation(AddMutation, iocsInput(collectionId, values)).toPromise()),
    remove: (values) => mutate(client.mutation(RemoveMutation, iocsInput(collectionId, values)).toPromise()),
    deleteCollection: () =>
      mutate(client.mutation(DeleteMutation, { input: { id: collectionId } }).toPromise()),
    async subscribe(since) {
      const events = eventQueue();
      ended = events.complete;
      subscription = client
        .subscription(CollectionSubscription, { id: collectionId, since })
        .subscribe((result) => {
          if (result.error) events.error(result.error);
          else if (result.data) events.push(result.data.collectionUpdated.kind);
        });
      return events;
    },
    async dispose() {
      subscription?.unsubscribe();
      sse.dispose();
    },
  };
}

describe("urql with graphcache against the server", () => {
  it("keeps its cache equal to the server through the whole flow, with no warning", async () => {
    await runFlow(setup, urqlDriver(setup));
  });
});
