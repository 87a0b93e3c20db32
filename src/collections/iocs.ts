// Canonical IoC rows: created once, shared by every collection. Set-based SQL, so a call with 100,000
// IoCs costs the same few statements as a call with one.
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import type { Prisma } from "../generated/prisma/client.js";

type Tx = Prisma.TransactionClient;

export interface IocRow {
  id: string;
  type: IocType;
}

function columns(iocs: readonly CanonicalIoc[]) {
  return {
    types: iocs.map((ioc) => ioc.type),
    values: iocs.map((ioc) => ioc.value),
    // A FILE is found by the column of its hash kind, so md5, sha1 and sha256 of one file meet in one row.
    kinds: iocs.map((ioc) => ioc.hashKind ?? ""),
  };
}

export interface CreatedIoc extends IocRow {
  value: string;
}

/**
 * Inserts the IoCs that do not exist yet and returns those it created. Sorted, so concurrent calls with
 * overlapping sets take the unique-index locks in one order and cannot deadlock.
 */
export async function insertMissingIocs(tx: Tx, iocs: readonly CanonicalIoc[]): Promise<CreatedIoc[]> {
  if (iocs.length === 0) return [];
  const { types, values, kinds } = columns(iocs);
  return tx.$queryRaw<CreatedIoc[]>`
    INSERT INTO "Ioc" (type, value, md5, sha1, sha256)
    SELECT u.type::"IocType", u.value,
           CASE WHEN u.kind = 'md5' THEN u.value END,
           CASE WHEN u.kind = 'sha1' THEN u.value END,
           CASE WHEN u.kind = 'sha256' THEN u.value END
    FROM unnest(${types}::text[], ${values}::text[], ${kinds}::text[]) AS u(type, value, kind)
    ORDER BY u.type, u.value
    ON CONFLICT DO NOTHING
    RETURNING id, type::text AS type, value`;
}

/**
 * The rows for the given IoCs, in input order, one per distinct row (two hashes of one file give one row).
 * IoCs that do not exist are left out.
 */
export async function findIocs(tx: Tx, iocs: readonly CanonicalIoc[]): Promise<IocRow[]> {
  if (iocs.length === 0) return [];
  const { types, values, kinds } = columns(iocs);
  const rows = await tx.$queryRaw<{ id: string; type: IocType; ord: bigint }[]>`
    WITH u AS (
      SELECT * FROM unnest(${types}::text[], ${values}::text[], ${kinds}::text[])
        WITH ORDINALITY AS u(type, value, kind, ord)
    ), found AS (
      SELECT u.ord, i.id, i.type FROM u JOIN "Ioc" i ON i.type = u.type::"IocType" AND i.value = u.value
        WHERE u.kind = ''
      UNION ALL SELECT u.ord, i.id, i.type FROM u JOIN "Ioc" i ON i.md5 = u.value WHERE u.kind = 'md5'
      UNION ALL SELECT u.ord, i.id, i.type FROM u JOIN "Ioc" i ON i.sha1 = u.value WHERE u.kind = 'sha1'
      UNION ALL SELECT u.ord, i.id, i.type FROM u JOIN "Ioc" i ON i.sha256 = u.value WHERE u.kind = 'sha256'
    )
    SELECT id, type::text AS type, min(ord) AS ord FROM found GROUP BY id, type ORDER BY min(ord)`;
  return rows.map(({ id, type }) => ({ id, type }));
}

/** The filter that finds the IoC a canonical value names (a hash by its own column). */
export function iocWhere(ioc: CanonicalIoc): Prisma.IocWhereInput {
  return ioc.hashKind !== undefined ? { [ioc.hashKind]: ioc.value } : { type: ioc.type, value: ioc.value };
}
