// Collections: the type, its IoC connection, the queries that find collections and the mutations that
// change them. The rules live in src/collections/; resolvers here parse, call and return.
import { prismaConnectionHelpers, queryFromInfo } from "@pothos/plugin-prisma";
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import * as collections from "../collections/service.js";
import { listedTo, readableBy } from "../collections/visibility.js";
import { ValidationError } from "../errors.js";
import { canonicalize } from "../extraction/canonical.js";
import type { Ioc, Prisma } from "../generated/prisma/client.js";
import { iocWhere } from "../iocs/store.js";
import { decodeCursor, encodeCursor } from "../live/cursor.js";
import { type LiveChange, readChangePage, toBatch } from "../live/log.js";
import { unlessBehind } from "../live/stream.js";
import { collectionStream } from "../live/streams.js";
import { collectionErrors, IocTypeEnum, VisibilityEnum } from "./common.js";
import { IocRef } from "./ioc.js";
import { UserRef } from "./user.js";

export const CollectionRef = builder.prismaNode("Collection", {
  description: "A named, curated set of IoCs: a live report that its owner maintains and others follow.",
  id: { field: "id" },
  nullable: true,
  // A global id is not a permission: `node` applies the same visibility rule as `collection`.
  findUnique: (id, ctx) => ({ ...readableBy(ctx.viewer), id }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    tags: t.exposeStringList("tags", { description: "Curated tags, lower-case." }),
    visibility: t.expose("visibility", { type: VisibilityEnum }),
    owner: t.relation("owner"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When the collection or its set of IoCs last changed.",
    }),
    counts: t.field({
      type: CollectionCountsRef,
      select: { fileCount: true, urlCount: true, domainCount: true, ipCount: true, iocCount: true },
      resolve: (c) => ({
        files: c.fileCount,
        urls: c.urlCount,
        domains: c.domainCount,
        ipAddresses: c.ipCount,
        total: c.iocCount,
      }),
    }),
  }),
});

const CollectionCountsRef = builder
  .objectRef<{ files: number; urls: number; domains: number; ipAddresses: number; total: number }>(
    "CollectionCounts",
  )
  .implement({
    description: "How many IoCs of each kind a collection holds.",
    fields: (t) => ({
      files: t.exposeInt("files"),
      urls: t.exposeInt("urls"),
      domains: t.exposeInt("domains"),
      ipAddresses: t.exposeInt("ipAddresses"),
      total: t.exposeInt("total"),
    }),
  });

// Collection.iocs pages through memberships (in the order IoCs were added) and shows each IoC as the node,
// so an edge can say who added it and when. It queries the page itself, so LIMIT reaches the database: a
// nested relation read would load every membership of a 100,000-IoC collection to return a page of them.
builder.prismaObjectField(CollectionRef, "iocs", (t) =>
  t.connection(
    {
      type: IocRef,
      description: "The collection's IoCs, in the order they were added.",
      args: { type: t.arg({ type: IocTypeEnum, description: "Only IoCs of this type." }) },
      select: { id: true },
      resolve: async (collection, args, ctx, info) => {
        const iocQuery = queryFromInfo({ context: ctx, info, typeName: "Ioc", path: ["edges", "node"] });
        const loadPage = ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
          ctx.db.collectionIoc.findMany({
            where: {
              collectionId: collection.id,
              ...(args.type ? { ioc: { type: args.type } } : {}),
              seq: { gt: seqCursor(after), lt: seqCursor(before) },
            },
            orderBy: { seq: inverted ? "desc" : "asc" },
            take: limit,
            select: {
              seq: true,
              addedAt: true,
              addedById: true,
              ioc: Object.keys(iocQuery).length > 0 ? iocQuery : true,
            },
          }) as Promise<{ seq: bigint; addedAt: Date; addedById: string | null; ioc: Ioc }[]>;
        const page = await resolveCursorConnection(
          { args, toCursor: (membership) => membership.seq.toString(), maxSize: ctx.limits.maxPageSize },
          loadPage,
        );
        // The node is the IoC; the membership's own fields stay on the edge.
        const edges = page.edges.map((edge) => ({
          cursor: edge.cursor,
          node: edge.node.ioc,
          addedAt: edge.node.addedAt,
          addedById: edge.node.addedById,
        }));
        return { pageInfo: page.pageInfo, edges };
      },
    },
    { name: "CollectionIocConnection" },
    {
      name: "CollectionIocEdge",
      fields: (edge) => ({
        addedAt: edge.field({ type: "DateTime", resolve: (membership) => membership.addedAt }),
        addedBy: edge.prismaField({
          type: UserRef,
          nullable: true,
          description: "Who added the IoC; null once their account is gone.",
          // Prisma batches the findUnique calls of one tick into a single query.
          resolve: (query, membership, _args, ctx) =>
            membership.addedById
              ? ctx.db.user.findUnique({ ...query, where: { id: membership.addedById } })
              : null,
        }),
      }),
    },
  ),
);

