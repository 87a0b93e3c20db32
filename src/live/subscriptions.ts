// The live streams behind the subscriptions: who receives which change, and how each one replays.
// Plain functions over the hub and the log; the GraphQL fields in src/schema/ only call them.

import { type CollectionState, canList, canRead, collectionNotFound } from "../access/collections.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Limits } from "../config.js";
import type { Db } from "../db.js";
import { AuthenticationRequiredError, ValidationError } from "../errors.js";
import type { CanonicalIoc } from "../extraction/types.js";
import type { ChangeKind } from "../generated/prisma/client.js";
import { iocKey } from "../iocs/identity.js";
import { findIocs } from "../iocs/store.js";
import type { EnrichmentEvent, PubSub } from "../pubsub.js";
import { parseWatched, watchedIocs } from "../watchlist/service.js";
import { decodeSince } from "./cursor.js";
import type { LiveHub } from "./hub.js";
import {
  type ChangeFilter,
  COLLECTION_CHANGE_KINDS,
  deletedState,
  type LiveChange,
  loadStates,
  readChanges,
  toBatch,
} from "./log.js";
import { type Ended, openStream, type Revoked } from "./replayThenLive.js";
import { SharedReads } from "./sharedReads.js";

export interface LiveContext {
  db: Db;
  pubsub: PubSub;
  limits: Limits;
  hub: LiveHub;
  viewer: Viewer | null;
  /** An SSE reconnect's Last-Event-ID: the cursor of the last event received, which wins over `since`. */
  lastEventId?: string;
  /**
   * Per-request loaders, cleared before each event executes so each shows fresh data (by the shared-execution
   * plugin, which runs every event's execution: src/plugins/shared-execution.ts).
   */
  graph?: { clear(): void };
  loaders?: { clearAll(): void };
  /**
   * Set by the shared-execution plugin: told of each live event as the hub hands it to this subscriber, so
   * the execution its subscribers share starts at once.
   */
  onLiveEvent?: (event: unknown) => void;
}

/** An IoC sighting: a change that added IoCs someone follows, and which of them. */
export interface Sighting {
  change: LiveChange;
  iocIds: string[];
}

const ADDING: ChangeKind[] = ["CREATED", "IOCS_ADDED"];

/** Checks a `since` cursor: well formed and not beyond the log (a cursor from another database). */
async function startingPoint(ctx: LiveContext, sinceArg: string | null | undefined): Promise<bigint | null> {
  const { hub } = ctx;
  const since = ctx.lastEventId ?? sinceArg;
  if (since == null) return null;
  const id = decodeSince(since);
  if (id > (await hub.latest()))
    throw new ValidationError(`Unknown cursor "${since}": it is ahead of the change log.`, "since");
  return id;
}

/** Forgets what the per-request loaders hold, so the next execution reads the data as it is now. */
export function clearLoaders(ctx: Pick<LiveContext, "graph" | "loaders">): void {
  ctx.graph?.clear();
  ctx.loaders?.clearAll();
}

function common(ctx: LiveContext) {
  return {
    hub: ctx.hub,
    backlog: ctx.limits.maxSubscriberBacklog,
    onQueued: (item: unknown) => ctx.onLiveEvent?.(item),
    apiKeyId: ctx.viewer?.apiKeyId,
  };
}

async function replayChanges(
  db: Db,
  filter: ChangeFilter,
  after: bigint,
  limit: number,
): Promise<{ changes: LiveChange[]; scanned: bigint; more: boolean }> {
  const rows = await readChanges(db, filter, after, limit);
  return {
    changes: await toBatch(db, rows),
    scanned: rows.at(-1)?.id ?? after,
    more: rows.length === limit,
  };
}

/**
 * One collection's changes. Readable (by id: UNLISTED too) at subscription time, and checked again on every
 * event: while the collection is PRIVATE and not yours, nothing is delivered. After DELETED the stream ends.
 */
