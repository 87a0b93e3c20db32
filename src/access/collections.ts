// Who may see which collection: the one place the rule is written, as a Prisma filter, a SQL fragment and an
// in-memory predicate (for live events checked against one shared read). Every read path uses one of them.
import type { Viewer } from "../auth/api-keys.js";
import { Prisma, type Visibility } from "../generated/prisma/client.js";

export interface CollectionState {
  visibility: Visibility;
  ownerId: string;
}

/** Collections listed to the viewer (search, an IoC's collections, related collections): public or own. */
export function listedTo(viewer: Viewer | null): Prisma.CollectionWhereInput {
  return viewer ? { OR: [{ visibility: "PUBLIC" }, { ownerId: viewer.id }] } : { visibility: "PUBLIC" };
}

/** Collections the viewer may open by id: unlisted ones too, private ones only their owner's. */
export function readableBy(viewer: Viewer | null): Prisma.CollectionWhereInput {
  return viewer
    ? { OR: [{ visibility: { not: "PRIVATE" } }, { ownerId: viewer.id }] }
    : { visibility: { not: "PRIVATE" } };
}

/** `listedTo` as SQL over the "Collection" row aliased `alias`. */
export function listedSql(viewer: Viewer | null, alias: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  return viewer
    ? Prisma.sql`(${c}.visibility = 'PUBLIC' OR ${c}."ownerId" = ${viewer.id})`
    : Prisma.sql`${c}.visibility = 'PUBLIC'`;
}

/** May open it by id (UNLISTED too): `readableBy`, in memory. */
export function canRead(viewer: Viewer | null, state: CollectionState): boolean {
  return state.visibility !== "PRIVATE" || state.ownerId === viewer?.id;
}

/** May see it listed (feeds, an IoC's sightings): `listedTo`, in memory. */
export function canList(viewer: Viewer | null, state: CollectionState): boolean {
  return state.visibility === "PUBLIC" || state.ownerId === viewer?.id;
}
