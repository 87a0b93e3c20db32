// One hub per process tails the change log for every live subscription it serves. Pubsub events (in-process,
// or Redis across instances) only say "the log grew": on each, the hub reads the entries after the last one
// it dispatched — one read per instance, however many subscribers — and hands them out in id order. A
// low-frequency poll does the same unprompted, so an event lost with Redis down is late, never missing.

import type { CollectionState } from "../access/collections.js";
import type { Db } from "../db.js";
import { iocKey, iocKeysOf } from "../iocs/identity.js";
import { type Logger, silentLogger } from "../ops/logger.js";
import type { PubSub } from "../pubsub.js";
import {
  type ChangeRow,
  deletedState,
  type LiveChange,
  latestChangeId,
  readChanges,
  revokedKeyOf,
  toBatch,
} from "./log.js";

export type Listener = (change: LiveChange) => void;

export interface ListenerSpec {
  /** Only this collection's changes; every change when absent. */
  collectionId?: string;
  /** The listener matches IoCs by value: the hub loads `batch.iocKeys`. */
  iocKeys?: boolean;
  /** The listener follows this user's watchlist: the hub loads `batch.watched`. */
  watchlistUserId?: string;
  /** Only revocations: no change reaches the listener. */
  revocationsOnly?: boolean;
  /** The API key the listener serves, and what to do when it is revoked. */
  apiKeyId?: string;
  onRevoked?: () => void;
  /** The process is stopping: end the stream normally (its client resumes elsewhere with its cursor). */
  onShutdown?: () => void;
}

export interface Registration {
  /** The last change dispatched before the listener was added: it receives every later one. */
  position: bigint;
  close(): void;
}

const PAGE = 500;
const KNOWN_STATES = 10_000;
const ADDING = new Set(["CREATED", "IOCS_ADDED"]);

interface Run {
  ready: Promise<void>;
  stop(): void;
}

export class LiveHub {
  private readonly specs = new Map<Listener, ListenerSpec>();
  private readonly byCollection = new Map<string, Set<Listener>>();
  private readonly everywhere = new Set<Listener>();
  private readonly byKey = new Map<string, Set<Listener>>();
  private keyListeners = 0;
  private readonly watchUsers = new Map<string, number>();
  /** The last change id dispatched. */
  private position = 0n;
  private run: Run | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  /** Last known states, so a feed can still tell who may hear of a collection once it is deleted. */
  private readonly known = new Map<string, CollectionState>();
  private draining = false;

  constructor(
    private readonly db: Db,
    private readonly pubsub: PubSub,
    private readonly pollIntervalMs: number,
    private readonly log: Logger = silentLogger(),
  ) {}

  get listenerCount(): number {
    return this.specs.size;
  }

  /** Stops tailing the log: no more pubsub subscription, poll timer or reads. */
  stop(): void {
    this.run?.stop();
    this.run = undefined;
  }

