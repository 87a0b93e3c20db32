// Reading the change log (CollectionChange): replay pages, history pages, the newest id.
// Ids grow in commit order across all collections (migration 20261123000000_live), so "every entry after
// id N" is a complete answer: an entry with a smaller id can never commit later.

import type { CollectionState } from "../access/collections.js";
import type { Db } from "../db.js";
import type { ChangeKind, Prisma } from "../generated/prisma/client.js";
import { SharedReads } from "./sharedReads.js";

export interface ChangeRow {
  id: bigint;
  collectionId: string;
  kind: ChangeKind;
  actorId: string | null;
  at: Date;
  iocIds: string[];
  details: Prisma.JsonValue | null;
}

/** What the IoCs of a batch are known by, for watchers: `TYPE:value` keys (a FILE by each of its hashes). */
export type IocKeys = Map<string, string[]>;

/** Reads made once for a batch of changes and shared by everyone who receives them. */
export interface Batch {
  reads: SharedReads;
  /** Current visibility and owner of each collection of the batch that still exists. */
  states: Map<string, CollectionState>;
  iocKeys?: IocKeys;
  /** For watchlist subscribers: user id → the keys of this batch's IoCs on their watchlist. */
  watched?: Map<string, Set<string>>;
}

/** A change-log entry as events, history and replays show it. */
export interface LiveChange extends ChangeRow {
  batch: Batch;
}

export function newBatch(db: Db): Batch {
  return { reads: new SharedReads(db), states: new Map() };
}

export interface ChangeFilter {
  collectionId?: string;
  kinds?: ChangeKind[];
  /** Only changes touching at least one of these IoCs. */
  iocIds?: string[];
}

function where(filter: ChangeFilter): Prisma.CollectionChangeWhereInput {
  return {
    ...(filter.collectionId !== undefined && { collectionId: filter.collectionId }),
    ...(filter.kinds && { kind: { in: filter.kinds } }),
    ...(filter.iocIds && { iocIds: { hasSome: filter.iocIds } }),
  };
}

/** Up to `limit` entries after id `after`, oldest first. */
export function readChanges(
  db: Db,
  filter: ChangeFilter,
  after: bigint,
  limit: number,
): Promise<ChangeRow[]> {
  return db.collectionChange.findMany({
    where: { ...where(filter), id: { gt: after } },
    orderBy: { id: "asc" },
    take: limit,
  });
}

/** A page of entries between two ids (exclusive), for the history connection. */
export function readChangePage(
  db: Db,
  filter: ChangeFilter,
  page: { after?: bigint; before?: bigint; limit: number; newestFirst: boolean },
): Promise<ChangeRow[]> {
  return db.collectionChange.findMany({
    where: {
      ...where(filter),
      id: {
        ...(page.after !== undefined && { gt: page.after }),
        ...(page.before !== undefined && { lt: page.before }),
      },
    },
    orderBy: { id: page.newestFirst ? "desc" : "asc" },
    take: page.limit,
  });
}

/** The newest change id, 0 for an empty log. */
export async function latestChangeId(db: Db): Promise<bigint> {
  const { _max } = await db.collectionChange.aggregate({ _max: { id: true } });
  return _max.id ?? 0n;
}

/** The states of the given collections that still exist. */
export async function loadStates(db: Db, ids: Iterable<string>): Promise<Map<string, CollectionState>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.collection.findMany({
    where: { id: { in: unique } },
    select: { id: true, visibility: true, ownerId: true },
  });
  return new Map(rows.map((row) => [row.id, { visibility: row.visibility, ownerId: row.ownerId }]));
}

/** Turns rows into events sharing one batch, with the states of their collections loaded. */
export async function toBatch(db: Db, rows: readonly ChangeRow[]): Promise<LiveChange[]> {
  const batch = newBatch(db);
  batch.states = await loadStates(
    db,
    rows.map((row) => row.collectionId),
  );
  return rows.map((row) => ({ ...row, batch }));
}

/**
 * A deleted collection's visibility and owner, as far as the log tells: a DELETED entry may record them in
 * its details; otherwise only its actor (the owner, who alone can delete) is known.
 */
export function deletedState(change: ChangeRow): CollectionState | null {
  const details = change.details as { visibility?: unknown; ownerId?: unknown } | null;
  const visibility = details?.visibility;
  if (visibility === "PUBLIC" || visibility === "UNLISTED" || visibility === "PRIVATE") {
    const ownerId = typeof details?.ownerId === "string" ? details.ownerId : change.actorId;
    if (ownerId) return { visibility, ownerId };
  }
  return change.actorId ? { visibility: "PRIVATE", ownerId: change.actorId } : null;
}
