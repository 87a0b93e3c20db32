// Running an IoC search: one statement for a page, one for the count (only when asked), over the IoCs held by
// a collection the viewer may list (src/access/iocs.ts heldVisibleSql). Enrichment conditions read the IoC's
// current enrichment row (src/enrichment/fields.ts), so a search can start from the Enrichment indexes; the
// sightings come with the visible set, so ordering by them reads the Sighting indexes.
import { heldVisibleSql } from "../access/iocs.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import { isCurrentEnrichment } from "../enrichment/fields.js";
import { Prisma } from "../generated/prisma/client.js";
import { decodeRows, z } from "../rows.js";
import type { IocSearchFilter } from "./searchQuery.js";

export const IOC_ORDER_FIELDS = [
  "LAST_SIGHTED",
  "FIRST_SIGHTED",
  "COLLECTIONS",
  "DETECTIONS",
  "FIRST_SEEN",
  "LAST_SEEN",
] as const;
export type IocOrderField = (typeof IOC_ORDER_FIELDS)[number];
export type Direction = "ASC" | "DESC";

// Sighting columns are never null (every listed IoC is sighted): their order is the Sighting index's, read
// backwards or forwards. Enrichment columns may be null (no enrichment): those sort last.
const orderColumns: Record<IocOrderField, { sql: string; kind: "int" | "date"; enrichment: boolean }> = {
  LAST_SIGHTED: { sql: `s."lastSighted"`, kind: "date", enrichment: false },
  FIRST_SIGHTED: { sql: `s."firstSighted"`, kind: "date", enrichment: false },
  COLLECTIONS: { sql: `s.collections`, kind: "int", enrichment: false },
  DETECTIONS: { sql: `e.malicious`, kind: "int", enrichment: true },
  FIRST_SEEN: { sql: `e."firstSeen"`, kind: "date", enrichment: true },
  LAST_SEEN: { sql: `e."lastSeen"`, kind: "date", enrichment: true },
};

/** Where a page resumes: the sort value of the last IoC (null sorts last) and its id. */
export interface SearchKey {
  value: number | string | null;
  id: string;
}

export interface SearchOptions {
  viewer: Viewer | null;
  filter: IocSearchFilter;
  orderBy: IocOrderField;
  direction: Direction;
}

const enrichmentFields = [
  "minMalicious",
  "maxMalicious",
  "countries",
  "asns",
  "tags",
  "firstSeenAfter",
  "firstSeenBefore",
  "lastSeenAfter",
  "lastSeenBefore",
  "enrichmentStatus",
] as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const iso = (date: Date) => date.toISOString();

/** The conditions of the filter, over `i` (the IoC), `s` (its sightings) and `e` (its current enrichment). */
function conditions(filter: IocSearchFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const f = filter;
  // Enum columns are compared as themselves, never cast to text: the planner then has their statistics (an
  // IoC type is a quarter of a table of millions, not the 0.5% it guesses for an expression) and their indexes.
  if (f.types) where.push(Prisma.sql`i.type = ANY(${f.types}::"IocType"[])`);
  if (f.valueContains != null) where.push(Prisma.sql`i.value ILIKE ${`%${escapeLike(f.valueContains)}%`}`);
  if (f.minCollections != null) where.push(Prisma.sql`s.collections >= ${f.minCollections}`);
  if (f.minMalicious != null) where.push(Prisma.sql`e.malicious >= ${f.minMalicious}`);
  if (f.maxMalicious != null) where.push(Prisma.sql`e.malicious <= ${f.maxMalicious}`);
  if (f.countries) where.push(Prisma.sql`e.country = ANY(${f.countries}::text[])`);
  if (f.asns) where.push(Prisma.sql`e.asn = ANY(${f.asns}::int[])`);
  if (f.tags) where.push(Prisma.sql`e.tags @> ${f.tags}::text[]`);
  if (f.firstSeenAfter) where.push(Prisma.sql`e."firstSeen" >= ${iso(f.firstSeenAfter)}::timestamp(3)`);
  if (f.firstSeenBefore) where.push(Prisma.sql`e."firstSeen" < ${iso(f.firstSeenBefore)}::timestamp(3)`);
  if (f.lastSeenAfter) where.push(Prisma.sql`e."lastSeen" >= ${iso(f.lastSeenAfter)}::timestamp(3)`);
  if (f.lastSeenBefore) where.push(Prisma.sql`e."lastSeen" < ${iso(f.lastSeenBefore)}::timestamp(3)`);
  if (f.enrichmentStatus) where.push(Prisma.sql`e.status = ${f.enrichmentStatus}::"EnrichmentStatus"`);
  return where;
}

