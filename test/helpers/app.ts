// startTestApp(): a real app on its own fresh database — in-memory PGlite, or a new database on the
// PostgreSQL server of TEST_DATABASE_URL when the test project is "postgres" — plus typed helpers.
import { randomBytes } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import pg from "pg";
import { type App, buildApp } from "../../src/app.js";
import { createApiKey } from "../../src/auth/api-keys.js";
import {
  type Config,
  defaultLimits,
  type EnrichmentConfig,
  type Limits,
  noRateLimit,
  type RateLimitConfig,
} from "../../src/config.js";

export const backend = process.env.TEST_BACKEND === "postgres" ? "postgres" : "pglite";

/**
 * Creates a throwaway database on a PostgreSQL server (by default the test server of TEST_DATABASE_URL);
 * returns its URL and a function to drop it.
 */
export async function freshPostgresDatabase(
  adminUrl = process.env.TEST_DATABASE_URL,
): Promise<{ url: string; drop(): Promise<void> }> {
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `iocgraph_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestUser {
  id: string;
  name: string;
  apiKey: string;
}

export interface TestApp {
  app: App;
  config: Config;
  /** Runs a typed operation over HTTP (yoga.fetch), as `apiKey` or anonymously. */
  execute<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    options?: { apiKey?: string; headers?: Record<string, string> },
  ): Promise<ExecutionResult<R>>;
  /** Like execute, but fails the test on any GraphQL error and returns the data. */
  run<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: { apiKey?: string }): Promise<R>;
  /** A new user with an API key. */
  createUser(prefix?: string): Promise<TestUser>;
  /** The SQL statements Prisma sent while `fn` ran. */
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  stop(): Promise<void>;
}

export async function startTestApp(
  options: {
    limits?: Partial<Limits>;
    /**
     * Off unless given: a test file sends far more than a minute's budget from one address (test/rate-limit
     * tests the limits; the server's defaults are those of loadConfig).
     */
    rateLimit?: Partial<RateLimitConfig>;
    redisUrl?: string;
    enrichment?: EnrichmentConfig;
    publicUrl?: string;
    warninglistDir?: string;
    /** The hub's unprompted poll of the change log; 0 turns it off (statement counts then exclude it). */
    livePollIntervalMs?: number;
    /** Operations settings (introspection, field suggestions, the metrics token). */
    settings?: Pick<Config, "introspection" | "fieldSuggestions" | "metricsToken" | "responseCacheTtlMs">;
  } = {},
): Promise<TestApp> {
  const database = backend === "postgres" ? await freshPostgresDatabase() : undefined;
  const config: Config = {
    port: 0,
    host: "127.0.0.1",
    databaseUrl: database?.url ?? "memory://",
    dataDir: "",
    redisUrl: options.redisUrl,
    logLevel: "silent",
    limits: { ...defaultLimits, ...options.limits },
    rateLimit: { ...noRateLimit, ...options.rateLimit },
    enrichment: options.enrichment,
    publicUrl: options.publicUrl,
    warninglistDir: options.warninglistDir,
    livePollIntervalMs: options.livePollIntervalMs,
    ...options.settings,
  };
  const app = await buildApp(config);

  const execute: TestApp["execute"] = async (document, variables, opts = {}) => {
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    if (opts.apiKey) headers["x-apikey"] = opts.apiKey;
    const response = await app.yoga.fetch("http://iocgraph.test/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as ExecutionResult<never>;
  };

  return {
    app,
    config,
    execute,
    async run(document, variables, opts) {
      const result = await execute(document, variables, opts);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    async createUser(prefix = "user") {
      const name = `${prefix}-${randomBytes(4).toString("hex")}`;
      const user = await app.database.prisma.user.create({ data: { name } });
      const { secret } = await createApiKey(app.database.prisma, user.id);
      return { id: user.id, name, apiKey: secret };
    },
    async countStatements(fn) {
      const statements: string[] = [];
      const off = app.database.onQuery((sql) => statements.push(sql));
      try {
        return { result: await fn(), statements };
      } finally {
        off();
      }
    },
    async stop() {
      await app.stop();
      await database?.drop();
    },
  };
}
