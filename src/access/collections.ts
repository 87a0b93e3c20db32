// Who may see which collection: the one place the rule is written, as a Prisma filter, a SQL fragment and an
// in-memory predicate (for live events checked against one shared read). Every read path uses one of them.
import type { Viewer } from "../auth/api-keys.js";
import { ForbiddenError, NotFoundError } from "../errors.js";
import { Prisma, type Tlp, type Visibility } from "../generated/prisma/client.js";
import { Tlp as tlpLevels, Visibility as visibilities } from "../generated/prisma/enums.js";
import { globalId } from "../ids.js";
import { decodeRows, z } from "../rows.js";

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

/** `readableBy` as SQL over the "Collection" row aliased `alias`. */
export function readableSql(viewer: Viewer | null, alias: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  return viewer
    ? Prisma.sql`(${c}.visibility <> 'PRIVATE' OR ${c}."ownerId" = ${viewer.id})`
    : Prisma.sql`${c}.visibility <> 'PRIVATE'`;
}

/** May open it by id (UNLISTED too): `readableBy`, in memory. */
export function canRead(viewer: Viewer | null, state: CollectionState): boolean {
  return state.visibility !== "PRIVATE" || state.ownerId === viewer?.id;
}

/** May see it listed (feeds, an IoC's sightings): `listedTo`, in memory. */
export function canList(viewer: Viewer | null, state: CollectionState): boolean {
  return state.visibility === "PUBLIC" || state.ownerId === viewer?.id;
}

/** The error for a collection that does not exist or that the viewer may not see: the same for both. */
export function collectionNotFound(collectionId: string): NotFoundError {
  return new NotFoundError(`No collection with id "${globalId("Collection", collectionId)}".`);
}

const stateRow = z.object({
  ownerId: z.string(),
  visibility: z.enum(visibilities),
  tlp: z.enum(tlpLevels),
});

/** An owned collection's state, with its TLP (which decides whether its IoCs may reach the provider). */
export interface OwnedState extends CollectionState {
  tlp: Tlp;
}

/**
 * Checks that the viewer owns the collection: one the viewer may not read is not found (as if it did not
 * exist); one they may read but do not own is forbidden. With `lock`, the row stays locked for the rest of the
 * transaction, which serialises changes to one collection, so counts stay exact.
 */
export async function assertOwned(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  collectionId: string,
  viewer: Viewer,
  options: { lock: boolean },
): Promise<OwnedState> {
  const [row] = decodeRows(
    stateRow,
    await tx.$queryRaw`
      SELECT "ownerId", visibility::text AS visibility, tlp::text AS tlp FROM "Collection" WHERE id = ${collectionId}
      ${options.lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`,
  );
  if (!row || !canRead(viewer, row)) throw collectionNotFound(collectionId);
  if (row.ownerId !== viewer.id) throw new ForbiddenError("Only the owner of a collection can change it.");
  return row;
}

/** `assertOwned`, keeping the row locked for the rest of the transaction. */
export function lockOwned(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  collectionId: string,
  viewer: Viewer,
): Promise<OwnedState> {
  return assertOwned(tx, collectionId, viewer, { lock: true });
}