/** A Collection.iocs cursor is the membership's sequence number. */
function seqCursor(cursor: string | undefined): bigint | undefined {
  if (cursor === undefined) return undefined;
  if (!/^\d{1,19}$/.test(cursor))
    throw new ValidationError(`Not a cursor of this connection: "${cursor}".`, "after");
  return BigInt(cursor);
}

// Ioc.collections: the collections holding an IoC that the viewer may see listed.
const holderHelpers = prismaConnectionHelpers(builder, "CollectionIoc", {
  cursor: "collectionId_iocId",
  query: (_args, ctx) => ({
    where: { collection: listedTo(ctx.viewer) },
    orderBy: { collectionId: "asc" as const },
  }),
  select: (nodeSelection) => ({ addedAt: true, collection: nodeSelection(true) }),
  resolveNode: (membership) => membership.collection,
});

builder.prismaInterfaceField(IocRef, "collections", (t) =>
  t.connection(
    {
      type: CollectionRef,
      description: "The collections that hold this IoC and that you may see.",
      select: (args, ctx, nestedSelection) => ({
        collections: holderHelpers.getQuery(args, ctx, nestedSelection),
        _count: { select: { collections: { where: { collection: listedTo(ctx.viewer) } } } },
      }),
      resolve: (ioc, args, ctx) => ({
        ...holderHelpers.resolve(ioc.collections, args, ctx),
        totalCount: ioc._count.collections,
      }),
    },
    {
      name: "IocCollectionConnection",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "How many collections you may see hold this IoC.",
          resolve: (result) => result.totalCount,
        }),
      }),
    },
    {
      name: "IocCollectionEdge",
      fields: (edge) => ({
        addedAt: edge.field({
          type: "DateTime",
          description: "When the IoC was added to that collection.",
          resolve: (membership) => membership.addedAt,
        }),
      }),
    },
  ),
);

