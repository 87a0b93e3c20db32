// Collections: the type, its IoC connection, the queries that find collections and the mutations that
// change them. The rules live in src/collections/; resolvers here parse, call and return.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { listedTo, readableBy } from "../access/collections.js";
import { builder } from "../builder.js";
import { countsOf } from "../collections/counts.js";
import { type CollectionFilter, collectionsWhere } from "../collections/filter.js";
import * as collections from "../collections/service.js";
import { bigintCursor, jsonCursor } from "../cursors.js";
import { ValidationError } from "../errors.js";
import { iocKinds, kindList } from "../iocs/kinds.js";
import { collectionErrors, IocTypeEnum, VisibilityEnum } from "./common.js";
import { paginate, totalCountField } from "./connection.js";
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
      select: { typeCounts: true, iocCount: true },
      resolve: (c) => countsOf(c.typeCounts, c.iocCount),
    }),
  }),
});

const CollectionCountsRef = builder.objectRef<Record<string, number>>("CollectionCounts").implement({
  description: "How many IoCs of each kind a collection holds.",
  fields: (t) => ({
    ...Object.fromEntries(
      kindList.map((kind) => [
        kind.countField,
        t.int({ description: `${kind.typeName} IoCs.`, resolve: (counts) => counts[kind.countField] }),
      ]),
    ),
    total: t.int({ description: "All IoCs.", resolve: (counts) => counts.total }),
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
      select: { id: true, typeCounts: true, iocCount: true },
      resolve: async (collection, args, ctx, info) => {
        const iocQuery = queryFromInfo({ context: ctx, info, typeName: "Ioc", path: ["edges", "node"] });
        const page = await paginate(args, {
          codec: bigintCursor,
          maxSize: ctx.limits.maxPageSize,
          load: ({ after, before, limit, backward }) =>
            ctx.db.collectionIoc.findMany({
              where: {
                collectionId: collection.id,
                ...(args.type ? { ioc: { type: args.type } } : {}),
                seq: { gt: after, lt: before },
              },
              orderBy: { seq: backward ? "desc" : "asc" },
              take: limit,
              select: {
                seq: true,
                addedAt: true,
                addedById: true,
                ioc: Object.keys(iocQuery).length > 0 ? iocQuery : true,
              },
            }),
          keyOf: (membership) => membership.seq,
          // Kept exact with the membership, so counting costs nothing.
          count: async () => {
            const counts = countsOf(collection.typeCounts, collection.iocCount);
            return args.type ? counts[iocKinds[args.type].countField] : counts.total;
          },
        });
        // The node is the IoC; the membership's own fields stay on the edge.
        const edges = page.edges.map(({ cursor, node: membership }) => ({
          cursor,
          node: membership.ioc,
          addedAt: membership.addedAt,
          addedById: membership.addedById,
        }));
        return { ...page, edges };
      },
    },
    { name: "CollectionIocConnection", fields: (t) => ({ totalCount: totalCountField(t) }) },
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

/** Ioc.collections cursors: the holding collection's id. */
const holderCursor = jsonCursor(
  (collectionId: string) => collectionId,
  (value) => (typeof value === "string" ? value : null),
);

// Ioc.collections: the collections holding an IoC that the viewer may see listed, batched for every IoC of a
// page with a LIMIT per IoC (graph/queries.ts holderRows), so a hub IoC costs one page, not all its holders.
builder.prismaInterfaceField(IocRef, "collections", (t) =>
  t.connection(
    {
      type: CollectionRef,
      description: "The collections that hold this IoC and that you may see.",
      select: { id: true },
      resolve: async (ioc, args, ctx, info) => {
        const nodeQuery = queryFromInfo({
          context: ctx,
          info,
          typeName: "Collection",
          path: ["edges", "node"],
        });
        const page = await paginate(args, {
          codec: holderCursor,
          maxSize: ctx.limits.maxPageSize,
          load: ({ after, limit, backward }) => {
            if (backward)
              throw new ValidationError("This list pages forwards only (`first`/`after`).", "last");
            return ctx.graph.holders<typeof CollectionRef.$inferType>(ioc.id, {
              viewer: ctx.viewer,
              limit,
              after: after ?? null,
              nodeQuery,
            });
          },
          keyOf: (holder) => holder.collectionId,
          count: () => ctx.graph.holderCount(ioc.id, ctx.viewer),
        });
        const edges = page.edges.map(({ cursor, node: holder }) => ({
          cursor,
          node: holder.node,
          addedAt: holder.addedAt,
        }));
        return { ...page, edges };
      },
    },
    {
      name: "IocCollectionConnection",
      fields: (connection) => ({
        totalCount: connection.int({
          description: "How many collections you may see hold this IoC (counted only when you ask for it).",
          resolve: (result) => result.totalCount(),
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

const CollectionFilterInput = builder.inputType("CollectionFilter", {
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

function filterOf(
  filter: typeof CollectionFilterInput.$inferInput | null | undefined,
): CollectionFilter | null {
  return filter ? { ...filter, ownerId: filter.owner?.id } : null;
}

builder.queryField("collections", (t) =>
  t.prismaConnection({
    type: CollectionRef,
    cursor: "id",
    description: "Collections you may see listed: public ones and your own. Newest first by default.",
    args: {
      filter: t.arg({ type: CollectionFilterInput }),
      orderBy: t.arg({ type: CollectionOrderField, defaultValue: "CREATED_AT" }),
      direction: t.arg({ type: OrderDirection, defaultValue: "DESC" }),
    },
    resolve: (query, _root, args, ctx) => {
      const direction = args.direction === "ASC" ? "asc" : "desc";
      const field = { CREATED_AT: "createdAt", UPDATED_AT: "updatedAt", SIZE: "iocCount" } as const;
      return ctx.db.collection.findMany({
        ...query,
        where: collectionsWhere(ctx.viewer, filterOf(args.filter)),
        // The id breaks ties, so cursors are stable within equal timestamps or sizes.
        orderBy: [{ [field[args.orderBy ?? "CREATED_AT"]]: direction }, { id: direction }],
      });
    },
    totalCount: (_root, args, ctx) =>
      ctx.db.collection.count({ where: collectionsWhere(ctx.viewer, filterOf(args.filter)) }),
  }),
);

builder.prismaObjectField(UserRef, "collections", (t) =>
  t.relatedConnection("collections", {
    cursor: "id",
    description: "The user's collections that you may see listed, newest first.",
    query: (_args, ctx) => ({ where: listedTo(ctx.viewer), orderBy: { createdAt: "desc" } }),
    totalCount: true,
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

const InvalidIocRef = builder.objectRef<{ input: string; reason: string }>("InvalidIoc").implement({
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
function collectionField<T extends { collectionId: string }>(
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
