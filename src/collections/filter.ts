// Which collections a search returns: the listing rule (src/access/) and the filters a client gives.
import { listedTo } from "../access/collections.js";
import type { Viewer } from "../auth/api-keys.js";
import { ValidationError } from "../errors.js";
import { canonicalize } from "../extraction/canonical.js";
import type { Prisma, Visibility } from "../generated/prisma/client.js";
import { iocWhere } from "../iocs/store.js";
import { normalizeTag } from "./fields.js";

export interface CollectionFilter {
  /** The owner's user id. */
  ownerId?: string | null;
  tag?: string | null;
  /** Any value an IoC lookup accepts, defanged too. */
  containsIoc?: string | null;
  /** Text in the name or description. */
  search?: string | null;
  visibility?: Visibility | null;
}

/** The collections listed to the viewer that match every given condition. */
export function collectionsWhere(
  viewer: Viewer | null,
  filter: CollectionFilter | null | undefined,
): Prisma.CollectionWhereInput {
  const and: Prisma.CollectionWhereInput[] = [listedTo(viewer)];
  if (filter?.ownerId) and.push({ ownerId: filter.ownerId });
  if (filter?.tag) and.push({ tags: { has: normalizeTag(filter.tag) } });
  if (filter?.search) {
    const contains = filter.search;
    and.push({
      OR: [{ name: { contains, mode: "insensitive" } }, { description: { contains, mode: "insensitive" } }],
    });
  }
  if (filter?.containsIoc != null) {
    const result = canonicalize(filter.containsIoc);
    if (!result.ok) throw new ValidationError(`Not an IoC: ${result.reason}`, "containsIoc");
    and.push({ iocs: { some: { ioc: iocWhere(result.ioc) } } });
  }
  if (filter?.visibility) {
    and.push({ visibility: filter.visibility });
    // Only your own collections can be UNLISTED or PRIVATE in a listing.
    if (filter.visibility !== "PUBLIC") and.push({ ownerId: viewer?.id ?? "" });
  }
  return { AND: and };
}
