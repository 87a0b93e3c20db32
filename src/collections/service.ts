// Collection changes. Each runs in one transaction that also writes the change log, and publishes only
// after it commits. Validation happens before the transaction: bad input writes nothing.
import type { Viewer } from "../auth/api-keys.js";
import type { Limits } from "../config.js";
import type { Db } from "../db.js";
import { AuthenticationRequiredError, ForbiddenError, NotFoundError } from "../errors.js";
import type { CanonicalIoc } from "../extraction/types.js";
import type { ChangeKind, Prisma, Visibility } from "../generated/prisma/client.js";
import type { IocHooks } from "../iocs/hooks.js";
import { findIocs, type IocRow, insertMissingIocs } from "../iocs/store.js";
import type { ChangeEvent, PubSub } from "../pubsub.js";
import { decodeRows, z } from "../rows.js";
import { adjustCounts } from "./counts.js";
import { type CollectionFields, collectionData } from "./fields.js";
import { type InvalidItem, type IocInputItem, type ResolvedIocs, resolveIocInputs } from "./inputs.js";

type Tx = Prisma.TransactionClient;

const ownerRow = z.object({ ownerId: z.string(), visibility: z.enum(["PUBLIC", "UNLISTED", "PRIVATE"]) });
const iocIdRow = z.object({ iocId: z.string() });
const memberRow = z.object({ iocId: z.string(), seq: z.bigint(), addedAt: z.date() });

/** A membership a change created: its position in the collection, when, and the IoC. */
export interface AddedMember {
  seq: bigint;
  addedAt: Date;
  iocId: string;
}

export interface ServiceContext {
  db: Db;
  pubsub: PubSub;
  limits: Limits;
  iocHooks: IocHooks;
  viewer: Viewer | null;
}

export interface AddReport {
  added: number;
  duplicates: number;
  invalid: InvalidItem[];
}

function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AuthenticationRequiredError();
  return viewer;
}

/**
 * Locks the collection row for the rest of the transaction and checks that the viewer owns it. The lock
 * serialises changes to one collection, so counts stay exact and change-log ids grow in commit order.
 */
async function lockOwned(tx: Tx, collectionId: string, viewer: Viewer): Promise<{ visibility: Visibility }> {
  const rows = decodeRows(
    ownerRow,
    await tx.$queryRaw`
    SELECT "ownerId", visibility::text AS visibility FROM "Collection" WHERE id = ${collectionId} FOR UPDATE`,
  );
  const row = rows[0];
  if (!row || (row.visibility === "PRIVATE" && row.ownerId !== viewer.id)) {
    throw new NotFoundError(`No collection with id "${collectionId}".`);
  }
  if (row.ownerId !== viewer.id) throw new ForbiddenError("Only the owner of a collection can change it.");
  return { visibility: row.visibility };
}

/**
 * Adds the rows to the collection; returns the ones that were not in it yet, in input order, and their new
 * memberships in collection order.
 */
async function addMembers(tx: Tx, collectionId: string, rows: readonly IocRow[], actorId: string) {
  if (rows.length === 0) return { rows: [], members: [] };
  const ids = rows.map((row) => row.id);
  const members: AddedMember[] = decodeRows(
    memberRow,
    await tx.$queryRaw`
    INSERT INTO "CollectionIoc" ("collectionId", "iocId", "addedById")
    SELECT ${collectionId}, p.id, ${actorId} FROM unnest(${ids}::text[]) WITH ORDINALITY AS p(id, ord)
    ORDER BY p.ord
    ON CONFLICT DO NOTHING
    RETURNING "iocId", seq, "addedAt"`,
  ).sort((a, b) => (a.seq < b.seq ? -1 : 1));
  const added = new Set(members.map((row) => row.iocId));
  return { rows: rows.filter((row) => added.has(row.id)), members };
}

/**
 * Adds canonical IoCs to a locked collection, creating the ones iocgraph does not know yet, and keeps its
 * counts exact. Returns the IoCs that were not in it before, in input order.
 */
async function addResolved(
  ctx: ServiceContext,
  tx: Tx,
  collectionId: string,
  iocs: readonly CanonicalIoc[],
  actorId: string,
) {
  await ctx.iocHooks.created(tx, await insertMissingIocs(tx, iocs));
  const added = await addMembers(tx, collectionId, await findIocs(tx, iocs), actorId);
  if (added.rows.length > 0) await adjustCounts(tx, collectionId, added.rows, 1);
  return added;
}

function addReport(resolved: ResolvedIocs, { rows: added }: { rows: readonly IocRow[] }): AddReport {
  return {
    added: added.length,
    duplicates: resolved.repeated + resolved.iocs.length - added.length,
    invalid: resolved.invalid,
  };
}

async function logChange(
  tx: Tx,
  collectionId: string,
  kind: ChangeKind,
  actorId: string,
  iocIds: string[] = [],
  details?: Prisma.InputJsonValue,
): Promise<ChangeEvent> {
  const change = await tx.collectionChange.create({
    data: { collectionId, kind, actorId, iocIds, details },
    select: { id: true },
  });
  return { changeId: change.id.toString(), collectionId, kind };
}

