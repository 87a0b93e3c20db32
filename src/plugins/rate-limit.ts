// Spends each operation's cost from its client's rate-limit budget (src/ratelimit/) before it runs, as
// GitHub's GraphQL API does: queries, mutations and SSE subscriptions over HTTP, and every graphql-ws subscribe
// message, from one budget per API key, or per client address without a key. The points are the operation's
// cost (src/plugins/cost.ts, the same computation that caps it) per RATE_LIMIT_COST_PER_POINT, at least 1. A
// request over budget runs nothing: HTTP 429 with Retry-After and a RATE_LIMITED error (src/masking.ts), the
// same error over WebSocket. Every HTTP GraphQL response carries RateLimit-Limit, RateLimit-Remaining and
// RateLimit-Reset; one that ran nothing (malformed, too costly, a bad key) still spends one point.
import type { IncomingMessage } from "node:http";
import { type DocumentNode, GraphQLError, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { hashApiKey, type Viewer } from "../auth/api-keys.js";
import { presentedApiKey } from "../context.js";
import { RateLimitedError } from "../errors.js";
import { rateLimited } from "../masking.js";
import { clientAddress } from "../ratelimit/address.js";
import {
  type RateBudget,
  type RateClient,
  type RateLimiter,
  type Spend,
  secondsUntil,
} from "../ratelimit/limiter.js";
import { operationCost } from "./cost.js";

/** What the plugin knows of one HTTP request to the GraphQL endpoint. */
interface Meter {
  /** The hash of the API key the request presents, if any. */
  key: string | undefined;
  address: string;
  spent: boolean;
  budget: RateBudget | null;
}

/** The parts of an operation's context the plugin reads (yoga's, the server's and src/context.ts's). */
interface MeteredContext {
  request?: Request;
  /** A graphql-ws connection: its upgrade request. */
  extra?: { request?: IncomingMessage };
  connectionParams?: Record<string, unknown>;
  /** A graphql-ws operation's own message (GraphiQL sends its headers tab in `extensions`). */
  params?: { extensions?: unknown };
  viewer?: Viewer | null;
}

interface OperationArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
  contextValue: unknown;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

function refusal(spend: Extract<Spend, { allowed: false }>, scope: RateClient["scope"], points: number) {
  const who = scope === "key" ? "this API key" : "this address (send an API key for a larger budget)";
  const { limit, remaining, resetAt } = spend.budget;
  if (spend.neverFits) {
    return new GraphQLError(
      `This request spends ${points} points, more than the ${limit} a minute ${who} may spend: ask for ` +
        "smaller pages (`first`) or fewer nested lists.",
      { extensions: { code: "QUERY_TOO_COSTLY", points, limit, http: { status: 400 } } },
    );
  }
  const message =
    `Rate limit reached: ${who} has ${remaining} of its ${limit} points a minute left and this request ` +
    `spends ${points}. Retry after ${spend.retryAfterSeconds} s (at ${resetAt.toISOString()}).`;
  return rateLimited(new RateLimitedError(message, spend.retryAfterSeconds, limit));
}

export function useRateLimit(limiter: RateLimiter): Plugin<{ rateLimit?: RateBudget }> {
  // With both limits off there is nothing to spend or tell: no hooks at all.
  if (!limiter.limits("key") && !limiter.limits("anonymous")) return {};
  const { trustedProxies } = limiter.config;
  const meters = new WeakMap<Request, Meter>();
  let endpoint = "/graphql";

  const meter = async (
    args: OperationArgs,
    stop: (result: { errors: GraphQLError[] }) => void,
    extendContext: (extension: { rateLimit: RateBudget }) => void,
  ) => {
    const context = args.contextValue as MeteredContext;
    const http = context.request ? meters.get(context.request) : undefined;
    const upgrade = context.extra?.request;
    // Documents the server runs for itself (the pages') arrive neither way and are not metered.
    if (!http && !upgrade) return;
    let client: RateClient;
    if (http) {
      client = context.viewer && http.key ? { scope: "key", id: http.key } : anonymous(http.address);
    } else {
      const key = presentedApiKey({
        connectionParams: context.connectionParams,
        operationExtensions: context.params?.extensions,
      });
      client =
        context.viewer && key
          ? { scope: "key", id: hashApiKey(key) }
          : anonymous(
              clientAddress(
                upgrade?.socket.remoteAddress,
                header(upgrade?.headers["x-forwarded-for"]),
                trustedProxies,
              ),
            );
    }
    const cost = operationCost(args.schema, args.document, args.variableValues, args.operationName);
    const points = limiter.pointsFor(cost);
    const spend = await limiter.spend(client, points, http ? "http" : "ws");
    if (http) {
      http.spent = true;
      http.budget = spend?.budget ?? null;
    }
    if (!spend) return;
    if (spend.allowed) extendContext({ rateLimit: spend.budget });
    else stop({ errors: [refusal(spend, client.scope, points)] });
  };

  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, url, serverContext }) {
      if (url.pathname !== endpoint) return;
      const presented = presentedApiKey({ request });
      const socket = (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket;
      meters.set(request, {
        key: presented ? hashApiKey(presented) : undefined,
        address: clientAddress(socket?.remoteAddress, request.headers.get("x-forwarded-for"), trustedProxies),
        spent: false,
        budget: null,
      });
    },
    onExecute({ args, setResultAndStopExecution, extendContext }) {
      return meter(args as OperationArgs, setResultAndStopExecution, extendContext);
    },
    onSubscribe({ args, setResultAndStopExecution, extendContext }) {
      return meter(args as OperationArgs, setResultAndStopExecution, extendContext);
    },
    async onResponse({ request, response }) {
      const http = meters.get(request);
      if (!http) return;
      meters.delete(request);
      let budget = http.budget;
      if (!http.spent) {
        // Nothing ran: the request was malformed, too costly, or its key was refused (that one counts
        // against its address: an unknown key is no key).
        const client: RateClient =
          http.key && response.status !== 401 ? { scope: "key", id: http.key } : anonymous(http.address);
        budget = (await limiter.spend(client, 1, "http"))?.budget ?? null;
      }
      if (!budget) return;
      response.headers.set("RateLimit-Limit", String(budget.limit));
      response.headers.set("RateLimit-Remaining", String(budget.remaining));
      response.headers.set("RateLimit-Reset", String(secondsUntil(budget.resetAt)));
    },
  };
}

function anonymous(address: string): RateClient {
  return { scope: "anonymous", id: address };
}
