// Collections by id as one plain statement. Prisma's findFirst compiles a query plan (WebAssembly, on the main
// thread) on every call: ~300 µs of CPU, a third of a small request such as `collection(id) { name counts }`.
// This statement needs no plan. It serves only reads that load no relation with the row: one that does (the
// owner, say) is Prisma's, joined in the same statement.
import { readableSql } from "../access/collections.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import type { Collection, Prisma } from "../generated/prisma/client.js";
import { CollectionType, Tlp, Visibility } from "../generated/prisma/enums.js";
import { columnList, decodeRows, readsOnly, z } from "../rows.js";

/** A `text[]` column: NULL when never written, which Prisma reads as an empty list. */
const listColumn = z
  .array(z.string())
  .nullable()
  .transform((list) => list ?? []);

/** A JSON column, as Prisma types it. */
const jsonColumn = z.custom<Prisma.JsonValue>((value) => value !== undefined);

/** Every column of a Collection row (the type check fails when the model gains or changes one). */
const collectionRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: listColumn,
  references: jsonColumn,
  altNames: listColumn,
  collectionType: z.enum(CollectionType),
  targetedIndustries: listColumn,
  targetedRegions: listColumn,
  sourceRegion: z.string().nullable(),
  tlp: z.enum(Tlp),
  visibility: z.enum(Visibility),
  ownerId: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  typeCounts: jsonColumn,
  iocCount: z.number(),
}) satisfies z.ZodType<Collection>;

const columns = columnList(collectionRow.shape, "c");

/** Whether a Pothos/Prisma query (`{ select?, include? }`) reads nothing but the collection's own columns. */
export function readsOnlyColumns(query: { select?: object; include?: object }): boolean {
  return readsOnly(query, collectionRow.shape);
}

/** The collection `id` if the viewer may open it (`readableBy`), with every column; null otherwise. */
export async function readableCollection(
  db: Db,
  id: string,
  viewer: Viewer | null,
): Promise<Collection | null> {
  const rows = await db.$queryRaw`
    SELECT ${columns} FROM "Collection" c WHERE c.id = ${id} AND ${readableSql(viewer, "c")}`;
  return decodeRows(collectionRow, rows)[0] ?? null;
}

/** The collections with these ids (no access rule: the caller's query applied it), with every column. */
export async function collectionsById(db: Db, ids: readonly string[]): Promise<Collection[]> {
  const rows =
    await db.$queryRaw`SELECT ${columns} FROM "Collection" c WHERE c.id = ANY(${[...ids]}::text[])`;
  return decodeRows(collectionRow, rows);
}
