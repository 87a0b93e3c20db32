// Collections by id as one plain statement. Prisma's findFirst compiles a query plan (WebAssembly, on the main
// thread) on every call: ~300 µs of CPU, a third of a small request such as `collection(id) { name counts }`.
// This statement needs no plan. It serves only reads that load no relation with the row: one that does (the
// owner, say) is Prisma's, joined in the same statement.
import { readableSql } from "../access/collections.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import { type Collection, Prisma } from "../generated/prisma/client.js";

const columns = Prisma.raw(
  Object.values(Prisma.CollectionScalarFieldEnum)
    .map((column) => `c."${column}"`)
    .join(", "),
);

/** Whether a Pothos/Prisma query (`{ select?, include? }`) reads nothing but the collection's own columns. */
export function readsOnlyColumns(query: { select?: object; include?: object }): boolean {
  const include = Object.keys(query.include ?? {});
  const select = Object.keys(query.select ?? {});
  return include.length === 0 && select.every((field) => field in Prisma.CollectionScalarFieldEnum);
}

/** The collection `id` if the viewer may open it (`readableBy`), with every column; null otherwise. */
export async function readableCollection(
  db: Db,
  id: string,
  viewer: Viewer | null,
): Promise<Collection | null> {
  const rows = await db.$queryRaw<Collection[]>`
    SELECT ${columns} FROM "Collection" c WHERE c.id = ${id} AND ${readableSql(viewer, "c")}`;
  return rows[0] ?? null;
}

/** The collections with these ids (no access rule: the caller's query applied it), with every column. */
export function collectionsById(db: Db, ids: readonly string[]): Promise<Collection[]> {
  return db.$queryRaw<
    Collection[]
  >`SELECT ${columns} FROM "Collection" c WHERE c.id = ANY(${[...ids]}::text[])`;
}
