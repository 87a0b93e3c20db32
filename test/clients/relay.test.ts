// Relay: relay-compiler compiles the frontend's documents (relay/relayApp.ts) against schema.graphql, and
// relay-runtime runs them against a real server — HTTP for queries and mutations, graphql-ws for the
// subscription — with the store updated only by Relay's declarative directives (@appendEdge, @prependEdge,
// @deleteEdge, @deleteRecord) driven by the payloads.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createClient } from "graphql-ws";
import {
  type ConcreteRequest,
  ConnectionHandler,
  commitMutation,
  createOperationDescriptor,
  Environment,
  fetchQuery,
  type GraphQLResponse,
  getSelector,
  type MutationParameters,
  Network,
  Observable,
  type ReaderFragment,
  RecordSource,
  ROOT_ID,
  requestSubscription,
  Store,
} from "relay-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { IocLookup } from "../helpers/documents.js";
import {
  type AppData,
  type ClientDriver,
  eventQueue,
  everything,
  firstPage,
  iocsInput,
  runFlow,
  type Setup,
  schemaSdl,
  startClientsApp,
} from "./harness.js";

const relayCompiler = join(
  createRequire(import.meta.url).resolve("relay-compiler/package.json"),
  "../cli.js",
);
let artifactDir: string;
let setup: Setup;

/** Compiles test/clients/relay with relay-compiler into a directory of its own; returns its artifacts. */
async function compile(): Promise<{ dir: string; stdout: string }> {
  const root = mkdtempSync(join(tmpdir(), "iocgraph-relay-"));
  cpSync(new URL("./relay", import.meta.url), join(root, "src"), { recursive: true });
  mkdirSync(join(root, "src", "__generated__"), { recursive: true });
  writeFileSync(join(root, "schema.graphql"), schemaSdl);
  const config = {
    src: "./src",
    schema: "./schema.graphql",
    language: "typescript",
    artifactDirectory: "./src/__generated__",
    eagerEsModules: true,
  };
  writeFileSync(join(root, "relay.config.json"), JSON.stringify(config));
  const { stdout } = await promisify(execFile)(process.execPath, [relayCompiler, "relay.config.json"], {
    cwd: root,
  });
  return { dir: join(root, "src", "__generated__"), stdout };
}

async function artifact<T extends ConcreteRequest | ReaderFragment>(name: string): Promise<T> {
  return ((await import(join(artifactDir, `${name}.graphql.ts`))) as { default: T }).default;
}

beforeAll(async () => {
  const compiled = await compile();
  artifactDir = compiled.dir;
  setup = await startClientsApp();
});
afterAll(async () => {
  await setup?.t.stop();
  if (artifactDir) rmSync(join(artifactDir, "../.."), { recursive: true, force: true });
});

describe("relay-compiler", () => {
  it("compiles the frontend's fragments, connections, refetchable fragments and mutations", () => {
    expect(readdirSync(artifactDir).sort()).toEqual(
      [
        "relayAppAddIocsMutation",
        "relayAppCollectionIocsPaginationQuery",
        "relayAppCollectionSubscription",
        "relayAppCollectionsPaginationQuery",
        "relayAppCreateCollectionMutation",
        "relayAppDeleteCollectionMutation",
        "relayAppIocRefetchQuery",
        "relayAppQuery",
        "relayAppRemoveIocsMutation",
        "relayApp_collection",
        "relayApp_ioc",
        "relayApp_query",
      ].map((name) => `${name}.graphql.ts`),
    );
  });
});

type Variables = Record<string, unknown>;

function relayEnvironment(port: number, apiKey: string, ws?: ReturnType<typeof createClient>) {
  const network = Network.create(
    async (params, variables) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-apikey": apiKey },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    (params, variables) =>
      Observable.create<GraphQLResponse>((sink) => {
        if (!ws) throw new Error("no WebSocket");
        return ws.subscribe(
          { query: params.text ?? "", variables, operationName: params.name },
          {
            next: (result) => sink.next(result as GraphQLResponse),
            error: (error) => sink.error(error instanceof Error ? error : new Error(JSON.stringify(error))),
            complete: () => sink.complete(),
          },
        );
      }),
  );
  return new Environment({ network, store: new Store(new RecordSource()) });
}

