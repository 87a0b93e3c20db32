// Configuration comes from the environment only, read and validated once (DESIGN §3).
import { statSync } from "node:fs";

export interface Limits {
  /** Bytes of one request's body (MAX_REQUEST_BYTES). */
  maxRequestBytes: number;
  /** Bytes of `rawText` accepted by one call. */
  maxRawTextBytes: number;
  /** IoCs (typed plus extracted) accepted by one call. */
  maxIocsPerCall: number;
  /** The largest `first` any connection accepts. */
  maxPageSize: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  /** IoCs held by more collections than this do not make collections related (over-correlation cap). */
  maxCorrelatingCollections: number;
  /** LIVE_MAX_BACKLOG: live events a subscriber may fall behind by before it is told to resume from its cursor. */
  maxSubscriberBacklog: number;
  /** MAX_WATCHED_IOCS: IoCs one `iocsSighted` subscription or one user's watchlist may follow. */
  maxWatchedIocs: number;
}

/** Rate limits (src/ratelimit/), shared by every instance through Redis when REDIS_URL is set. */
export interface RateLimitConfig {
  /** RATE_LIMIT_PER_MINUTE: points one API key may spend per minute; 0 turns the limit off. */
  perKeyPerMinute: number;
  /** RATE_LIMIT_ANONYMOUS_PER_MINUTE: points one client address may spend per minute without a key; 0: off. */
  anonymousPerMinute: number;
  /** RATE_LIMIT_COST_PER_POINT: how much query cost (src/plugins/cost.ts) one point pays for. */
  costPerPoint: number;
  /**
   * TRUST_PROXY: how many proxies in front of the server append to X-Forwarded-For. 0 (off): the client
   * address is the connection's; N: the address the N-th proxy from this server saw (`on` means 1).
   */
  trustedProxies: number;
}

export const defaultRateLimit: RateLimitConfig = {
  perKeyPerMinute: 600,
  anonymousPerMinute: 120,
  costPerPoint: 100,
  trustedProxies: 0,
};

/** No rate limits (benchmarks, and tests that do not test them). */
export const noRateLimit: RateLimitConfig = {
  ...defaultRateLimit,
  perKeyPerMinute: 0,
  anonymousPerMinute: 0,
};

