// The enrichment worker: claims due jobs from the durable queue, waits for a slot of the shared quota, asks
// the provider, stores what it says, and publishes the update. Every `serve` process runs one; they share the
// queue and the quota through the database, so any number of them can run at once.
import { randomBytes } from "node:crypto";
import type { EnrichmentConfig } from "../config.js";
import type { Db } from "../db.js";
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import { canonicalOf } from "../iocs/identity.js";
import type { PubSub } from "../pubsub.js";
import { dnsAddresses, embeddedRelationships, relatedItem, type VtObject } from "./mapping.js";
import {
  type ClaimedJob,
  claim,
  enqueue,
  finish,
  jobIoc,
  renew,
  reschedule,
  sweep,
  withdraw,
} from "./queue.js";
import type { Quota } from "./quota.js";
import { type Edge, publishUpdates, type StoreItem, storeEdges, storeObjects, storeStatus } from "./store.js";
import { ProviderError, type VirusTotalClient } from "./virustotal.js";

export type Log = (level: "debug" | "info" | "warn" | "error", message: string) => void;

export interface WorkerOptions {
  db: Db;
  pubsub: PubSub;
  client: VirusTotalClient;
  quota: Quota;
  config: EnrichmentConfig;
  log: Log;
  /** Stored as the rows' provider and the jobs' provider. */
  provider?: string;
  /** Told of every failed lookup, by kind (a ProviderError's, or "unexpected") and HTTP status (metrics). */
  onError?: (kind: string, status: number | undefined) => void;
  id?: string;
}

