// Live subscriptions beyond one collection: the collections feed, IoC sightings (of given values and of the
// watchlist) and enrichment updates. `collectionUpdated` and the change log are in change.ts; the streams
// themselves are in src/live/.
import { createHash } from "node:crypto";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { visibleFromCollection } from "../access/iocs.js";
import { builder } from "../builder.js";
import { changeCursor } from "../live/cursor.js";
import { unlessEnded } from "../live/replayThenLive.js";
import {
  type EnrichmentUpdate,
  enrichmentStream,
  feedStream,
  iocsSightedStream,
  type Sighting,
  watchlistStream,
} from "../live/subscriptions.js";
import { CollectionChangeRef, requireCollection } from "./change.js";
import { CollectionRef } from "./collection.js";
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
    resolve: (payload) => unlessEnded(payload),
  }),
);

const IocSightingRef = builder.objectRef<Sighting>("IocSighting").implement({
  description: "Watched IoCs were added to a collection you may see listed.",
  fields: (t) => ({
    id: t.id({
      description: "Unique to this change and these IoCs: the same sighting has the same id on every stream.",
      resolve: (sighting) => {
        const iocs = createHash("sha256").update(sighting.iocIds.join(" ")).digest("base64url").slice(0, 16);
        return encodeGlobalID("IocSighting", `${sighting.change.id}:${iocs}`);
      },
    }),
    cursor: t.string({
      description: "Resubscribe with `since: cursor` to receive the sightings after this one.",
      resolve: (sighting) => changeCursor.encode(sighting.change.id),
    }),
    at: t.field({ type: "DateTime", resolve: (sighting) => sighting.change.at }),
    iocs: t.prismaField({
      type: [IocRef],
      description: "The watched IoCs this change added.",
      resolve: (query, sighting, _args, ctx) =>
        sighting.change.batch.reads.iocs(
          query,
          sighting.iocIds,
          visibleFromCollection(ctx.viewer, sighting.change.collectionId),
        ),
    }),
    collection: t.prismaField({
      type: CollectionRef,
      nullable: true,
      description: "The collection they were added to, as it is now; null once it is deleted.",
      resolve: (query, sighting, _args, ctx) =>
        sighting.change.batch.reads.readableCollection(query, sighting.change.collectionId, ctx.viewer),
    }),
    actor: t.prismaField({
      type: UserRef,
      nullable: true,
      description: "Who added them.",
      resolve: (query, sighting) =>
        sighting.change.actorId ? sighting.change.batch.reads.user(query, sighting.change.actorId) : null,
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
    resolve: (payload) => unlessEnded(payload),
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
    resolve: (payload) => unlessEnded(payload),
  }),
);

// ---- Enrichment ---------------------------------------------------------------------------------------------

const EnrichmentUpdateRef = builder.objectRef<EnrichmentUpdate>("EnrichmentUpdate").implement({
  description: "New enrichment results were stored for IoCs of a collection.",
  fields: (t) => ({
    id: t.id({
      description: "Unique to this update: every subscriber of the collection receives it with the same id.",
      resolve: (update) => encodeGlobalID("EnrichmentUpdate", update.id),
    }),
    collectionId: t.globalID({
      description: "The collection's id.",
      resolve: (update) => ({ type: "Collection", id: update.collectionId }),
    }),
    iocs: t.prismaField({
      type: [IocRef],
      description: "The IoCs whose enrichment changed; select `enrichment` to see it.",
      resolve: (query, update, _args, ctx) =>
        update.reads.iocs(query, update.iocIds, visibleFromCollection(ctx.viewer, update.collectionId)),
    }),
  }),
});

builder.subscriptionField("enrichmentUpdated", (t) =>
  t.field({
    type: EnrichmentUpdateRef,
    description:
      "Whenever the enrichment worker stores new results for IoCs of this collection (one you may read). " +
      "Not resumable: reread the collection after a reconnect.",
    args: { collectionId: t.arg.id({ required: true }) },
    subscribe: (_root, args, ctx) => enrichmentStream(ctx, requireCollection(args.collectionId)),
    resolve: (update) => unlessEnded(update),
  }),
);
