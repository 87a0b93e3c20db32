// What an export reads: the collection, then its IoCs in the order they were added, a batch at a time (keyset
// pages on the membership's `seq`, as Collection.iocs pages), each batch with its enrichment. However large the
// collection, an export holds one batch.
import type { Db } from "../db.js";
import type { CanonicalIoc, HashKind, IocType } from "../extraction/types.js";
import type { Prisma, Visibility } from "../generated/prisma/client.js";
import { canonicalOf } from "../iocs/identity.js";
import { type EnrichmentView, LATEST } from "../loaders.js";
import { decodeRows, z } from "../rows.js";

export interface ExportedCollection {
  id: string;
  /** The collection's Relay global id, as the API names it. */
  globalId: string;
  name: string;
  description: string;
  tags: string[];
  visibility: Visibility;
  createdAt: Date;
  updatedAt: Date;
  counts: { files: number; urls: number; domains: number; ipAddresses: number; total: number };
  owner: { id: string; name: string; createdAt: Date };
}

export interface ExportedIoc {
  addedAt: Date;
  /** The IoC by its canonical value (a FILE by its strongest hash). */
  ioc: CanonicalIoc;
  /** Every hash a FILE is known by; empty for other kinds. */
  hashes: Partial<Record<HashKind, string>>;
  enrichment: EnrichmentView | null;
}

export const collectionSelect = {
  id: true,
  name: true,
  description: true,
  tags: true,
  visibility: true,
  createdAt: true,
  updatedAt: true,
  fileCount: true,
  urlCount: true,
  domainCount: true,
  ipCount: true,
  iocCount: true,
  owner: { select: { id: true, name: true, createdAt: true } },
} satisfies Prisma.CollectionSelect;

type CollectionRow = Prisma.CollectionGetPayload<{ select: typeof collectionSelect }>;

export function exportedCollection(row: CollectionRow, globalId: string): ExportedCollection {
  return {
    id: row.id,
    globalId,
    name: row.name,
    description: row.description,
    tags: row.tags,
    visibility: row.visibility,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    counts: {
      files: row.fileCount,
      urls: row.urlCount,
      domains: row.domainCount,
      ipAddresses: row.ipCount,
      total: row.iocCount,
    },
    owner: row.owner,
  };
}

export interface MemberScope {
  collectionId: string;
  /** Only these kinds; all when null. */
  types: readonly IocType[] | null;
  /** Read enrichment too (one more statement per batch). */
  enrichment: boolean;
  /** Memberships up to this `seq`: fixed when the export starts, so every pass reads the same IoCs. */
  upTo: bigint;
  batchSize: number;
}

/** The newest membership's `seq` (0 for an empty collection): the end of an export that starts now. */
export async function lastSeq(db: Db, collectionId: string): Promise<bigint> {
  const last = await db.collectionIoc.findFirst({
    where: { collectionId },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  return last?.seq ?? 0n;
}

const iocType = z.enum(["FILE", "URL", "DOMAIN", "IP_ADDRESS"] satisfies IocType[]);
const status = z.enum(["PENDING", "FRESH", "STALE", "NOT_FOUND", "ERROR"]);
const text = z.string().nullable();
const int = z.number().int().nullable();
const date = z.date().nullable();
const strings = z.array(z.string()).nullable();

const memberRow = z.object({
  seq: z.bigint(),
  addedAt: z.date(),
  id: z.string(),
  type: iocType,
  value: z.string(),
  md5: text,
  sha1: text,
  sha256: text,
});

// Every column of EnrichmentView (src/loaders.ts), null when the IoC has no enrichment row.
const enrichmentColumns = {
  provider: text,
  status: status.nullable(),
  fetchedAt: date,
  error: text,
  malicious: int,
  suspicious: int,
  harmless: int,
  undetected: int,
  timeout: int,
  total: int,
  firstSeen: date,
  lastSeen: date,
  size: z.bigint().nullable(),
  typeDescription: text,
  meaningfulName: text,
  names: strings,
  tags: strings,
  reputation: int,
  registrar: text,
  creationDate: date,
  categories: strings,
  country: text,
  asn: int,
  asOwner: text,
  network: text,
  finalUrl: text,
  title: text,
  httpResponseCode: int,
};
const enrichedRow = memberRow.extend(enrichmentColumns);
const ENRICHMENT_SELECT = Object.keys(enrichmentColumns)
  .map((column) => (column === "status" ? `e.status::text AS status` : `e."${column}"`))
  .join(", ");

function exported(row: z.infer<typeof enrichedRow> | z.infer<typeof memberRow>): ExportedIoc {
  const hashes: ExportedIoc["hashes"] = {};
  if (row.md5) hashes.md5 = row.md5;
  if (row.sha1) hashes.sha1 = row.sha1;
  if (row.sha256) hashes.sha256 = row.sha256;
  const e = "provider" in row && row.provider !== null ? row : null;
  return {
    addedAt: row.addedAt,
    ioc: canonicalOf(row),
    hashes,
    enrichment: e && {
      ...e,
      iocId: row.id,
      provider: e.provider as string,
      status: e.status ?? "PENDING",
      names: e.names ?? [],
      tags: e.tags ?? [],
      categories: e.categories ?? [],
    },
  };
}

/**
 * The collection's IoCs in the order they were added, `batchSize` at a time: one statement per batch, the
 * latest enrichment joined by the same rule the API shows it by (LATEST).
 */
export async function* memberBatches(db: Db, scope: MemberScope): AsyncGenerator<ExportedIoc[]> {
  const sql = `SELECT m.seq, m."addedAt", i.id, i.type::text AS type, i.value, i.md5, i.sha1, i.sha256
      ${scope.enrichment ? `, ${ENRICHMENT_SELECT}` : ""}
    FROM "CollectionIoc" m JOIN "Ioc" i ON i.id = m."iocId"
    ${scope.enrichment ? `LEFT JOIN LATERAL (${LATEST}) e ON true` : ""}
    WHERE m."collectionId" = $1 AND m.seq > $2 AND m.seq <= $3
      AND ($4::text[] IS NULL OR i.type::text = ANY($4::text[]))
    ORDER BY m.seq LIMIT $5`;
  const types = scope.types ? [...scope.types] : null;
  let after = 0n;
  for (;;) {
    const raw = await db.$queryRawUnsafe(sql, scope.collectionId, after, scope.upTo, types, scope.batchSize);
    const rows = scope.enrichment ? decodeRows(enrichedRow, raw) : decodeRows(memberRow, raw);
    if (rows.length === 0) return;
    yield rows.map(exported);
    if (rows.length < scope.batchSize) return;
    after = rows[rows.length - 1].seq;
  }
}
