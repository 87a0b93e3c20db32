// Per-kind counts of a collection (typeCounts, keyed by IocType) and its total, changed in the transaction
// that changes its membership, so they are always exact.
import type { IocType } from "../extraction/types.js";
import type { Prisma } from "../generated/prisma/client.js";
import { kindList } from "../iocs/kinds.js";
import type { IocRow } from "../iocs/store.js";

/** Adds (sign 1) or takes away (sign -1) `rows` from the collection's counts, and marks it updated. */
export async function adjustCounts(
  tx: Prisma.TransactionClient,
  collectionId: string,
  rows: readonly IocRow[],
  sign: 1 | -1,
): Promise<void> {
  const perType = new Map<IocType, number>();
  for (const row of rows) perType.set(row.type, (perType.get(row.type) ?? 0) + sign);
  const types = [...perType.keys()];
  const deltas = types.map((type) => perType.get(type) ?? 0);
  // The current counts plus the deltas, summed per kind; kinds that reach 0 leave the object.
  await tx.$executeRaw`
    UPDATE "Collection" SET
      "typeCounts" = (
        SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (
          SELECT k, sum(n)::int AS n FROM (
            SELECT key AS k, value::int AS n FROM jsonb_each_text("typeCounts")
            UNION ALL SELECT * FROM unnest(${types}::text[], ${deltas}::int[])
          ) d GROUP BY k HAVING sum(n) <> 0
        ) t),
      "iocCount" = "iocCount" + ${sign * rows.length},
      "updatedAt" = ${new Date()}
    WHERE id = ${collectionId}`;
}

/** The counts object of a collection as GraphQL shows it: every kind's count field, and the total. */
export function countsOf(typeCounts: Prisma.JsonValue, total: number): Record<string, number> {
  const stored =
    typeCounts !== null && typeof typeCounts === "object" && !Array.isArray(typeCounts) ? typeCounts : {};
  const counts: Record<string, number> = { total };
  for (const kind of kindList) {
    const n = stored[kind.type];
    counts[kind.countField] = typeof n === "number" ? n : 0;
  }
  return counts;
}
