// buildApp(config) → { yoga, start(port), stop() }: yoga over HTTP (queries, mutations, SSE) and graphql-ws
// on the same /graphql path. Tests use it exactly as the server does.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { type DocumentNode, type ExecutionArgs, type execute, GraphQLError, type subscribe } from "graphql";
import { type Extra, useServer } from "graphql-ws/use/ws";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import { type Config, defaultRateLimit } from "./config.js";
import { type Context, createContext, type Services } from "./context.js";
import { type Database, openDatabase } from "./db.js";
import { type Enrichment, enqueueHook, startEnrichment } from "./enrichment/service.js";
import { useExports } from "./exchange/http.js";
import { createDerivedEdges } from "./graph/derived.js";
import { IocHooks } from "./iocs/hooks.js";
import { LiveHub } from "./live/hub.js";
import { maskErrors } from "./masking.js";
import { useAccessLog, withWsAccessLog } from "./ops/access-log.js";
import { createLogger, type Logger, yogaLogger } from "./ops/logger.js";
import { type MetricSources, Metrics } from "./ops/metrics.js";
import { stopServing } from "./ops/shutdown.js";
import { renderNotFound, usePages } from "./pages/routes.js";
import { useRequestBodyLimit } from "./plugins/body-limit.js";
import { useCostLimit } from "./plugins/cost.js";
import { useIntrospection } from "./plugins/introspection.js";
import { useMetrics } from "./plugins/metrics.js";
import { usePageSizeLimit } from "./plugins/page-size.js";
import { useRateLimit } from "./plugins/rate-limit.js";
import {
  CacheGeneration,
  flushingOnPublish,
  flushOnAnnouncements,
  useAnonymousResponseCache,
} from "./plugins/response-cache.js";
import { useSharedEventExecution } from "./plugins/shared-execution.js";
import { useSseEventIds } from "./plugins/sse-event-ids.js";
import { openPubSub } from "./pubsub.js";
import { RateLimiter } from "./ratelimit/limiter.js";
import { schema } from "./schema/index.js";
import { loadWarninglists } from "./warnings/misp-files.js";

/**
 * What the server adds to yoga's initial context: node's request over HTTP; a WebSocket's connection
 * parameters and upgrade request.
 */
