// What a client is told of an error. Expected failures (DomainError) keep their message and say which kind
// they are; a spent rate limit is a 429 with Retry-After; a database that cannot be reached is a 503 the
// client may retry, not a bug; text the database cannot store is the client's input; everything else is
// masked (yoga's maskError) as an internal error.
import { GraphQLError } from "graphql";
import { maskError } from "graphql-yoga";
import { DomainError, RateLimitedError } from "./errors.js";

// PostgreSQL SQLSTATEs and socket errors meaning "no database right now": connection failures (08…), the
// server shutting down or starting (57P01–57P03), too many connections, and Prisma's "cannot reach" codes.
const UNAVAILABLE =
  /^(08\d{3}|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|P1001|P1002|P1017|P2024)$/;
// 55000 is a generic SQLSTATE; it means "no database right now" only with this message (ALLOW_CONNECTIONS
// false, maintenance): what a new connection meets once the old ones were terminated.
const REFUSING_CONNECTIONS = /is not currently accepting connections/;
// Text PostgreSQL cannot store: a NUL character, or bytes that are not valid UTF-8 (a lone surrogate).
const UNSTORABLE_TEXT = /^(22021|22P05)$/;

/** The codes and kinds along an error's chain of causes (driver adapter errors nest the database's). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, kind, originalCode } = current as {
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
    };
    for (const value of [code, kind, originalCode]) if (typeof value === "string") codes.push(value);
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed") codes.push("ECONNREFUSED");
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError ??
      // A failed raw query (P2010) holds the driver adapter's error, with the database's code, in its meta.
      (current as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  }
  return codes;
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

function located(error: unknown, message: string, extensions: Record<string, unknown>): GraphQLError {
  const at = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(message, { nodes: at?.nodes, path: at?.path, extensions });
}

/**
 * A spent rate limit: 429 with Retry-After, as HTTP clients and proxies understand it, and the same code
 * over WebSocket and SSE. The rate-limit plugin refuses with it before anything runs.
 */
export function rateLimited(original: RateLimitedError, at?: unknown): GraphQLError {
  return located(at, original.message, {
    code: "RATE_LIMITED",
    limit: original.limit,
    retryAfter: original.retryAfterSeconds,
    http: { status: 429, headers: { "Retry-After": String(original.retryAfterSeconds) } },
  });
}

// Codes of errors a client causes by what it sends (or by sending too much): logged without a stack.
const CLIENT_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "RATE_LIMITED",
  "PAGE_TOO_LARGE",
  "QUERY_TOO_COSTLY",
  "RESUME_REQUIRED",
  "ValidationError",
]);

/**
 * The code of an error the client caused (a DomainError: validation, not found, forbidden, no key, a limit;
 * or a GraphQL error with a client code such as UNAUTHENTICATED or RATE_LIMITED), or null for an unexpected
 * one. Logs use it to tell the two apart.
 */
export function expectedErrorCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current instanceof DomainError) return current.name;
    if (current instanceof GraphQLError) {
      const code = current.extensions.code;
      if (typeof code === "string" && CLIENT_CODES.has(code)) return code;
      current = current.originalError;
    } else current = (current as { cause?: unknown }).cause;
  }
  return null;
}

export function maskErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof RateLimitedError) return rateLimited(original, error);
  if (original instanceof DomainError) return located(error, original.message, { code: original.name });
  const codes = codesOf(original);
  const refusing = codes.includes("55000") && REFUSING_CONNECTIONS.test(String((original as Error)?.message));
  if (refusing || codes.some((code) => UNAVAILABLE.test(code))) {
    return located(error, "The database is unavailable; try again shortly.", {
      code: "SERVICE_UNAVAILABLE",
      http: { status: 503, headers: { "Retry-After": "5" } },
    });
  }
  if (codes.some((code) => UNSTORABLE_TEXT.test(code))) {
    return located(
      error,
      "The input holds text that cannot be stored (a NUL character or an unpaired surrogate).",
      {
        code: "BAD_USER_INPUT",
        http: { status: 400 },
      },
    );
  }
  return withCode(maskError(error, message, isDev));
}
