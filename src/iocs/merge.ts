// When a provider reveals that several FILE rows are one file (its md5, sha1 and sha256), they become one row:
// the oldest survives, the others' collection memberships, edges and queued jobs move to it (no duplicates,
// counts kept exact), then they are deleted. One transaction.
import { mergeReach } from "../access/reach.js";
import type { Db } from "../db.js";
import { decodeRows, idRow, z } from "../rows.js";

/** A FILE row with its hashes. */
export const fileRow = z.object({
  id: z.string(),
  md5: z.string().nullable(),
  sha1: z.string().nullable(),
  sha256: z.string().nullable(),
});

/** The hashes a provider reports for one file; null where it does not say. */
export interface FileHashes {
  md5: string | null;
  sha1: string | null;
  sha256: string | null;
}

export interface MergeResult {
  /** The row that now carries every hash. */
  survivorId: string;
  /** The rows merged into it and deleted. */
  mergedIds: string[];
}

/** The FILE rows known by any of the hashes (or by `iocId`), oldest first. */
export async function fileRows(db: Pick<Db, "$queryRaw">, hashes: FileHashes, iocId?: string) {
  return decodeRows(
    fileRow,
    await db.$queryRaw`
    SELECT id, md5, sha1, sha256 FROM "Ioc"
    WHERE type = 'FILE' AND (id = ${iocId ?? null} OR md5 = ${hashes.md5} OR sha1 = ${hashes.sha1}
      OR sha256 = ${hashes.sha256})
    ORDER BY "createdAt", id`,
  );
}

/**
 * Makes the rows known by `hashes` (and `iocId`) one row that carries all three hashes. With one row it only
 * fills in the missing hash columns. Returns null when no row exists.
 */
export async function mergeFile(db: Db, hashes: FileHashes, iocId?: string): Promise<MergeResult | null> {
  return db.$transaction(async (tx) => {
    const candidates = (await fileRows(tx, hashes, iocId)).map((row) => row.id);
    if (candidates.length === 0) return null;
    if (candidates.length > 1) {
      // Collection rows first, in id order, like the collection service: membership changes and count
      // updates then serialise with concurrent adds and removals instead of deadlocking with them.
      await tx.$queryRaw`
        SELECT id FROM "Collection" WHERE id IN (
          SELECT "collectionId" FROM "CollectionIoc" WHERE "iocId" = ANY(${candidates}::text[]))
        ORDER BY id FOR UPDATE`;
    }
    // Locked and read again: a concurrent merge of the same file may have removed some meanwhile.
    const rows = decodeRows(
      idRow,
      await tx.$queryRaw`
      SELECT id FROM "Ioc" WHERE id = ANY(${candidates}::text[]) ORDER BY "createdAt", id FOR UPDATE`,
    );
    if (rows.length === 0) return null;
    const survivorId = rows[0].id;
    const mergedIds = rows.slice(1).map((row) => row.id);
    if (mergedIds.length > 0) {
      // Each collection that held a merged row but not the survivor keeps its earliest membership,
      // pointed at the survivor (so its position and who added it stay); the other memberships go.
      await tx.$executeRaw`
        UPDATE "CollectionIoc" c SET "iocId" = ${survivorId}
        FROM (
          SELECT DISTINCT ON ("collectionId") "collectionId", "iocId" FROM "CollectionIoc"
          WHERE "iocId" = ANY(${mergedIds}::text[])
            AND "collectionId" NOT IN (SELECT "collectionId" FROM "CollectionIoc" WHERE "iocId" = ${survivorId})
          ORDER BY "collectionId", seq
        ) keep
        WHERE c."collectionId" = keep."collectionId" AND c."iocId" = keep."iocId"`;
      await tx.$executeRaw`
        WITH gone AS (
          DELETE FROM "CollectionIoc" WHERE "iocId" = ANY(${mergedIds}::text[]) RETURNING "collectionId"
        ), per AS (SELECT "collectionId", count(*)::int AS n FROM gone GROUP BY "collectionId")
        UPDATE "Collection" c SET "iocCount" = c."iocCount" - per.n,
          "typeCounts" = CASE WHEN coalesce((c."typeCounts"->>'FILE')::int, 0) - per.n > 0
            THEN jsonb_set(c."typeCounts", '{FILE}', to_jsonb(coalesce((c."typeCounts"->>'FILE')::int, 0) - per.n))
            ELSE c."typeCounts" - 'FILE' END
        FROM per WHERE c.id = per."collectionId"`;
      // Edges of the merged rows, re-pointed; duplicates fold into one with the widest seen-range, and an
      // edge between two hashes of the same file disappears.
      await tx.$executeRaw`
        INSERT INTO "IocRelation" ("sourceId", relation, "targetId", "firstSeen", "lastSeen", origin)
        SELECT s, relation, t, min("firstSeen"), max("lastSeen"), min(origin)
        FROM (
          SELECT CASE WHEN "sourceId" = ANY(${mergedIds}::text[]) THEN ${survivorId} ELSE "sourceId" END AS s,
                 relation,
                 CASE WHEN "targetId" = ANY(${mergedIds}::text[]) THEN ${survivorId} ELSE "targetId" END AS t,
                 "firstSeen", "lastSeen", origin
          FROM "IocRelation"
          WHERE "sourceId" = ANY(${mergedIds}::text[]) OR "targetId" = ANY(${mergedIds}::text[])
        ) moved
        WHERE s <> t
        GROUP BY s, relation, t
        ON CONFLICT ("sourceId", relation, "targetId") DO UPDATE SET
          "firstSeen" = LEAST("IocRelation"."firstSeen", EXCLUDED."firstSeen"),
          "lastSeen" = GREATEST("IocRelation"."lastSeen", EXCLUDED."lastSeen")`;
      // Jobs are not tied to the row by a foreign key (they outlive nothing but must not outlive it).
      await tx.$executeRaw`DELETE FROM "EnrichmentJob" WHERE "iocId" = ANY(${mergedIds}::text[])`;
      // Whoever reached one of the rows reaches the survivor (read before the rows and their reach go).
      await mergeReach(tx, survivorId, mergedIds);
      await tx.$executeRaw`DELETE FROM "Ioc" WHERE id = ANY(${mergedIds}::text[])`;
    }
    await tx.$executeRaw`
      UPDATE "Ioc" SET md5 = coalesce(md5, ${hashes.md5}), sha1 = coalesce(sha1, ${hashes.sha1}),
        sha256 = coalesce(sha256, ${hashes.sha256})
      WHERE id = ${survivorId}`;
    return { survivorId, mergedIds };
  });
}
