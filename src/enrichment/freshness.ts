// The one freshness rule: a result fetched longer ago than the TTL (ENRICHMENT_TTL_HOURS) is outdated — shown
// as STALE and looked up again. Written once, in SQL: the loaders read it as a column, the sweep and
// refreshEnrichment filter by it.
import { Prisma } from "../generated/prisma/client.js";

/** Whether the Enrichment row aliased `alias` was fetched longer ago than `ttlMs` (SQL boolean). */
export function outdated(alias: string, ttlMs: number): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`${alias}."fetchedAt"`)} < (now() AT TIME ZONE 'UTC') - ${ttlMs} * interval '1 millisecond')`;
}
