// One access line per HTTP request, and per SSE or WebSocket operation at its start and at its end:
// operationName, operation type, durationMs, status, error codes, the viewer's key prefix (never the key),
// the client's address and a request id (a client's `x-request-id` is kept, else one is made; either way it
// is echoed in the response). Errors a client causes are data here, not stack traces. The error codes seen
// here are those clients receive, so the errors metric is counted here too.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { type DocumentNode, type ExecutionArgs, type GraphQLError, getOperationAST } from "graphql";
import type { ServerOptions } from "graphql-ws";
import { isAsyncIterable, mapAsyncIterator, type Plugin } from "graphql-yoga";
import { apiKeyFromHeaders, apiKeyFromOperationHeaders, keyPrefixOf } from "../auth/api-keys.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Probes and scrapes: logged at debug, so they do not drown the requests. */
const QUIET_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

interface Operation {
  operationName?: string | null;
  operationType?: string;
  keyPrefix?: string;
}

interface HttpRecord extends Operation {
  start: number;
  requestId: string;
  client?: string;
  codes: string[];
  stream: boolean;
}

/** The request id a client sent (when it is a sane token), or a new one. */
export function requestIdOf(headers: { get(name: string): string | null }): string {
  const sent = headers.get("x-request-id");
  return sent && REQUEST_ID.test(sent) ? sent : randomUUID();
}

function codesOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? "UNKNOWN"));
}

function describe(args: Pick<ExecutionArgs, "document" | "operationName" | "contextValue">): Operation {
  const operation = getOperationAST(args.document as DocumentNode, args.operationName);
  const context = args.contextValue as { viewer?: { keyPrefix?: string } | null } | undefined;
  return {
    operationName: args.operationName ?? operation?.name?.value ?? null,
    operationType: operation?.operation,
    keyPrefix: context?.viewer?.keyPrefix,
  };
}

function isErrorList(result: unknown): result is readonly GraphQLError[] {
  return Array.isArray(result);
}

function elapsed(start: number): number {
  return Math.round((performance.now() - start) * 10) / 10;
}

function socketAddress(request: IncomingMessage | undefined): string | undefined {
  return request?.socket?.remoteAddress ?? undefined;
}

function countErrors(metrics: Metrics | undefined, codes: string[], operationType: string | undefined): void {
  for (const code of codes) metrics?.errors.inc({ code, operation_type: operationType ?? "none" });
}

/** HTTP and SSE: a yoga plugin (first in the list, so its clock starts before the others run). */
export function useAccessLog(logger: Logger, metrics?: Metrics): Plugin {
  const log = logger.child({ component: "access" });
  const records = new WeakMap<Request, HttpRecord>();
  const recordOf = (request: Request, serverContext?: unknown): HttpRecord => {
    let record = records.get(request);
    if (!record) {
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      record = {
        start: performance.now(),
        requestId: requestIdOf(request.headers),
        client: socketAddress(req),
        codes: [],
        stream: false,
      };
      records.set(request, record);
    }
    return record;
  };
  const note = (args: ExecutionArgs) => {
    const request = (args.contextValue as { request?: Request }).request;
    if (request) Object.assign(recordOf(request), describe(args));
  };
  return {
    onRequest({ request, serverContext }) {
      recordOf(request, serverContext);
    },
    onParams({ request, params }) {
      recordOf(request).operationName = params.operationName ?? null;
    },
    onExecute({ args }) {
      note(args);
    },
    onSubscribe({ args }) {
      note(args);
    },
    onResultProcess({ request, result, setResult }) {
      const record = recordOf(request);
      if (!isAsyncIterable(result)) {
        record.codes = (Array.isArray(result) ? result : [result]).flatMap((r) => codesOf(r.errors));
        countErrors(metrics, record.codes, record.operationType);
        return;
      }
      record.stream = true;
      let events = 0;
      const codes: string[] = [];
      let ended = false;
      const end = (how: string) => {
        if (ended) return;
        ended = true;
        const fields = line(request, record, 200);
        log.info({ ...fields, transport: "sse", end: how, events, errors: codes }, "subscription ended");
      };
      setResult(
        mapAsyncIterator(
          result,
          (value) => {
            events++;
            const now = codesOf(value.errors);
            codes.push(...now);
            countErrors(metrics, now, record.operationType);
            return value;
          },
          (error: unknown) => {
            end("error");
            throw error;
          },
          () => end("complete"),
        ),
      );
    },
    onResponse({ request, response, serverContext }) {
      const record = recordOf(request, serverContext);
      response.headers.set("x-request-id", record.requestId);
      const fields = line(request, record, response.status);
      if (record.stream) log.info({ ...fields, transport: "sse" }, "subscription started");
      else if (QUIET_PATHS.has(new URL(request.url).pathname)) log.debug(fields, "request");
      else log.info(fields, "request");
    },
  };
}