  /**
   * Ends every open stream normally, and every stream opened from now on at once: the first step of a
   * graceful stop. Resolves once every listener has left.
   */
  async drain(): Promise<void> {
    this.draining = true;
    for (const spec of [...this.specs.values()]) spec.onShutdown?.();
    while (this.specs.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  async register(spec: ListenerSpec, listener: Listener): Promise<Registration> {
    this.add(spec, listener);
    if (this.draining) queueMicrotask(() => spec.onShutdown?.());
    this.run ??= this.start();
    try {
      await this.run.ready;
    } catch (error) {
      this.remove(listener);
      throw error;
    }
    return { position: this.position, close: () => this.remove(listener) };
  }

  /** Change-log entries committed but not dispatched yet (0 while the hub tails nothing). */
  async lag(): Promise<number> {
    if (!this.run) return 0;
    const latest = await latestChangeId(this.db);
    return latest > this.position ? Number(latest - this.position) : 0;
  }

  /** The newest change id, read now (the hub's own position may trail by one poke). */
  latest(): Promise<bigint> {
    return latestChangeId(this.db);
  }

  /** What the hub last knew of a collection that may be gone. */
  lastKnown(collectionId: string): CollectionState | undefined {
    return this.known.get(collectionId);
  }

  private add(spec: ListenerSpec, listener: Listener): void {
    this.specs.set(listener, spec);
    if (spec.apiKeyId !== undefined) addTo(this.byKey, spec.apiKeyId, listener);
    if (spec.revocationsOnly) {
      // Nothing else to register.
    } else if (spec.collectionId === undefined) this.everywhere.add(listener);
    else addTo(this.byCollection, spec.collectionId, listener);
    if (spec.iocKeys) this.keyListeners++;
    if (spec.watchlistUserId) {
      this.watchUsers.set(spec.watchlistUserId, (this.watchUsers.get(spec.watchlistUserId) ?? 0) + 1);
    }
  }

  private remove(listener: Listener): void {
    const spec = this.specs.get(listener);
    if (!spec) return;
    this.specs.delete(listener);
    if (spec.apiKeyId !== undefined) removeFrom(this.byKey, spec.apiKeyId, listener);
    if (spec.revocationsOnly) {
      // Nothing else to unregister.
    } else if (spec.collectionId === undefined) this.everywhere.delete(listener);
    else removeFrom(this.byCollection, spec.collectionId, listener);
    if (spec.iocKeys) this.keyListeners--;
    if (spec.watchlistUserId) {
      const count = (this.watchUsers.get(spec.watchlistUserId) ?? 1) - 1;
      if (count === 0) this.watchUsers.delete(spec.watchlistUserId);
      else this.watchUsers.set(spec.watchlistUserId, count);
    }
    // Idle instances hold no pubsub subscription, timer or reads.
    if (this.specs.size === 0) {
      this.run?.stop();
      this.run = undefined;
    }
  }

  private start(): Run {
    const iterator = this.pubsub.subscribe("collectionChanged")[Symbol.asyncIterator]();
    const timer =
      this.pollIntervalMs > 0 ? setInterval(() => this.poke(), this.pollIntervalMs).unref() : undefined;
    // Subscribed first, then the position read: a change committed in between is both counted in the
    // position and announced, and the announcement reads nothing new. Harmless either way.
    const pump = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        this.poke();
      }
    })();
    pump.catch((error) => this.log.error({ err: error }, "live: pubsub subscription failed"));
    const ready = latestChangeId(this.db).then((id) => {
      this.position = id;
    });
    return {
      ready,
      stop: () => {
        clearInterval(timer);
        void iterator.return?.();
      },
    };
  }

  private poke(): void {
    const run = this.run;
    if (!run) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump(run)
      .catch((error) =>
        this.log.error({ err: error }, "live: reading the change log failed; retrying on the next event"),
      )
      .finally(() => {
        this.pumping = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  private async pump(run: Run): Promise<void> {
    await run.ready;
    for (;;) {
      if (this.run !== run) return;
      const rows = await readChanges(this.db, {}, this.position, PAGE);
      if (rows.length === 0 || this.run !== run) return;
      const changes = await this.prepare(rows);
      if (this.run !== run) return;
      for (const change of changes) {
        this.position = change.id;
        this.dispatch(change);
      }
      if (rows.length < PAGE) return;
    }
  }

  private async prepare(rows: ChangeRow[]): Promise<LiveChange[]> {
    const changes = await toBatch(this.db, rows);
    const batch = changes[0]?.batch;
    if (!batch) return changes;
    for (const [id, state] of batch.states) this.remember(id, state);
    for (const row of rows) {
      if (row.kind === "DELETED" && !this.known.has(row.collectionId)) {
        const state = deletedState(row);
        if (state) this.remember(row.collectionId, state);
      }
    }
    const adding = rows.filter((row) => ADDING.has(row.kind) && row.iocIds.length > 0);
    if (adding.length > 0 && (this.keyListeners > 0 || this.watchUsers.size > 0)) {
      const ids = [...new Set(adding.flatMap((row) => row.iocIds))];
      const iocs = await this.db.ioc.findMany({
        where: { id: { in: ids } },
        select: { id: true, type: true, value: true, md5: true, sha1: true, sha256: true },
      });
      batch.iocKeys = new Map(iocs.map((ioc) => [ioc.id, iocKeysOf(ioc)]));
      if (this.watchUsers.size > 0) {
        const values = [
          ...new Set(iocs.flatMap((ioc) => iocKeysOf(ioc).map((key) => key.slice(key.indexOf(":") + 1)))),
        ];
        const watched = await this.db.watchedIoc.findMany({
          where: { userId: { in: [...this.watchUsers.keys()] }, value: { in: values } },
          select: { userId: true, type: true, value: true },
        });
        batch.watched = new Map();
        for (const entry of watched) {
          const keys = batch.watched.get(entry.userId) ?? new Set();
          batch.watched.set(entry.userId, keys);
          keys.add(iocKey(entry));
        }
      }
    }
    return changes;
  }

  private remember(id: string, state: CollectionState): void {
    this.known.delete(id);
    this.known.set(id, state);
    if (this.known.size > KNOWN_STATES) this.known.delete(this.known.keys().next().value as string);
  }

  private dispatch(change: LiveChange): void {
    const revokedKey = revokedKeyOf(change);
    if (revokedKey !== null) {
      for (const listener of this.byKey.get(revokedKey) ?? []) this.specs.get(listener)?.onRevoked?.();
      return;
    }
    for (const listener of this.byCollection.get(change.collectionId) ?? []) listener(change);
    for (const listener of this.everywhere) listener(change);
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set();
  map.set(key, set);
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
