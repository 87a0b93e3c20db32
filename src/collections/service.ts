// Collection changes. Each runs in one transaction that also writes the change log, and publishes only
// after it commits. Validation happens before the transaction: bad input writes nothing.
import type { Viewer } from "../auth/api-keys.js";
import type { Limits } from "../config.js";
import type { Db } from "../db.js";
import { AuthenticationRequiredError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import type { ChangeKind, Prisma, Visibility } from "../generated/prisma/client.js";
import type { IocHooks } from "../iocs/hooks.js";
import { findIocs, type IocRow, insertMissingIocs } from "../iocs/store.js";
import type { ChangeEvent, PubSub } from "../pubsub.js";
import { type InvalidItem, type IocInputItem, type ResolvedIocs, resolveIocInputs } from "./inputs.js";

type Tx = Prisma.TransactionClient;

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

export interface CollectionFields {
  name?: string | null;
  description?: string | null;
  tags?: readonly string[] | null;
  visibility?: Visibility | null;
}

export const MAX_NAME = 200;
export const MAX_DESCRIPTION = 20_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 64;

function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AuthenticationRequiredError();
  return viewer;
}

/** Validated, normalised collection fields; only those given. */
function collectionData(fields: CollectionFields, creating: boolean) {
  const data: { name?: string; description?: string; tags?: string[]; visibility?: Visibility } = {};
  if (fields.name != null || creating) {
    const name = (fields.name ?? "").trim();
    if (!name) throw new ValidationError("A collection needs a name.", "name");
    if (name.length > MAX_NAME)
      throw new ValidationError(`A name has at most ${MAX_NAME} characters.`, "name");
    data.name = name;
  }
  if (fields.description != null) {
    if (fields.description.length > MAX_DESCRIPTION) {
      throw new ValidationError(`A description has at most ${MAX_DESCRIPTION} characters.`, "description");
    }
    data.description = fields.description.trim();
  }
  if (fields.tags != null) {
    const tags = [...new Set(fields.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
    if (tags.length > MAX_TAGS)
      throw new ValidationError(`A collection has at most ${MAX_TAGS} tags.`, "tags");
    const long = tags.find((tag) => tag.length > MAX_TAG);
    if (long) throw new ValidationError(`A tag has at most ${MAX_TAG} characters: "${long}".`, "tags");
    data.tags = tags;
  }
  if (fields.visibility != null) data.visibility = fields.visibility;
  return data;
}

/**
 * Locks the collection row for the rest of the transaction and checks that the viewer owns it. The lock
 * serialises changes to one collection, so counts stay exact and change-log ids grow in commit order.
 */
async function lockOwned(tx: Tx, collectionId: string, viewer: Viewer): Promise<{ visibility: Visibility }> {
  const rows = await tx.$queryRaw<{ ownerId: string; visibility: Visibility }[]>`
    SELECT "ownerId", visibility::text AS visibility FROM "Collection" WHERE id = ${collectionId} FOR UPDATE`;
  const row = rows[0];
  if (!row || (row.visibility === "PRIVATE" && row.ownerId !== viewer.id)) {
    throw new NotFoundError(`No collection with id "${collectionId}".`);
  }
  if (row.ownerId !== viewer.id) throw new ForbiddenError("Only the owner of a collection can change it.");
  return { visibility: row.visibility };
}

const countColumn: Record<IocType, "fileCount" | "urlCount" | "domainCount" | "ipCount"> = {
  FILE: "fileCount",
  URL: "urlCount",
  DOMAIN: "domainCount",
  IP_ADDRESS: "ipCount",
};

/** The count changes for `rows` added (sign 1) or removed (sign -1). */
function countDelta(rows: readonly IocRow[], sign: 1 | -1) {
  const delta = { fileCount: 0, urlCount: 0, domainCount: 0, ipCount: 0, iocCount: 0 };
  for (const row of rows) {
    delta[countColumn[row.type]] += sign;
    delta.iocCount += sign;
  }
  return {
    fileCount: { increment: delta.fileCount },
    urlCount: { increment: delta.urlCount },
    domainCount: { increment: delta.domainCount },
    ipCount: { increment: delta.ipCount },
    iocCount: { increment: delta.iocCount },
  };
}

/** Adds the rows to the collection; returns the ones that were not in it yet, in input order. */
async function addMembers(tx: Tx, collectionId: string, rows: readonly IocRow[], actorId: string) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const inserted = await tx.$queryRaw<{ iocId: string }[]>`
    INSERT INTO "CollectionIoc" ("collectionId", "iocId", "addedById")
    SELECT ${collectionId}, p.id, ${actorId} FROM unnest(${ids}::text[]) WITH ORDINALITY AS p(id, ord)
    ORDER BY p.ord
    ON CONFLICT DO NOTHING
    RETURNING "iocId"`;
  const added = new Set(inserted.map((row) => row.iocId));
  return rows.filter((row) => added.has(row.id));
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
  if (added.length > 0) {
    await tx.collection.update({
      where: { id: collectionId },
      data: { ...countDelta(added, 1), updatedAt: new Date() },
    });
  }
  return added;
}

function addReport(resolved: ResolvedIocs, added: readonly IocRow[]): AddReport {
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
    ctx.pubsub.publish("collectionUpdated", event.collectionId, event);
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
      added.map((row) => row.id),
    );
    return { collection, added, event };
  });
  publish(ctx, event);
  return { collectionId: collection.id, report: addReport(resolved, added) };
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
): Promise<{ collectionId: string; report: AddReport }> {
  const viewer = requireViewer(ctx.viewer);
  const resolved = resolveIocInputs(input.iocs, input.rawText, ctx.limits);
  const { added, event } = await ctx.db.$transaction(async (tx) => {
    await lockOwned(tx, collectionId, viewer);
    const added = await addResolved(ctx, tx, collectionId, resolved.iocs, viewer.id);
    if (added.length === 0) return { added, event: null };
    const ids = added.map((row) => row.id);
    return { added, event: await logChange(tx, collectionId, "IOCS_ADDED", viewer.id, ids) };
  });
  if (event) publish(ctx, event);
  return { collectionId, report: addReport(resolved, added) };
}

export async function removeIocs(ctx: ServiceContext, collectionId: string, items: readonly IocInputItem[]) {
  const viewer = requireViewer(ctx.viewer);
  const resolved = resolveIocInputs(items, null, ctx.limits);
  const { removed, event } = await ctx.db.$transaction(async (tx) => {
    await lockOwned(tx, collectionId, viewer);
    const rows = await findIocs(tx, resolved.iocs);
    const ids = rows.map((row) => row.id);
    const deleted = ids.length
      ? await tx.$queryRaw<{ iocId: string }[]>`
          DELETE FROM "CollectionIoc" WHERE "collectionId" = ${collectionId} AND "iocId" = ANY(${ids}::text[])
          RETURNING "iocId"`
      : [];
    if (deleted.length === 0) return { removed: [], event: null };
    const gone = new Set(deleted.map((row) => row.iocId));
    const removed = rows.filter((row) => gone.has(row.id));
    await tx.collection.update({
      where: { id: collectionId },
      data: { ...countDelta(removed, -1), updatedAt: new Date() },
    });
    const removedIds = removed.map((row) => row.id);
    return { removed, event: await logChange(tx, collectionId, "IOCS_REMOVED", viewer.id, removedIds) };
  });
  if (event) publish(ctx, event);
  return {
    collectionId,
    report: {
      removed: removed.length,
      notInCollection: resolved.iocs.length - removed.length,
      invalid: resolved.invalid,
    },
  };
}
