// Per-request DataLoaders for what plugin-prisma cannot batch: stored enrichment by IoC id, a domain's
// resolved addresses, and collection aggregates (tags, commonalities) by collection id. Each batch is one
// SQL statement, so a page of 500 IoCs with their enrichment costs the page's statements plus one.
import DataLoader from "dataloader";
import type { Db } from "./db.js";
import type { Prisma } from "./generated/prisma/client.js";

export const enrichmentSelect = {
  iocId: true,
  provider: true,
  status: true,
  fetchedAt: true,
  error: true,
  malicious: true,
  suspicious: true,
  harmless: true,
  undetected: true,
  timeout: true,
  total: true,
  firstSeen: true,
  lastSeen: true,
  size: true,
  typeDescription: true,
  meaningfulName: true,
  names: true,
  tags: true,
  reputation: true,
  registrar: true,
  creationDate: true,
  categories: true,
  country: true,
  asn: true,
  asOwner: true,
  network: true,
  finalUrl: true,
  title: true,
  httpResponseCode: true,
} satisfies Prisma.EnrichmentSelect;

/** A stored enrichment without its raw document (read only when asked for). */
export type EnrichmentView = Prisma.EnrichmentGetPayload<{ select: typeof enrichmentSelect }>;

export interface ResolvedAddress {
  ipId: string;
  address: string;
  lastSeen: Date | null;
  country: string | null;
  asn: number | null;
  asOwner: string | null;
}

export interface Count {
  value: string;
  count: number;
}

export interface AsnCount {
  asn: number;
  asOwner: string | null;
  count: number;
}

export interface DetectionBucket {
  min: number;
  max: number | null;
  count: number;
}

export interface CollectionStats {
  enriched: number;
  pending: number;
  notFound: number;
  errors: number;
  malicious: number;
  suspicious: number;
  clean: number;
  detections: DetectionBucket[];
  countries: Count[];
  asns: AsnCount[];
  asOwners: Count[];
  fileTypes: Count[];
}

/** Histogram buckets of malicious verdicts per IoC: 0, 1–2, 3–9, 10–24, 25 and more. */
export const detectionBuckets: readonly { min: number; max: number | null }[] = [
  { min: 0, max: 0 },
  { min: 1, max: 2 },
  { min: 3, max: 9 },
  { min: 10, max: 24 },
  { min: 25, max: null },
];

// Of several providers' rows for one IoC, the one fetched last; a row still PENDING only when it is all there is.
function better(a: EnrichmentView, b: EnrichmentView): EnrichmentView {
  if ((a.status === "PENDING") !== (b.status === "PENDING")) return a.status === "PENDING" ? b : a;
  return (a.fetchedAt?.getTime() ?? 0) >= (b.fetchedAt?.getTime() ?? 0) ? a : b;
}

/** The latest enrichment row of an IoC, across providers (SQL fragment joined LATERAL to memberships `m`). */
export const LATEST = `SELECT * FROM "Enrichment" x WHERE x."iocId" = m."iocId"
  ORDER BY (x.status = 'PENDING'), x."fetchedAt" DESC NULLS LAST LIMIT 1`;

