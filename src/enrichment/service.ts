// The enrichment pipeline of one process, as the app starts and stops it: which provider stores results,
// whether new IoCs are queued, and the worker (when this process runs one).
import { mayReachProvider } from "../access/tlp.js";
import { defaultEnrichment, type EnrichmentConfig } from "../config.js";
import type { Db } from "../db.js";
import type { IocHoldHook } from "../iocs/hooks.js";
import type { Sql } from "../iocs/store.js";
import type { Logger } from "../ops/logger.js";
import type { PubSub } from "../pubsub.js";
import { counts, enqueue, type QueueCounts } from "./queue.js";
import { Quota, type QuotaState } from "./quota.js";
import { VirusTotalClient } from "./virustotal.js";
import { EnrichmentWorker, type Log } from "./worker.js";

/** Rows written by `iocgraph enrich import` carry this provider name. */
export const OFFLINE = "offline";
export const VIRUSTOTAL = "virustotal";

export interface ProviderStatus {
  name: string;
  queue: QueueCounts;
  quota: QuotaState | null;
}

export interface Enrichment {
  config: EnrichmentConfig;
  /** The provider that looks IoCs up (null: none, or offline data only). */
  provider: string | null;
  worker: EnrichmentWorker | null;
  /** Queues lookups (new ones only; queued IoCs keep their place). Returns how many were queued. */
  enqueue(db: Sql, iocIds: readonly string[]): Promise<number>;
  status(db: Db): Promise<ProviderStatus | null>;
  stop(): Promise<void>;
}

/** The worker's log function over the process logger. */
export function workerLog(logger: Logger): Log {
  const log = logger.child({ component: "enrichment" });
  return (at, message) => log[at](message);
}

export function startEnrichment(
  config: EnrichmentConfig | undefined,
  services: {
    db: Db;
    pubsub: PubSub;
    log: Logger;
    /** Told of each failed lookup (metrics). */
    onProviderError?: (provider: string, kind: string, status: number | undefined) => void;
  },
): Enrichment {
  const settings = config ?? defaultEnrichment;
  if (settings.provider !== "virustotal" || !settings.vtApiKey) {
    return {
      config: settings,
      provider: null,
      worker: null,
      enqueue: async () => 0,
      status: async () => null,
      stop: async () => {},
    };
  }
  const { db, pubsub } = services;
  const log = workerLog(services.log);
  const quota = new Quota(db, {
    provider: VIRUSTOTAL,
    perWindow: settings.ratePerWindow,
    windowMs: settings.rateWindowMs,
    daily: settings.dailyQuota,
    apiKey: settings.vtApiKey,
  });
  const client = new VirusTotalClient({
    apiUrl: settings.vtApiUrl,
    apiKey: settings.vtApiKey,
    timeoutMs: settings.requestTimeoutMs,
  });
  const worker = settings.worker
    ? new EnrichmentWorker({
        db,
        pubsub,
        client,
        quota,
        config: settings,
        log,
        provider: VIRUSTOTAL,
        onError: (kind, status) => services.onProviderError?.(VIRUSTOTAL, kind, status),
      })
    : null;
  worker?.start();
  return {
    config: settings,
    provider: VIRUSTOTAL,
    worker,
    enqueue: (target, iocIds) => enqueue(target, VIRUSTOTAL, iocIds),
    async status(target) {
      return {
        name: VIRUSTOTAL,
        queue: await counts(target, VIRUSTOTAL, settings.leaseMs),
        quota: await quota.state(),
      };
    },
    async stop() {
      await worker?.stop();
    },
  };
}

/**
 * The hook that queues IoCs for their first lookup when a collection whose TLP allows it comes to hold them
 * (new IoCs, and known ones that only AMBER_STRICT or RED collections held so far); null when nothing looks
 * IoCs up. A collection that keeps its IoCs from the provider queues nothing.
 */
export function enqueueHook(enrichment: Enrichment): IocHoldHook | null {
  const provider = enrichment.provider;
  if (!provider) return null;
  return async (tx, holder, iocIds) => {
    if (mayReachProvider(holder.tlp)) await enqueue(tx, provider, iocIds, { firstLookup: true });
  };
}
