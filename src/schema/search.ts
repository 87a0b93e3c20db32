// IoC search (Query.iocs) and an IoC's sightings. The rules live in src/search/searchQuery.ts (the filter and
// the query string) and src/search/iocSearch.ts (the SQL); who may see what in src/access/iocs.ts.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import { jsonCursor } from "../cursors.js";
import { ValidationError } from "../errors.js";
import {
  type Direction,
  IOC_ORDER_FIELDS,
  type IocOrderField,
  type SearchKey,
  searchCount,
  searchPage,
} from "../search/iocSearch.js";
import {
  checkFilter,
  combineFilters,
  type IocSearchFilter,
  parseSearchQuery,
} from "../search/searchQuery.js";
import { OrderDirection } from "./collection.js";
import { IocTypeEnum } from "./common.js";
import { paginate } from "./connection.js";
import { EnrichmentStatusEnum } from "./enrichment.js";
import { IocRef } from "./ioc.js";

const orderDescriptions: Record<IocOrderField, string> = {
  LAST_SIGHTED: "When it was last added to a collection you may see (the default).",
  FIRST_SIGHTED: "When it was first added to a collection you may see.",
  COLLECTIONS: "How many collections you may see hold it.",
  DETECTIONS: "Malicious verdicts of its current enrichment (IoCs without one last).",
  FIRST_SEEN: "The provider's first-seen date (IoCs without one last).",
  LAST_SEEN: "The provider's last-seen date (IoCs without one last).",
};

const IocOrderFieldEnum = builder.enumType("IocOrderField", {
  description: "What `iocs` is sorted by; ties broken by id, so pages are stable. Missing values sort last.",
  values: Object.fromEntries(
    IOC_ORDER_FIELDS.map((field) => [field, { description: orderDescriptions[field] }]),
  ) as Record<IocOrderField, { description: string }>,
});

const IocFilterInput = builder.inputType("IocFilter", {
  description:
    "Every given condition must hold. Enrichment conditions read the IoC's current enrichment: an IoC " +
    "without one matches none of them.",
  fields: (t) => ({
    types: t.field({ type: [IocTypeEnum], description: "Of one of these types." }),
    minMalicious: t.int({ description: "At least this many malicious verdicts (`p:5+`)." }),
    maxMalicious: t.int({ description: "At most this many malicious verdicts (`p:5-`)." }),
    countries: t.stringList({
      description: "An IP address located in one of these countries (ISO 3166-1 alpha-2, `country:RU`).",
    }),
    asns: t.intList({ description: "An IP address in one of these autonomous systems (`asn:12345`)." }),
    tags: t.stringList({ description: "Carries every one of these enrichment tags (`tag:c2`)." }),
    firstSeenAfter: t.field({
      type: "DateTime",
      description: "First seen by the provider at or after this time (`fs:2024-01-01+`).",
    }),
    firstSeenBefore: t.field({
      type: "DateTime",
      description: "First seen by the provider before this time (`fs:2024-01-01-`).",
    }),
    lastSeenAfter: t.field({
      type: "DateTime",
      description: "Last seen by the provider at or after this time (`ls:2025-01-01+`).",
    }),
    lastSeenBefore: t.field({
      type: "DateTime",
      description: "Last seen by the provider before this time (`ls:2025-01-01-`).",
    }),
    minCollections: t.int({
      description: "Held by at least this many collections you may see (`collections:3+`).",
    }),
    valueContains: t.string({
      description: "The canonical value contains this text, case-insensitively (a bare word of `query`).",
    }),
    enrichmentStatus: t.field({
      type: EnrichmentStatusEnum,
      description: "Its current enrichment has this status (`status:fresh`).",
    }),
  }),
});

/** Cursors of `iocs`: the order they were made for, and the last IoC's sort key. */
const searchCursor = jsonCursor(
  (key: SearchKey & { order: string }) => [key.order, key.value, key.id],
  (value): (SearchKey & { order: string }) | null => {
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [order, sort, id] = value;
    if (typeof order !== "string" || typeof id !== "string") return null;
    if (sort !== null && typeof sort !== "string" && !Number.isSafeInteger(sort)) return null;
    if (typeof sort === "string" && Number.isNaN(Date.parse(sort))) return null;
    return { order, value: sort, id };
  },
);