function line(request: Request, record: HttpRecord, status: number) {
  // A refused key has no viewer: name the prefix that was sent, so the operator can tell which key it was.
  const sent =
    record.keyPrefix === undefined && status === 401 ? apiKeyFromHeaders(request.headers) : undefined;
  return {
    requestId: record.requestId,
    method: request.method,
    path: new URL(request.url).pathname,
    status,
    durationMs: elapsed(record.start),
    operationName: record.operationName ?? undefined,
    operationType: record.operationType,
    errors: record.codes.length ? record.codes : undefined,
    keyPrefix: record.keyPrefix ?? (sent ? keyPrefixOf(sent) : undefined),
    client: record.client,
  };
}

type WsOptions<E> = ServerOptions<Record<string, unknown> | undefined, E>;
interface WsRecord extends Operation {
  start: number;
  codes: string[];
  events: number;
}

/**
 * WebSocket (graphql-ws): wraps the server's hooks so each operation logs a line when it starts and when it
 * ends (completed, failed, or its socket closed). A refused key is a warning that names its prefix.
 */
export function withWsAccessLog<E extends { request: IncomingMessage }>(
  logger: Logger,
  metrics: Metrics | undefined,
  options: WsOptions<E>,
): WsOptions<E> {
  const log = logger.child({ component: "access" });
  const connections = new WeakMap<object, { requestId: string; client?: string }>();
  const operations = new WeakMap<object, Map<string, WsRecord>>();
  const connectionOf = (ctx: { extra: { request: IncomingMessage } }) => {
    let connection = connections.get(ctx);
    if (!connection) {
      const { request } = ctx.extra;
      const sent = request.headers["x-request-id"];
      connection = {
        requestId: typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID(),
        client: socketAddress(request),
      };
      connections.set(ctx, connection);
    }
    return connection;
  };
  const fields = (ctx: { extra: { request: IncomingMessage } }, id: string, record: WsRecord) => ({
    ...connectionOf(ctx),
    transport: "ws",
    operationId: id,
    operationName: record.operationName ?? undefined,
    operationType: record.operationType,
    keyPrefix: record.keyPrefix,
  });
  const finish = (ctx: { extra: { request: IncomingMessage } }, id: string, status: string) => {
    const record = operations.get(ctx)?.get(id);
    if (!record) return;
    operations.get(ctx)?.delete(id);
    const errors = record.codes.length ? record.codes : undefined;
    const line = {
      ...fields(ctx, id, record),
      status,
      durationMs: elapsed(record.start),
      events: record.events,
    };
    log.info({ ...line, errors }, "operation ended");
  };
  return {
    ...options,
    async onSubscribe(ctx, id, payload) {
      const start = performance.now();
      const result = await options.onSubscribe?.(ctx, id, payload);
      const record: WsRecord = { start, codes: [], events: 0, operationName: payload.operationName };
      const byId = operations.get(ctx) ?? new Map<string, WsRecord>();
      operations.set(ctx, byId);
      byId.set(id, record);
      if (isErrorList(result)) {
        record.codes = codesOf(result);
        countErrors(metrics, record.codes, undefined);
        if (record.codes.includes("UNAUTHENTICATED")) {
          const param = ctx.connectionParams?.apiKey;
          const sent = typeof param === "string" ? param : apiKeyFromOperationHeaders(payload.extensions);
          const keyPrefix = sent ? keyPrefixOf(sent) : undefined;
          log.warn(
            { ...fields(ctx, id, record), keyPrefix },
            "websocket: invalid or revoked API key refused",
          );
        }
      } else if (result) Object.assign(record, describe(result));
      log.info(fields(ctx, id, record), "operation started");
      return result;
    },
    async onNext(ctx, id, payload, args, result) {
      const record = operations.get(ctx)?.get(id);
      if (record) {
        record.events++;
        const now = codesOf(result.errors);
        record.codes.push(...now);
        countErrors(metrics, now, record.operationType);
      }
      return options.onNext?.(ctx, id, payload, args, result);
    },
    async onError(ctx, id, payload, errors) {
      const record = operations.get(ctx)?.get(id);
      if (record) {
        const now = codesOf(errors);
        record.codes.push(...now);
        countErrors(metrics, now, record.operationType);
      }
      const replaced = await options.onError?.(ctx, id, payload, errors);
      finish(ctx, id, "error");
      return replaced;
    },
    async onComplete(ctx, id, payload) {
      await options.onComplete?.(ctx, id, payload);
      finish(ctx, id, "complete");
    },
  };
}
