// One context factory for HTTP, SSE and WebSocket requests.
import { GraphQLError } from "graphql";
import { apiKeyFromHeaders, authenticate, type Viewer } from "./auth/api-keys.js";
import type { Limits } from "./config.js";
import type { Db } from "./db.js";
import type { PubSub } from "./pubsub.js";

export interface Services {
  db: Db;
  pubsub: PubSub;
  limits: Limits;
}

export interface Context extends Services {
  /** The authenticated user, or null for anonymous (read-only, public data only). */
  viewer: Viewer | null;
}

/** What yoga hands the factory: an HTTP request, or a WebSocket's connection parameters. */
export interface ContextInput {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

export async function createContext(services: Services, input: ContextInput): Promise<Context> {
  const fromParams = input.connectionParams?.apiKey;
  const key =
    typeof fromParams === "string" ? fromParams : input.request ? apiKeyFromHeaders(input.request.headers) : undefined;
  const viewer = key ? await authenticate(services.db, key) : null;
  // A key that was sent but is unknown or revoked is refused outright rather than treated as anonymous.
  if (key && !viewer) {
    throw new GraphQLError("Invalid or revoked API key.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  return { ...services, viewer };
}
