// One context factory for HTTP, SSE and WebSocket requests.
import { GraphQLError } from "graphql";
import { apiKeyFromHeaders, InvalidApiKeyError, type Viewer, viewerFor } from "./auth/api-keys.js";
import type { Limits } from "./config.js";
import type { Db } from "./db.js";
import { createLoaders, type Loaders } from "./enrichment/loaders.js";
import type { Enrichment } from "./enrichment/service.js";
import { GraphLoaders } from "./graph/loaders.js";
import type { IocHooks } from "./iocs/hooks.js";
import type { LiveHub } from "./live/hub.js";
import type { PubSub } from "./pubsub.js";
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
}

/** What yoga hands the factory: an HTTP request, or a WebSocket's connection parameters. */
export interface ContextInput {
  request?: Request;
  connectionParams?: Record<string, unknown>;
  /** The origin the client connected to (a WebSocket's Host), when there is no `request`. */
  origin?: string;
}

export async function createContext(services: Services, input: ContextInput): Promise<Context> {
  const fromParams = input.connectionParams?.apiKey;
  const key =
    typeof fromParams === "string"
      ? fromParams
      : input.request
        ? apiKeyFromHeaders(input.request.headers)
        : undefined;
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
  return { ...services, viewer, baseUrl, graph: new GraphLoaders(services.db), loaders };
}
