// Collections: the type, its IoC connection and the queries that find collections (the mutations are in
// collectionMutations.ts). The rules live in src/collections/; resolvers here parse, call and return.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { listedTo, readableBy } from "../access/collections.js";
import { builder } from "../builder.js";
import { countsOf } from "../collections/counts.js";
import { type CollectionFilter, collectionsWhere } from "../collections/filter.js";
import { readableCollection, readsOnlyColumns } from "../collections/read.js";
import { bigintCursor, jsonCursor } from "../cursors.js";
import { ValidationError } from "../errors.js";
import type { HolderCursor } from "../graph/queries.js";
import { iocKinds, kindList } from "../iocs/kinds.js";
import { CollectionTypeEnum, IocTypeEnum, TlpEnum, VisibilityEnum } from "./common.js";
import { connectionRef, paginate } from "./connection.js";
import { idOf } from "./ids.js";
import { IocRef } from "./ioc.js";
import { nodeQueryOf } from "./selection.js";
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

/** An edge of `Collection.iocs`: the IoC as the node, the membership's own fields beside it. */
export interface MembershipEdge {
  cursor: string;
  node: typeof IocRef.$inferType;
  addedAt: Date;
  addedById: string | null;
}

/** The membership columns an edge shows, with the IoC read as `iocQuery` (the client's selection). */
export function membershipSelect(iocQuery: object) {
  return {
    seq: true,
    addedAt: true,
    addedById: true,
    ioc: Object.keys(iocQuery).length > 0 ? iocQuery : true,
  } as const;
}

interface Membership {
  seq: bigint;
  addedAt: Date;
  addedById: string | null;
  ioc: typeof IocRef.$inferType;
}

/** What an edge shows of a membership, but its cursor. */
function membershipFields(membership: Membership): Omit<MembershipEdge, "cursor"> {
  return { node: membership.ioc, addedAt: membership.addedAt, addedById: membership.addedById };
}

export function membershipEdge(membership: Membership): MembershipEdge {
  return { cursor: bigintCursor.encode(membership.seq), ...membershipFields(membership) };
}

// One edge type wherever an IoC is shown as a member of a collection: its list, the edges a mutation added
// and the edges a live event carries, so a client cache can insert the one into the other.
export const CollectionIocEdgeRef = builder.objectRef<MembershipEdge>("CollectionIocEdge").implement({
  description: "An IoC in a collection, with who added it and when.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Its position in `Collection.iocs`." }),
    node: t.field({ type: IocRef, resolve: (edge) => edge.node }),
    addedAt: t.field({
      type: "DateTime",
      description: "When it was added to the collection.",
      resolve: (edge) => edge.addedAt,
    }),
    addedBy: t.prismaField({
      type: UserRef,
      nullable: true,
      description: "Who added the IoC; null once their account is gone.",
      // Prisma batches the findUnique calls of one tick into a single query.
      resolve: (query, edge, _args, ctx) =>
        edge.addedById ? ctx.db.user.findUnique({ ...query, where: { id: edge.addedById } }) : null,
    }),
  }),
});

const CollectionIocConnection = connectionRef(
  "CollectionIocConnection",
  CollectionIocEdgeRef,
  "A page of a collection's IoCs, in the order they were added.",
);

// Collection.iocs pages through memberships (in the order IoCs were added) and shows each IoC as the node,
// so an edge can say who added it and when. It queries the page itself, so LIMIT reaches the database: a
// nested relation read would load every membership of a 100,000-IoC collection to return a page of them.
builder.prismaObjectField(CollectionRef, "iocs", (t) =>
  t.field({
    type: CollectionIocConnection,
    description: "The collection's IoCs, in the order they were added; pages both ways.",
    args: {
      ...t.arg.connectionArgs(),
      type: t.arg({ type: IocTypeEnum, description: "Only IoCs of this type." }),
    },
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
            select: membershipSelect(iocQuery),
          }),
        keyOf: (membership) => membership.seq,
        edge: membershipFields,
        // Kept exact with the membership, so counting costs nothing.
        count: async () => {
          const counts = countsOf(collection.typeCounts, collection.iocCount);
          return args.type ? counts[iocKinds[args.type].countField] : counts.total;
        },
      });
      return page;
    },
  }),
);

/** Ioc.collections cursors: when the IoC was added to the holding collection, and the collection's id. */
const holderCursor = jsonCursor(
  (key: HolderCursor) => [key.addedAt, key.collectionId],
  (value): HolderCursor | null => {
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [addedAt, collectionId] = value;
    if (typeof addedAt !== "string" || Number.isNaN(Date.parse(addedAt))) return null;
    return typeof collectionId === "string" ? { addedAt, collectionId } : null;
  },
);

// Ioc.collections: the collections holding an IoC that the viewer may see listed, batched for every IoC of a
// page with a LIMIT per IoC (graph/queries.ts holderRows), so a hub IoC costs one page, not all its holders.
builder.prismaInterfaceField(IocRef, "collections", (t) =>
  t.connection(
    {
      type: CollectionRef,
      description:
        "The collections that hold this IoC and that you may see listed (public ones and your own), the " +
        "most recent sighting (when it was added) first. Pages forwards.",
      select: { id: true },
      resolve: async (ioc, args, ctx, info) => {
        const nodeQuery = nodeQueryOf(ctx, info, ["edges", "node"], "Collection", readsOnlyColumns);
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
          keyOf: (holder) => ({
            addedAt: holder.addedAt.toISOString(),
            collectionId: holder.collectionId,
          }),
          edge: (holder) => ({ node: holder.node, addedAt: holder.addedAt }),
          count: () => ctx.graph.holderCount(ioc.id, ctx.viewer),
        });
        return page;
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
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = idOf(String(args.id), "Collection");
      if (!id) return null;
      return readsOnlyColumns(query)
        ? readableCollection(ctx.db, id, ctx.viewer)
        : ctx.db.collection.findFirst({ ...query, where: { id, ...readableBy(ctx.viewer) } });
    },
  }),
);

