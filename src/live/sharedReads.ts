// Reads shared by every subscriber that receives one event (or every node of one history page). Each
// subscriber executes its own selection, but the same document gives the same Prisma query, so 1,000
// subscribers of one collection cost one read per event instead of 1,000. Loaders are keyed by the query:
// a selection that differs, or that carries viewer-specific filters, gets a loader of its own.
import DataLoader from "dataloader";
import { type CollectionState, canRead } from "../access/collections.js";
import type { Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import type { Collection, Ioc, Prisma, User } from "../generated/prisma/client.js";

/** What Pothos' `prismaField` hands a resolver. */
export interface PrismaQuery {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

/** The query with `fields` selected too, whatever the client selected. */
function withFields(query: PrismaQuery, fields: Record<string, true>): PrismaQuery {
  return query.select ? { ...query, select: { ...query.select, ...fields } } : query;
}

function queryKey(query: object): string {
  return JSON.stringify(query, (_key, value) => (typeof value === "bigint" ? `${value}n` : value));
}

function byIds<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A collection membership as an edge shows it. */
export interface MembershipRow {
  seq: bigint;
  addedAt: Date;
  addedById: string | null;
  ioc: Ioc;
}

export class SharedReads {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: Db) {}

  private loader<T>(key: string, find: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
    let loader = this.loaders.get(key) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) =>
        byIds(ids, (await find([...ids])) as (T & { id: string })[]),
      );
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /**
   * The collection as `viewer` may see it: read once for everyone who receives the event, then checked for
   * each of them (null once deleted, or when it is not theirs to read).
   */
  async readableCollection(
    query: PrismaQuery,
    id: string,
    viewer: Viewer | null,
  ): Promise<Collection | null> {
    // Whatever the client selected, the access check needs the owner and visibility.
    const shaped = withFields(query, { id: true, visibility: true, ownerId: true });
    const row = await this.loader(`collection:${queryKey(query)}`, (ids) =>
      this.db.collection.findMany({ ...shaped, where: { id: { in: ids } } }),
    ).load(id);
    return row && canRead(viewer, row as CollectionState) ? (row as Collection) : null;
  }

  user(query: PrismaQuery, id: string): Promise<User | null> {
    const shaped = withFields(query, { id: true });
    return this.loader<User>(`user:${queryKey(query)}`, (ids) =>
      this.db.user.findMany({ ...shaped, where: { id: { in: ids } } }),
    ).load(id);
  }

  /**
   * The memberships of `iocIds` in a collection that still exist, in collection order, with their IoCs read
   * as `iocQuery` (the client's selection).
   */
  async memberships(
    iocQuery: PrismaQuery,
    collectionId: string,
    iocIds: readonly string[],
  ): Promise<MembershipRow[]> {
    const loader = this.loader<MembershipRow>(`membership:${queryKey(iocQuery)}`, async (keys) => {
      const byCollection = new Map<string, string[]>();
      for (const key of keys) {
        const [collection, ioc] = key.split(" ");
        byCollection.set(collection, [...(byCollection.get(collection) ?? []), ioc]);
      }
      const rows = await this.db.collectionIoc.findMany({
        where: { OR: [...byCollection].map(([id, ids]) => ({ collectionId: id, iocId: { in: ids } })) },
        select: {
          collectionId: true,
          iocId: true,
          seq: true,
          addedAt: true,
          addedById: true,
          ioc: Object.keys(iocQuery).length > 0 ? iocQuery : true,
        },
      });
      // Keyed like the loads: "collectionId iocId" (ids hold no spaces).
      return rows.map((row) => ({ ...row, id: `${row.collectionId} ${row.iocId}` }));
    });
    const rows = await loader.loadMany(iocIds.map((id) => `${collectionId} ${id}`));
    return rows
      .filter((row): row is MembershipRow => row !== null && !(row instanceof Error))
      .sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0));
  }

  /**
   * The IoCs in the order of `ids` that `where` admits (who may see which is src/access/iocs.ts's to say); ids
   * of IoCs that no longer exist are left out.
   */
  async iocs(query: PrismaQuery, ids: readonly string[], where: Prisma.IocWhereInput): Promise<Ioc[]> {
    const shaped = withFields(query, { id: true });
    const rows = await this.loader<Ioc>(`ioc:${queryKey(query)}:${queryKey(where)}`, (batch) =>
      this.db.ioc.findMany({ ...shaped, where: { AND: [{ id: { in: batch } }, where] } }),
    ).loadMany(ids);
    return rows.filter((row): row is Ioc => row !== null && !(row instanceof Error));
  }
}
