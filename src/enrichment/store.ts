// Storing provider results: Enrichment rows (set-based, a few statements for any batch), the hashes of files
// (merging rows that turn out to be one file), and edges to related IoCs in IocRelation.

import { randomUUID } from "node:crypto";
import { extendReachAlongEdges } from "../access/reach.js";
import type { Db } from "../db.js";
import type { CanonicalIoc } from "../extraction/types.js";
import { Prisma } from "../generated/prisma/client.js";
import { iocKey } from "../iocs/identity.js";
import { type FileHashes, fileRow, mergeFile } from "../iocs/merge.js";
import { insertMissingIocs, lookupIds } from "../iocs/store.js";
import type { PubSub } from "../pubsub.js";
import { decodeRows, z } from "../rows.js";
import { upsertSql } from "./fields.js";

const holdersRow = z.object({ collectionId: z.string(), iocIds: z.array(z.string()) });

import { fileHashes, mapAttributes, objectIoc, type VtObject } from "./mapping.js";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export interface StoreItem {
  /** The row the lookup was for (a job's IoC); absent for imported objects, found or created by value. */
  iocId?: string;
  object: VtObject;
}

export interface StoredObject {
  iocId: string;
  object: VtObject;
}

function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`;
  return /23505|P2002|unique constraint/i.test(text);
}

/**
 * The row of each file object, with all its hashes on it: rows found by one hash get the others, rows found
 * by several hashes are merged, unknown files are created. Set-based except for merges.
 */
async function resolveFiles(
  db: Db,
  items: readonly { iocId?: string; hashes: FileHashes }[],
): Promise<string[]> {
  const all = (kind: keyof FileHashes) =>
    items.map((item) => item.hashes[kind]).filter((h): h is string => !!h);
  const rows = decodeRows(
    fileRow,
    await db.$queryRaw`
      SELECT id, md5, sha1, sha256 FROM "Ioc"
      WHERE type = 'FILE' AND (md5 = ANY(${all("md5")}::text[]) OR sha1 = ANY(${all("sha1")}::text[])
        OR sha256 = ANY(${all("sha256")}::text[]) OR id = ANY(${items.map((item) => item.iocId ?? "")}::text[]))`,
  );
  const ids: (string | null)[] = [];
  const single: { index: number; id: string }[] = [];
  const create: number[] = [];
  const merge: number[] = [];
  items.forEach((item, index) => {
    const { md5, sha1, sha256 } = item.hashes;
    const matches = rows.filter(
      (row) =>
        row.id === item.iocId ||
        (md5 && row.md5 === md5) ||
        (sha1 && row.sha1 === sha1) ||
        (sha256 && row.sha256 === sha256),
    );
    ids.push(null);
    if (matches.length === 0) create.push(index);
    else if (matches.length === 1) single.push({ index, id: matches[0].id });
    else merge.push(index);
  });
  if (single.length > 0) {
    try {
      await db.$executeRaw`
        UPDATE "Ioc" i SET md5 = coalesce(i.md5, u.md5), sha1 = coalesce(i.sha1, u.sha1),
          sha256 = coalesce(i.sha256, u.sha256)
        FROM unnest(${single.map((s) => s.id)}::text[], ${single.map((s) => items[s.index].hashes.md5)}::text[],
                    ${single.map((s) => items[s.index].hashes.sha1)}::text[],
                    ${single.map((s) => items[s.index].hashes.sha256)}::text[]) AS u(id, md5, sha1, sha256)
        WHERE i.id = u.id`;
      for (const s of single) ids[s.index] = s.id;
    } catch (error) {
      // A hash arrived on another row meanwhile: those files take the merge path, one by one.
      if (!isUniqueViolation(error)) throw error;
      merge.push(...single.map((s) => s.index));
    }
  }
  if (create.length > 0) {
    const created = create.map((index) => items[index].hashes);
    await db.$executeRaw`
      INSERT INTO "Ioc" (type, value, md5, sha1, sha256)
      SELECT 'FILE', coalesce(u.sha256, u.sha1, u.md5), u.md5, u.sha1, u.sha256
      FROM unnest(${created.map((h) => h.md5)}::text[], ${created.map((h) => h.sha1)}::text[],
                  ${created.map((h) => h.sha256)}::text[]) AS u(md5, sha1, sha256)
      ON CONFLICT DO NOTHING`;
    // Created, or created concurrently by someone else: either way the merge path settles it.
    merge.push(...create);
  }
  for (const index of merge) {
    const result = await mergeFile(db, items[index].hashes, items[index].iocId);
    ids[index] = result?.survivorId ?? null;
  }
  return ids.map((id) => id ?? "");
}

/**
 * Stores found objects as FRESH enrichment of `provider`, after settling which row each belongs to. Objects
 * that name no IoC (a URL known only by its hash) and duplicates within the batch are skipped. Returns the
 * stored rows with the id they were stored under (a merged file's surviving row).
 */
export async function storeObjects(
  db: Db,
  provider: string,
  items: readonly StoreItem[],
): Promise<StoredObject[]> {
  const files: { index: number; iocId?: string; hashes: FileHashes }[] = [];
  const others: { index: number; iocId?: string; ioc: CanonicalIoc | null }[] = [];
  items.forEach((item, index) => {
    if (item.object.type === "file") {
      const hashes = fileHashes(item.object);
      if (hashes.md5 || hashes.sha1 || hashes.sha256) files.push({ index, iocId: item.iocId, hashes });
    } else {
      others.push({ index, iocId: item.iocId, ioc: item.iocId ? null : objectIoc(item.object) });
    }
  });
  const idOf: (string | undefined)[] = items.map(() => undefined);
  if (files.length > 0) {
    const ids = await resolveFiles(db, files);
    files.forEach((file, i) => {
      if (ids[i]) idOf[file.index] = ids[i];
    });
  }
  const byValue = others.filter((item) => !item.iocId && item.ioc) as { index: number; ioc: CanonicalIoc }[];
  if (byValue.length > 0) {
    const iocs = byValue.map((item) => item.ioc);
    await insertMissingIocs(db, iocs);
    const found = await lookupIds(db, iocs);
    for (const item of byValue) idOf[item.index] = found.get(iocKey(item.ioc));
  }
  for (const item of others) if (item.iocId) idOf[item.index] = item.iocId;

  // Last one wins within a batch, so a row is written once per statement.
  const chosen = new Map<string, StoredObject>();
  items.forEach((item, index) => {
    const iocId = idOf[index];
    if (iocId) chosen.set(iocId, { iocId, object: item.object });
  });
  const stored = [...chosen.values()];
  if (stored.length === 0) return [];
  const records = stored.map(({ iocId, object }) => ({
    iocId,
    provider,
    status: "FRESH",
    ...mapAttributes(object),
    raw: object,
  }));
  // One statement for the batch: the rows travel as one JSON array, typed by the table's own row type.
  await db.$executeRaw`
    INSERT INTO "Enrichment" ("iocId", provider, status, "fetchedAt", error, ${upsertSql.columns}, raw)
    SELECT r."iocId", r.provider, r.status, ${NOW}, NULL, ${upsertSql.values}, r.raw
    FROM json_populate_recordset(NULL::"Enrichment", ${JSON.stringify(records)}::json) AS r
    JOIN "Ioc" i ON i.id = r."iocId"
    ON CONFLICT ("iocId", provider) DO UPDATE SET
      status = EXCLUDED.status, "fetchedAt" = EXCLUDED."fetchedAt", error = NULL, ${upsertSql.updates},
      raw = EXCLUDED.raw`;
  return stored;
}

/** Records a lookup that found nothing (NOT_FOUND) or failed for good (ERROR, with the reason). */
export async function storeStatus(
  db: Sql,
  provider: string,
  iocId: string,
  status: "NOT_FOUND" | "ERROR",
  error: string | null = null,
): Promise<void> {
  // An ERROR keeps the last good data (still worth showing); NOT_FOUND clears it (VirusTotal forgot it).
  await db.$executeRaw`
    INSERT INTO "Enrichment" ("iocId", provider, status, "fetchedAt", error, names, tags, categories)
    SELECT id, ${provider}, ${status}::"EnrichmentStatus", ${NOW}, ${error}, '{}', '{}', '{}' FROM "Ioc" WHERE id = ${iocId}
    ON CONFLICT ("iocId", provider) DO UPDATE SET status = EXCLUDED.status, "fetchedAt" = EXCLUDED."fetchedAt",
      error = EXCLUDED.error`;
  if (status === "NOT_FOUND") {
    await db.$executeRaw`
      UPDATE "Enrichment" SET malicious = NULL, suspicious = NULL, harmless = NULL, undetected = NULL,
        timeout = NULL, total = NULL, tags = '{}', reputation = NULL, raw = NULL
      WHERE "iocId" = ${iocId} AND provider = ${provider}`;
  }
}

export interface Edge {
  sourceId: string;
  relation: string;
  target: CanonicalIoc;
  /** When the provider saw the link; the store time when it does not say. */
  seen: Date | null;
}

/**
 * Stores edges in IocRelation with `origin`, creating target IoCs that do not exist yet. An edge seen again
 * widens its firstSeen–lastSeen range. Returns the target ids by `TYPE:value`.
 */
export async function storeEdges(
  db: Db,
  origin: string,
  edges: readonly Edge[],
): Promise<Map<string, string>> {
  if (edges.length === 0) return new Map();
  const targets = new Map<string, CanonicalIoc>();
  for (const edge of edges) targets.set(iocKey(edge.target), edge.target);
  await insertMissingIocs(db, [...targets.values()]);
  const ids = await lookupIds(db, [...targets.values()]);
  const unique = new Map<
    string,
    { sourceId: string; relation: string; targetId: string; seen: Date | null }
  >();
  for (const edge of edges) {
    const targetId = ids.get(iocKey(edge.target));
    if (!targetId || targetId === edge.sourceId) continue;
    const k = `${edge.sourceId}\u0000${edge.relation}\u0000${targetId}`;
    const previous = unique.get(k);
    const seen = previous?.seen && edge.seen && previous.seen > edge.seen ? previous.seen : edge.seen;
    unique.set(k, { sourceId: edge.sourceId, relation: edge.relation, targetId, seen });
  }
  const rows = [...unique.values()].sort((a, b) =>
    a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.targetId < b.targetId ? -1 : 1,
  );
  if (rows.length === 0) return ids;
  // The edges and the reach they extend commit together.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
    INSERT INTO "IocRelation" ("sourceId", relation, "targetId", "firstSeen", "lastSeen", origin)
    SELECT u.s, u.r, u.t, coalesce(u.seen, ${NOW}), coalesce(u.seen, ${NOW}), ${origin}
    FROM unnest(${rows.map((r) => r.sourceId)}::text[], ${rows.map((r) => r.relation)}::text[],
                ${rows.map((r) => r.targetId)}::text[],
                ${rows.map((r) => r.seen?.toISOString() ?? null)}::timestamp[]) AS u(s, r, t, seen)
    JOIN "Ioc" src ON src.id = u.s
    ON CONFLICT ("sourceId", relation, "targetId") DO UPDATE SET
      "firstSeen" = LEAST("IocRelation"."firstSeen", EXCLUDED."firstSeen"),
      "lastSeen" = GREATEST("IocRelation"."lastSeen", EXCLUDED."lastSeen")`;
    await extendReachAlongEdges(tx, rows);
  });
  return ids;
}

/** Tells subscribers of every collection holding these IoCs that their enrichment changed (after commit). */
export async function publishUpdates(
  db: Sql,
  pubsub: PubSub,
  iocIds: readonly string[],
  onError: (error: unknown) => void = () => {},
): Promise<void> {
  if (iocIds.length === 0) return;
  const rows = decodeRows(
    holdersRow,
    await db.$queryRaw`
    SELECT "collectionId", array_agg("iocId" ORDER BY "iocId") AS "iocIds" FROM "CollectionIoc"
    WHERE "iocId" = ANY(${[...new Set(iocIds)]}::text[]) GROUP BY "collectionId"`,
  );
  for (const row of rows) {
    try {
      pubsub.publish("enrichmentUpdated", row.collectionId, {
        id: randomUUID(),
        collectionId: row.collectionId,
        iocIds: row.iocIds,
      });
    } catch (error) {
      onError(error);
    }
  }
}