export async function collectionStream(
  ctx: LiveContext,
  collectionId: string,
  sinceCursor: string | null | undefined,
): Promise<AsyncIterableIterator<LiveChange | Ended>> {
  const { viewer, db } = ctx;
  const { hub, ...rest } = common(ctx);
  const since = await startingPoint(ctx, sinceCursor);
  let state: CollectionState | undefined = (await loadStates(db, [collectionId])).get(collectionId);
  if (!state && since !== null) {
    // Gone already: a resuming owner still replays up to the final DELETED.
    const deleted = await db.collectionChange.findFirst({ where: { collectionId, kind: "DELETED" } });
    state = (deleted && deletedState(deleted)) || undefined;
  }
  if (!state || !canRead(viewer, state)) throw collectionNotFound(collectionId);

  const admit = (change: LiveChange): LiveChange | undefined => {
    const current = change.batch.states.get(collectionId);
    if (current) state = current;
    // A change read after the collection was deleted is judged by what the subscriber could last see.
    return state && canRead(viewer, state) ? change : undefined;
  };
  return openStream<LiveChange>({
    hub,
    ...rest,
    listen: { collectionId },
    since,
    accept: admit,
    async replay(after, limit) {
      const page = await replayChanges(db, { collectionId }, after, limit);
      return {
        items: page.changes.filter((change) => admit(change)),
        scanned: page.scanned,
        more: page.more,
      };
    },
    idOf: (change) => change.id,
    isFinal: (change) => change.kind === "DELETED",
  });
}

/** Every change to collections the viewer may see listed: public ones and their own. */
export async function feedStream(
  ctx: LiveContext,
  sinceCursor: string | null | undefined,
): Promise<AsyncIterableIterator<LiveChange | Ended>> {
  const { viewer, db } = ctx;
  const { hub, ...rest } = common(ctx);
  const since = await startingPoint(ctx, sinceCursor);
  const admit = (change: LiveChange): LiveChange | undefined => {
    const state =
      change.batch.states.get(change.collectionId) ??
      (change.kind === "DELETED" ? (hub.lastKnown(change.collectionId) ?? deletedState(change)) : null);
    return state && canList(viewer, state) ? change : undefined;
  };
  return openStream<LiveChange>({
    hub,
    ...rest,
    listen: {},
    since,
    accept: admit,
    async replay(after, limit) {
      const page = await replayChanges(db, { kinds: COLLECTION_CHANGE_KINDS }, after, limit);
      return {
        items: page.changes.filter((change) => admit(change)),
        scanned: page.scanned,
        more: page.more,
      };
    },
    idOf: (change) => change.id,
  });
}

/**
 * A stream of sightings: changes that add any of the watched IoCs to a collection the viewer may see
 * listed. `watched` gives the keys to match live (re-read per batch for a watchlist) and the IoCs to
 * replay.
 */
async function sightingStream(
  ctx: LiveContext,
  sinceCursor: string | null | undefined,
  listen: { iocKeys?: boolean; watchlistUserId?: string },
  liveKeys: (change: LiveChange) => Set<string> | undefined,
  replayIocs: () => Promise<CanonicalIoc[]>,
): Promise<AsyncIterableIterator<Sighting | Ended>> {
  const { viewer, db } = ctx;
  const { hub, ...rest } = common(ctx);
  const since = await startingPoint(ctx, sinceCursor);
  let known: Promise<string[]> | undefined;
  return openStream<Sighting>({
    hub,
    ...rest,
    listen,
    since,
    accept(change) {
      if (!ADDING.includes(change.kind)) return undefined;
      const state = change.batch.states.get(change.collectionId);
      const keys = liveKeys(change);
      if (!state || !canList(viewer, state) || !keys?.size) return undefined;
      const iocIds = change.iocIds.filter((id) =>
        change.batch.iocKeys?.get(id)?.some((key) => keys.has(key)),
      );
      return iocIds.length > 0 ? { change, iocIds } : undefined;
    },
    async replay(after, limit) {
      known ??= replayIocs().then(async (iocs) => (await findIocs(db, iocs)).map((row) => row.id));
      const ids = await known;
      if (ids.length === 0) return { items: [], scanned: after, more: false };
      const wanted = new Set(ids);
      const page = await replayChanges(db, { kinds: ADDING, iocIds: ids }, after, limit);
      const items = page.changes
        .filter((change) => {
          const state = change.batch.states.get(change.collectionId);
          return state && canList(viewer, state);
        })
        .map((change) => ({ change, iocIds: change.iocIds.filter((id) => wanted.has(id)) }));
      return { items, scanned: page.scanned, more: page.more };
    },
    idOf: (sighting) => sighting.change.id,
  });
}

