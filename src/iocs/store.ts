// The IoC store: canonical rows, created once and shared by every collection and every provider's results.
// Set-based SQL, so a call with 100,000 IoCs costs the same few statements as a call with one.
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import { Prisma } from "../generated/prisma/client.js";
import { decodeRows, iocTypeColumn, textArray, z } from "../rows.js";
import { iocKey } from "./identity.js";

/** Enough of a Prisma client (or transaction client) for raw SQL. */
export type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export interface IocRow {
  id: string;
  type: IocType;
}

export interface CreatedIoc extends IocRow {
  value: string;
}

const createdRow = z.object({ id: z.string(), type: iocTypeColumn, value: z.string() });
const foundRow = z.object({ id: z.string(), type: iocTypeColumn, ord: z.bigint() });

/** The IoCs as three `text[]` literals (src/rows.ts textArray) for unnest. */
function columns(iocs: readonly CanonicalIoc[]) {
  return {
    types: textArray(iocs.map((ioc) => ioc.type)),
    values: textArray(iocs.map((ioc) => ioc.value)),
    // A FILE is found by the column of its hash kind, so md5, sha1 and sha256 of one file meet in one row.
    kinds: textArray(iocs.map((ioc) => ioc.hashKind ?? "")),
  };
}

/**
 * Inserts the IoCs that do not exist yet and returns those it created. Sorted, so concurrent calls with
 * overlapping sets take the unique-index locks in one order and cannot deadlock.
 */
export async function insertMissingIocs(tx: Sql, iocs: readonly CanonicalIoc[]): Promise<CreatedIoc[]> {
  if (iocs.length === 0) return [];
  const { types, values, kinds } = columns(iocs);
  return decodeRows(
    createdRow,
    await tx.$queryRaw`
      INSERT INTO "Ioc" (type, value, md5, sha1, sha256)
      SELECT u.type::"IocType", u.value,
             CASE WHEN u.kind = 'md5' THEN u.value END,
             CASE WHEN u.kind = 'sha1' THEN u.value END,
             CASE WHEN u.kind = 'sha256' THEN u.value END
      FROM unnest(${types}::text[], ${values}::text[], ${kinds}::text[]) AS u(type, value, kind)
      ORDER BY u.type, u.value
      ON CONFLICT DO NOTHING
      RETURNING id, type::text AS type, value`,
  );
}

/** The row each given IoC names, with its position (from 1) in `iocs`; IoCs that do not exist are left out. */
async function findRows(tx: Sql, iocs: readonly CanonicalIoc[]) {
  if (iocs.length === 0) return [];
  const { types, values, kinds } = columns(iocs);
  return decodeRows(
    foundRow,
    await tx.$queryRaw`
      WITH u AS (
        SELECT * FROM unnest(${types}::text[], ${values}::text[], ${kinds}::text[])
          WITH ORDINALITY AS u(type, value, kind, ord)
      )
      SELECT u.ord, i.id, i.type::text AS type FROM u
        JOIN "Ioc" i ON i.type = u.type::"IocType" AND i.value = u.value WHERE u.kind = ''
      UNION ALL SELECT u.ord, i.id, i.type::text FROM u JOIN "Ioc" i ON i.md5 = u.value WHERE u.kind = 'md5'
      UNION ALL SELECT u.ord, i.id, i.type::text FROM u JOIN "Ioc" i ON i.sha1 = u.value WHERE u.kind = 'sha1'
      UNION ALL SELECT u.ord, i.id, i.type::text FROM u JOIN "Ioc" i ON i.sha256 = u.value WHERE u.kind = 'sha256'
      ORDER BY ord`,
  );
}

/**
 * The rows for the given IoCs, in input order, one per distinct row (two hashes of one file give one row).
 * IoCs that do not exist are left out. `created`: rows insertMissingIocs has just made for some of them, which
 * need no looking up — when every IoC is new, no statement at all.
 */
export async function findIocs(
  tx: Sql,
  iocs: readonly CanonicalIoc[],
  created: readonly CreatedIoc[] = [],
): Promise<IocRow[]> {
  const made = new Map(created.map((row) => [iocKey(row), row]));
  const rest = made.size === 0 ? iocs : iocs.filter((ioc) => !made.has(iocKey(ioc)));
  const found = new Map((await findRows(tx, rest)).map((row) => [Number(row.ord) - 1, row]));
  const seen = new Set<string>();
  const rows: IocRow[] = [];
  let looked = 0;
  for (const ioc of iocs) {
    const row = made.get(iocKey(ioc)) ?? found.get(looked++);
    if (!row || seen.has(row.id)) continue;
    seen.add(row.id);
    rows.push({ id: row.id, type: row.type });
  }
  return rows;
}

/** Row ids of canonical IoCs, keyed by `iocKey`. One statement. */
export async function lookupIds(tx: Sql, iocs: readonly CanonicalIoc[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const row of await findRows(tx, iocs)) found.set(iocKey(iocs[Number(row.ord) - 1]), row.id);
  return found;
}

/** The filter that finds the IoC a canonical value names (a hash by its own column). */
export function iocWhere(ioc: CanonicalIoc): Prisma.IocWhereInput {
  return ioc.hashKind !== undefined ? { [ioc.hashKind]: ioc.value } : { type: ioc.type, value: ioc.value };
}

/** `iocWhere` as SQL over the "Ioc" row aliased `alias`. */
export function iocMatchSql(ioc: CanonicalIoc, alias: string): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return ioc.hashKind !== undefined
    ? Prisma.sql`${i}.${Prisma.raw(`"${ioc.hashKind}"`)} = ${ioc.value}`
    : Prisma.sql`${i}.type = ${ioc.type}::"IocType" AND ${i}.value = ${ioc.value}`;
}
