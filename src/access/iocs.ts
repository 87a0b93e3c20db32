// Who may see an IoC (DESIGN §3a): only what follows from an IoC held by a collection the viewer may list —
// public ones and their own — the held IoC itself, what is derived from it, what the provider reported about
// it, and so on along the direction each edge was produced. The reach of every scope is kept in IocReach
// (src/access/reach.ts); this is the one place it is read, as a Prisma filter and a SQL fragment.
import type { Viewer } from "../auth/api-keys.js";
import { Prisma } from "../generated/prisma/client.js";

/** The scope of the public collections; every other scope is a user's id. */
export const PUBLIC_SCOPE = "*";

/** The scopes whose reach the viewer sees: the public one, and their own. */
export function scopesOf(viewer: Viewer | null): string[] {
  return viewer ? [PUBLIC_SCOPE, viewer.id] : [PUBLIC_SCOPE];
}

/** IoCs the viewer may see. */
export function visibleIocs(viewer: Viewer | null): Prisma.IocWhereInput {
  return { reach: { some: { scope: { in: scopesOf(viewer) } } } };
}

/** Whether the IoC whose id is the SQL expression `iocId` is one the viewer may see (SQL boolean). */
export function visibleIocSql(viewer: Viewer | null, iocId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "IocReach" v WHERE v."iocId" = ${iocId}
    AND v.scope = ANY(${scopesOf(viewer)}::text[]))`;
}

/** What a reader of a collection sees of the IoCs its history and events name: those it holds, and the ones
 * the viewer may see anyway. An IoC it no longer holds and that only a private collection does stays hidden. */
export function visibleFromCollection(viewer: Viewer | null, collectionId: string): Prisma.IocWhereInput {
  return { OR: [{ collections: { some: { collectionId } } }, visibleIocs(viewer)] };
}

/**
 * The IoCs held by a collection the viewer may list (public ones and their own), with the viewer's sightings
 * of each: a relation ("iocId", collections, "firstSighted", "lastSighted") over the Sighting rows of the
 * viewer's scopes — "*" counts public collections, a user's own scope their collections that are not public,
 * so none is counted twice. Anonymous viewers read the public rows as they are (index order, no grouping).
 */
export function heldVisibleSql(viewer: Viewer | null): Prisma.Sql {
  if (!viewer)
    return Prisma.sql`SELECT "iocId", collections, "firstSighted", "lastSighted" FROM "Sighting"
      WHERE scope = ${PUBLIC_SCOPE}`;
  return Prisma.sql`
    SELECT p."iocId", p.collections + coalesce(o.collections, 0) AS collections,
           least(p."firstSighted", o."firstSighted") AS "firstSighted",
           greatest(p."lastSighted", o."lastSighted") AS "lastSighted"
    FROM "Sighting" p LEFT JOIN "Sighting" o ON o.scope = ${viewer.id} AND o."iocId" = p."iocId"
    WHERE p.scope = ${PUBLIC_SCOPE}
    UNION ALL
    SELECT o."iocId", o.collections, o."firstSighted", o."lastSighted" FROM "Sighting" o
    WHERE o.scope = ${viewer.id}
      AND NOT EXISTS (SELECT 1 FROM "Sighting" p WHERE p.scope = ${PUBLIC_SCOPE} AND p."iocId" = o."iocId")`;
}

/** The viewer's sightings of each IoC of `iocIds` (those with none are left out): `heldVisibleSql`'s rows. */
export function sightingsOfSql(viewer: Viewer | null, iocIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT "iocId", sum(collections)::int AS collections, min("firstSighted") AS "firstSighted",
           max("lastSighted") AS "lastSighted"
    FROM "Sighting" WHERE "iocId" = ANY(${[...iocIds]}::text[]) AND scope = ANY(${scopesOf(viewer)}::text[])
    GROUP BY "iocId"`;
}