export interface Config {
  port: number;
  host: string;
  /** `memory://`, a `postgres://…` URL, or undefined for the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /**
   * PUBLIC_URL: the absolute URL clients reach this server at (behind a proxy, say), for permalinks and export
   * links; unset, each request's own origin is used.
   */
  publicUrl?: string;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** LOG_FORMAT: json or pretty; unset, pretty on a terminal and JSON otherwise. */
  logFormat?: "json" | "pretty";
  /** SHUTDOWN_TIMEOUT_SECONDS (default 10), in ms: the longest a SIGTERM/SIGINT stop may take before exit. */
  shutdownTimeoutMs?: number;
  /** PROGRESS_INTERVAL_MS (default 2000): how often long CLI work writes a JSON progress line (0: each step). */
  progressIntervalMs?: number;
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer TOKEN`. */
  metricsToken?: string;
  /** RESPONSE_CACHE_TTL_MS (default 0: off): how long anonymous query results are served from the cache. */
  responseCacheTtlMs?: number;
  /** GRAPHQL_INTROSPECTION (default on): whether clients may introspect the schema (GraphiQL needs it). */
  introspection?: boolean;
  /** GRAPHQL_FIELD_SUGGESTIONS (default: as introspection): "Did you mean …?" hints in validation errors. */
  fieldSuggestions?: boolean;
  limits: Limits;
  /** Absent: the defaults (defaultRateLimit). */
  rateLimit?: RateLimitConfig;
  /**
   * LIVE_POLL_MS (default 1000): how often an instance with live subscribers also reads the change log
   * without being told to, so events lost by pubsub (a Redis outage) still arrive. 0 turns it off.
   */
  livePollIntervalMs?: number;
  /** Enrichment (src/enrichment/); absent means no provider and no worker, as in most tests. */
  enrichment?: EnrichmentConfig;
  /**
   * WARNINGLIST_DIR: a directory of MISP-format warninglist files (`*.json`, searched recursively) checked
   * besides the built-in lists (src/warnings/); unset means the built-in lists only.
   */
  warninglistDir?: string;
}

export type EnrichmentProviderName = "virustotal" | "offline" | "none";

export interface EnrichmentConfig {
  /** ENRICHMENT_PROVIDER: virustotal (default when VT_API_KEY is set), offline (imported data only) or none. */
  provider: EnrichmentProviderName;
  /** VT_API_KEY. */
  vtApiKey: string | undefined;
  /** VT_API_URL: VirusTotal API v3 base URL. */
  vtApiUrl: string;
  /** VT_RATE_PER_MINUTE: requests per window, shared by all workers of all instances. */
  ratePerWindow: number;
  /** VT_RATE_WINDOW_SECONDS (default 60), in ms: the sliding window `ratePerWindow` applies to. */
  rateWindowMs: number;
  /** VT_DAILY_QUOTA: requests per UTC day, shared by all instances. */
  dailyQuota: number;
  /** VT_TIMEOUT_SECONDS (default 30), in ms: one HTTP request's limit. */
  requestTimeoutMs: number;
  /** VT_RELATIONSHIPS: relationships fetched after each lookup (comma-separated VT names; default none). */
  relationships: string[];
  /** VT_RELATIONSHIP_LIMIT: most related objects stored per relationship (each page costs a request). */
  relationshipLimit: number;
  /** ENRICHMENT_TTL_HOURS (default 168), in ms: results older than this are refreshed. */
  ttlMs: number;
  /** ENRICHMENT_WORKER (default on): whether this process runs a worker. */
  worker: boolean;
  /** ENRICHMENT_CONCURRENCY (default 1): jobs this process works on at once. */
  concurrency: number;
  /** ENRICHMENT_LEASE_SECONDS (default 120), in ms: a job whose worker stopped renewing it is retried after this. */
  leaseMs: number;
  /** ENRICHMENT_MAX_ATTEMPTS (default 8): failed lookups of one IoC before it is marked ERROR. */
  maxAttempts: number;
  /** ENRICHMENT_RETRY_SECONDS (default 30), in ms: first retry delay, doubled per attempt. */
  retryBaseMs: number;
  /** ENRICHMENT_POLL_MS (default 1000): how often an idle worker looks for due jobs. */
  pollMs: number;
  /** ENRICHMENT_SWEEP_MINUTES (default 10), in ms: how often stale and never-enriched IoCs are queued; 0: never. */
  sweepMs: number;
  /** ENRICHMENT_RESOLVED_IPS (default 2): IPs a domain resolves to that are looked up too (country/ASN). */
  resolvedIpLookups: number;
  /** LOADER_BATCHING (default on): off makes every DataLoader fetch one key at a time (benchmarks only). */
  loaderBatching: boolean;
}

export const defaultEnrichment: EnrichmentConfig = {
  provider: "none",
  vtApiKey: undefined,
  vtApiUrl: "https://www.virustotal.com/api/v3",
  ratePerWindow: 4,
  rateWindowMs: 60_000,
  dailyQuota: 500,
  requestTimeoutMs: 30_000,
  relationships: [],
  relationshipLimit: 40,
  ttlMs: 168 * 3_600_000,
  worker: true,
  concurrency: 1,
  leaseMs: 120_000,
  maxAttempts: 8,
  retryBaseMs: 30_000,
  pollMs: 1000,
  sweepMs: 600_000,
  resolvedIpLookups: 2,
  loaderBatching: true,
};

const providerNames: readonly EnrichmentProviderName[] = ["virustotal", "offline", "none"];

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "on", "yes"].includes(raw)) return true;
  if (["0", "false", "off", "no"].includes(raw)) return false;
  throw new ConfigError(`${name} must be on or off, got "${env[name]}"`);
}

function loadEnrichment(env: Env): EnrichmentConfig {
  const d = defaultEnrichment;
  const vtApiKey = env.VT_API_KEY || undefined;
  const provider = (env.ENRICHMENT_PROVIDER || (vtApiKey ? "virustotal" : "none")) as EnrichmentProviderName;
  if (!providerNames.includes(provider)) {
    throw new ConfigError(
      `ENRICHMENT_PROVIDER must be one of ${providerNames.join(", ")}, got "${provider}"`,
    );
  }
  if (provider === "virustotal" && !vtApiKey)
    throw new ConfigError("ENRICHMENT_PROVIDER=virustotal needs VT_API_KEY");
  const vtApiUrl = (env.VT_API_URL || d.vtApiUrl).replace(/\/+$/, "");
  if (!/^https?:\/\//.test(vtApiUrl))
    throw new ConfigError(`VT_API_URL must be an http(s) URL, got "${vtApiUrl}"`);
  const relationships = (env.VT_RELATIONSHIPS ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const bad = relationships.find((name) => !/^[a-z_]+$/.test(name));
  if (bad) throw new ConfigError(`VT_RELATIONSHIPS holds VirusTotal relationship names, got "${bad}"`);
  return {
    provider,
    vtApiKey,
    vtApiUrl,
    ratePerWindow: integer(env, "VT_RATE_PER_MINUTE", d.ratePerWindow, 1),
    rateWindowMs: integer(env, "VT_RATE_WINDOW_SECONDS", d.rateWindowMs / 1000, 1) * 1000,
    dailyQuota: integer(env, "VT_DAILY_QUOTA", d.dailyQuota, 1),
    requestTimeoutMs: integer(env, "VT_TIMEOUT_SECONDS", d.requestTimeoutMs / 1000, 1) * 1000,
    relationships,
    relationshipLimit: integer(env, "VT_RELATIONSHIP_LIMIT", d.relationshipLimit, 1),
    ttlMs: integer(env, "ENRICHMENT_TTL_HOURS", d.ttlMs / 3_600_000, 1) * 3_600_000,
    worker: flag(env, "ENRICHMENT_WORKER", d.worker),
    concurrency: integer(env, "ENRICHMENT_CONCURRENCY", d.concurrency, 1),
    leaseMs: integer(env, "ENRICHMENT_LEASE_SECONDS", d.leaseMs / 1000, 5) * 1000,
    maxAttempts: integer(env, "ENRICHMENT_MAX_ATTEMPTS", d.maxAttempts, 1),
    retryBaseMs: integer(env, "ENRICHMENT_RETRY_SECONDS", d.retryBaseMs / 1000, 1) * 1000,
    pollMs: integer(env, "ENRICHMENT_POLL_MS", d.pollMs, 10),
    sweepMs: integer(env, "ENRICHMENT_SWEEP_MINUTES", d.sweepMs / 60_000, 0) * 60_000,
    resolvedIpLookups: integer(env, "ENRICHMENT_RESOLVED_IPS", d.resolvedIpLookups, 0),
    loaderBatching: flag(env, "LOADER_BATCHING", d.loaderBatching),
  };
}

export const defaultLimits: Limits = {
  maxRequestBytes: 25_000_000,
  maxRawTextBytes: 10 * 1024 * 1024,
  maxIocsPerCall: 100_000,
  maxPageSize: 1000,
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 30,
  maxTokens: 5000,
  maxCorrelatingCollections: 50,
  maxSubscriberBacklog: 1000,
  maxWatchedIocs: 10_000,
};

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function directory(env: Env, name: string): string | undefined {
  const path = env[name];
  if (path === undefined || path === "") return undefined;
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigError(`${name} must name a directory, got "${path}"`);
  return path;
}

function trustedProxies(env: Env): number {
  const raw = env.TRUST_PROXY?.trim().toLowerCase();
  if (raw === undefined || raw === "" || ["false", "off", "no"].includes(raw)) return 0;
  if (["true", "on", "yes"].includes(raw)) return 1;
  if (!/^\d+$/.test(raw))
    throw new ConfigError(
      `TRUST_PROXY is off, on or the number of proxies in front, got "${env.TRUST_PROXY}"`,
    );
  return Number(raw);
}

const logLevels = ["debug", "info", "warn", "error", "silent"] as const;

function publicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${raw}"`);
  return url.toString().replace(/\/+$/, "");
}