async function relayDriver({ port, owner, collectionId }: Setup): Promise<ClientDriver> {
  const ws = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { apiKey: owner.apiKey },
    retryAttempts: 0,
  });
  const environment = relayEnvironment(port, owner.apiKey, ws);
  const [query, collectionFragment, queryFragment, iocsPage, collectionsPage] = await Promise.all([
    artifact<ConcreteRequest>("relayAppQuery"),
    artifact<ReaderFragment>("relayApp_collection"),
    artifact<ReaderFragment>("relayApp_query"),
    artifact<ConcreteRequest>("relayAppCollectionIocsPaginationQuery"),
    artifact<ConcreteRequest>("relayAppCollectionsPaginationQuery"),
  ]);
  const [create, add, remove, del, subscription] = await Promise.all(
    [
      "relayAppCreateCollectionMutation",
      "relayAppAddIocsMutation",
      "relayAppRemoveIocsMutation",
      "relayAppDeleteCollectionMutation",
      "relayAppCollectionSubscription",
    ].map((name) => artifact<ConcreteRequest>(name)),
  );
  const variables = { id: collectionId, ...firstPage };
  const operation = createOperationDescriptor(query, variables);
  // What a mounted component does: keep its query's data in the store.
  const retained = environment.retain(operation);
  const iocsConnection = ConnectionHandler.getConnectionID(collectionId, "relayApp_iocs");
  const collectionsConnection = ConnectionHandler.getConnectionID(ROOT_ID, "relayApp_collections");

  /** The app query's data from a store: the root, then each fragment through its selector. */
  function readFrom(env: Environment, op: ReturnType<typeof createOperationDescriptor>): AppData {
    const root = env.lookup(op.fragment).data as { collection: object | null };
    const list = env.lookup(getSelector(queryFragment, root) as never).data as Pick<AppData, "collections">;
    const collection = root.collection
      ? (env.lookup(getSelector(collectionFragment, root.collection) as never).data as AppData["collection"])
      : null;
    return { collections: list.collections, collection };
  }
  const endCursor = (connection: "collections" | "iocs") => {
    const data = readFrom(environment, operation) as unknown as Record<string, { iocs?: unknown }>;
    const node = connection === "collections" ? data.collections : data.collection?.iocs;
    return (node as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
  };
  function mutate(mutation: ConcreteRequest, vars: Variables, connections: string[]) {
    return new Promise<void>((resolve, reject) => {
      commitMutation<MutationParameters>(environment, {
        mutation,
        variables: { ...vars, connections },
        onCompleted: (_response, errors) =>
          errors?.length ? reject(new Error(JSON.stringify(errors))) : resolve(),
        onError: reject,
      });
    });
  }
  let subscribed: { dispose(): void } | undefined;

  return {
    read: () => readFrom(environment, operation),
    async fresh() {
      const env = relayEnvironment(port, owner.apiKey);
      const vars = { id: collectionId, ...everything };
      await fetchQuery(env, query, vars).toPromise();
      return readFrom(env, createOperationDescriptor(query, vars));
    },
    load: async () => {
      await fetchQuery(environment, query, variables).toPromise();
    },
    pageCollections: async () => {
      await fetchQuery(environment, collectionsPage, {
        count: 2,
        cursor: endCursor("collections"),
      }).toPromise();
    },
    pageIocs: async () => {
      await fetchQuery(environment, iocsPage, {
        id: collectionId,
        count: 2,
        cursor: endCursor("iocs"),
      }).toPromise();
    },
    create: (name) => mutate(create, { input: { name } }, [collectionsConnection]),
    add: (values) => mutate(add, iocsInput(collectionId, values), [iocsConnection]),
    remove: (values) => mutate(remove, iocsInput(collectionId, values), [iocsConnection]),
    deleteCollection: () => mutate(del, { input: { id: collectionId } }, [collectionsConnection]),
    async subscribe(since) {
      const events = eventQueue();
      subscribed = requestSubscription(environment, {
        subscription,
        variables: { id: collectionId, since, connections: [iocsConnection] },
        onNext: (response) =>
          events.push((response as { collectionUpdated: { kind: string } }).collectionUpdated.kind),
        onError: events.error,
        onCompleted: events.complete,
      });
      return events;
    },
    async dispose() {
      subscribed?.dispose();
      retained.dispose();
      await ws.dispose();
    },
  };
}

describe("relay-runtime against the server", () => {
  it("keeps its store equal to the server through the whole flow, with no warning", async () => {
    await runFlow(setup, await relayDriver(setup));
  });

  it("refetches a collection and an IoC through node(id) (@refetchable on Collection and on Ioc)", async () => {
    const environment = relayEnvironment(setup.port, setup.owner.apiKey);
    const refetch = await artifact<ConcreteRequest>("relayAppIocRefetchQuery");
    const fragment = await artifact<ReaderFragment>("relayApp_ioc");
    const ioc = await setup.t.run(IocLookup, { value: "d1.clients.example.org" });
    const id = ioc.ioc?.id ?? "";
    await fetchQuery(environment, refetch, { id }).toPromise();
    const root = environment.lookup(createOperationDescriptor(refetch, { id }).fragment).data as {
      node: object;
    };
    expect(environment.lookup(getSelector(fragment, root.node) as never).data).toEqual({
      id,
      type: "DOMAIN",
      value: "d1.clients.example.org",
    });
  });
});
