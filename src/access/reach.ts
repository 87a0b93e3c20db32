// Keeping IocReach exact (the reach src/access/iocs.ts reads). A scope reaches the IoCs its collections hold —
// "*" the public collections', a user their own collections' — and on along every edge from a reached IoC (an
// edge is stored in the direction it was produced: a URL to its host, a domain to its parent, a looked-up IoC
// to what the provider reported). Every change that moves reach calls one of these in its transaction:
// adding IoCs, removing them, deleting a collection, changing its visibility, new edges, merged files.
//
// Each runs under the lock the change log's commit order is drawn under (migration 20261123000000_live): reach
// steps of concurrent transactions then run one after another, each seeing what the one before committed,
// so a retraction never misses an edge or a holding that another transaction is adding, and the reverse.
import { Prisma } from "../generated/prisma/client.js";
import { textArray } from "../rows.js";
import { PUBLIC_SCOPE } from "./iocs.js";

type Sql = Pick<Prisma.TransactionClient, "$executeRaw">;

const COMMIT_ORDER_LOCK = 7_243_901_119;

async function lock(tx: Sql): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${COMMIT_ORDER_LOCK})`;
}

/** The scopes a collection's IoCs count for: its owner's, and the public one while it is PUBLIC. */
export function collectionScopes(collection: { ownerId: string; visibility: string }): string[] {
  return collection.visibility === "PUBLIC" ? [PUBLIC_SCOPE, collection.ownerId] : [collection.ownerId];
}

/** Every (scope, IoC) pair of `scopes` × `iocIds`, as two parallel `text[]` literals for unnest. */
function pairs(scopes: readonly string[], iocIds: readonly string[]) {
  return {
    scopes: textArray(scopes.flatMap((scope) => iocIds.map(() => scope))),
    ids: textArray(scopes.flatMap(() => iocIds)),
  };
}

/**
 * Adds `start` — (scope, id) rows not reached yet — and everything reachable from them to the reach, stopping
 * at IoCs the scope reaches already (their closure is there already).
 */
function grow(start: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE r(scope, id) AS (
      SELECT s.scope, s.id FROM (${start}) s
      WHERE NOT EXISTS (SELECT 1 FROM "IocReach" x WHERE x.scope = s.scope AND x."iocId" = s.id)
      UNION
      SELECT r.scope, e."targetId" FROM r JOIN "IocRelation" e ON e."sourceId" = r.id
      WHERE NOT EXISTS (SELECT 1 FROM "IocReach" x WHERE x.scope = r.scope AND x."iocId" = e."targetId")
    )
    INSERT INTO "IocReach" (scope, "iocId") SELECT scope, id FROM r ORDER BY scope, id ON CONFLICT DO NOTHING`;
}

/** The IoCs newly held for `scopes` are reached by them, and everything that follows from them. */
export async function extendReach(
  tx: Sql,
  scopes: readonly string[],
  iocIds: readonly string[],
): Promise<void> {
  if (iocIds.length === 0) return;
  const p = pairs(scopes, [...new Set(iocIds)]);
  await lock(tx);
  await tx.$executeRaw(
    grow(Prisma.sql`SELECT * FROM unnest(${p.scopes}::text[], ${p.ids}::text[]) AS p(scope, id)`),
  );
}

/**
 * New edges (at least one): every scope that reaches an edge's source now reaches its target, and what
 * follows from it.
 */
export async function extendReachAlongEdges(
  tx: Sql,
  edges: readonly { sourceId: string; targetId: string }[],
): Promise<void> {
  await lock(tx);
  await tx.$executeRaw(
    grow(Prisma.sql`
      SELECT DISTINCT x.scope, e.t AS id
      FROM unnest(${textArray(edges.map((e) => e.sourceId))}::text[], ${textArray(edges.map((e) => e.targetId))}::text[])
        AS e(s, t)
      JOIN "IocReach" x ON x."iocId" = e.s`),
  );
}

/**
 * The IoCs no longer held for `scopes` (removed, their collection deleted or no longer public): they and what
 * followed from them leave the reach, except what the scope still reaches otherwise — still held by another
 * of its collections, or fed by an edge from an IoC it keeps.
 */
export async function retractReach(
  tx: Sql,
  scopes: readonly string[],
  iocIds: readonly string[],
): Promise<void> {
  if (iocIds.length === 0) return;
  const p = pairs(scopes, [...new Set(iocIds)]);
  await lock(tx);
  await tx.$executeRaw`
    WITH RECURSIVE
    d(scope, id) AS (
      SELECT x.scope, x."iocId" FROM unnest(${p.scopes}::text[], ${p.ids}::text[]) AS p(scope, id)
      JOIN "IocReach" x ON x.scope = p.scope AND x."iocId" = p.id
      UNION
      SELECT d.scope, e."targetId" FROM d JOIN "IocRelation" e ON e."sourceId" = d.id
      JOIN "IocReach" x ON x.scope = d.scope AND x."iocId" = e."targetId"
    ),
    held(scope, id) AS (
      SELECT d.scope, d.id FROM d WHERE EXISTS (
        SELECT 1 FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
        WHERE m."iocId" = d.id
          AND CASE WHEN d.scope = ${PUBLIC_SCOPE} THEN c.visibility = 'PUBLIC' ELSE c."ownerId" = d.scope END)
    ),
    fed(scope, id) AS (
      SELECT d.scope, d.id FROM d JOIN "IocRelation" e ON e."targetId" = d.id
      JOIN "IocReach" x ON x.scope = d.scope AND x."iocId" = e."sourceId"
      WHERE NOT EXISTS (SELECT 1 FROM d o WHERE o.scope = d.scope AND o.id = e."sourceId")
    ),
    keep(scope, id) AS (
      SELECT * FROM (SELECT * FROM held UNION SELECT * FROM fed) roots
      UNION
      SELECT k.scope, e."targetId" FROM keep k JOIN "IocRelation" e ON e."sourceId" = k.id
      JOIN d ON d.scope = k.scope AND d.id = e."targetId"
    )
    DELETE FROM "IocReach" x USING d
    WHERE x.scope = d.scope AND x."iocId" = d.id
      AND NOT EXISTS (SELECT 1 FROM keep k WHERE k.scope = d.scope AND k.id = d.id)`;
}

/** Merged file rows (at least one): the surviving row is reached by every scope that reached one of them. */
export async function mergeReach(tx: Sql, survivorId: string, mergedIds: readonly string[]): Promise<void> {
  await lock(tx);
  await tx.$executeRaw(
    grow(Prisma.sql`
      SELECT DISTINCT x.scope, ${survivorId}::text AS id FROM "IocReach" x
      WHERE x."iocId" = ANY(${[...mergedIds]}::text[])`),
  );
}
