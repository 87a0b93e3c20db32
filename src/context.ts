// One context factory for HTTP, SSE and WebSocket requests.
import { GraphQLError } from "graphql";
import {
  apiKeyFromHeaders,
  apiKeyFromOperationHeaders,
  InvalidApiKeyError,
  type Viewer,
  viewerFor,
} from "./auth/api-keys.js";
import type { Limits } from "./config.js";
import type { Db } from "./db.js";
import { createLoaders, type Loaders } from "./enrichment/loaders.js";
import type { Enrichment } from "./enrichment/service.js";
import { GraphLoaders } from "./graph/loaders.js";
import type { IocHooks } from "./iocs/hooks.js";
import type { LiveHub } from "./live/hub.js";
import type { Logger } from "./ops/logger.js";
import type { Metrics } from "./ops/metrics.js";
import type { PubSub } from "./pubsub.js";
import type { RateBudget, RateLimiter } from "./ratelimit/limiter.js";
import type { Warninglists } from "./warnings/warninglists.js";

/** The long-lived parts of one app, built by buildApp and stopped by its stop(). */
export interface Services {
  db: Db;
  pubsub: PubSub;
  limits: Limits;
  /** What runs when IoC rows are created (derived edges, enrichment jobs). */
  iocHooks: IocHooks;
  /** Tails the change log for every live subscription of this process. */
  hub: LiveHub;
  /** The enrichment pipeline (provider, queue, worker); provider null when there is none. */
  enrichment: Enrichment;
  /** PUBLIC_URL, when set: the origin of every absolute link the server writes. */
  publicUrl?: string;
  /** Built-in and WARNINGLIST_DIR warninglists, indexed once at start-up (src/warnings/). */
  warninglists: Warninglists;
  /** Rate limits per API key and client address, shared by the instances (src/ratelimit/). */
  rateLimiter: RateLimiter;
  /** The process's one logger (src/ops/logger.ts). */
  log: Logger;
  /** The app's Prometheus metrics (src/ops/metrics.ts), e.g. `metrics.rateLimitRejections.inc({ scope })`. */
  metrics: Metrics;
}

export interface Context extends Services {
  /** The authenticated user, or null for anonymous (read-only, public data only). */
  viewer: Viewer | null;
  /** Where absolute links point: PUBLIC_URL, else the origin the client reached this request at. */
  baseUrl: string;
  /** Per-request batching of graph reads (relationships, related collections). */
  graph: GraphLoaders;
  /** Per-request DataLoaders: enrichment by IoC id, aggregates by collection id (src/loaders.ts). */
  loaders: Loaders;
  /**
   * The budget this operation spent from, set by the rate-limit plugin before it runs; absent when no limit
   * applies (limits off, or a document the server runs for itself, such as a page's).
   */
  rateLimit?: RateBudget;
  /** An SSE reconnect's `Last-Event-ID` header: a subscription resumes after it, as with `since`. */
  lastEventId?: string;
}

/** What yoga hands the factory: an HTTP request, or a WebSocket's connection parameters. */
export interface ContextInput {
  request?: Request;
  connectionParams?: Record<string, unknown>;
  /** The origin the client connected to (a WebSocket's Host), when there is no `request`. */
  origin?: string;
  /** A WebSocket operation's `extensions` (GraphiQL puts its headers tab in `extensions.headers`). */
  operationExtensions?: unknown;
}

/** The API key a request or a WebSocket's connection parameters present (not yet checked). */
export function presentedApiKey(input: ContextInput): string | undefined {
  const fromParams = input.connectionParams?.apiKey;
  if (typeof fromParams === "string") return fromParams;
  return input.request
    ? apiKeyFromHeaders(input.request.headers)
    : apiKeyFromOperationHeaders(input.operationExtensions);
}

export async function createContext(services: Services, input: ContextInput): Promise<Context> {
  const key = presentedApiKey(input);
  const viewer = await viewerFor(services.db, key).catch((error: unknown) => {
    if (!(error instanceof InvalidApiKeyError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  });
  const loaders = createLoaders(services.db, {
    viewer,
    ttlMs: services.enrichment.config.ttlMs,
    batch: services.enrichment.config.loaderBatching,
    warninglists: services.warninglists,
  });
  const baseUrl =
    services.publicUrl ??
    (input.request ? new URL(input.request.url).origin : (input.origin ?? "http://localhost"));
  const lastEventId = input.request?.headers.get("last-event-id")?.trim() || undefined;
  return { ...services, viewer, baseUrl, graph: new GraphLoaders(services.db), loaders, lastEventId };
}
