// An IoC by value as one plain statement, as `ioc(value)` reads it when nothing but the row's own columns is
// selected: Prisma's findFirst compiles a query plan on every call (src/collections/read.ts says why that
// matters). The same two rules as the ORM read: the IoC a canonical value names (iocWhere's SQL form) and the
// IoCs the viewer may see (visibleIocs' SQL form).
import { visibleIocSql } from "../access/iocs.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import type { CanonicalIoc } from "../extraction/types.js";
import { type Ioc, Prisma } from "../generated/prisma/client.js";
import { columnList, decodeRows, iocTypeColumn, readsOnly, z } from "../rows.js";
import { iocMatchSql } from "./store.js";

/** Every column of an Ioc row (the type check fails when the model gains or changes one). */
export const iocRow = z.object({
  id: z.string(),
  type: iocTypeColumn,
  value: z.string(),
  md5: z.string().nullable(),
  sha1: z.string().nullable(),
  sha256: z.string().nullable(),
  createdAt: z.date(),
}) satisfies z.ZodType<Ioc>;

const columns = columnList(iocRow.shape, "i");

/** Whether a Pothos/Prisma query reads nothing but the IoC's own columns. */
export function iocReadsOnlyColumns(query: { select?: object; include?: object }): boolean {
  return readsOnly(query, iocRow.shape);
}

/** The IoC `ioc` names, if the viewer may see it; null otherwise. */
export async function visibleIocByValue(
  db: Db,
  ioc: CanonicalIoc,
  viewer: Viewer | null,
): Promise<Ioc | null> {
  const rows = await db.$queryRaw`
    SELECT ${columns} FROM "Ioc" i
    WHERE ${iocMatchSql(ioc, "i")} AND ${visibleIocSql(viewer, Prisma.sql`i.id`)}
    LIMIT 1`;
  return decodeRows(iocRow, rows)[0] ?? null;
}
