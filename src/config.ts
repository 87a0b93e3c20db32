// Configuration comes from the environment only, read and validated once (DESIGN §3).

export interface Limits {
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
}

export interface Config {
  port: number;
  host: string;
  /** `memory://`, a `postgres://…` URL, or undefined for the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  limits: Limits;
}

export const defaultLimits: Limits = {
  maxRawTextBytes: 10 * 1024 * 1024,
  maxIocsPerCall: 100_000,
  maxPageSize: 1000,
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 30,
  maxTokens: 5000,
};

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

const logLevels = ["debug", "info", "warn", "error", "silent"] as const;

export function loadConfig(env: Env = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && databaseUrl !== "memory://" && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must be memory:// or a postgres:// URL, got "${databaseUrl}"`);
  }
  const logLevel = (env.LOG_LEVEL || "info") as Config["logLevel"];
  if (!logLevels.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(", ")}`);
  return {
    port: integer(env, "PORT", 4000),
    host: env.HOST || "0.0.0.0",
    databaseUrl,
    dataDir: env.DATA_DIR || "./data",
    redisUrl: env.REDIS_URL || undefined,
    logLevel,
    limits: {
      maxRawTextBytes: integer(env, "MAX_RAW_TEXT_BYTES", defaultLimits.maxRawTextBytes, 1),
      maxIocsPerCall: integer(env, "MAX_IOCS_PER_CALL", defaultLimits.maxIocsPerCall, 1),
      maxPageSize: integer(env, "MAX_PAGE_SIZE", defaultLimits.maxPageSize, 1),
      maxDepth: integer(env, "MAX_QUERY_DEPTH", defaultLimits.maxDepth, 1),
      maxCost: integer(env, "MAX_QUERY_COST", defaultLimits.maxCost, 1),
      maxAliases: integer(env, "MAX_QUERY_ALIASES", defaultLimits.maxAliases, 1),
      maxTokens: integer(env, "MAX_QUERY_TOKENS", defaultLimits.maxTokens, 1),
    },
  };
}