interface ServerContext {
  req?: IncomingMessage;
  connectionParams?: Record<string, unknown>;
  extra?: { request?: IncomingMessage };
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
  /**
   * Stops taking connections, ends live streams normally, lets running requests finish (cut off after
   * `graceMs`, default 10 s), then closes pubsub and database.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
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

/**
 * Opens the database and applies pending migrations, saying what it does when that takes more than a second
 * (a first start of the embedded database takes several) and what it applied.
 */
export async function migrateLogged(database: Database, log: Logger): Promise<void> {
  const slow = setTimeout(
    () => log.info({ database: database.kind }, "opening the database and applying pending migrations…"),
    1000,
  );
  try {
    const applied = await database.migrate();
    if (applied.length) log.info({ applied }, "database migrations applied");
  } finally {
    clearTimeout(slow);
  }
}

/** What /metrics reads at each scrape: the hub's lag, the enrichment queue and quota, the pool. */
function metricSources(services: Services, database: Database): MetricSources {
  const { enrichment } = services;
  return {
    hubLag: () => services.hub.lag(),
    async enrichment() {
      const status = await enrichment.status(services.db);
      if (!status) return null;
      const { ratePerWindow, dailyQuota } = enrichment.config;
      return {
        provider: status.name,
        queue: status.queue,
        remaining: {
          window: Math.max(0, ratePerWindow - (status.quota?.inWindow ?? 0)),
          day: Math.max(0, dailyQuota - (status.quota?.requestsToday ?? 0)),
        },
      };
    },
    connections: () => database.connections(),
  };
}

export async function buildApp(config: Config, options: { log?: Logger } = {}): Promise<App> {
  const log = options.log ?? createLogger({ level: config.logLevel, format: config.logFormat });
  // First: a malformed warninglist file stops the start before anything is opened.
  const warninglists = await loadWarninglists(config.warninglistDir);
  const database = openDatabase(config, log);
  await migrateLogged(database, log);
  const opened = openPubSub(config.redisUrl, log);
  const cacheTtlMs = config.responseCacheTtlMs ?? 0;
  const generation = new CacheGeneration();
  // With the response cache on, every announced change empties it (src/plugins/response-cache.ts).
  const pubsub = cacheTtlMs > 0 ? flushingOnPublish(opened.pubsub, generation) : opened.pubsub;
  const stopFlushing = cacheTtlMs > 0 ? flushOnAnnouncements(pubsub, generation) : async () => {};
  const db = database.prisma;
  // The worker runs when config.enrichment says so (serve: on by default; tests choose).
  const metrics = new Metrics();
  const enrichment = startEnrichment(config.enrichment, {
    db,
    pubsub,
    log,
    onProviderError: (provider, kind, status) =>
      metrics.providerErrors.inc({ provider, kind, status: status === undefined ? "none" : String(status) }),
  });
  const iocHooks = creationHooks(enrichment);
  const services: Services = {
    db,
    pubsub,
    limits: config.limits,
    iocHooks,
    hub: new LiveHub(db, pubsub, config.livePollIntervalMs ?? 1000, log),
    enrichment,
    publicUrl: config.publicUrl,
    warninglists,
    rateLimiter: new RateLimiter(config.rateLimit ?? defaultRateLimit, {
      redisUrl: config.redisUrl,
      log,
      onReject: ({ scope }) => metrics.rateLimitRejections.inc({ scope }),
    }),
    log,
    metrics,
  };
  metrics.observe(metricSources(services, database));
  const { limits } = config;

  const yoga = createYoga<ServerContext, Context>({
    schema,
    context: (init) =>
      createContext(services, {
        request: init.request,
        connectionParams: init.connectionParams,
        operationExtensions: init.request ? undefined : init.params?.extensions,
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
    logging: yogaLogger(log),
    maskedErrors: { maskError: maskErrors },
    // Replaced by useRequestBodyLimit, which streams only bodies without a Content-Length through a counter.
    maxRequestBodySize: false,
    plugins: [
      useAccessLog(log, metrics),
      useMetrics(metrics, config.metricsToken),
      useHealth(database),
      useRequestBodyLimit(limits.maxRequestBytes),
      useExports(services),
      usePages(limits),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth },
        // Replaced by useCostLimit, which multiplies by page sizes (armor sees only the query's shape).
        costLimit: { enabled: false },
        maxAliases: { n: limits.maxAliases },
        maxTokens: { n: limits.maxTokens },
        // "Did you mean …?" reveals nothing introspection does not: on while introspection is (configurable).
        blockFieldSuggestion: { enabled: !(config.fieldSuggestions ?? config.introspection ?? true) },
      }),
      useIntrospection(config.introspection ?? true),
      usePageSizeLimit(limits.maxPageSize),
      useCostLimit(limits.maxCost),
      // After the cost limit: a query refused for its cost spends one point, not its cost.
      useRateLimit(services.rateLimiter),
      useSharedEventExecution(),
      useSseEventIds(),
      // Last: it replaces the executor (anonymous queries only).
      useAnonymousResponseCache(cacheTtlMs, generation, config.publicUrl),
    ],
  });

  const httpServer: Server = createServer(yoga);
  const wsServer = new WebSocketServer({ server: httpServer, path: yoga.graphqlEndpoint });
  // The same envelop (plugins, limits, context factory) as HTTP requests.
  const wsHandle = useServer(
    withWsAccessLog<Extra>(log, metrics, {
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
        let contextValue: Awaited<ReturnType<typeof contextFactory>>;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          // A refused API key (UNAUTHENTICATED) is the client's: answered as an error of the operation.
          if (!(error instanceof GraphQLError)) throw error;
          return [error];
        }
        const args: ExecutionArgs = {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe } satisfies Enveloped,
        };
        const errors = validate(args.schema, args.document);
        return errors.length ? errors : args;
      },
    }),
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
    async stop({ graceMs = 10_000 } = {}) {
      const stopWorker = () => services.enrichment.stop();
      const disposeWebSockets = async () => {
        await wsHandle.dispose();
      };
      await stopServing(
        { httpServer, wsServer, disposeWebSockets, hub: services.hub, stopWorker, log },
        graceMs,
      );
      services.hub.stop();
      await yoga.dispose();
      await services.rateLimiter.close();
      await stopFlushing();
      await opened.close();
      await database.close();
    },
  };
}
