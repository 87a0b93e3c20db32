// Redis connections as every part of the app opens them: named per process and role (so `CLIENT LIST` tells
// which instance holds which connection), and an outage logged once, with its recovery.
import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "./ops/logger.js";

/**
 * A connection to `url` for `role` (publish, subscribe, ratelimit…). `whileDown` says in the log what the
 * app does while Redis cannot be reached.
 */
export function connectRedis(
  url: string,
  role: string,
  whileDown: string,
  log: Logger,
  options: RedisOptions = {},
): Redis {
  const client = new Redis(url, { ...options, connectionName: `iocgraph-${process.pid}-${role}` });
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log.warn({ redis: url, role, error: error.message }, `redis unavailable (${whileDown})`);
  });
  client.on("ready", () => {
    if (down) log.info({ redis: url, role }, "redis available again");
    down = false;
  });
  return client;
}

/**
 * Options for a connection whose commands must never wait on Redis: while it is down they fail at once
 * (no offline queue, no retries) and the caller falls back.
 */
export const failFast: RedisOptions = { enableOfflineQueue: false, maxRetriesPerRequest: 0 };
