// What an export reads: the collection, then its IoCs in the order they were added, a batch at a time (keyset
// pages on the membership's `seq`, as Collection.iocs pages), each batch with its enrichment. However large the
// collection, an export holds one batch.

import { countsOf } from "../collections/counts.js";
import { dataSelect, type Reference, referencesOf } from "../collections/fields.js";
import type { Db } from "../db.js";
import type { CurrentEnrichment } from "../enrichment/fields.js";
import { currentEnrichments } from "../enrichment/loaders.js";
import type { CanonicalIoc, HashKind, IocType } from "../extraction/types.js";
import type { CollectionType, Prisma, Tlp, Visibility } from "../generated/prisma/client.js";
import { canonicalOf } from "../iocs/identity.js";
import { decodeRows, iocTypeColumn, z } from "../rows.js";

export interface ExportedCollection {
  id: string;
  /** The collection's Relay global id, as the API names it. */
  globalId: string;
  name: string;
  description: string;
  tags: string[];
  visibility: Visibility;
  tlp: Tlp;
  collectionType: CollectionType;
  altNames: string[];
  references: Reference[];
  targetedIndustries: string[];
  targetedRegions: string[];
  sourceRegion: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Every kind's count field (src/iocs/kinds.ts) and the total. */
  counts: Record<string, number>;
  owner: { id: string; name: string; createdAt: Date };
}

export interface ExportedIoc {
  addedAt: Date;
  /** The IoC by its canonical value (a FILE by its strongest hash). */
  ioc: CanonicalIoc;
  /** Every hash a FILE is known by; empty for other kinds. */
  hashes: Partial<Record<HashKind, string>>;
  enrichment: CurrentEnrichment | null;
}

export const collectionSelect = {
  id: true,
  ...dataSelect,
  createdAt: true,
  updatedAt: true,
  typeCounts: true,
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
    tlp: row.tlp,
    collectionType: row.collectionType,
    altNames: row.altNames,
    references: referencesOf(row.references),
    targetedIndustries: row.targetedIndustries,
    targetedRegions: row.targetedRegions,
    sourceRegion: row.sourceRegion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    counts: countsOf(row.typeCounts, row.iocCount),
    owner: row.owner,
  };
}

export interface MemberScope {
  collectionId: string;
  /** Only these kinds; all when null. */
  types: readonly IocType[] | null;
  /** Read enrichment too (one more statement per batch), judged fresh or not by this TTL. */
  enrichment: boolean;
  ttlMs: number;
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

const text = z.string().nullable();

const memberRow = z.object({
  seq: z.bigint(),
  addedAt: z.date(),
  id: z.string(),
  type: iocTypeColumn,
  value: z.string(),
  md5: text,
  sha1: text,
  sha256: text,
});

function exported(row: z.infer<typeof memberRow>, enrichment: CurrentEnrichment | null): ExportedIoc {
  const hashes: ExportedIoc["hashes"] = {};
  if (row.md5) hashes.md5 = row.md5;
  if (row.sha1) hashes.sha1 = row.sha1;
  if (row.sha256) hashes.sha256 = row.sha256;
  return { addedAt: row.addedAt, ioc: canonicalOf(row), hashes, enrichment };
}

/**
 * The collection's IoCs in the order they were added, `batchSize` at a time: one statement per batch, and one
 * more for its current enrichment (the loaders' read, src/enrichment/loaders.ts).
 */
export async function* memberBatches(db: Db, scope: MemberScope): AsyncGenerator<ExportedIoc[]> {
  const types = scope.types ? [...scope.types] : null;
  let after = 0n;
  for (;;) {
    const rows = decodeRows(
      memberRow,
      await db.$queryRaw`
        SELECT m.seq, m."addedAt", i.id, i.type::text AS type, i.value, i.md5, i.sha1, i.sha256
        FROM "CollectionIoc" m JOIN "Ioc" i ON i.id = m."iocId"
        WHERE m."collectionId" = ${scope.collectionId} AND m.seq > ${after} AND m.seq <= ${scope.upTo}
          AND (${types}::text[] IS NULL OR i.type::text = ANY(${types}::text[]))
        ORDER BY m.seq LIMIT ${scope.batchSize}`,
    );
    if (rows.length === 0) return;
    const enrichment = scope.enrichment
      ? await currentEnrichments(
          db,
          rows.map((row) => row.id),
          scope.ttlMs,
        )
      : rows.map(() => null);
    yield rows.map((row, index) => exported(row, enrichment[index]));
    if (rows.length < scope.batchSize) return;
    after = rows[rows.length - 1].seq;
  }
}