export function createLoaders(db: Db, options: { batch?: boolean } = {}) {
  const batch = options.batch ?? true;

  const enrichment = new DataLoader<string, EnrichmentView | null>(
    async (ids) => {
      const rows = await db.enrichment.findMany({
        where: { iocId: { in: [...ids] } },
        select: enrichmentSelect,
      });
      const best = new Map<string, EnrichmentView>();
      for (const row of rows) {
        const current = best.get(row.iocId);
        best.set(row.iocId, current ? better(current, row) : row);
      }
      return ids.map((id) => best.get(id) ?? null);
    },
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
      // Either end may have been looked up: a domain's resolutions, or an address's resolutions to the domain.
      const rows = await db.$queryRawUnsafe<(ResolvedAddress & { domainId: string })[]>(
        `WITH edges AS (
           SELECT r."sourceId" AS "domainId", r."targetId" AS "ipId", r."lastSeen" FROM "IocRelation" r
           WHERE r."sourceId" = ANY($1::text[]) AND r.relation = 'resolutions'
           UNION ALL
           SELECT r."targetId", r."sourceId", r."lastSeen" FROM "IocRelation" r
           WHERE r."targetId" = ANY($1::text[]) AND r.relation = 'resolutions'
         ), m AS (
           SELECT DISTINCT ON ("domainId", "ipId") "domainId", "ipId" AS "iocId", "lastSeen" FROM edges
           ORDER BY "domainId", "ipId", "lastSeen" DESC NULLS LAST
         )
         SELECT m."domainId", m."iocId" AS "ipId", i.value AS address, m."lastSeen", e.country, e.asn, e."asOwner"
         FROM m JOIN "Ioc" i ON i.id = m."iocId" AND i.type = 'IP_ADDRESS'
         LEFT JOIN LATERAL (${LATEST}) e ON true
         ORDER BY m."domainId", m."lastSeen" DESC NULLS LAST, i.value`,
        [...domainIds],
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

  const aggregatedTags = new DataLoader<string, Count[]>(
    async (collectionIds) => {
      const rows = await db.$queryRawUnsafe<{ collectionId: string; value: string; count: number }[]>(
        `SELECT m."collectionId", t.tag AS value, count(*)::int AS count
         FROM "CollectionIoc" m
         JOIN LATERAL (${LATEST}) e ON true
         CROSS JOIN LATERAL unnest(e.tags) AS t(tag)
         WHERE m."collectionId" = ANY($1::text[])
         GROUP BY m."collectionId", t.tag
         ORDER BY m."collectionId", count(*) DESC, t.tag`,
        [...collectionIds],
      );
      const byCollection = new Map<string, Count[]>();
      for (const { collectionId, value, count } of rows) {
        const list = byCollection.get(collectionId) ?? [];
        list.push({ value, count });
        byCollection.set(collectionId, list);
      }
      return collectionIds.map((id) => byCollection.get(id) ?? []);
    },
    { batch },
  );

  const stats = new DataLoader<string, CollectionStats>(
    async (collectionIds) => {
      // Every dimension in one statement: (collection, dimension, value, count) rows.
      const rows = await db.$queryRawUnsafe<
        { collectionId: string; dim: string; value: string; label: string | null; count: number }[]
      >(
        `WITH m AS (
           SELECT m."collectionId", e.status, e.malicious, e.suspicious, e.country, e.asn, e."asOwner",
                  e."typeDescription"
           FROM "CollectionIoc" m LEFT JOIN LATERAL (${LATEST}) e ON true
           WHERE m."collectionId" = ANY($1::text[])
         )
         SELECT "collectionId", 'status' AS dim, coalesce(status::text, 'NONE') AS value, NULL AS label,
                count(*)::int AS count FROM m GROUP BY 1, 3
         UNION ALL
         SELECT "collectionId", 'verdict', CASE WHEN malicious > 0 THEN 'malicious'
                  WHEN suspicious > 0 THEN 'suspicious' ELSE 'clean' END, NULL, count(*)::int
         FROM m WHERE malicious IS NOT NULL GROUP BY 1, 3
         UNION ALL
         SELECT "collectionId", 'detections', CASE WHEN malicious = 0 THEN '0' WHEN malicious <= 2 THEN '1'
                  WHEN malicious <= 9 THEN '3' WHEN malicious <= 24 THEN '10' ELSE '25' END, NULL, count(*)::int
         FROM m WHERE malicious IS NOT NULL GROUP BY 1, 3
         UNION ALL
         SELECT "collectionId", 'country', country, NULL, count(*)::int FROM m WHERE country IS NOT NULL GROUP BY 1, 3
         UNION ALL
         SELECT "collectionId", 'asn', asn::text, max("asOwner"), count(*)::int FROM m WHERE asn IS NOT NULL
         GROUP BY 1, 3
         UNION ALL
         SELECT "collectionId", 'asOwner', "asOwner", NULL, count(*)::int FROM m WHERE "asOwner" IS NOT NULL
         GROUP BY 1, 3
         UNION ALL
         SELECT "collectionId", 'fileType', "typeDescription", NULL, count(*)::int FROM m
         WHERE "typeDescription" IS NOT NULL GROUP BY 1, 3`,
        [...collectionIds],
      );
      const empty = (): CollectionStats => ({
        enriched: 0,
        pending: 0,
        notFound: 0,
        errors: 0,
        malicious: 0,
        suspicious: 0,
        clean: 0,
        detections: detectionBuckets.map((bucket) => ({ ...bucket, count: 0 })),
        countries: [],
        asns: [],
        asOwners: [],
        fileTypes: [],
      });
      const byCollection = new Map<string, CollectionStats>();
      for (const row of rows) {
        let s = byCollection.get(row.collectionId);
        if (!s) {
          s = empty();
          byCollection.set(row.collectionId, s);
        }
        const n = row.count;
        switch (row.dim) {
          case "status":
            if (row.value === "FRESH") s.enriched += n;
            else if (row.value === "PENDING") s.pending += n;
            else if (row.value === "NOT_FOUND") s.notFound += n;
            else if (row.value === "ERROR") s.errors += n;
            break;
          case "verdict":
            s[row.value as "malicious" | "suspicious" | "clean"] += n;
            break;
          case "detections": {
            const bucket = s.detections.find((b) => String(b.min) === row.value);
            if (bucket) bucket.count += n;
            break;
          }
          case "asn":
            s.asns.push({ asn: Number(row.value), asOwner: row.label, count: n });
            break;
          case "country":
            s.countries.push({ value: row.value, count: n });
            break;
          case "asOwner":
            s.asOwners.push({ value: row.value, count: n });
            break;
          case "fileType":
            s.fileTypes.push({ value: row.value, count: n });
            break;
        }
      }
      const order = <T extends { count: number }>(list: T[], name: (item: T) => string) =>
        list.sort((a, b) => b.count - a.count || (name(a) < name(b) ? -1 : 1));
      for (const s of byCollection.values()) {
        order(s.countries, (c) => c.value);
        order(s.asns, (c) => String(c.asn));
        order(s.asOwners, (c) => c.value);
        order(s.fileTypes, (c) => c.value);
      }
      return collectionIds.map((id) => byCollection.get(id) ?? empty());
    },
    { batch },
  );

  return {
    enrichment,
    raw,
    resolutions,
    aggregatedTags,
    stats,
    /** Forgets everything loaded, e.g. between two events of one subscription. */
    clearAll() {
      for (const loader of [enrichment, raw, resolutions, aggregatedTags, stats]) loader.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
