// The enrichment pipeline of one process, as the app starts and stops it: which provider stores results,
// whether new IoCs are queued, and the worker (when this process runs one).

import { mayReachProvider } from "../access/tlp.js";
import { type Config, defaultEnrichment, type EnrichmentConfig } from "../config.js";
import type { Db } from "../db.js";
import type { IocHoldHook } from "../iocs/hooks.js";
import type { Sql } from "../iocs/store.js";
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

export function createLog(level: Config["logLevel"]): Log {
  const order = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 } as const;
  return (at, message) => {
    if (order[at] < order[level]) return;
    const line = `${new Date().toISOString()} ${at} ${message}`;
    if (at === "error" || at === "warn") console.error(line);
    else console.log(line);
  };
}

export function startEnrichment(
  config: EnrichmentConfig | undefined,
  services: { db: Db; pubsub: PubSub; logLevel: Config["logLevel"] },
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
  const log = createLog(services.logLevel);
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
    ? new EnrichmentWorker({ db, pubsub, client, quota, config: settings, log, provider: VIRUSTOTAL })
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
