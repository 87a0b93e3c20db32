// Reading the graph, batched: each function answers for many parents in one statement, with every page
// bounded in SQL (LATERAL … LIMIT per parent), so a hub IoC with 100,000 edges still returns one page.
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import type { IocType } from "../extraction/types.js";
import { type RelationSpec, reverseNames } from "./relations.js";

/** One edge as read from its owner: `otherId` is the node at the far end. */
export interface EdgeRow {
  ownerId: string;
  relation: string;
  otherId: string;
  firstSeen: Date | null;
  lastSeen: Date | null;
  origin: string;
}

/** Where a page of edges resumes: the sort key of the last edge read. */
export interface EdgeCursor {
  relation: string;
  lastSeen: string | null;
  otherId: string;
}

export function encodeEdgeCursor(edge: Pick<EdgeRow, "relation" | "lastSeen" | "otherId">): string {
  const key: [string, string | null, string] = [
    edge.relation,
    edge.lastSeen?.toISOString() ?? null,
    edge.otherId,
  ];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The cursor, or null when it is not one this API made. */
export function decodeEdgeCursor(cursor: string): EdgeCursor | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(key) || key.length !== 3) return null;
    const [relation, lastSeen, otherId] = key;
    if (typeof relation !== "string" || typeof otherId !== "string") return null;
    if (lastSeen !== null && (typeof lastSeen !== "string" || Number.isNaN(Date.parse(lastSeen))))
      return null;
    return { relation, lastSeen, otherId };
  } catch {
    return null;
  }
}

/**
 * Up to `limit` edges per owner, ordered by relation name, then most recently seen first (undated edges,
 * such as derived ones, last), then node id. An edge stored in both directions (a symmetric relation such
 * as `resolutions`) is read once.
 */
export async function relationshipEdges(
  db: Db,
  ownerIds: readonly string[],
  spec: RelationSpec,
  limit: number,
  after: EdgeCursor | null,
): Promise<EdgeRow[]> {
  const inStored = spec.incoming;
  const inNames = inStored.map((stored) => reverseNames[stored] ?? stored);
  const outAll = spec.outgoing === null;
  const out = spec.outgoing ?? [];
  const types = spec.types;
  const hasAfter = after !== null;
  return db.$queryRaw<EdgeRow[]>`
    SELECT s.id AS "ownerId", e.relation, e."otherId", e."firstSeen", e."lastSeen", e.origin
    FROM unnest(${[...ownerIds]}::text[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT d.relation, d."otherId", d."firstSeen", d."lastSeen", d.origin
      FROM (
        SELECT DISTINCT ON (u.relation, u."otherId") u.*
        FROM (
          SELECT r.relation, r."targetId" AS "otherId", r."firstSeen", r."lastSeen", r.origin
          FROM "IocRelation" r
          WHERE r."sourceId" = s.id AND (${outAll} OR r.relation = ANY(${out}::text[]))
          UNION ALL
          SELECT m.name, r."sourceId", r."firstSeen", r."lastSeen", r.origin
          FROM unnest(${inStored}::text[], ${inNames}::text[]) AS m(stored, name)
          JOIN "IocRelation" r ON r."targetId" = s.id AND r.relation = m.stored
        ) u
        ORDER BY u.relation, u."otherId", u."lastSeen" DESC NULLS LAST
      ) d
      JOIN "Ioc" o ON o.id = d."otherId"
      WHERE (${types}::text[] IS NULL OR o.type::text = ANY(${types}::text[]))
        AND (NOT ${hasAfter} OR d.relation > ${after?.relation ?? ""} OR (d.relation = ${after?.relation ?? ""} AND (
          CASE WHEN ${after?.lastSeen ?? null}::text IS NULL
            THEN d."lastSeen" IS NULL AND d."otherId" > ${after?.otherId ?? ""}
            ELSE d."lastSeen" < ${after?.lastSeen ?? null}::timestamp(3) OR d."lastSeen" IS NULL
              OR (d."lastSeen" = ${after?.lastSeen ?? null}::timestamp(3) AND d."otherId" > ${after?.otherId ?? ""})
          END)))
      ORDER BY d.relation, d."lastSeen" DESC NULLS LAST, d."otherId"
      LIMIT ${limit}
    ) e`;
}

/** One related collection as seen from `ownerId`. */
export interface RelatedRow {
  ownerId: string;
  collectionId: string;
  shared: number;
  sample: string[];
}

export interface RelatedOptions {
  viewer: Viewer | null;
  /** IoCs held by more collections than this do not count (over-correlation cap). */
  maxCollectionsPerIoc: number;
  /** Only IoCs of this type count. */
  type: IocType | null;
  limit: number;
  offset: number;
  sampleSize: number;
}

/**
 * The collections sharing IoCs with each owner, most shared IoCs first, ties broken by the most recently
 * updated. Only collections listed to the viewer (src/collections/visibility.ts `listedTo`: public, or the
 * viewer's own) are counted or named. An IoC in more than `maxCollectionsPerIoc` collections (8.8.8.8, a
 * CDN) is skipped; finding that out reads at most that many index entries per IoC.
 */
export async function relatedCollections(db: Db, ownerIds: readonly string[], options: RelatedOptions) {
  const { viewer, maxCollectionsPerIoc, type, limit, offset, sampleSize } = options;
  const viewerId = viewer?.id ?? null;
  return db.$queryRaw<RelatedRow[]>`
    SELECT s.id AS "ownerId", e."collectionId", e.shared, e.sample
    FROM unnest(${[...ownerIds]}::text[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT p."collectionId", count(*)::int AS shared,
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
      WHERE c.visibility = 'PUBLIC' OR c."ownerId" = ${viewerId}
      GROUP BY p."collectionId", c."updatedAt"
      ORDER BY shared DESC, c."updatedAt" DESC, p."collectionId"
      LIMIT ${limit} OFFSET ${offset}
    ) e`;
}
