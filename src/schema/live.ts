// Live subscriptions beyond one collection: the collections feed, IoC sightings and the watchlist, and
// enrichment updates. `collectionUpdated` and the change log live beside Collection (collection.ts); the
// streams themselves are in src/live/.
import { builder } from "../builder.js";
import { AuthenticationRequiredError, LimitExceededError, ValidationError } from "../errors.js";
import type { IocType } from "../extraction/types.js";
import { iocKey, iocKeysOf } from "../iocs/identity.js";
import { iocWhere } from "../iocs/store.js";
import { changeCursor } from "../live/cursor.js";
import { unlessBehind } from "../live/replayThenLive.js";
import { SharedReads } from "../live/sharedReads.js";
import {
  enrichmentStream,
  feedStream,
  iocsSightedStream,
  type Sighting,
  unwatchIocs,
  watchedIoc,
  watchIocs,
  watchlistStream,
} from "../live/subscriptions.js";
import { CollectionChangeRef, CollectionRef } from "./collection.js";
import { IocTypeEnum } from "./common.js";
import { IocRef } from "./ioc.js";
import { UserRef } from "./user.js";

const sinceDescription = "Resume after this cursor (an event's `cursor`); from now when absent.";

builder.subscriptionField("collectionsFeed", (t) =>
  t.field({
    type: CollectionChangeRef,
    description:
      "Changes to every collection you may see listed — public ones and your own — including CREATED: new " +
      "collections appear as they are made. For dashboards. Resumable with `since` like `collectionUpdated`.",
    args: { since: t.arg.string({ description: sinceDescription }) },
    subscribe: (_root, args, ctx) => feedStream(ctx, args.since),
    resolve: (payload) => unlessBehind(payload),
  }),
);

const IocSightingRef = builder.objectRef<Sighting>("IocSighting").implement({
  description: "Watched IoCs were added to a collection you may see listed.",
  fields: (t) => ({
    cursor: t.string({
      description: "Resubscribe with `since: cursor` to receive the sightings after this one.",
      resolve: (sighting) => changeCursor.encode(sighting.change.id),
    }),
    at: t.field({ type: "DateTime", resolve: (sighting) => sighting.change.at }),
    iocs: t.prismaField({
      type: [IocRef],
      description: "The watched IoCs this change added.",
      resolve: (query, sighting) => sighting.change.batch.loads.iocs<never>(query, sighting.iocIds),
    }),
    collection: t.prismaField({
      type: CollectionRef,
      nullable: true,
      description: "The collection they were added to, as it is now; null once it is deleted.",
      resolve: (query, sighting, _args, ctx) =>
        sighting.change.batch.loads.readableCollection<never>(
          query,
          sighting.change.collectionId,
          ctx.viewer,
        ),
    }),
    actor: t.prismaField({
      type: UserRef,
      nullable: true,
      description: "Who added them.",
      resolve: (query, sighting) =>
        sighting.change.actorId
          ? sighting.change.batch.loads.user<never>(query, sighting.change.actorId)
          : null,
    }),
    change: t.field({
      type: CollectionChangeRef,
      description: "The whole change, with every IoC it added.",
      resolve: (sighting) => sighting.change,
    }),
  }),
});

builder.subscriptionField("iocsSighted", (t) =>
  t.field({
    type: IocSightingRef,
    description:
      "Follow IoCs: an event whenever any of `values` (defanged input accepted; a file by any of its hashes) " +
      "is added to a collection you may see listed, including IoCs iocgraph has not seen yet.",
    args: {
      values: t.arg.stringList({ required: true }),
      since: t.arg.string({ description: sinceDescription }),
    },
    subscribe: (_root, args, ctx) => iocsSightedStream(ctx, args.values, args.since),
    resolve: (payload) => unlessBehind(payload),
  }),
);

builder.subscriptionField("watchlistHits", (t) =>
  t.field({
    type: IocSightingRef,
    description:
      "Like `iocsSighted`, for the IoCs on your watchlist (`watchIocs`); changes to the watchlist apply at once. " +
      "Needs an API key.",
    args: { since: t.arg.string({ description: sinceDescription }) },
    subscribe: (_root, args, ctx) => watchlistStream(ctx, args.since),
    resolve: (payload) => unlessBehind(payload),
  }),
);

// ---- Watchlist ----------------------------------------------------------------------------------------------

interface WatchedShape {
  type: IocType;
  value: string;
  createdAt: Date;
  iocId: string | null;
  loads: SharedReads;
}

const WatchedIocRef = builder.objectRef<WatchedShape>("WatchedIoc").implement({
  description: "An IoC on your watchlist.",
  fields: (t) => ({
    type: t.field({ type: IocTypeEnum, resolve: (watched) => watched.type }),
    value: t.exposeString("value", { description: "The canonical value (for a file, the hash as given)." }),
    createdAt: t.field({ type: "DateTime", resolve: (watched) => watched.createdAt }),
    ioc: t.prismaField({
      type: IocRef,
      nullable: true,
      description: "The IoC, once iocgraph has seen it in any collection.",
      resolve: async (query, watched) =>
        watched.iocId ? ((await watched.loads.iocs<never>(query, [watched.iocId]))[0] ?? null) : null,
    }),
  }),
});

