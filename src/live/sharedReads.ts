// Reads shared by every subscriber that receives one event (or every node of one history page). Each
// subscriber executes its own selection, but the same document gives the same Prisma query, so 1,000
// subscribers of one collection cost one read per event instead of 1,000. Loaders are keyed by the query:
// a selection that differs, or that carries viewer-specific filters, gets a loader of its own.
import DataLoader from "dataloader";
import { type CollectionState, canRead } from "../access/collections.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";

/** What Pothos' `prismaField` hands a resolver. */
export interface PrismaQuery {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

type Model = "collection" | "ioc" | "user";

// Fields a shared read must carry whatever the client selected: the key, and for a collection what the
// access check needs.
const required: Record<Model, Record<string, true>> = {
  collection: { id: true, visibility: true, ownerId: true },
  ioc: { id: true },
  user: { id: true },
};

function keyOf(model: Model, query: PrismaQuery): string {
  return `${model}:${JSON.stringify(query, (_key, value) => (typeof value === "bigint" ? `${value}n` : value))}`;
}

export class SharedReads {
  // biome-ignore lint/suspicious/noExplicitAny: rows of different models share one cache
  private readonly loaders = new Map<string, DataLoader<string, any>>();

  constructor(private readonly db: Db) {}

  private loader<T>(model: Model, query: PrismaQuery): DataLoader<string, T | null> {
    const key = keyOf(model, query);
    let loader = this.loaders.get(key);
    if (!loader) {
      const shaped = query.select ? { ...query, select: { ...query.select, ...required[model] } } : query;
      loader = new DataLoader<string, T | null>(async (ids) => {
        // biome-ignore lint/suspicious/noExplicitAny: one code path for three delegates of the same shape
        const delegate = this.db[model] as any;
        const rows: (T & { id: string })[] = await delegate.findMany({
          ...shaped,
          where: { id: { in: [...ids] } },
        });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  collection<T>(
    query: PrismaQuery,
    id: string,
  ): Promise<(T & { visibility: string; ownerId: string }) | null> {
    return this.loader<T & { visibility: string; ownerId: string }>("collection", query).load(id);
  }

  /**
   * The collection as `viewer` may see it: read once for everyone who receives the event, then checked for
   * each of them (null once deleted, or when it is not theirs to read).
   */
  async readableCollection<T>(query: PrismaQuery, id: string, viewer: Viewer | null): Promise<T | null> {
    const row = await this.collection<T>(query, id);
    return row && canRead(viewer, row as CollectionState) ? row : null;
  }

  user<T>(query: PrismaQuery, id: string): Promise<T | null> {
    return this.loader<T>("user", query).load(id);
  }

  /** The IoCs in the order of `ids`; ids of IoCs that no longer exist are left out. */
  async iocs<T>(query: PrismaQuery, ids: readonly string[]): Promise<T[]> {
    const rows = await this.loader<T>("ioc", query).loadMany(ids);
    return rows.filter((row): row is T => row !== null && !(row instanceof Error));
  }
}
