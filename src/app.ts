// buildApp(config) → { yoga, start(port), stop() }: yoga over HTTP (queries, mutations, SSE) and graphql-ws
// on the same /graphql path. Tests use it exactly as the server does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { type DocumentNode, type ExecutionArgs, type execute, GraphQLError, type subscribe } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createYoga, maskError, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import type { Config } from "./config.js";
import { type Context, createContext, type Services } from "./context.js";
import { type Database, openDatabase } from "./db.js";
import { enqueueHook, startEnrichment } from "./enrichment/service.js";
import { DomainError } from "./errors.js";
import { createDerivedEdges } from "./graph/derived.js";
import { IocHooks } from "./iocs/hooks.js";
import { LiveHub } from "./live/hub.js";
import { useCostLimit } from "./plugins/cost.js";
import { usePageSizeLimit } from "./plugins/page-size.js";
import { useSharedEventExecution } from "./plugins/shared-execution.js";
import { openPubSub } from "./pubsub.js";
import { schema } from "./schema/index.js";

/** What the server adds to yoga's initial context: a WebSocket's connection parameters and upgrade request. */
interface ServerContext {
  connectionParams?: Record<string, unknown>;
  extra?: { request?: { headers: { host?: string } } };
}

/** The execute/subscribe of one enveloped request, handed to graphql-ws through rootValue. */
interface Enveloped {
  execute: (args: ExecutionArgs) => ReturnType<typeof execute>;
  subscribe: (args: ExecutionArgs) => ReturnType<typeof subscribe>;
}

export interface App {
  yoga: YogaServerInstance<ServerContext, Context>;
  database: Database;
  services: Services;
  /** Listens on `port` (0 for any free port) and resolves to the port. */
  start(port: number, host?: string): Promise<number>;
  /** Stops taking requests, lets running ones finish, closes sockets, pubsub and database. */
  stop(): Promise<void>;
}

/** `/healthz`: the process runs. `/readyz`: the database answers. */
function useHealth(database: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === "/healthz") {
        endResponse(new fetchAPI.Response("ok", { status: 200 }));
      } else if (url.pathname === "/readyz") {
        const ready = await database.prisma.$queryRaw`SELECT 1`.then(
          () => true,
          () => false,
        );
        endResponse(
          new fetchAPI.Response(ready ? "ready" : "database unavailable", { status: ready ? 200 : 503 }),
        );
      }
    },
  };
}

/**
 * Every error a client sees carries `extensions.code`. Yoga codes its own (parse, validation, masked) errors;
 * the rest are the GraphQL errors the framework raises on a request it refuses while executing (an argument
 * Pothos rejects, a variable graphql-js cannot coerce): they keep their message and get a code.
 */
function isPothosValidation(error: GraphQLError): boolean {
  // By name: the class may be loaded twice (the ESM and CommonJS builds of @pothos/core).
  return [error, error.originalError].some((e) => e?.name === "PothosValidationError");
}

function withCode(error: Error): Error {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...error.extensions,
      code: isPothosValidation(error) ? "ValidationError" : "BAD_USER_INPUT",
    },
  });
}

export async function buildApp(config: Config): Promise<App> {
  const database = openDatabase(config);
  await database.migrate();
  const { pubsub, close: closePubSub } = openPubSub(config.redisUrl);
  const db = database.prisma;
  // The worker runs when config.enrichment says so (serve: on by default; tests choose).
  const enrichment = startEnrichment(config.enrichment, { db, pubsub, logLevel: config.logLevel });
  const iocHooks = new IocHooks();
  iocHooks.afterCreate(createDerivedEdges);
  const enqueue = enqueueHook(enrichment);
  if (enqueue) iocHooks.afterCreate(enqueue);
  const services: Services = {
    db,
    pubsub,
    limits: config.limits,
    iocHooks,
    hub: new LiveHub(db, pubsub, config.livePollIntervalMs ?? 1000),
    enrichment,
    publicUrl: config.publicUrl,
  };
  const { limits } = config;

  const yoga = createYoga<ServerContext, Context>({
    schema,
    context: (init) =>
      createContext(services, {
        request: init.request,
        connectionParams: init.connectionParams,
        origin: init.extra?.request?.headers.host ? `http://${init.extra.request.headers.host}` : undefined,
      }),
    graphiql: {
      title: "iocgraph",
      subscriptionsProtocol: "WS",
      defaultQuery:
        "{\n  collections(first: 10) {\n    edges { node { id name counts { total } } }\n  }\n}\n",
    },
    // The offline page inlines ~9 MB of assets (~80 MB resident): load it on the first browser visit only.
    renderGraphiQL: async (options) =>
      (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options),
    logging: config.logLevel === "silent" ? false : config.logLevel,
    maskedErrors: {
      // Expected failures keep their message and say which kind they are; everything else is masked.
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DomainError && error instanceof GraphQLError) {
          return new GraphQLError(original.message, {
            nodes: error.nodes,
            path: error.path,
            extensions: { code: original.name },
          });
        }
        return withCode(maskError(error, message, isDev));
      },
    },
    plugins: [
      useHealth(database),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        // Replaced by useCostLimit, which multiplies by page sizes (armor sees only the query's shape).
        costLimit: { enabled: false },
        maxAliases: { n: limits.maxAliases },
        maxTokens: { n: limits.maxTokens },
        blockFieldSuggestion: { enabled: true },
      }),
      usePageSizeLimit(limits.maxPageSize),
      useCostLimit(limits.maxCost),
      useSharedEventExecution(),
    ],
  });

  const httpServer: Server = createServer(yoga);
  const wsServer = new WebSocketServer({ server: httpServer, path: yoga.graphqlEndpoint });
  // The same envelop (plugins, limits, context factory) as HTTP requests.
  const wsHandle = useServer(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          socket: ctx.extra.socket,
          params,
        });
        let document: DocumentNode;
        try {
          document = parse(params.query);
        } catch (error) {
          // As over HTTP: a syntax error is the client's, answered with a code (graphql-ws would close).
          if (!(error instanceof GraphQLError)) throw error;
          return [
            new GraphQLError(error.message, { ...error, extensions: { code: "GRAPHQL_PARSE_FAILED" } }),
          ];
        }
        const args: ExecutionArgs = {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
        const errors = validate(args.schema, args.document);
        return errors.length ? errors : args;
      },
    },
    wsServer,
    15_000,
  );

  return {
    yoga,
    database,
    services,
    start(port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      });
    },
    async stop() {
      await services.enrichment.stop();
      await wsHandle.dispose();
      services.hub.stop();
      await new Promise<void>((resolve) => {
        if (!httpServer.listening) return resolve();
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await yoga.dispose();
      await closePubSub();
      await database.close();
    },
  };
}
