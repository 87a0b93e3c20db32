// buildApp(config) → { yoga, start(port), stop() }: yoga over HTTP (queries, mutations, SSE) and graphql-ws
// on the same /graphql path. Tests use it exactly as the server does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { type DocumentNode, type ExecutionArgs, type execute, GraphQLError, type subscribe } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import type { Config } from "./config.js";
import { type Context, createContext, type Services } from "./context.js";
import { type Database, openDatabase } from "./db.js";
import { type Enrichment, enqueueHook, startEnrichment } from "./enrichment/service.js";
import { useExports } from "./exchange/http.js";
import { createDerivedEdges } from "./graph/derived.js";
import { IocHooks } from "./iocs/hooks.js";
import { LiveHub } from "./live/hub.js";
import { maskErrors } from "./masking.js";
import { renderNotFound, usePages } from "./pages/routes.js";
import { useCostLimit } from "./plugins/cost.js";
import { usePageSizeLimit } from "./plugins/page-size.js";
import { useSharedEventExecution } from "./plugins/shared-execution.js";
import { openPubSub } from "./pubsub.js";
import { schema } from "./schema/index.js";
import { loadWarninglists } from "./warnings/misp-files.js";

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
 * What follows the creation of IoC rows (derived edges) and a collection coming to hold IoCs (enrichment jobs,
 * as its TLP allows), for the server and the CLI alike.
 */
export function creationHooks(enrichment: Enrichment): IocHooks {
  const hooks = new IocHooks();
  hooks.afterCreate(createDerivedEdges);
  const enqueue = enqueueHook(enrichment);
  if (enqueue) hooks.afterHold(enqueue);
  return hooks;
}

export async function buildApp(config: Config): Promise<App> {
  // First: a malformed warninglist file stops the start before anything is opened.
  const warninglists = await loadWarninglists(config.warninglistDir);
  const database = openDatabase(config);
  await database.migrate();
  const { pubsub, close: closePubSub } = openPubSub(config.redisUrl);
  const db = database.prisma;
  // The worker runs when config.enrichment says so (serve: on by default; tests choose).
  const enrichment = startEnrichment(config.enrichment, { db, pubsub, logLevel: config.logLevel });
  const iocHooks = creationHooks(enrichment);
  const services: Services = {
    db,
    pubsub,
    limits: config.limits,
    iocHooks,
    hub: new LiveHub(db, pubsub, config.livePollIntervalMs ?? 1000),
    enrichment,
    publicUrl: config.publicUrl,
    warninglists,
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
    // Browsers asking for a path nothing serves get the pages' 404 (not yoga's own landing page).
    landingPage: renderNotFound,
    logging: config.logLevel === "silent" ? false : config.logLevel,
    maskedErrors: { maskError: maskErrors },
    plugins: [
      useHealth(database),
      useExports(services),
      usePages(limits),
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