async function loadWatchlist(ctx: {
  db: SharedReadsDb;
  viewer: { id: string } | null;
}): Promise<WatchedShape[]> {
  if (!ctx.viewer) return [];
  const entries = await ctx.db.watchedIoc.findMany({
    where: { userId: ctx.viewer.id },
    orderBy: [{ createdAt: "asc" }, { type: "asc" }, { value: "asc" }],
  });
  const known =
    entries.length > 0
      ? await ctx.db.ioc.findMany({
          where: { OR: entries.map((entry) => iocWhere(watchedIoc(entry))) },
          select: { id: true, type: true, value: true, md5: true, sha1: true, sha256: true },
        })
      : [];
  const byKey = new Map(known.flatMap((ioc) => iocKeysOf(ioc).map((key) => [key, ioc.id] as const)));
  const loads = new SharedReads(ctx.db);
  return entries.map((entry) => ({
    type: entry.type,
    value: entry.value,
    createdAt: entry.createdAt,
    iocId: byKey.get(iocKey(entry)) ?? null,
    loads,
  }));
}

type SharedReadsDb = ConstructorParameters<typeof SharedReads>[0];

builder.queryField("watchlist", (t) =>
  t.field({
    type: [WatchedIocRef],
    description: "The IoCs you watch (`watchIocs`), oldest first; empty when anonymous.",
    resolve: (_root, _args, ctx) => loadWatchlist(ctx),
  }),
);

const WatchIocsInput = builder.inputType("WatchIocsInput", {
  fields: (t) => ({
    values: t.stringList({
      required: true,
      description: "IoC values, defanged input accepted; types are inferred.",
    }),
  }),
});

const WatchIocsPayload = builder.objectRef<{ added: number }>("WatchIocsPayload").implement({
  fields: (t) => ({
    added: t.exposeInt("added", {
      description: "IoCs newly on the watchlist (the others were there already).",
    }),
    watchlist: t.field({ type: [WatchedIocRef], resolve: (_payload, _args, ctx) => loadWatchlist(ctx) }),
  }),
});

const UnwatchIocsPayload = builder.objectRef<{ removed: number }>("UnwatchIocsPayload").implement({
  fields: (t) => ({
    removed: t.exposeInt("removed", { description: "IoCs taken off the watchlist." }),
    watchlist: t.field({ type: [WatchedIocRef], resolve: (_payload, _args, ctx) => loadWatchlist(ctx) }),
  }),
});

const watchErrors = [ValidationError, AuthenticationRequiredError, LimitExceededError];

builder.mutationFields((t) => ({
  watchIocs: t.field({
    type: WatchIocsPayload,
    description:
      "Adds IoCs to your watchlist; `watchlistHits` then reports whenever one is added to a collection you may " +
      "see. Any invalid value rejects the whole call.",
    errors: { types: watchErrors, directResult: true, union: { name: "WatchIocsResult" } },
    args: { input: t.arg({ type: WatchIocsInput, required: true }) },
    resolve: (_root, { input }, ctx) => watchIocs(ctx, input.values),
  }),
  unwatchIocs: t.field({
    type: UnwatchIocsPayload,
    description: "Takes IoCs off your watchlist.",
    errors: { types: watchErrors, directResult: true, union: { name: "UnwatchIocsResult" } },
    args: { input: t.arg({ type: WatchIocsInput, required: true }) },
    resolve: (_root, { input }, ctx) => unwatchIocs(ctx, input.values),
  }),
}));

// ---- Enrichment ---------------------------------------------------------------------------------------------

const EnrichmentUpdateRef = builder
  .objectRef<{ collectionId: string; iocIds: string[]; loads: SharedReads }>("EnrichmentUpdate")
  .implement({
    description: "New enrichment results were stored for IoCs of a collection.",
    fields: (t) => ({
      collectionId: t.globalID({ resolve: (update) => ({ type: "Collection", id: update.collectionId }) }),
      iocs: t.prismaField({
        type: [IocRef],
        description: "The IoCs whose enrichment changed; select `enrichment` to see it.",
        resolve: (query, update) => update.loads.iocs<never>(query, update.iocIds),
      }),
    }),
  });

builder.subscriptionField("enrichmentUpdated", (t) =>
  t.field({
    type: EnrichmentUpdateRef,
    description:
      "Whenever the enrichment worker stores new results for IoCs of this collection (one you may read). " +
      "Not resumable: reread the collection after a reconnect.",
    args: { collectionId: t.arg.globalID({ required: true, for: [CollectionRef] }) },
    subscribe: (_root, args, ctx) => enrichmentStream(ctx, args.collectionId.id),
    resolve: (update) => update,
  }),
);
