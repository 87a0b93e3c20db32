// The watchlist: the IoCs a user follows (`watchlistHits` in live.ts streams their sightings).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import {
  AuthenticationRequiredError,
  ForbiddenError,
  LimitExceededError,
  ValidationError,
} from "../errors.js";
import { loadWatchlist, unwatchIocs, type WatchedEntry, watchIocs } from "../watchlist/service.js";
import { IocTypeEnum } from "./common.js";
import { IocRef } from "./ioc.js";
import { QueryRef } from "./root.js";

const WatchedIocRef = builder.objectRef<WatchedEntry>("WatchedIoc").implement({
  description: "An IoC on your watchlist.",
  fields: (t) => ({
    id: t.id({
      description: "Stable and unique: the same entry keeps it while it stays on your watchlist.",
      resolve: (watched, _args, ctx) =>
        encodeGlobalID("WatchedIoc", `${ctx.viewer?.id}:${watched.type}:${watched.value}`),
    }),
    type: t.field({ type: IocTypeEnum, resolve: (watched) => watched.type }),
    value: t.exposeString("value", { description: "The canonical value (for a file, the hash as given)." }),
    createdAt: t.field({ type: "DateTime", resolve: (watched) => watched.createdAt }),
    ioc: t.prismaField({
      type: IocRef,
      nullable: true,
      description: "The IoC, once iocgraph has seen it in any collection.",
      // Prisma batches the findUnique calls of one tick into one statement.
      resolve: (query, watched, _args, ctx) =>
        watched.iocId ? ctx.db.ioc.findUnique({ ...query, where: { id: watched.iocId } }) : null,
    }),
  }),
});

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

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The watchlist after the change, and the root for refetching anything else (the Relay convention). */
function resultingWatchlist<T>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    watchlist: t.field({
      type: [WatchedIocRef],
      description: "Your whole watchlist after this change (it replaces a cached `Query.watchlist`).",
      resolve: (_payload, _args, ctx) => loadWatchlist(ctx),
    }),
    query: t.field({
      type: QueryRef,
      description: "The query root, to read anything else after this change (e.g. `query { watchlist }`).",
      resolve: () => ({}),
    }),
  };
}

const WatchIocsPayload = builder.objectRef<{ added: number }>("WatchIocsPayload").implement({
  fields: (t) => ({
    added: t.exposeInt("added", {
      description: "IoCs newly on the watchlist (the others were there already).",
    }),
    ...resultingWatchlist(t),
  }),
});

const UnwatchIocsPayload = builder.objectRef<{ removed: number }>("UnwatchIocsPayload").implement({
  fields: (t) => ({
    removed: t.exposeInt("removed", { description: "IoCs taken off the watchlist." }),
    ...resultingWatchlist(t),
  }),
});

const watchErrors = [ValidationError, AuthenticationRequiredError, ForbiddenError, LimitExceededError];

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