export function loadConfig(env: Env = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && databaseUrl !== "memory://" && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be memory:// or a postgres:// URL, got "${databaseUrl}"`);
  }
  const logLevel = (env.LOG_LEVEL || "info") as Config["logLevel"];
  if (!logLevels.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(", ")}`);
  const logFormat = env.LOG_FORMAT || undefined;
  if (logFormat !== undefined && logFormat !== "json" && logFormat !== "pretty")
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${logFormat}"`);
  const introspection = flag(env, "GRAPHQL_INTROSPECTION", true);
  return {
    port: integer(env, "PORT", 4000),
    logFormat,
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_SECONDS", 10, 1) * 1000,
    metricsToken: env.METRICS_TOKEN || undefined,
    responseCacheTtlMs: integer(env, "RESPONSE_CACHE_TTL_MS", 0),
    progressIntervalMs: integer(env, "PROGRESS_INTERVAL_MS", 2000),
    introspection,
    fieldSuggestions: flag(env, "GRAPHQL_FIELD_SUGGESTIONS", introspection),
    host: env.HOST || "0.0.0.0",
    databaseUrl,
    dataDir: env.DATA_DIR || "./data",
    redisUrl: env.REDIS_URL || undefined,
    publicUrl: publicUrl(env.PUBLIC_URL),
    logLevel,
    livePollIntervalMs: integer(env, "LIVE_POLL_MS", 1000),
    enrichment: loadEnrichment(env),
    warninglistDir: directory(env, "WARNINGLIST_DIR"),
    rateLimit: {
      perKeyPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", defaultRateLimit.perKeyPerMinute),
      anonymousPerMinute: integer(
        env,
        "RATE_LIMIT_ANONYMOUS_PER_MINUTE",
        defaultRateLimit.anonymousPerMinute,
      ),
      costPerPoint: integer(env, "RATE_LIMIT_COST_PER_POINT", defaultRateLimit.costPerPoint, 1),
      trustedProxies: trustedProxies(env),
    },
    limits: {
      maxRequestBytes: integer(env, "MAX_REQUEST_BYTES", defaultLimits.maxRequestBytes, 1),
      maxRawTextBytes: integer(env, "MAX_RAW_TEXT_BYTES", defaultLimits.maxRawTextBytes, 1),
      maxIocsPerCall: integer(env, "MAX_IOCS_PER_CALL", defaultLimits.maxIocsPerCall, 1),
      maxPageSize: integer(env, "MAX_PAGE_SIZE", defaultLimits.maxPageSize, 1),
      maxDepth: integer(env, "MAX_QUERY_DEPTH", defaultLimits.maxDepth, 1),
      maxCost: integer(env, "MAX_QUERY_COST", defaultLimits.maxCost, 1),
      maxAliases: integer(env, "MAX_QUERY_ALIASES", defaultLimits.maxAliases, 1),
      maxTokens: integer(env, "MAX_QUERY_TOKENS", defaultLimits.maxTokens, 1),
      maxCorrelatingCollections: integer(
        env,
        "CORRELATION_MAX_COLLECTIONS",
        defaultLimits.maxCorrelatingCollections,
        1,
      ),
      maxSubscriberBacklog: integer(env, "LIVE_MAX_BACKLOG", defaultLimits.maxSubscriberBacklog, 1),
      maxWatchedIocs: integer(env, "MAX_WATCHED_IOCS", defaultLimits.maxWatchedIocs, 1),
    },
  };
}
