// The durable job queue: one EnrichmentJob row per IoC and provider that needs a lookup. Workers of any
// instance claim a due job with FOR UPDATE SKIP LOCKED and hold it under a lease (lockedAt) they renew while
// working; a job whose worker died is claimed again once its lease runs out. A job is deleted when done.
import { releasableSql, withheldSql } from "../access/tlp.js";
import { Prisma } from "../generated/prisma/client.js";
import { iocRow } from "../iocs/read.js";
import { decodeRows, idRow, textArray, z } from "../rows.js";
import { outdated } from "./freshness.js";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** Timestamps are stored as UTC wall time (timestamp without time zone), whatever the session's zone. */
const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

function after(ms: number) {
  return Prisma.sql`(${NOW} + ${Math.max(0, Math.round(ms))} * interval '1 millisecond')`;
}

/**
 * Queues lookups of the IoCs that have no job yet, and gives the ones never enriched a PENDING row so readers
 * can tell "queued" from "not enriched". An IoC that its TLP keeps from the provider (src/access/tlp.ts) is
 * never queued. With `firstLookup`, only IoCs never looked up by this provider (no result, or still PENDING).
 * One statement. Returns how many were newly queued.
 */
export async function enqueue(
  db: Sql,
  provider: string,
  iocIds: readonly string[],
  options: { delayMs?: number; firstLookup?: boolean } = {},
): Promise<number> {
  if (iocIds.length === 0) return 0;
  const ids = [...new Set(iocIds)].sort();
  const delayMs = options.delayMs ?? 0;
  const first = options.firstLookup
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Enrichment" x
        WHERE x."iocId" = u.id AND x.provider = ${provider} AND x.status <> 'PENDING')`
    : Prisma.empty;
  const rows = decodeRows(
    z.object({ n: z.number() }),
    await db.$queryRaw`
    WITH jobs AS (
      INSERT INTO "EnrichmentJob" ("iocId", provider, "runAt", "createdAt")
      SELECT u.id, ${provider}, ${after(delayMs)}, ${NOW} FROM unnest(${textArray(ids)}::text[]) AS u(id)
      JOIN "Ioc" i ON i.id = u.id
      WHERE NOT ${withheldSql(Prisma.sql`u.id`)} ${first}
      ORDER BY u.id
      ON CONFLICT ("iocId", provider) DO NOTHING
      RETURNING "iocId"
    ), pending AS (
      INSERT INTO "Enrichment" ("iocId", provider, status, names, tags, categories)
      SELECT "iocId", ${provider}, 'PENDING', '{}', '{}', '{}' FROM jobs
      ON CONFLICT ("iocId", provider) DO NOTHING
    )
    SELECT count(*)::int AS n FROM jobs`,
  );
  return rows[0]?.n ?? 0;
}

const claimedRow = z.object({ id: z.bigint(), iocId: z.string(), attempts: z.number() });

export type ClaimedJob = z.infer<typeof claimedRow>;

/** Takes the next due job that nobody holds (or whose holder's lease ran out), or null. One statement. */
export async function claim(
  db: Sql,
  provider: string,
  workerId: string,
  leaseMs: number,
): Promise<ClaimedJob | null> {
  const rows = decodeRows(
    claimedRow,
    await db.$queryRaw`
    UPDATE "EnrichmentJob" j SET "lockedAt" = ${NOW}, "lockedBy" = ${workerId}, attempts = j.attempts + 1
    FROM (
      SELECT id FROM "EnrichmentJob"
      WHERE provider = ${provider} AND "runAt" <= ${NOW}
        AND ("lockedAt" IS NULL OR "lockedAt" < ${NOW} - ${leaseMs} * interval '1 millisecond')
      ORDER BY "runAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    ) next
    WHERE j.id = next.id
    RETURNING j.id, j."iocId", j.attempts`,
  );
  return rows[0] ?? null;
}

/** Extends the lease; false when the job is no longer ours (taken over after our lease ran out, or done). */
export async function renew(db: Sql, job: ClaimedJob, workerId: string): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE "EnrichmentJob" SET "lockedAt" = ${NOW} WHERE id = ${job.id} AND "lockedBy" = ${workerId}`;
  return n > 0;
}

const lookupRow = iocRow.omit({ createdAt: true }).extend({ withheld: z.boolean() });

/**
 * The IoC a claimed job is for, and whether its TLP now keeps it from the provider (a collection raised its
 * TLP, or the only shareable holder let it go, after it was queued); null when the row is gone. One statement.
 */
