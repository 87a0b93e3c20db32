// Which collections a search returns: the listing rule (src/access/) and the filters a client gives.
import { listedTo } from "../access/collections.js";
import { TLP_LEVELS } from "../access/tlp.js";
import type { Viewer } from "../auth/api-keys.js";
import { ValidationError } from "../errors.js";
import { canonicalize } from "../extraction/canonical.js";
import type { CollectionType, Prisma, Tlp, Visibility } from "../generated/prisma/client.js";
import { iocWhere } from "../iocs/store.js";
import { normalizeTag } from "./fields.js";
import { industrySector, regionCode } from "./vocabularies.js";

export interface CollectionFilter {
  /** The owner's user id. */
  ownerId?: string | null;
  tag?: string | null;
  /** Any value an IoC lookup accepts, defanged too. */
  containsIoc?: string | null;
  /** Text in the name or description. */
  search?: string | null;
  visibility?: Visibility | null;
  collectionType?: CollectionType | null;
  tlp?: Tlp | null;
  /** This TLP or a less restricted one. */
  maxTlp?: Tlp | null;
  /** An industry-sector-ov value. */
  targetedIndustry?: string | null;
  /** ISO 3166-1 alpha-2. */
  targetedRegion?: string | null;
  sourceRegion?: string | null;
}

function region(raw: string, field: string): string {
  const code = regionCode(raw);
  if (!code) throw new ValidationError(`"${raw}" is not an ISO 3166-1 alpha-2 country code.`, field);
  return code;
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
  if (filter?.collectionType) and.push({ collectionType: filter.collectionType });
  if (filter?.tlp) and.push({ tlp: filter.tlp });
  if (filter?.maxTlp) {
    and.push({ tlp: { in: TLP_LEVELS.slice(0, TLP_LEVELS.indexOf(filter.maxTlp) + 1) } });
  }
  if (filter?.targetedIndustry != null) {
    const sector = industrySector(filter.targetedIndustry);
    if (!sector) {
      throw new ValidationError(
        `"${filter.targetedIndustry}" is not an industry sector of STIX 2.1's industry-sector-ov.`,
        "targetedIndustry",
      );
    }
    and.push({ targetedIndustries: { has: sector } });
  }
  if (filter?.targetedRegion != null) {
    and.push({ targetedRegions: { has: region(filter.targetedRegion, "targetedRegion") } });
  }
  if (filter?.sourceRegion != null) {
    and.push({ sourceRegion: region(filter.sourceRegion, "sourceRegion") });
  }
  if (filter?.visibility) {
    and.push({ visibility: filter.visibility });
    // Only your own collections can be UNLISTED or PRIVATE in a listing.
    if (filter.visibility !== "PUBLIC") and.push({ ownerId: viewer?.id ?? "" });
  }
  return { AND: and };
}
