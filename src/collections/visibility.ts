// Who may see which collection. Every read path builds its Prisma filter here, so the rule lives once.
import type { Viewer } from "../auth/api-keys.js";
import type { Prisma } from "../generated/prisma/client.js";

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