export async function iocsSightedStream(
  ctx: LiveContext,
  values: readonly string[],
  since: string | null | undefined,
): Promise<AsyncIterableIterator<Sighting | Ended>> {
  const iocs = parseWatched(values, ctx.limits);
  const keys = new Set(iocs.map(iocKey));
  return sightingStream(
    ctx,
    since,
    { iocKeys: true },
    () => keys,
    async () => iocs,
  );
}

export async function watchlistStream(
  ctx: LiveContext,
  since: string | null | undefined,
): Promise<AsyncIterableIterator<Sighting | Ended>> {
  const viewer = ctx.viewer;
  if (!viewer) throw new AuthenticationRequiredError();
  return sightingStream(
    ctx,
    since,
    { watchlistUserId: viewer.id },
    (change) => change.batch.watched?.get(viewer.id),
    () => watchedIocs(ctx.db, viewer.id),
  );
}

/** Enrichment results stored for IoCs of a collection the viewer may read (checked again on each event). */
export interface EnrichmentUpdate extends EnrichmentEvent {
  reads: SharedReads;
}

export async function enrichmentStream(
  ctx: LiveContext,
  collectionId: string,
): Promise<AsyncIterableIterator<EnrichmentUpdate | Revoked>> {
  const readable = async () => {
    const state = (await loadStates(ctx.db, [collectionId])).get(collectionId);
    return state ? canRead(ctx.viewer, state) : null;
  };
  if (!(await readable())) throw collectionNotFound(collectionId);
  const events = ctx.pubsub.subscribe("enrichmentUpdated", collectionId)[Symbol.asyncIterator]();
  // A revoked key ends the stream at once (src/live/hub.ts dispatches revocations in log order).
  let revoke: (why: "revoked" | "stopping") => void = () => {};
  const revoked = new Promise<"revoked" | "stopping">((resolve) => {
    revoke = resolve;
  });
  // Registered with the hub for its API key's revocation, and for the process stopping (anonymous too).
  const registration = await ctx.hub.register(
    {
      revocationsOnly: true,
      apiKeyId: ctx.viewer?.apiKeyId,
      onRevoked: () => revoke("revoked"),
      onShutdown: () => revoke("stopping"),
    },
    () => {},
  );
  async function* run(): AsyncGenerator<EnrichmentUpdate | Revoked> {
    for (;;) {
      const next = await Promise.race([events.next(), revoked]);
      if (next === "revoked") {
        yield { revoked: true };
        return;
      }
      if (next === "stopping") return;
      if (next.done) return;
      const allowed = await readable();
      // Deleted: nothing more will come.
      if (allowed === null) return;
      if (!allowed) continue;
      yield { ...next.value, reads: new SharedReads(ctx.db) };
    }
  }
  const generator = run();
  const end = async () => {
    registration.close();
    await events.return?.();
  };
  const iterator: AsyncIterableIterator<EnrichmentUpdate | Revoked> = {
    next: () =>
      generator.next().then(async (result) => {
        if (result.done) await end();
        return result;
      }),
    // Ending the pubsub subscription first settles a pending wait, so the generator can finish.
    return: async (value) => {
      await end();
      return generator.return(value);
    },
    throw: async (error) => {
      await end();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
