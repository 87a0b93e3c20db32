// Rate limits shared by every instance: points per API key and per client address, per minute. With
// REDIS_URL the counters live in Redis (rate-limiter-flexible's RateLimiterRedis: one atomic script per
// spend), so N instances behind a load balancer grant one budget, not N; without it, in this process. While
// Redis cannot be reached each instance counts alone (an in-memory insurance limiter): an outage neither stops
// the API nor lifts the limits.
import type { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { RateLimitConfig } from "../config.js";
import { type Logger, silentLogger } from "../ops/logger.js";
import { connectRedis, failFast } from "../redis.js";

/** The window every limit is counted over: a minute from the first request of the window. */
const WINDOW_SECONDS = 60;

/** API keys (`key`) and keyless clients by address (`anonymous`) have separate limits. */
export type RateScope = "key" | "anonymous";

/** Whose budget a request spends: an API key (by its hash, never the secret) or a client address. */
export interface RateClient {
  scope: RateScope;
  id: string;
}

/** A client's budget after a request. */
export interface RateBudget {
  /** Points per minute. */
  limit: number;
  /** Points left until `resetAt`. */
  remaining: number;
  /** When the window ends and the budget is whole again. */
  resetAt: Date;
  /** Points this request spent: 0 when it was refused. */
  cost: number;
}

export type Spend =
  | { allowed: true; budget: RateBudget }
  /** Refused: nothing was spent. `neverFits`: the request alone costs more than a whole minute's budget. */
  | { allowed: false; budget: RateBudget; retryAfterSeconds: number; neverFits: boolean };

/** What a refusal tells a listener (the metrics' rejection counter). */
export interface RateLimitRejection {
  scope: RateScope;
  transport: "http" | "ws";
  /** Points the refused request would have spent. */
  points: number;
}

export interface RateLimiterOptions {
  /** REDIS_URL: share the counters through Redis. */
  redisUrl?: string;
  /** Where an unreachable store is reported (the request is let through). */
  log?: Logger;
  /** Called once per refused request. */
  onReject?: (rejection: RateLimitRejection) => void;
}

function budgetOf(limit: number, res: RateLimiterRes | null, cost: number): RateBudget {
  const msLeft = res && res.msBeforeNext > 0 ? res.msBeforeNext : WINDOW_SECONDS * 1000;
  return {
    limit,
    remaining: res ? Math.max(limit - res.consumedPoints, 0) : limit,
    resetAt: new Date(Date.now() + msLeft),
    cost,
  };
}

/** Whole seconds until `date`, at least 1 (what Retry-After and RateLimit-Reset say). */
export function secondsUntil(date: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));
}

export class RateLimiter {
  private readonly limiters: Partial<Record<RateScope, RateLimiterAbstract>> = {};
  private readonly redis: Redis | undefined;
  private readonly onReject: RateLimiterOptions["onReject"];
  private readonly log: Logger;

  constructor(
    readonly config: RateLimitConfig,
    options: RateLimiterOptions = {},
  ) {
    this.onReject = options.onReject;
    this.log = options.log ?? silentLogger();
    const limits: Record<RateScope, number> = {
      key: config.perKeyPerMinute,
      anonymous: config.anonymousPerMinute,
    };
    const enabled = Object.values(limits).some((points) => points > 0);
    // Its own connection: commands fail at once while Redis is down (the insurance limiter answers instead).
    this.redis =
      enabled && options.redisUrl
        ? connectRedis(
            options.redisUrl,
            "ratelimit",
            "each instance counts rate limits alone",
            this.log,
            failFast,
          )
        : undefined;
    for (const scope of ["key", "anonymous"] as const) {
      const points = limits[scope];
      if (points <= 0) continue; // 0 turns that limit off
      const keyPrefix = `iocgraph:ratelimit:${scope}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: WINDOW_SECONDS });
      this.limiters[scope] = this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix,
            points,
            duration: WINDOW_SECONDS,
            insuranceLimiter: memory,
          })
        : memory;
    }
  }

  /** Whether `scope` has a limit (0 turns it off). */
  limits(scope: RateScope): boolean {
    return this.limiters[scope] !== undefined;
  }

  /** The points a query of this cost (src/plugins/cost.ts) spends: cost per RATE_LIMIT_COST_PER_POINT, rounded up, at least 1. */
  pointsFor(cost: number): number {
    return Math.max(1, Math.ceil(cost / this.config.costPerPoint));
  }

  /**
   * Spends `points` from the client's budget, or refuses and spends nothing. Null when the client's scope has
   * no limit, or when no store answers (the request goes ahead rather than fail on the limiter).
   */
  async spend(client: RateClient, points: number, transport: "http" | "ws"): Promise<Spend | null> {
    const limiter = this.limiters[client.scope];
    if (!limiter) return null;
    const limit = limiter.points;
    try {
      if (points > limit) {
        const budget = budgetOf(limit, await limiter.get(client.id), 0);
        return this.refuse(client, points, transport, budget, true);
      }
      return { allowed: true, budget: budgetOf(limit, await limiter.consume(client.id, points), points) };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) return this.unavailable(refusal);
      // The store counted the points before refusing: give them back, so a smaller request may still fit.
      const after = await limiter.reward(client.id, points).catch(() => refusal);
      const budget = budgetOf(limit, after, 0);
      return this.refuse(client, points, transport, budget, false);
    }
  }

  private refuse(
    client: RateClient,
    points: number,
    transport: "http" | "ws",
    budget: RateBudget,
    neverFits: boolean,
  ): Spend {
    this.onReject?.({ scope: client.scope, transport, points });
    return { allowed: false, budget, retryAfterSeconds: secondsUntil(budget.resetAt), neverFits };
  }

  private unavailable(error: unknown): null {
    this.log.warn({ error: String(error) }, "rate limiter unavailable, request let through");
    return null;
  }

  /** Closes the Redis connection; counters kept in this process are dropped with it. */
  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