/** The visible IoCs with their sightings, joined to their current enrichment when the search needs it. */
function from(options: SearchOptions, forCount: boolean): Prisma.Sql {
  const filtered = enrichmentFields.some((field) => options.filter[field] != null);
  const ordered = !forCount && orderColumns[options.orderBy].enrichment;
  const enrichment = filtered
    ? Prisma.sql`JOIN "Enrichment" e ON e."iocId" = s."iocId" AND ${isCurrentEnrichment("e")}`
    : ordered
      ? Prisma.sql`LEFT JOIN "Enrichment" e ON e."iocId" = s."iocId" AND ${isCurrentEnrichment("e")}`
      : Prisma.empty;
  // The IoC row only when its type or value is asked about: the sightings carry the id.
  const ioc =
    options.filter.types || options.filter.valueContains != null
      ? Prisma.sql`JOIN "Ioc" i ON i.id = s."iocId"`
      : Prisma.empty;
  return Prisma.sql`FROM (${heldVisibleSql(options.viewer)}) s ${ioc} ${enrichment}`;
}

function whereSql(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}`;
}

const pageRow = z.object({ id: z.string(), sort: z.union([z.number(), z.date()]).nullable() });

/** The statement of one page of matching IoCs (the benchmark EXPLAINs it). */
export function searchPageSql(
  options: SearchOptions,
  page: { after?: SearchKey; limit: number },
): Prisma.Sql {
  const column = orderColumns[options.orderBy];
  const value = Prisma.raw(column.sql);
  const desc = options.direction === "DESC";
  const dir = Prisma.raw(desc ? "DESC" : "ASC");
  const nulls = Prisma.raw(column.enrichment ? "NULLS LAST" : "");
  const where = conditions(options.filter);
  const after = page.after;
  if (after) {
    const cast = Prisma.raw(column.kind === "int" ? "int" : "timestamp(3)");
    const beyond = Prisma.raw(desc ? "<" : ">");
    // Nulls sort last either way: past a null key only nulls follow, by id.
    where.push(
      after.value === null
        ? Prisma.sql`(${value} IS NULL AND s."iocId" ${beyond} ${after.id})`
        : Prisma.sql`(${value} ${beyond} ${after.value}::${cast} OR ${value} IS NULL
            OR (${value} = ${after.value}::${cast} AND s."iocId" ${beyond} ${after.id}))`,
    );
  }
  return Prisma.sql`
    SELECT s."iocId" AS id, ${value} AS sort ${from(options, false)} ${whereSql(where)}
    ORDER BY ${value} ${dir} ${nulls}, s."iocId" ${dir}
    LIMIT ${page.limit}`;
}

/** The ids of one page of matching IoCs, in order, with their sort keys. */
export async function searchPage(
  db: Db,
  options: SearchOptions,
  page: { after?: SearchKey; limit: number },
): Promise<SearchKey[]> {
  const rows = decodeRows(pageRow, await db.$queryRaw(searchPageSql(options, page)));
  return rows.map((row) => ({
    id: row.id,
    value: row.sort instanceof Date ? row.sort.toISOString() : row.sort,
  }));
}

const countRow = z.object({ count: z.number() });

/** How many IoCs match. */
export async function searchCount(db: Db, options: SearchOptions): Promise<number> {
  const [row] = decodeRows(
    countRow,
    await db.$queryRaw`SELECT count(*)::int AS count ${from(options, true)} ${whereSql(conditions(options.filter))}`,
  );
  return row?.count ?? 0;
}