export async function jobIoc(db: Sql, job: ClaimedJob): Promise<z.infer<typeof lookupRow> | null> {
  const rows = decodeRows(
    lookupRow,
    await db.$queryRaw`
    SELECT i.id, i.type::text AS type, i.value, i.md5, i.sha1, i.sha256, ${withheldSql(Prisma.sql`i.id`)} AS withheld
    FROM "Ioc" i WHERE i.id = ${job.iocId}`,
  );
  return rows[0] ?? null;
}

/**
 * A job whose IoC must not be sent leaves the queue unlooked-up, and its PENDING row goes with it: the IoC
 * reads as never enriched, and is queued again once a shareable collection holds it. One statement.
 */
export async function withdraw(db: Sql, job: ClaimedJob, workerId: string): Promise<void> {
  await db.$executeRaw`
    WITH gone AS (
      DELETE FROM "EnrichmentJob" WHERE id = ${job.id} AND "lockedBy" = ${workerId} RETURNING "iocId", provider
    )
    DELETE FROM "Enrichment" e USING gone
    WHERE e."iocId" = gone."iocId" AND e.provider = gone.provider AND e.status = 'PENDING'`;
}

/** The job is done (whatever its outcome was stored as): it leaves the queue. */
export async function finish(db: Sql, job: ClaimedJob, workerId: string): Promise<boolean> {
  const n =
    await db.$executeRaw`DELETE FROM "EnrichmentJob" WHERE id = ${job.id} AND "lockedBy" = ${workerId}`;
  return n > 0;
}

/**
 * Gives the job back to run again in `delayMs`. `counted: false` when the attempt was not the job's fault
 * (the provider throttled us, the worker is stopping), so it does not count toward the attempt limit.
 */
export async function reschedule(
  db: Sql,
  job: ClaimedJob,
  workerId: string,
  delayMs: number,
  options: { counted: boolean; error?: string },
): Promise<void> {
  await db.$executeRaw`
    UPDATE "EnrichmentJob" SET "lockedAt" = NULL, "lockedBy" = NULL, "runAt" = ${after(delayMs)},
      attempts = attempts - ${options.counted ? 0 : 1},
      "lastError" = coalesce(${options.error ?? null}, "lastError")
    WHERE id = ${job.id} AND "lockedBy" = ${workerId}`;
}

/**
 * Queues IoCs that some collection whose TLP allows it holds and whose enrichment is missing, stale (older than `ttlMs`), an
 * error older than `errorRetryMs`, or PENDING without a job. Up to `limit` per call; one statement.
 */
export async function sweep(
  db: Sql,
  provider: string,
  options: { ttlMs: number; errorRetryMs: number; limit: number },
): Promise<number> {
  const rows = decodeRows(
    idRow,
    await db.$queryRaw`
    SELECT i.id FROM "Ioc" i
    LEFT JOIN "Enrichment" e ON e."iocId" = i.id AND e.provider = ${provider}
    WHERE ${releasableSql(Prisma.sql`i.id`)}
      AND NOT EXISTS (SELECT 1 FROM "EnrichmentJob" j WHERE j."iocId" = i.id AND j.provider = ${provider})
      AND (e."iocId" IS NULL
        OR e.status = 'PENDING'
        OR (e.status = 'ERROR' AND e."fetchedAt" < ${NOW} - ${options.errorRetryMs} * interval '1 millisecond')
        OR ${outdated("e", options.ttlMs)})
    LIMIT ${options.limit}`,
  );
  return enqueue(
    db,
    provider,
    rows.map((row) => row.id),
  );
}

const countsRow = z.object({ queued: z.number(), due: z.number(), running: z.number() });

export type QueueCounts = z.infer<typeof countsRow>;

export async function counts(db: Sql, provider: string, leaseMs: number): Promise<QueueCounts> {
  const rows = decodeRows(
    countsRow,
    await db.$queryRaw`
    SELECT count(*)::int AS queued,
           count(*) FILTER (WHERE "runAt" <= ${NOW})::int AS due,
           count(*) FILTER (WHERE "lockedAt" >= ${NOW} - ${leaseMs} * interval '1 millisecond')::int AS running
    FROM "EnrichmentJob" WHERE provider = ${provider}`,
  );
  return rows[0] ?? { queued: 0, due: 0, running: 0 };
}
