// The change log of a collection: its entries as history (`collectionChanges`) and as live events
// (`collectionUpdated`). The log is written by src/collections/ and read by src/live/.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { canRead, readableBy } from "../access/collections.js";
import { visibleFromCollection } from "../access/iocs.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { NotFoundError } from "../errors.js";
import { changeCursor } from "../live/cursor.js";
import { deletedState, type LiveChange, readChangePage, toBatch } from "../live/log.js";
import { unlessEnded } from "../live/replayThenLive.js";
import { collectionStream } from "../live/subscriptions.js";
import { CollectionIocEdgeRef, CollectionRef, membershipEdge } from "./collection.js";
import { paginate, totalCountField } from "./connection.js";
import { idOf, iocGlobalId } from "./ids.js";
import { IocRef } from "./ioc.js";
import { UserRef } from "./user.js";

export const CollectionChangeKindEnum = builder.enumType("CollectionChangeKind", {
  description: "What a change did to a collection.",
  values: {
    CREATED: {
      description:
        "The collection was created, with its first IoCs. Seen in history and feeds, and by `collectionUpdated` " +
        "only when replaying from before the collection existed.",
    },
    IOCS_ADDED: { description: "IoCs were added." },
    IOCS_REMOVED: { description: "IoCs were removed." },
    UPDATED: {
      description:
        "The collection's own fields changed: name, description, tags, visibility or metadata (`changes` says " +
        "which, with their old and new values).",
    },
    DELETED: { description: "The collection was deleted. The last event of its `collectionUpdated` stream." },
  } as const,
});

/** Change-log entries by id, each only when the viewer may read its collection (as it was, once deleted). */
async function loadChanges(ids: readonly string[], ctx: Context): Promise<(LiveChange | null)[]> {
  const keys = ids.flatMap((id) => changeCursor.decode(id) ?? []);
  const rows = keys.length ? await ctx.db.collectionChange.findMany({ where: { id: { in: keys } } }) : [];
  const readable = (await toBatch(ctx.db, rows)).filter((change) => {
    const state = change.batch.states.get(change.collectionId) ?? deletedState(change);
    return state !== null && canRead(ctx.viewer, state);
  });
  const byId = new Map(readable.map((change) => [change.id.toString(), change]));
  return ids.map((id) => byId.get(id) ?? null);
}

const ADDING = new Set(["CREATED", "IOCS_ADDED"]);

interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

const FieldChangeRef = builder.objectRef<FieldChange>("FieldChange").implement({
  description: "One field an update changed, with its value before and after.",
  fields: (t) => ({
    field: t.exposeString("field", {
      description: "The field's name as `Collection` shows it (name, tags, tlp, targetedRegions…).",
    }),
    from: t.field({
      type: "JSON",
      nullable: true,
      description:
        "The value before, as `Collection` shows it (a string, an enum name, a list; references as " +
        "[{url, title}]); null when there was none. Null too for entries logged before values were kept.",
      resolve: (change) => change.from ?? null,
    }),
    to: t.field({
      type: "JSON",
      nullable: true,
      description: "The value after, in the same form; null when the field was cleared.",
      resolve: (change) => change.to ?? null,
    }),
  }),
});

/** The changes an UPDATED entry records: with values since they are logged, field names only before. */
function fieldChangesOf(change: LiveChange): FieldChange[] {
  if (change.kind !== "UPDATED") return [];
  const details = change.details as { fields?: unknown; changes?: unknown } | null;
  const values =
    details?.changes && typeof details.changes === "object"
      ? (details.changes as Record<string, unknown>)
      : {};
  const fields = Array.isArray(details?.fields) ? details.fields.map(String) : Object.keys(values);
  return fields.map((field) => {
    const value = values[field] as { from?: unknown; to?: unknown } | undefined;
    return { field, from: value?.from ?? null, to: value?.to ?? null };
  });
}