builder.queryField("collection", (t) =>
  t.prismaField({
    type: CollectionRef,
    nullable: true,
    description: "A collection by id; null when it does not exist or is not visible to you.",
    args: { id: t.arg.globalID({ required: true, for: [CollectionRef] }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.collection.findFirst({ ...query, where: { id: args.id.id, ...readableBy(ctx.viewer) } }),
  }),
);

const CollectionOrderField = builder.enumType("CollectionOrderField", {
  values: {
    CREATED_AT: { description: "When the collection was created." },
    UPDATED_AT: { description: "When it last changed." },
    SIZE: { description: "How many IoCs it holds." },
  } as const,
});

const OrderDirection = builder.enumType("OrderDirection", { values: ["ASC", "DESC"] as const });

const CollectionFilter = builder.inputType("CollectionFilter", {
  description: "Every given condition must hold.",
  fields: (t) => ({
    owner: t.globalID({ for: [UserRef], description: "Owned by this user." }),
    tag: t.string({ description: "Carries this tag." }),
    containsIoc: t.string({ description: "Holds this IoC (any value `ioc` accepts, defanged too)." }),
    search: t.string({ description: "Text in the name or description (case-insensitive)." }),
    visibility: t.field({
      type: VisibilityEnum,
      description: "With this visibility (UNLISTED and PRIVATE match your own collections only).",
    }),
  }),
});

function collectionFilter(filter: typeof CollectionFilter.$inferInput | null | undefined, viewerId?: string) {
  const and: Prisma.CollectionWhereInput[] = [];
  if (!filter) return and;
  if (filter.owner) and.push({ ownerId: filter.owner.id });
  if (filter.tag) and.push({ tags: { has: filter.tag.trim().toLowerCase() } });
  if (filter.search) {
    const contains = filter.search;
    and.push({
      OR: [{ name: { contains, mode: "insensitive" } }, { description: { contains, mode: "insensitive" } }],
    });
  }
  if (filter.containsIoc != null) {
    const result = canonicalize(filter.containsIoc);
    if (!result.ok) throw new ValidationError(`Not an IoC: ${result.reason}`, "containsIoc");
    and.push({ iocs: { some: { ioc: iocWhere(result.ioc) } } });
  }
  if (filter.visibility) {
    and.push({ visibility: filter.visibility });
    if (filter.visibility !== "PUBLIC") and.push({ ownerId: viewerId ?? "" });
  }
  return and;
}

builder.queryField("collections", (t) =>
  t.prismaConnection({
    type: CollectionRef,
    cursor: "id",
    description: "Collections you may see listed: public ones and your own. Newest first by default.",
    args: {
      filter: t.arg({ type: CollectionFilter }),
      orderBy: t.arg({ type: CollectionOrderField, defaultValue: "CREATED_AT" }),
      direction: t.arg({ type: OrderDirection, defaultValue: "DESC" }),
    },
    resolve: (query, _root, args, ctx) => {
      const direction = args.direction === "ASC" ? "asc" : "desc";
      const field = { CREATED_AT: "createdAt", UPDATED_AT: "updatedAt", SIZE: "iocCount" } as const;
      return ctx.db.collection.findMany({
        ...query,
        where: { AND: [listedTo(ctx.viewer), ...collectionFilter(args.filter, ctx.viewer?.id)] },
        // The id breaks ties, so cursors are stable within equal timestamps or sizes.
        orderBy: [{ [field[args.orderBy ?? "CREATED_AT"]]: direction }, { id: direction }],
      });
    },
  }),
);

builder.prismaObjectField(UserRef, "collections", (t) =>
  t.relatedConnection("collections", {
    cursor: "id",
    description: "The user's collections that you may see listed, newest first.",
    query: (_args, ctx) => ({ where: listedTo(ctx.viewer), orderBy: { createdAt: "desc" } }),
  }),
);

// ---- Mutations -------------------------------------------------------------------------------------------

const IocInput = builder.inputType("IocInput", {
  description: "One IoC. Defanged values are accepted; `type` is inferred when absent.",
  fields: (t) => ({
    type: t.field({ type: IocTypeEnum }),
    value: t.string({ required: true }),
  }),
});

export const InvalidIocRef = builder.objectRef<{ input: string; reason: string }>("InvalidIoc").implement({
  description: "An item that was not added, and why.",
  fields: (t) => ({ input: t.exposeString("input"), reason: t.exposeString("reason") }),
});

const AddReportRef = builder.objectRef<collections.AddReport>("AddIocsReport").implement({
  description: "What happened to each IoC of the request.",
  fields: (t) => ({
    added: t.exposeInt("added", { description: "IoCs newly in the collection." }),
    duplicates: t.exposeInt("duplicates", {
      description: "IoCs that were in the collection already, or repeated in the request.",
    }),
    invalid: t.field({ type: [InvalidIocRef], resolve: (report) => report.invalid }),
  }),
});

const RemoveReportRef = builder
  .objectRef<{ removed: number; notInCollection: number; invalid: { input: string; reason: string }[] }>(
    "RemoveIocsReport",
  )
  .implement({
    fields: (t) => ({
      removed: t.exposeInt("removed", { description: "IoCs taken out of the collection." }),
      notInCollection: t.exposeInt("notInCollection", { description: "Valid IoCs that were not in it." }),
      invalid: t.field({ type: [InvalidIocRef], resolve: (report) => report.invalid }),
    }),
  });

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A payload's `collection`: the changed collection, refetched with whatever the client selects. */
export function collectionField<T extends { collectionId: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>,
) {
  return t.prismaField({
    type: CollectionRef,
    resolve: (query, result, _args, ctx) =>
      ctx.db.collection.findUniqueOrThrow({ ...query, where: { id: result.collectionId } }),
  });
}

type Created = { collectionId: string; report: collections.AddReport };

const CreateCollectionPayload = builder.objectRef<Created>("CreateCollectionPayload").implement({
  fields: (t) => ({
    collection: collectionField(t),
    report: t.field({ type: AddReportRef, resolve: (result) => result.report }),
  }),
});

const AddIocsPayload = builder.objectRef<Created>("AddIocsPayload").implement({
  fields: (t) => ({
    collection: collectionField(t),
    report: t.field({ type: AddReportRef, resolve: (result) => result.report }),
  }),
});

const UpdateCollectionPayload = builder
  .objectRef<{ collectionId: string }>("UpdateCollectionPayload")
  .implement({
    fields: (t) => ({ collection: collectionField(t) }),
  });

const RemoveIocsPayload = builder
  .objectRef<Awaited<ReturnType<typeof collections.removeIocs>>>("RemoveIocsPayload")
  .implement({
    fields: (t) => ({
      collection: collectionField(t),
      report: t.field({ type: RemoveReportRef, resolve: (result) => result.report }),
    }),
  });

const DeleteCollectionPayload = builder
  .objectRef<{ collectionId: string }>("DeleteCollectionPayload")
  .implement({
    fields: (t) => ({
      collection: t.field({
        type: DeletedCollectionRef,
        description: "The deleted collection: its id only.",
        resolve: (result) => ({ id: result.collectionId }),
      }),
    }),
  });

const DeletedCollectionRef = builder.objectRef<{ id: string }>("DeletedCollection").implement({
  fields: (t) => ({ id: t.globalID({ resolve: (deleted) => ({ type: "Collection", id: deleted.id }) }) }),
});

const CreateCollectionInput = builder.inputType("CreateCollectionInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    tags: t.stringList(),
    visibility: t.field({ type: VisibilityEnum, description: "PUBLIC when absent." }),
    iocs: t.field({ type: [IocInput], description: "IoCs as a typed list." }),
    rawText: t.string({
      description: "A pasted text (report, CSV, list) whose IoCs are extracted and added.",
    }),
  }),
});

