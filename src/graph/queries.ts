// Reading the graph, batched: each function answers for many parents in one statement, with every page
// bounded in SQL (LATERAL … LIMIT per parent), so a hub IoC with 100,000 edges still returns one page.
import { listedSql } from "../access/collections.js";
import { sightingsOfSql, visibleIocSql } from "../access/iocs.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import type { IocType } from "../extraction/types.js";
import { Prisma } from "../generated/prisma/client.js";
import { decodeRows, z } from "../rows.js";
import { type RelationSpec, reverseNames } from "./relations.js";

const date = z.date().nullable();

const edgeRow = z.object({
  ownerId: z.string(),
  relation: z.string(),
  otherId: z.string(),
  firstSeen: date,
  lastSeen: date,
  origin: z.string(),
});

/** One edge as read from its owner: `otherId` is the node at the far end. */
export type EdgeRow = z.infer<typeof edgeRow>;

/** Where a page of edges resumes: the sort key of the last edge read. */
export interface EdgeCursor {
  relation: string;
  lastSeen: string | null;
  otherId: string;
}

export function edgeCursorOf(edge: Pick<EdgeRow, "relation" | "lastSeen" | "otherId">): EdgeCursor {
  return { relation: edge.relation, lastSeen: edge.lastSeen?.toISOString() ?? null, otherId: edge.otherId };
}

/** The cursor as its JSON tuple, and back (null for anything this API did not make). */
export const edgeCursorJson = {
  write: (key: EdgeCursor) => [key.relation, key.lastSeen, key.otherId],
  read(value: unknown): EdgeCursor | null {
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [relation, lastSeen, otherId] = value;
    if (typeof relation !== "string" || typeof otherId !== "string") return null;
    if (lastSeen !== null && (typeof lastSeen !== "string" || Number.isNaN(Date.parse(lastSeen))))
      return null;
    return { relation, lastSeen, otherId };
  },
};

/**
 * The edges of owner `s.id` that `spec` asks for and the viewer may see, one per (relation, other node): an
 * edge stored in both directions (a symmetric relation such as `resolutions`) is read once. Columns:
 * relation, otherId, firstSeen, lastSeen, origin; only nodes of the spec's types. An edge is visible when its
 * stored source is (src/access/iocs.ts): what follows from a visible IoC is visible, read from either end.
 */
function ownerEdges(spec: RelationSpec, viewer: Viewer | null): Prisma.Sql {
  const inStored = spec.incoming;
  const inNames = inStored.map((stored) => reverseNames[stored] ?? stored);
  const outAll = spec.outgoing === null;
  const out = spec.outgoing ?? [];
  return Prisma.sql`
    SELECT d.relation, d."otherId", d."firstSeen", d."lastSeen", d.origin
    FROM (
      SELECT DISTINCT ON (u.relation, u."otherId") u.*
      FROM (
        SELECT r.relation, r."targetId" AS "otherId", r."firstSeen", r."lastSeen", r.origin
        FROM "IocRelation" r
        WHERE r."sourceId" = s.id AND (${outAll} OR r.relation = ANY(${out}::text[]))
          AND ${visibleIocSql(viewer, Prisma.sql`s.id`)}
        UNION ALL
        SELECT m.name, r."sourceId", r."firstSeen", r."lastSeen", r.origin
        FROM unnest(${inStored}::text[], ${inNames}::text[]) AS m(stored, name)
        JOIN "IocRelation" r ON r."targetId" = s.id AND r.relation = m.stored
        WHERE ${visibleIocSql(viewer, Prisma.sql`r."sourceId"`)}
      ) u
      ORDER BY u.relation, u."otherId", u."lastSeen" DESC NULLS LAST
    ) d
    JOIN "Ioc" o ON o.id = d."otherId"
    WHERE (${spec.types}::text[] IS NULL OR o.type::text = ANY(${spec.types}::text[]))`;
}

/**
 * Up to `limit` edges per owner, ordered by relation name, then most recently seen first (undated edges,
 * such as derived ones, last), then node id.
 */