const CollectionOrderField = builder.enumType("CollectionOrderField", {
  description: "What `collections` is sorted by (ties broken by id, so pages are stable).",
  values: {
    CREATED_AT: { description: "When the collection was created." },
    UPDATED_AT: { description: "When it last changed." },
    SIZE: { description: "How many IoCs it holds." },
    NAME: { description: "Its name (A to Z ascending)." },
    TLP: { description: "Its TLP, from CLEAR (least restricted) to RED." },
    COLLECTION_TYPE: { description: "Its type, in the order `CollectionType` lists them." },
  } as const,
});

export const OrderDirection = builder.enumType("OrderDirection", {
  description: "Which way a list is sorted.",
  values: {
    ASC: { description: "Smallest (oldest, fewest) first." },
    DESC: { description: "Largest (newest, most) first." },
  } as const,
});

const CollectionFilterInput = builder.inputType("CollectionFilter", {
  description: "Every given condition must hold.",
  fields: (t) => ({
    owner: t.id({ description: "Owned by this user (a User id; any other id matches nothing)." }),
    tag: t.string({ description: "Carries this tag." }),
    containsIoc: t.string({ description: "Holds this IoC (any value `ioc` accepts, defanged too)." }),
    search: t.string({ description: "Text in the name or description (case-insensitive)." }),
    visibility: t.field({
      type: VisibilityEnum,
      description: "With this visibility (UNLISTED and PRIVATE match your own collections only).",
    }),
    collectionType: t.field({ type: CollectionTypeEnum, description: "Of this type." }),
    tlp: t.field({ type: TlpEnum, description: "Marked exactly this TLP." }),
    maxTlp: t.field({
      type: TlpEnum,
      description: "Marked this TLP or a less restricted one (maxTlp: GREEN = CLEAR or GREEN).",
    }),
    targetedIndustry: t.string({
      description: "Targets this industry (a STIX industry-sector-ov value, e.g. healthcare).",
    }),
    targetedRegion: t.string({ description: "Targets this country (ISO 3166-1 alpha-2, e.g. UA)." }),
    sourceRegion: t.string({ description: "Attributed to this country (ISO 3166-1 alpha-2)." }),
  }),
});

const NO_SUCH_USER = "(no such user)";

function filterOf(
  filter: typeof CollectionFilterInput.$inferInput | null | undefined,
): CollectionFilter | null {
  if (!filter) return null;
  // No user has NO_SUCH_USER as id: an owner id that names no user finds no collections.
  const ownerId = filter.owner == null ? null : (idOf(String(filter.owner), "User") ?? NO_SUCH_USER);
  return { ...filter, ownerId };
}

export const CollectionEdgeRef = builder.edgeObject({
  type: CollectionRef,
  name: "CollectionEdge",
  description: "A collection in a list.",
});

// One connection type for every list of plain collection edges, so a client's cache (Relay's edgeTypeName)
// does not depend on which list an edge came from.
export const CollectionConnectionRef = builder.connectionObject(
  {
    type: CollectionRef,
    name: "CollectionConnection",
    description: "A page of collections.",
    fields: (t) => ({
      totalCount: t.int({
        description: "How many items the whole list holds (counted only when you ask for it).",
        resolve: (connection) => {
          // plugin-prisma hands the connection its count as a function, run only when this field is selected.
          const { totalCount } = connection as { totalCount?: number | (() => Promise<number>) };
          return typeof totalCount === "function" ? totalCount() : (totalCount ?? 0);
        },
      }),
    }),
  },
  CollectionEdgeRef,
);

builder.queryField("collections", (t) =>
  t.prismaConnection(
    {
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
        const field = {
          CREATED_AT: "createdAt",
          UPDATED_AT: "updatedAt",
          SIZE: "iocCount",
          NAME: "name",
          TLP: "tlp",
          COLLECTION_TYPE: "collectionType",
        } as const;
        return ctx.db.collection.findMany({
          ...query,
          where: collectionsWhere(ctx.viewer, filterOf(args.filter)),
          // The id breaks ties, so cursors are stable within equal timestamps or sizes.
          orderBy: [{ [field[args.orderBy ?? "CREATED_AT"]]: direction }, { id: direction }],
        });
      },
      totalCount: (_root, args, ctx) =>
        ctx.db.collection.count({ where: collectionsWhere(ctx.viewer, filterOf(args.filter)) }),
    },
    CollectionConnectionRef,
  ),
);

builder.prismaObjectField(UserRef, "collections", (t) =>
  t.relatedConnection(
    "collections",
    {
      cursor: "id",
      description: "The user's collections that you may see listed, newest first.",
      query: (_args, ctx) => ({ where: listedTo(ctx.viewer), orderBy: { createdAt: "desc" } }),
      totalCount: true,
    },
    CollectionConnectionRef,
  ),
);