/** The job must wait longer than it is worth holding: give it back to run at `delayMs`. */
class Postpone extends Error {
  constructor(
    readonly delayMs: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

class Lost extends Error {}

// Errors are retried once an hour (a refused key, a failed lookup), stale results after the TTL.
const ERROR_RETRY_MS = 3_600_000;

function abortable(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

export class EnrichmentWorker {
  readonly id: string;
  readonly provider: string;
  private readonly stopController = new AbortController();
  private killed = false;
  private loops: Promise<void>[] = [];
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> = Promise.resolve();
  /** Jobs done (stored, whatever the outcome), for logs and tests. */
  done = 0;

  constructor(private readonly options: WorkerOptions) {
    this.id = options.id ?? `worker-${process.pid}-${randomBytes(4).toString("hex")}`;
    this.provider = options.provider ?? "virustotal";
  }

  start(): void {
    const { config } = this.options;
    for (let i = 0; i < config.concurrency; i++) this.loops.push(this.loop());
    const runSweep = () => {
      this.sweeping = sweep(this.options.db, this.provider, {
        ttlMs: config.ttlMs,
        errorRetryMs: ERROR_RETRY_MS,
        limit: config.dailyQuota,
      }).then(
        (n) => n > 0 && this.options.log("info", `enrichment: queued ${n} stale or unenriched IoCs`),
        (error) => this.options.log("warn", `enrichment sweep failed: ${(error as Error).message}`),
      );
    };
    if (config.sweepMs > 0) {
      runSweep();
      this.sweepTimer = setInterval(runSweep, config.sweepMs);
      this.sweepTimer.unref();
    }
  }

  /** Stops taking jobs, aborts the ones in flight and gives them back to the queue, then returns. */
  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.stopController.abort();
    await Promise.allSettled([...this.loops, this.sweeping]);
  }

  /**
   * Stops dead, as if the process had died: jobs in hand are neither finished nor given back, and their
   * leases are no longer renewed, so another worker takes them once the leases run out.
   */
  async kill(): Promise<void> {
    this.killed = true;
    await this.stop();
  }

  private get stopping(): boolean {
    return this.stopController.signal.aborted;
  }

  private async loop(): Promise<void> {
    const { db, config, log } = this.options;
    while (!this.stopping) {
      let job: ClaimedJob | null = null;
      try {
        job = await claim(db, this.provider, this.id, config.leaseMs);
      } catch (error) {
        if (this.stopping) break;
        log("warn", `enrichment: claiming a job failed: ${(error as Error).message}`);
      }
      if (!job) {
        await abortable(config.pollMs, this.stopController.signal);
        continue;
      }
      await this.work(job);
    }
  }

  private async work(job: ClaimedJob): Promise<void> {
    const { db, config, log } = this.options;
    const jobController = new AbortController();
    const signal = AbortSignal.any([jobController.signal, this.stopController.signal]);
    let lost = false;
    // Kept so the last renewal is awaited before the job is let go: nothing runs on after stop().
    let beat: Promise<unknown> = Promise.resolve();
    const heartbeat = setInterval(
      () => {
        if (this.killed) return;
        beat = renew(db, job, this.id).then(
          (ours) => {
            if (!ours) {
              lost = true;
              jobController.abort();
            }
          },
          () => {},
        );
      },
      Math.max(50, Math.floor(config.leaseMs / 3)),
    );
    try {
      await this.lookup(job, signal);
      this.done++;
    } catch (error) {
      if (this.killed || lost) return;
      await this.failed(job, error).catch((failure) =>
        log(
          "error",
          `enrichment: recording a failure of job ${job.id} failed: ${(failure as Error).message}`,
        ),
      );
    } finally {
      clearInterval(heartbeat);
      await beat;
    }
  }

  /** Waits for a quota slot while it is worth holding the job; else postpones the job. */
  private async slot(signal: AbortSignal): Promise<void> {
    const { quota, config } = this.options;
    for (;;) {
      if (signal.aborted) throw signal.reason ?? new Error("aborted");
      const grant = await quota.take();
      if (grant.granted) return;
      if (grant.waitMs > config.leaseMs / 2 || grant.reason === "credentials") {
        throw new Postpone(grant.waitMs, grant.problem ?? `quota: ${grant.reason}`);
      }
      await abortable(grant.waitMs, signal);
    }
  }

  private async lookup(job: ClaimedJob, signal: AbortSignal): Promise<void> {
    const { db, client, quota, config, pubsub } = this.options;
    const ioc = await jobIoc(db, job);
    if (!ioc) {
      // Deleted, or merged into another row (which has its own job).
      await finish(db, job, this.id);
      return;
    }
    if (ioc.withheld) {
      // Its TLP keeps it from the provider now (it was raised, or a shareable holder let it go).
      await withdraw(db, job, this.id);
      return;
    }
    const canonical = canonicalOf(ioc);
    await this.slot(signal);
    const result = await client.lookup(canonical, signal);
    if (this.killed) throw new Lost();
    await quota.succeeded();
    if (!result.found) {
      await storeStatus(db, this.provider, ioc.id, "NOT_FOUND");
      await publishUpdates(db, pubsub, [ioc.id], this.publishFailed);
      await finish(db, job, this.id);
      return;
    }
    const stored = await storeObjects(db, this.provider, [{ iocId: ioc.id, object: result.object }]);
    const iocId = stored[0]?.iocId ?? ioc.id;
    const updated = new Set([iocId]);
    const edges: Edge[] = [];
    const related: StoreItem[] = [];
    const addresses = ioc.type === "DOMAIN" ? dnsAddresses(result.object) : [];
    const dnsDate = result.object.attributes?.last_dns_records_date;
    const dnsSeen = typeof dnsDate === "number" ? new Date(dnsDate * 1000) : null;
    for (const target of addresses)
      edges.push({ sourceId: iocId, relation: "resolutions", target, seen: dnsSeen });
    for (const { relation, items } of embeddedRelationships(result.object)) {
      this.collect(ioc.type, iocId, relation, items, edges, related);
    }
    for (const relation of config.relationships) {
      const items = await this.relationship(canonical, relation, signal);
      if (items === null) break;
      this.collect(ioc.type, iocId, relation, items, edges, related);
    }
    const targets = await storeEdges(db, this.provider, edges);
    if (related.length > 0)
      for (const s of await storeObjects(db, this.provider, related)) updated.add(s.iocId);
    // The addresses a domain resolves to are looked up too (a few), so the domain can show their country/ASN.
    const followed = addresses
      .slice(0, config.resolvedIpLookups)
      .map((address) => targets.get(`IP_ADDRESS:${address.value}`))
      .filter((id): id is string => !!id);
    await enqueue(db, this.provider, followed);
    // Published once stored (and committed), before the job leaves the queue: a crash in between repeats
    // the job and the event, never loses the event.
    await publishUpdates(db, pubsub, [...updated], this.publishFailed);
    await finish(db, job, this.id);
  }

  private readonly publishFailed = (error: unknown) =>
    this.options.log("warn", `enrichment: publishing enrichmentUpdated failed: ${String(error)}`);

  private collect(
    source: IocType,
    sourceId: string,
    relation: string,
    items: VtObject[],
    edges: Edge[],
    related: StoreItem[],
  ): void {
    for (const item of items) {
      const link = relatedItem(source, item);
      if (!link) continue;
      edges.push({ sourceId, relation, target: link.target, seen: link.seen });
      if (link.object) related.push({ object: link.object });
    }
  }

  /**
   * One relationship's items; each page takes a quota slot. A relationship the key may not read (403) or a
   * failing one is skipped; a throttled answer ends relationship fetching for this job (null).
   */
  private async relationship(
    ioc: CanonicalIoc,
    relation: string,
    signal: AbortSignal,
  ): Promise<VtObject[] | null> {
    const { client, config, quota, log } = this.options;
    try {
      return await client.relationship(
        ioc,
        relation,
        config.relationshipLimit,
        () => this.slot(signal),
        signal,
      );
    } catch (error) {
      if (error instanceof ProviderError) {
        if (error.kind === "throttled") {
          await quota.throttled(error.retryAfterMs);
          return null;
        }
        if (error.kind === "auth" && error.status === 401) throw error;
        log("warn", `enrichment: relationship ${relation} of ${ioc.value} skipped: ${error.message}`);
        return [];
      }
      if (error instanceof Postpone) return null;
      throw error;
    }
  }

  private async failed(job: ClaimedJob, error: unknown): Promise<void> {
    const { db, config, quota, log } = this.options;
    if (error instanceof Postpone) {
      await reschedule(db, job, this.id, error.delayMs, { counted: false, error: error.reason });
      return;
    }
    if (this.stopping) {
      await reschedule(db, job, this.id, 0, { counted: false });
      return;
    }
    if (error instanceof ProviderError) this.options.onError?.(error.kind, error.status);
    else this.options.onError?.("unexpected", undefined);
    if (error instanceof ProviderError) {
      if (error.kind === "auth") {
        log("error", `enrichment stopped: ${error.message}. Check VT_API_KEY; retrying in an hour.`);
        await quota.refused(error.message);
        await storeStatus(db, this.provider, job.iocId, "ERROR", error.message);
        await reschedule(db, job, this.id, ERROR_RETRY_MS, { counted: false, error: error.message });
        return;
      }
      if (error.kind === "throttled") {
        const pauseMs = await quota.throttled(error.retryAfterMs);
        log("warn", `enrichment: ${error.message}; pausing ${pauseMs} ms`);
        await reschedule(db, job, this.id, pauseMs, { counted: false, error: error.message });
        return;
      }
      if (error.kind === "rejected") {
        await storeStatus(db, this.provider, job.iocId, "ERROR", error.message);
        await finish(db, job, this.id);
        return;
      }
    } else {
      log("error", `enrichment: job ${job.id} failed unexpectedly: ${(error as Error).stack ?? error}`);
    }
    const message = (error as Error).message ?? String(error);
    if (job.attempts >= config.maxAttempts) {
      await storeStatus(
        db,
        this.provider,
        job.iocId,
        "ERROR",
        `gave up after ${job.attempts} attempts: ${message}`,
      );
      await finish(db, job, this.id);
      return;
    }
    const delay = Math.min(config.retryBaseMs * 2 ** (job.attempts - 1), 6 * 3_600_000);
    log("warn", `enrichment: ${message}; retrying job ${job.id} in ${delay} ms`);
    await reschedule(db, job, this.id, delay, { counted: true, error: message });
  }
}