export async function relationshipEdges(
  db: Db,
  ownerIds: readonly string[],
  spec: RelationSpec,
  viewer: Viewer | null,
  limit: number,
  after: EdgeCursor | null,
): Promise<EdgeRow[]> {
  const hasAfter = after !== null;
  return decodeRows(
    edgeRow,
    await db.$queryRaw`
      SELECT s.id AS "ownerId", e.relation, e."otherId", e."firstSeen", e."lastSeen", e.origin
      FROM unnest(${[...ownerIds]}::text[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT * FROM (${ownerEdges(spec, viewer)}) d
        WHERE NOT ${hasAfter} OR d.relation > ${after?.relation ?? ""} OR (d.relation = ${after?.relation ?? ""} AND (
          CASE WHEN ${after?.lastSeen ?? null}::text IS NULL
            THEN d."lastSeen" IS NULL AND d."otherId" > ${after?.otherId ?? ""}
            ELSE d."lastSeen" < ${after?.lastSeen ?? null}::timestamp(3) OR d."lastSeen" IS NULL
              OR (d."lastSeen" = ${after?.lastSeen ?? null}::timestamp(3) AND d."otherId" > ${after?.otherId ?? ""})
          END))
        ORDER BY d.relation, d."lastSeen" DESC NULLS LAST, d."otherId"
        LIMIT ${limit}
      ) e`,
  );
}

const countRow = z.object({ ownerId: z.string(), count: z.number() });

/** How many edges `spec` gives each owner. */
export async function relationshipCounts(
  db: Db,
  ownerIds: readonly string[],
  spec: RelationSpec,
  viewer: Viewer | null,
): Promise<Map<string, number>> {
  const rows = decodeRows(
    countRow,
    await db.$queryRaw`
      SELECT s.id AS "ownerId", (SELECT count(*)::int FROM (${ownerEdges(spec, viewer)}) d) AS count
      FROM unnest(${[...ownerIds]}::text[]) AS s(id)`,
  );
  return new Map(rows.map((row) => [row.ownerId, row.count]));
}

const holderRow = z.object({ ownerId: z.string(), collectionId: z.string(), addedAt: z.date() });

/** One collection holding an IoC, as read from the IoC (`ownerId`). */
export type HolderRow = z.infer<typeof holderRow>;

/** Where a page of an IoC's collections resumes: the last one's sighting time and id. */
export interface HolderCursor {
  addedAt: string;
  collectionId: string;
}

/**
 * Up to `limit` collections listed to the viewer that hold each IoC, the most recent sighting first (then by
 * collection id), after `after`; read in that order from the index on (iocId, addedAt DESC, collectionId).
 * Each membership's collection is checked by a scalar subquery (one primary-key probe per row read): a join
 * would let the planner hash the whole Collection table once per IoC (500 IoCs × every collection).
 */
export async function holderRows(
  db: Db,
  iocIds: readonly string[],
  viewer: Viewer | null,
  limit: number,
  after: HolderCursor | null,
): Promise<HolderRow[]> {
  const hasAfter = after !== null;
  return decodeRows(
    holderRow,
    await db.$queryRaw`
      SELECT s.id AS "ownerId", h."collectionId", h."addedAt"
      FROM unnest(${[...iocIds]}::text[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT m."collectionId", m."addedAt" FROM "CollectionIoc" m
        WHERE m."iocId" = s.id
          AND (SELECT ${listedSql(viewer, "c")} FROM "Collection" c WHERE c.id = m."collectionId")
          AND (NOT ${hasAfter} OR m."addedAt" < ${after?.addedAt ?? null}::timestamp(3)
            OR (m."addedAt" = ${after?.addedAt ?? null}::timestamp(3) AND m."collectionId" > ${after?.collectionId ?? ""}))
        ORDER BY m."addedAt" DESC, m."collectionId"
        LIMIT ${limit}
      ) h`,
  );
}

const sightingRow = z.object({
  iocId: z.string(),
  collections: z.number(),
  firstSighted: z.date(),
  lastSighted: z.date(),
});