function publish(ctx: ServiceContext, event: ChangeEvent): void {
  // The change is committed and logged: a subscriber that misses this live event catches up from the log.
  try {
    ctx.pubsub.publish("collectionChanged", event);
  } catch (error) {
    console.error("publishing a change failed; subscribers will catch up from the change log", error);
  }
}

export interface CreateCollectionInput extends CollectionFields {
  iocs?: readonly IocInputItem[] | null;
  rawText?: string | null;
}

export async function createCollection(ctx: ServiceContext, input: CreateCollectionInput) {
  const viewer = requireViewer(ctx.viewer);
  const data = collectionData(input, true);
  const resolved = resolveIocInputs(input.iocs, input.rawText, ctx.limits);
  const { collection, added, event } = await ctx.db.$transaction(async (tx) => {
    const collection = await tx.collection.create({
      data: { ...data, name: data.name as string, ownerId: viewer.id },
      select: { id: true },
    });
    const added = await addResolved(ctx, tx, collection.id, resolved.iocs, viewer.id);
    const event = await logChange(
      tx,
      collection.id,
      "CREATED",
      viewer.id,
      added.rows.map((row) => row.id),
    );
    return { collection, added, event };
  });
  publish(ctx, event);
  return { collectionId: collection.id, report: addReport(resolved, added), added: added.members };
}

export async function updateCollection(ctx: ServiceContext, id: string, fields: CollectionFields) {
  const viewer = requireViewer(ctx.viewer);
  const data = collectionData(fields, false);
  const event = await ctx.db.$transaction(async (tx) => {
    await lockOwned(tx, id, viewer);
    await tx.collection.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
    return logChange(tx, id, "UPDATED", viewer.id, [], { fields: Object.keys(data) });
  });
  publish(ctx, event);
  return { collectionId: id };
}

export async function deleteCollection(ctx: ServiceContext, id: string) {
  const viewer = requireViewer(ctx.viewer);
  const event = await ctx.db.$transaction(async (tx) => {
    const { visibility } = await lockOwned(tx, id, viewer);
    await tx.collection.delete({ where: { id } });
    // The log outlives the collection: it keeps who could see it, so a resuming subscriber still gets DELETED.
    return logChange(tx, id, "DELETED", viewer.id, [], { visibility, ownerId: viewer.id });
  });
  publish(ctx, event);
  return { collectionId: id };
}

export async function addIocs(
  ctx: ServiceContext,
  collectionId: string,
  input: { iocs?: readonly IocInputItem[] | null; rawText?: string | null },
): Promise<{ collectionId: string; report: AddReport; added: AddedMember[] }> {
  const viewer = requireViewer(ctx.viewer);
  const resolved = resolveIocInputs(input.iocs, input.rawText, ctx.limits);
  const { added, event } = await ctx.db.$transaction(async (tx) => {
    await lockOwned(tx, collectionId, viewer);
    const added = await addResolved(ctx, tx, collectionId, resolved.iocs, viewer.id);
    if (added.rows.length === 0) return { added, event: null };
    const ids = added.rows.map((row) => row.id);
    return { added, event: await logChange(tx, collectionId, "IOCS_ADDED", viewer.id, ids) };
  });
  if (event) publish(ctx, event);
  return { collectionId, report: addReport(resolved, added), added: added.members };
}

export async function removeIocs(ctx: ServiceContext, collectionId: string, items: readonly IocInputItem[]) {
  const viewer = requireViewer(ctx.viewer);
  const resolved = resolveIocInputs(items, null, ctx.limits);
  const { removed, event } = await ctx.db.$transaction(async (tx) => {
    await lockOwned(tx, collectionId, viewer);
    const rows = await findIocs(tx, resolved.iocs);
    const ids = rows.map((row) => row.id);
    const deleted = ids.length
      ? decodeRows(
          iocIdRow,
          await tx.$queryRaw`
          DELETE FROM "CollectionIoc" WHERE "collectionId" = ${collectionId} AND "iocId" = ANY(${ids}::text[])
          RETURNING "iocId"`,
        )
      : [];
    if (deleted.length === 0) return { removed: [], event: null };
    const gone = new Set(deleted.map((row) => row.iocId));
    const removed = rows.filter((row) => gone.has(row.id));
    await adjustCounts(tx, collectionId, removed, -1);
    const removedIds = removed.map((row) => row.id);
    return { removed, event: await logChange(tx, collectionId, "IOCS_REMOVED", viewer.id, removedIds) };
  });
  if (event) publish(ctx, event);
  return {
    collectionId,
    /** The IoCs taken out, in input order. */
    removed,
    report: {
      removed: removed.length,
      notInCollection: resolved.iocs.length - removed.length,
      invalid: resolved.invalid,
    },
  };
}
