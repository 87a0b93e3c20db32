// Per-request DataLoaders for what plugin-prisma cannot batch: the current enrichment by IoC id, its raw
// document, a domain's resolved addresses, and collection aggregates (tags, commonalities) by collection id.
// Each batch is one SQL statement, so a page of 500 IoCs with their enrichment costs the page's statements
// plus one.
import DataLoader from "dataloader";
import { visibleIocSql } from "../access/iocs.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import { Prisma } from "../generated/prisma/client.js";
import { decodeRows, z } from "../rows.js";
import type { Warninglists } from "../warnings/warninglists.js";
import { type CurrentEnrichment, currentEnrichment, currentRow, enrichmentColumns } from "./fields.js";
import { outdated } from "./freshness.js";
import {
  aggregatedTagsOf,
  type CollectionStats,
  type Count,
  statsOf,
  type WarningStats,
  warningStatsOf,
} from "./stats.js";

export interface ResolvedAddress {
  ipId: string;
  address: string;
  lastSeen: Date | null;
  country: string | null;
  asn: number | null;
  asOwner: string | null;
}

const addressRow = z.object({
  domainId: z.string(),
  ipId: z.string(),
  address: z.string(),
  lastSeen: z.date().nullable(),
  country: z.string().nullable(),
  asn: z.number().nullable(),
  asOwner: z.string().nullable(),
});

/** The current enrichment of each IoC (null when it has none), in the order of `ids`. One statement. */
export async function currentEnrichments(
  db: Db,
  ids: readonly string[],
  ttlMs: number,
): Promise<(CurrentEnrichment | null)[]> {
  const rows = decodeRows(
    currentRow,
    await db.$queryRaw`
      SELECT ${enrichmentColumns("e")}, ${outdated("e", ttlMs)} AS outdated
      FROM unnest(${[...ids]}::text[]) AS s(id)
      CROSS JOIN LATERAL (${currentEnrichment(Prisma.sql`s.id`)}) e`,
  );
  const byId = new Map(rows.map((row) => [row.iocId, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function createLoaders(
  db: Db,
  options: { viewer: Viewer | null; ttlMs: number; batch?: boolean; warninglists: Warninglists },
) {
  const batch = options.batch ?? true;

  const enrichment = new DataLoader<string, CurrentEnrichment | null>(
    (ids) => currentEnrichments(db, ids, options.ttlMs),
    { batch },
  );

  const raw = new DataLoader<string, unknown>(
    async (keys) => {
      const pairs = keys.map((k) => k.split("\u0000") as [string, string]);
      const rows = await db.enrichment.findMany({
        where: { OR: pairs.map(([iocId, provider]) => ({ iocId, provider })) },
        select: { iocId: true, provider: true, raw: true },
      });
      const byKey = new Map(rows.map((row) => [`${row.iocId}\u0000${row.provider}`, row.raw]));
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { batch },
  );

  const resolutions = new DataLoader<string, ResolvedAddress[]>(
    async (domainIds) => {
      const ids = [...domainIds];
      // Either end may have been looked up: a domain's resolutions, or an address's resolutions to the domain;
      // an edge counts when the viewer may see the end it was looked up from (src/access/iocs.ts).
      const visible = visibleIocSql(options.viewer, Prisma.sql`r."sourceId"`);
      const rows = decodeRows(
        addressRow,
        await db.$queryRaw`
          WITH edges AS (
            SELECT r."sourceId" AS "domainId", r."targetId" AS "ipId", r."lastSeen" FROM "IocRelation" r
            WHERE r."sourceId" = ANY(${ids}::text[]) AND r.relation = 'resolutions' AND ${visible}
            UNION ALL
            SELECT r."targetId", r."sourceId", r."lastSeen" FROM "IocRelation" r
            WHERE r."targetId" = ANY(${ids}::text[]) AND r.relation = 'resolutions' AND ${visible}
          ), m AS (
            SELECT DISTINCT ON ("domainId", "ipId") "domainId", "ipId", "lastSeen" FROM edges
            ORDER BY "domainId", "ipId", "lastSeen" DESC NULLS LAST
          )
          SELECT m."domainId", m."ipId", i.value AS address, m."lastSeen", e.country, e.asn, e."asOwner"
          FROM m JOIN "Ioc" i ON i.id = m."ipId" AND i.type = 'IP_ADDRESS'
          LEFT JOIN LATERAL (${currentEnrichment(Prisma.sql`m."ipId"`)}) e ON true
          ORDER BY m."domainId", m."lastSeen" DESC NULLS LAST, i.value`,
      );
      const byDomain = new Map<string, ResolvedAddress[]>();
      for (const { domainId, ...address } of rows) {
        const list = byDomain.get(domainId) ?? [];
        list.push(address);
        byDomain.set(domainId, list);
      }
      return domainIds.map((id) => byDomain.get(id) ?? []);
    },
    { batch },
  );

  const aggregatedTags = new DataLoader<string, Count[]>((ids) => aggregatedTagsOf(db, ids), { batch });
  const stats = new DataLoader<string, CollectionStats>((ids) => statsOf(db, ids), { batch });
  const warnings = new DataLoader<string, WarningStats>(
    (ids) => warningStatsOf(db, options.warninglists, ids),
    { batch },
  );

  return {
    enrichment,
    raw,
    resolutions,
    aggregatedTags,
    stats,
    warnings,
    /** Forgets everything loaded, e.g. between two events of one subscription. */
    clearAll() {
      for (const loader of [enrichment, raw, resolutions, aggregatedTags, stats, warnings]) loader.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