const UpdateCollectionInput = builder.inputType("UpdateCollectionInput", {
  description: "Fields left out stay as they are.",
  fields: (t) => ({
    id: t.globalID({ required: true, for: [CollectionRef] }),
    name: t.string(),
    description: t.string(),
    tags: t.stringList({ description: "Replaces the tags." }),
    visibility: t.field({ type: VisibilityEnum }),
  }),
});

const DeleteCollectionInput = builder.inputType("DeleteCollectionInput", {
  fields: (t) => ({ id: t.globalID({ required: true, for: [CollectionRef] }) }),
});

const AddIocsInput = builder.inputType("AddIocsInput", {
  fields: (t) => ({
    collectionId: t.globalID({ required: true, for: [CollectionRef] }),
    iocs: t.field({ type: [IocInput] }),
    rawText: t.string({ description: "A pasted text whose IoCs are extracted and added." }),
  }),
});

const RemoveIocsInput = builder.inputType("RemoveIocsInput", {
  fields: (t) => ({
    collectionId: t.globalID({ required: true, for: [CollectionRef] }),
    iocs: t.field({ type: [IocInput], required: true }),
  }),
});

function resultOf(name: string) {
  return { types: collectionErrors, directResult: true as const, union: { name } };
}

builder.mutationFields((t) => ({
  createCollection: t.field({
    type: CreateCollectionPayload,
    description: "Creates a collection you own, optionally with IoCs from a typed list and/or pasted text.",
    errors: resultOf("CreateCollectionResult"),
    args: { input: t.arg({ type: CreateCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.createCollection(ctx, input),
  }),
  updateCollection: t.field({
    type: UpdateCollectionPayload,
    description: "Changes a collection's name, description, tags or visibility.",
    errors: resultOf("UpdateCollectionResult"),
    args: { input: t.arg({ type: UpdateCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.updateCollection(ctx, input.id.id, input),
  }),
  deleteCollection: t.field({
    type: DeleteCollectionPayload,
    description: "Deletes a collection. The IoCs stay, for the other collections that hold them.",
    errors: resultOf("DeleteCollectionResult"),
    args: { input: t.arg({ type: DeleteCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.deleteCollection(ctx, input.id.id),
  }),
  addIocs: t.field({
    type: AddIocsPayload,
    description:
      "Adds IoCs from a typed list and/or pasted text. Invalid items are reported one by one and the valid " +
      "ones added; an IoC already there counts as a duplicate.",
    errors: resultOf("AddIocsResult"),
    args: { input: t.arg({ type: AddIocsInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.addIocs(ctx, input.collectionId.id, input),
  }),
  removeIocs: t.field({
    type: RemoveIocsPayload,
    description: "Takes IoCs out of a collection (they remain in the others).",
    errors: resultOf("RemoveIocsResult"),
    args: { input: t.arg({ type: RemoveIocsInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.removeIocs(ctx, input.collectionId.id, input.iocs),
  }),
}));

// ---- Change log: history and live updates (src/live/) ---------------------------------------------------

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
    UPDATED: { description: "The name, description, tags or visibility changed (`fields` says which)." },
    DELETED: { description: "The collection was deleted. The last event of its `collectionUpdated` stream." },
  } as const,
});

export const CollectionChangeRef = builder.objectRef<LiveChange>("CollectionChange").implement({
  description:
    "One entry of a collection's change log: what changed, who changed it and when. The same entries make " +
    "the history (`collectionChanges`) and the live events (`collectionUpdated`, `collectionsFeed`).",
  fields: (t) => ({
    cursor: t.string({
      description:
        "Where this change is in the log (opaque, ordered). Resubscribe with `since: cursor` to receive exactly " +
        "the changes after it, or page history with `after: cursor`.",
      resolve: (change) => encodeCursor(change.id),
    }),
    kind: t.field({ type: CollectionChangeKindEnum, resolve: (change) => change.kind }),
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
        change.batch.loads.readableCollection<never>(query, change.collectionId, ctx.viewer),
    }),
    actor: t.prismaField({
      type: UserRef,
      nullable: true,
      description: "Who made the change; null once their account is gone.",
      resolve: (query, change) =>
        change.actorId ? change.batch.loads.user<never>(query, change.actorId) : null,
    }),
    iocs: t.prismaField({
      type: [IocRef],
      description:
        "The IoCs added (CREATED, IOCS_ADDED) or removed (IOCS_REMOVED), in the order of the change; " +
        "empty for UPDATED and DELETED.",
      resolve: (query, change) => change.batch.loads.iocs<never>(query, change.iocIds),
    }),
    iocCount: t.int({
      description: "How many IoCs `iocs` holds.",
      resolve: (change) => change.iocIds.length,
    }),
    fields: t.stringList({
      nullable: true,
      description: "For UPDATED: the fields that changed (name, description, tags, visibility).",
      resolve: (change) => {
        const fields = (change.details as { fields?: unknown } | null)?.fields;
        return change.kind === "UPDATED" && Array.isArray(fields) ? fields.map(String) : null;
      },
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
      args: { id: t.arg.globalID({ required: true, for: [CollectionRef] }) },
      resolve: async (_root, args, ctx) => {
        const id = args.id.id;
        const found = await ctx.db.collection.findFirst({
          where: { id, ...readableBy(ctx.viewer) },
          select: { id: true },
        });
        if (!found) return null;
        const after = args.after != null ? decodeCursor(args.after, "after") : undefined;
        const before = args.before != null ? decodeCursor(args.before, "before") : undefined;
        const backward = args.last != null && args.first == null;
        const size = (backward ? args.last : args.first) ?? 20;
        if (size < 0)
          throw new ValidationError("A page size cannot be negative.", backward ? "last" : "first");
        const rows = await readChangePage(
          ctx.db,
          { collectionId: id },
          {
            after,
            before,
            limit: size + 1,
            newestFirst: backward,
          },
        );
        const more = rows.length > size;
        const page = rows.slice(0, size);
        if (backward) page.reverse();
        const edges = (await toBatch(ctx.db, page)).map((node) => ({ cursor: encodeCursor(node.id), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: backward ? before !== undefined : more,
            hasPreviousPage: backward ? more : after !== undefined,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    { name: "CollectionChangeConnection" },
    { name: "CollectionChangeEdge" },
  ),
);

builder.subscriptionField("collectionUpdated", (t) =>
  t.field({
    type: CollectionChangeRef,
    description:
      "Every change to one collection, as it happens: IOCS_ADDED, IOCS_REMOVED, UPDATED, and DELETED (the last " +
      "event; the stream then completes). With `since` (a change's `cursor`), first replays every change after " +
      "it, then continues live, in order, with nothing missed or repeated. A subscriber that falls too far " +
      "behind gets an error with code RESUME_REQUIRED and the cursor to resubscribe from.",
    args: {
      id: t.arg.globalID({ required: true, for: [CollectionRef] }),
      since: t.arg.string({
        description: 'Resume after this cursor; from now when absent. "0": from the start.',
      }),
    },
    subscribe: (_root, args, ctx) => collectionStream(ctx, args.id.id, args.since),
    resolve: (payload) => unlessBehind(payload),
  }),
);