export const IocEdgeRef = builder.edgeObject({
  type: IocRef,
  name: "IocEdge",
  description: "An IoC in a list.",
});

export const IocConnectionRef = builder.connectionObject(
  {
    type: IocRef,
    name: "IocConnection",
    description: "A page of IoCs.",
    fields: (t) => ({
      totalCount: t.int({
        description: "How many items the whole list holds (counted only when you ask for it).",
        resolve: (connection) => {
          const { totalCount } = connection as { totalCount?: () => Promise<number> };
          return totalCount ? totalCount() : 0;
        },
      }),
    }),
  },
  IocEdgeRef,
);

builder.queryField("iocs", (t) =>
  t.field({
    type: IocConnectionRef,
    description:
      "Searches the IoCs held by collections you may see (public ones and your own), like VirusTotal " +
      "Intelligence: by `filter`, by `query` — modifiers such as `type:domain p:5+ country:RU asn:12345 " +
      "tag:c2 fs:2024-01-01+ ls:2025-01-01- collections:3+ status:fresh` and one bare word, a value " +
      "substring — or both (a condition given in both is refused). An unknown modifier or a malformed " +
      "value is a ValidationError naming it. Most recently sighted first by default.",
    args: {
      filter: t.arg({ type: IocFilterInput }),
      query: t.arg.string({ description: "A search in VirusTotal Intelligence's style (see the field)." }),
      orderBy: t.arg({ type: IocOrderFieldEnum, defaultValue: "LAST_SIGHTED" }),
      direction: t.arg({ type: OrderDirection, defaultValue: "DESC" }),
      first: t.arg.int({ description: "At most this many IoCs (default 20)." }),
      after: t.arg.string({ description: "The `endCursor` of the previous page." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const given: IocSearchFilter = args.filter ?? {};
      const filter = checkFilter(args.query ? combineFilters(given, parseSearchQuery(args.query)) : given);
      const orderBy = args.orderBy ?? "LAST_SIGHTED";
      const direction: Direction = args.direction ?? "DESC";
      const options = { viewer: ctx.viewer, filter, orderBy, direction };
      const order = `${orderBy}:${direction}`;
      const nodeQuery = queryFromInfo({ context: ctx, info, typeName: "Ioc", path: ["edges", "node"] });
      const page = await paginate(args, {
        codec: searchCursor,
        maxSize: ctx.limits.maxPageSize,
        load: async ({ after, limit }) => {
          if (after && after.order !== order)
            throw new ValidationError("`after` is a cursor of another order of this list.", "after");
          const keys = await searchPage(ctx.db, options, { after, limit });
          if (keys.length === 0) return [];
          const nodes = await ctx.db.ioc.findMany({
            ...nodeQuery,
            where: { id: { in: keys.map((key) => key.id) } },
          });
          const byId = new Map(nodes.map((node) => [node.id, node]));
          // An IoC merged away between the two statements is left out.
          return keys.flatMap((key) => {
            const node = byId.get(key.id);
            return node ? [{ ...key, order, node }] : [];
          });
        },
        keyOf: (row) => ({ order: row.order, value: row.value, id: row.id }),
        edge: (row) => ({ node: row.node }),
        count: () => searchCount(ctx.db, options),
      });
      return page;
    },
  }),
);

builder.prismaInterfaceFields(IocRef, (t) => ({
  firstSighted: t.field({
    type: "DateTime",
    nullable: true,
    description:
      "When it was first added to a collection you may see listed (public ones and your own); null when " +
      "none holds it (an IoC known only from another one's enrichment).",
    resolve: async (ioc, _args, ctx) => (await ctx.graph.sightings(ioc.id, ctx.viewer))?.firstSighted ?? null,
  }),
  lastSighted: t.field({
    type: "DateTime",
    nullable: true,
    description: "When it was last added to a collection you may see listed; null when none holds it.",
    resolve: async (ioc, _args, ctx) => (await ctx.graph.sightings(ioc.id, ctx.viewer))?.lastSighted ?? null,
  }),
  sightings: t.int({
    description:
      "How many collections you may see listed hold it (the same as `collections { totalCount }`).",
    resolve: async (ioc, _args, ctx) => (await ctx.graph.sightings(ioc.id, ctx.viewer))?.collections ?? 0,
  }),
}));