export const CollectionChangeRef = builder.node(builder.objectRef<LiveChange>("CollectionChange"), {
  description:
    "One entry of a collection's change log: what changed, who changed it and when. The same entries make " +
    "the history (`collectionChanges`) and the live events (`collectionUpdated`, `collectionsFeed`). " +
    "Besides `iocs`, an event carries what a client cache needs to apply it: `addedEdges`, `removedIocIds`, " +
    "`deletedCollectionId`.",
  id: { resolve: (change) => change.id.toString() },
  loadMany: loadChanges,
  fields: (t) => ({
    cursor: t.string({
      description:
        "Where this change is in the log (opaque, ordered). Resubscribe with `since: cursor` to receive exactly " +
        "the changes after it, or page history with `after: cursor`.",
      resolve: (change) => changeCursor.encode(change.id),
    }),
    kind: t.field({
      type: CollectionChangeKindEnum,
      resolve: (change) => {
        // Revocations are in the log too, but never reach a reader of collections (src/live/log.ts).
        if (change.kind === "API_KEY_REVOKED") throw new Error("a key revocation is not a collection change");
        return change.kind;
      },
    }),
    at: t.field({
      type: "DateTime",
      description: "When the change was made.",
      resolve: (change) => change.at,
    }),
    collectionId: t.globalID({
      description: "The collection's id, also once it is deleted.",
      resolve: (change) => ({ type: "Collection", id: change.collectionId }),
    }),
    collection: t.prismaField({
      type: CollectionRef,
      nullable: true,
      description: "The collection as it is now (not as it was then); null once it is deleted.",
      resolve: (query, change, _args, ctx) =>
        change.batch.reads.readableCollection(query, change.collectionId, ctx.viewer),
    }),
    actor: t.prismaField({
      type: UserRef,
      nullable: true,
      description: "Who made the change; null once their account is gone.",
      resolve: (query, change) => (change.actorId ? change.batch.reads.user(query, change.actorId) : null),
    }),
    iocs: t.prismaField({
      type: [IocRef],
      description:
        "The IoCs added (CREATED, IOCS_ADDED) or removed (IOCS_REMOVED), in the order of the change; " +
        "empty for UPDATED and DELETED. Only those the collection still holds or that you may see otherwise: " +
        "an IoC removed from it that only a private collection holds now is left out (`iocCount` still counts it).",
      resolve: (query, change, _args, ctx) =>
        change.batch.reads.iocs(query, change.iocIds, visibleFromCollection(ctx.viewer, change.collectionId)),
    }),
    addedEdges: t.field({
      type: [CollectionIocEdgeRef],
      description:
        "For CREATED and IOCS_ADDED: the added IoCs as edges of `Collection.iocs` (cursor, addedAt, addedBy, " +
        "node), as they are now: one taken out since is left out. Empty for other kinds. Append them to a " +
        "cached list (Relay `@appendEdge`).",
      resolve: async (change, _args, ctx, info) => {
        if (!ADDING.has(change.kind)) return [];
        const iocQuery = queryFromInfo({ context: ctx, info, typeName: "Ioc", path: ["node"] });
        const rows = await change.batch.reads.memberships(iocQuery, change.collectionId, change.iocIds);
        return rows.map(membershipEdge);
      },
    }),
    removedIocIds: t.idList({
      description:
        "For IOCS_REMOVED: the global ids of the IoCs taken out (Relay `@deleteEdge`). Empty for other kinds.",
      resolve: async (change) =>
        change.kind === "IOCS_REMOVED"
          ? // Opaque ids of what the collection held, for a reader of it: no value, so nothing else to hide.
            (await change.batch.reads.iocs({ select: { id: true, type: true } }, change.iocIds, {})).map(
              iocGlobalId,
            )
          : [],
    }),
    deletedCollectionId: t.id({
      nullable: true,
      description: "For DELETED: the collection's global id (Relay `@deleteRecord`); null for other kinds.",
      resolve: (change) =>
        change.kind === "DELETED" ? encodeGlobalID("Collection", change.collectionId) : null,
    }),
    iocCount: t.int({
      description: "How many IoCs the change added or removed.",
      resolve: (change) => change.iocIds.length,
    }),
    fields: t.stringList({
      nullable: true,
      description:
        "For UPDATED: the names of the fields that changed (as `changes` lists them); null for other kinds.",
      resolve: (change) => (change.kind === "UPDATED" ? fieldChangesOf(change).map((c) => c.field) : null),
    }),
    changes: t.field({
      type: [FieldChangeRef],
      description:
        "For UPDATED: each field that changed with its old and new value (an audit trail of the metadata, " +
        "TLP included); empty for other kinds.",
      resolve: (change) => fieldChangesOf(change),
    }),
  }),
});

builder.queryField("collectionChanges", (t) =>
  t.connection(
    {
      type: CollectionChangeRef,
      nullable: true,
      description:
        "A collection's change log, oldest first: who added or removed which IoCs, and when (an audit trail). " +
        "Null when the collection does not exist or is not visible to you. An edge's cursor is also a `since` " +
        "for `collectionUpdated`.",
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const id = idOf(String(args.id), "Collection");
        if (!id) return null;
        const found = await ctx.db.collection.findFirst({
          where: { id, ...readableBy(ctx.viewer) },
          select: { id: true },
        });
        if (!found) return null;
        return paginate(args, {
          codec: changeCursor,
          maxSize: ctx.limits.maxPageSize,
          load: async ({ after, before, limit, backward }) =>
            toBatch(
              ctx.db,
              await readChangePage(
                ctx.db,
                { collectionId: id },
                { after, before, limit, newestFirst: backward },
              ),
            ),
          keyOf: (change) => change.id,
          edge: (change) => ({ node: change }),
          count: () => ctx.db.collectionChange.count({ where: { collectionId: id } }),
        });
      },
    },
    { name: "CollectionChangeConnection", fields: (t) => ({ totalCount: totalCountField(t) }) },
    { name: "CollectionChangeEdge" },
  ),
);

/** The collection a subscription names; NotFoundError (as for one that does not exist) when it names none. */
export function requireCollection(globalId: string | number | bigint): string {
  const id = idOf(String(globalId), "Collection");
  if (!id) throw new NotFoundError(`No collection with id "${globalId}".`);
  return id;
}

builder.subscriptionField("collectionUpdated", (t) =>
  t.field({
    type: CollectionChangeRef,
    description:
      "Every change to one collection, as it happens: IOCS_ADDED, IOCS_REMOVED, UPDATED, and DELETED (the last " +
      "event; the stream then completes). With `since` (a change's `cursor`), first replays every change after " +
      "it, then continues live, in order, with nothing missed or repeated. A subscriber that falls too far " +
      "behind gets an error with code RESUME_REQUIRED and the cursor to resubscribe from.",
    args: {
      id: t.arg.id({ required: true }),
      since: t.arg.string({
        description: 'Resume after this cursor; from now when absent. "0": from the start.',
      }),
    },
    subscribe: (_root, args, ctx) => collectionStream(ctx, requireCollection(args.id), args.since),
    resolve: (payload) => unlessEnded(payload),
  }),
);
