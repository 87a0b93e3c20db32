// What an export reads: the collection, then its IoCs in the order they were added, a batch at a time (keyset
// pages on the membership's `seq`, as Collection.iocs pages), each batch with its enrichment. However large the
// collection, an export holds one batch.
import type { Db } from "../db.js";
import type { CanonicalIoc, HashKind, IocType } from "../extraction/types.js";
import type { Prisma, Visibility } from "../generated/prisma/client.js";
import { canonicalOf } from "../iocs/identity.js";
import { type EnrichmentView, latestEnrichment } from "../loaders.js";

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

/** The collection's IoCs in the order they were added, `batchSize` at a time. */
export async function* memberBatches(db: Db, scope: MemberScope): AsyncGenerator<ExportedIoc[]> {
  let after = 0n;
  for (;;) {
    const rows = await db.collectionIoc.findMany({
      where: {
        collectionId: scope.collectionId,
        seq: { gt: after, lte: scope.upTo },
        ...(scope.types ? { ioc: { type: { in: [...scope.types] } } } : {}),
      },
      orderBy: { seq: "asc" },
      take: scope.batchSize,
      select: {
        seq: true,
        addedAt: true,
        ioc: { select: { id: true, type: true, value: true, md5: true, sha1: true, sha256: true } },
      },
    });
    if (rows.length === 0) return;
    const enrichments = scope.enrichment
      ? await latestEnrichment(
          db,
          rows.map((row) => row.ioc.id),
        )
      : [];
    yield rows.map((row, i) => {
      const { md5, sha1, sha256 } = row.ioc;
      const hashes: ExportedIoc["hashes"] = {};
      if (md5) hashes.md5 = md5;
      if (sha1) hashes.sha1 = sha1;
      if (sha256) hashes.sha256 = sha256;
      return { addedAt: row.addedAt, ioc: canonicalOf(row.ioc), hashes, enrichment: enrichments[i] ?? null };
    });
    if (rows.length < scope.batchSize) return;
    after = rows[rows.length - 1].seq;
  }
}