/** When an IoC was first and last added to a collection listed to the viewer, and to how many. */
export type Sightings = z.infer<typeof sightingRow>;

/** The viewer's sightings of each IoC (none: not in the map). */
export async function sightingsOf(
  db: Db,
  iocIds: readonly string[],
  viewer: Viewer | null,
): Promise<Map<string, Sightings>> {
  const rows = decodeRows(sightingRow, await db.$queryRaw(sightingsOfSql(viewer, iocIds)));
  return new Map(rows.map((row) => [row.iocId, row]));
}

const relatedRow = z.object({
  ownerId: z.string(),
  collectionId: z.string(),
  shared: z.number(),
  sample: z.array(z.string()),
});

/** One related collection as seen from `ownerId`. */
export type RelatedRow = z.infer<typeof relatedRow>;

export interface RelatedOptions {
  viewer: Viewer | null;
  /** IoCs held by more collections than this do not count (over-correlation cap). */
  maxCollectionsPerIoc: number;
  /** Only IoCs of this type count. */
  type: IocType | null;
  sampleSize: number;
}

/**
 * The collections sharing IoCs with owner `s.id`, as (collectionId, shared, sample). Only collections listed
 * to the viewer are counted or named. An IoC in more than `maxCollectionsPerIoc` collections (8.8.8.8, a CDN)
 * is skipped; finding that out reads at most that many index entries per IoC.
 */
function sharing(options: RelatedOptions): Prisma.Sql {
  const { viewer, maxCollectionsPerIoc, type, sampleSize } = options;
  return Prisma.sql`
    SELECT p."collectionId", count(*)::int AS shared, c."updatedAt",
           (array_agg(p."iocId" ORDER BY p."addedAt" DESC, p."iocId"))[1:${sampleSize}] AS sample
    FROM (
      SELECT mine."iocId" FROM "CollectionIoc" mine
      WHERE mine."collectionId" = s.id
        AND (${type}::text IS NULL OR EXISTS (
          SELECT 1 FROM "Ioc" i WHERE i.id = mine."iocId" AND i.type::text = ${type}::text))
        AND (SELECT count(*) FROM (
              SELECT 1 FROM "CollectionIoc" x WHERE x."iocId" = mine."iocId" LIMIT ${maxCollectionsPerIoc + 1}
            ) capped) <= ${maxCollectionsPerIoc}
      OFFSET 0
    ) mine
    JOIN "CollectionIoc" p ON p."iocId" = mine."iocId" AND p."collectionId" <> s.id
    JOIN "Collection" c ON c.id = p."collectionId"
    WHERE ${listedSql(viewer, "c")}
    GROUP BY p."collectionId", c."updatedAt"`;
}

/** A page of each owner's related collections, most shared IoCs first, ties broken by the most recently updated. */
export async function relatedCollections(
  db: Db,
  ownerIds: readonly string[],
  options: RelatedOptions & { limit: number; offset: number },
): Promise<RelatedRow[]> {
  return decodeRows(
    relatedRow,
    await db.$queryRaw`
      SELECT s.id AS "ownerId", e."collectionId", e.shared, e.sample
      FROM unnest(${[...ownerIds]}::text[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT * FROM (${sharing(options)}) g
        ORDER BY g.shared DESC, g."updatedAt" DESC, g."collectionId"
        LIMIT ${options.limit} OFFSET ${options.offset}
      ) e`,
  );
}

/** How many related collections each owner has. */
export async function relatedCounts(
  db: Db,
  ownerIds: readonly string[],
  options: RelatedOptions,
): Promise<Map<string, number>> {
  const rows = decodeRows(
    countRow,
    await db.$queryRaw`
      SELECT s.id AS "ownerId", (SELECT count(*)::int FROM (${sharing(options)}) g) AS count
      FROM unnest(${[...ownerIds]}::text[]) AS s(id)`,
  );
  return new Map(rows.map((row) => [row.ownerId, row.count]));
}
