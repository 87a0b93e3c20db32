// GET /metrics (Prometheus text format; METRICS_TOKEN set → `Authorization: Bearer TOKEN` required), HTTP
// request durations, and per-operation timing, open subscriptions and events delivered. The envelop hooks
// run for HTTP, SSE and WebSocket alike (graphql-ws goes through yoga.getEnveloped).
import { timingSafeEqual } from "node:crypto";
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  type OperationDefinitionNode,
} from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Metrics } from "../ops/metrics.js";

function routeOf(path: string): string {
  if (path === "/graphql") return "graphql";
  if (path === "/healthz" || path === "/readyz") return "health";
  if (path === "/metrics") return "metrics";
  if (/^\/collections\/[^/]+\/export\//.test(path)) return "export";
  if (path === "/" || /^\/(collections|iocs)\//.test(path)) return "pages";
  return "other";
}

function authorized(request: Request, token: string | undefined): boolean {
  if (!token) return true;
  const sent = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

interface Described {
  name: string;
  type: string;
  /** The subscription's (first) root field. */
  field: string;
  transport: string;
}

function describe(args: ExecutionArgs): Described {
  const operation: OperationDefinitionNode | null | undefined = getOperationAST(
    args.document as DocumentNode,
    args.operationName,
  );
  const first = operation?.selectionSet.selections[0];
  const http = Boolean((args.contextValue as { request?: Request }).request);
  const type = operation?.operation ?? "unknown";
  return {
    name: args.operationName ?? operation?.name?.value ?? "anonymous",
    type,
    field: first?.kind === "Field" ? first.name.value : "unknown",
    transport: type === "subscription" ? (http ? "sse" : "ws") : http ? "http" : "ws",
  };
}

export function useMetrics(metrics: Metrics, token: string | undefined): Plugin {
  const started = new WeakMap<Request, number>();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      started.set(request, performance.now());
      if (url.pathname !== "/metrics") return;
      if (!authorized(request, token)) {
        endResponse(
          new fetchAPI.Response("Bearer token required", {
            status: 401,
            headers: { "www-authenticate": 'Bearer realm="metrics"' },
          }),
        );
        return;
      }
      const body = await metrics.registry.metrics();
      endResponse(new fetchAPI.Response(body, { headers: { "content-type": metrics.registry.contentType } }));
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (start === undefined) return;
      metrics.httpDuration.observe(
        {
          route: routeOf(new URL(request.url).pathname),
          method: request.method,
          status: String(response.status),
        },
        (performance.now() - start) / 1000,
      );
    },
    onExecute({ args }) {
      const start = performance.now();
      const { name, type, transport } = describe(args);
      return {
        onExecuteDone() {
          metrics.operationDuration.observe(
            { operation_name: name, operation_type: type, transport },
            (performance.now() - start) / 1000,
          );
        },
      };
    },
    onSubscribe({ args }) {
      const start = performance.now();
      const { name, type, field, transport } = describe(args);
      return {
        onSubscribeResult({ result }) {
          metrics.operationDuration.observe(
            { operation_name: name, operation_type: type, transport },
            (performance.now() - start) / 1000,
          );
          if (!isAsyncIterable(result)) return;
          metrics.subscriptionsOpen.inc({ field, transport });
          return {
            onNext() {
              metrics.eventsDelivered.inc({ field });
            },
            onEnd() {
              metrics.subscriptionsOpen.dec({ field, transport });
            },
          };
        },
      };
    },
  };
}
