// Collection changes. Each runs in one transaction that also writes the change log, and publishes only
// after it commits. Validation happens before the transaction: bad input writes nothing.
import { lockOwned } from "../access/collections.js";
import { PUBLIC_SCOPE } from "../access/iocs.js";
import { collectionScopes, extendReach, retractReach } from "../access/reach.js";
import { mayReachProvider } from "../access/tlp.js";
import { requireWriter, type Viewer } from "../auth/api-keys.js";
import type { Limits } from "../config.js";
import type { Db } from "../db.js";
import type { CanonicalIoc } from "../extraction/types.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Holder, IocHooks } from "../iocs/hooks.js";
import { findIocs, type IocRow, insertMissingIocs } from "../iocs/store.js";
import { announceChange, type ChangeEvent, type PubSub } from "../pubsub.js";
import { decodeRows, textArray, z } from "../rows.js";
import { adjustCounts } from "./counts.js";
import {
  type CollectionData,
  type CollectionFields,
  collectionData,
  DATA_FIELDS,
  dataSelect,
  referencesOf,
} from "./fields.js";
import { type InvalidItem, type IocInputItem, type ResolvedIocs, resolveIocInputs } from "./inputs.js";

type Tx = Prisma.TransactionClient;

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

/**
 * Adds the rows to the collection; returns the ones that were not in it yet, in input order, and their new
 * memberships in collection order.
 */
async function addMembers(tx: Tx, collectionId: string, rows: readonly IocRow[], actorId: string) {
  if (rows.length === 0) return { rows: [], members: [] };
  const ids = textArray(rows.map((row) => row.id));
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
  collection: { id: string } & Holder,
  iocs: readonly CanonicalIoc[],
  actorId: string,
) {
  const created = await insertMissingIocs(tx, iocs);
  await ctx.iocHooks.created(tx, created);
  const added = await addMembers(tx, collection.id, await findIocs(tx, iocs, created), actorId);
  if (added.rows.length > 0) {
    await adjustCounts(tx, collection.id, added.rows, 1);
    await ctx.iocHooks.held(
      tx,
      collection,
      added.rows.map((row) => row.id),
    );
  }
  return added;
}

function addReport(resolved: ResolvedIocs, { rows: added }: { rows: readonly IocRow[] }): AddReport {
  return {
    added: added.length,
    duplicates: resolved.repeated + resolved.iocs.length - added.length,
    invalid: resolved.invalid,
  };
}

/** The ids of the IoCs a collection holds. */
async function memberIds(tx: Tx, collectionId: string): Promise<string[]> {
  const rows = await tx.collectionIoc.findMany({ where: { collectionId }, select: { iocId: true } });
  return rows.map((row) => row.iocId);
}

/** A field an update changed, with its value before and after (as the change log keeps them). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

// Lists whose order means nothing: a tag list in another order is the same set.
const SETS = new Set<string>(["tags", "targetedIndustries", "targetedRegions"]);

function comparable(field: string, value: unknown): string {
  if (field === "references")
    return referencesOf(value)
      .map((r) => `${r.url}\u0000${r.title ?? ""}`)
      .join("\u0001");
  if (Array.isArray(value)) return (SETS.has(field) ? [...value].sort() : value).join("\u0000");
  return JSON.stringify(value ?? null);
}

/** The fields `data` really changes, each with its old and new value. */
function fieldChanges(before: Required<CollectionData>, data: CollectionData): FieldChange[] {
  return DATA_FIELDS.filter(
    (field) =>
      data[field] !== undefined && comparable(field, before[field]) !== comparable(field, data[field]),
  ).map((field) => ({
    field,
    from: field === "references" ? referencesOf(before[field]) : (before[field] ?? null),
    to: data[field] ?? null,
  }));
}

async function logChange(
  tx: Tx,
  collectionId: string,
  kind: ChangeEvent["kind"],
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
  announceChange(ctx.pubsub, event);
}

export interface CreateCollectionInput extends CollectionFields {
  iocs?: readonly IocInputItem[] | null;
  rawText?: string | null;
}

export async function createCollection(ctx: ServiceContext, input: CreateCollectionInput) {
  const viewer = requireWriter(ctx.viewer);
  const data = collectionData(input, true);
  const resolved = await resolveIocInputs(input.iocs, input.rawText, ctx.limits);
  const { collection, added, event } = await ctx.db.$transaction(async (tx) => {
    const collection = await tx.collection.create({
      data: { ...data, name: data.name as string, ownerId: viewer.id },
      select: { id: true },
    });
    const added = await addResolved(
      ctx,
      tx,
      { id: collection.id, tlp: data.tlp ?? "CLEAR" },
      resolved.iocs,
      viewer.id,
    );
    const ids = added.rows.map((row) => row.id);
    const event = await logChange(tx, collection.id, "CREATED", viewer.id, ids);
    await extendReach(
      tx,
      collectionScopes({ ownerId: viewer.id, visibility: data.visibility ?? "PUBLIC" }),
      ids,
    );
    return { collection, added, event };
  });
  publish(ctx, event);
  // `requested`: every valid IoC of the request (typed or from rawText), for the report's warnings.
  const report = addReport(resolved, added);
  return { collectionId: collection.id, report, added: added.members, requested: resolved.iocs };
}

export async function updateCollection(ctx: ServiceContext, id: string, fields: CollectionFields) {
  const viewer = requireWriter(ctx.viewer);
  const data = collectionData(fields, false);
  const event = await ctx.db.$transaction(async (tx) => {
    await lockOwned(tx, id, viewer);
    const before = await tx.collection.findUniqueOrThrow({
      where: { id },
      select: { ...dataSelect, ownerId: true },
    });
    const changes = fieldChanges({ ...before, references: referencesOf(before.references) }, data);
    // Nothing changes: nothing is written, no event.
    if (changes.length === 0) return null;
    await tx.collection.update({ where: { id }, data: { ...data, updatedAt: new Date() } });
    const event = await logChange(tx, id, "UPDATED", viewer.id, [], {
      fields: changes.map((change) => change.field),
      changes: Object.fromEntries(
        changes.map(({ field, from, to }) => [field, { from, to }]),
      ) as Prisma.InputJsonObject,
    });
    const visibility = data.visibility ?? before.visibility;
    let members: string[] | null = null;
    if ((before.visibility === "PUBLIC") !== (visibility === "PUBLIC")) {
      // Public or no longer: everyone's reach follows.
      members = await memberIds(tx, id);
      if (visibility === "PUBLIC") await extendReach(tx, [PUBLIC_SCOPE], members);
      else await retractReach(tx, [PUBLIC_SCOPE], members);
    }
    const tlp = data.tlp ?? before.tlp;
    if (!mayReachProvider(before.tlp) && mayReachProvider(tlp)) {
      // Lowered to a level that may be shared: its IoCs may now be looked up.
      await ctx.iocHooks.held(tx, { tlp }, members ?? (await memberIds(tx, id)));
    }
    return event;
  });
  if (event) publish(ctx, event);
  return { collectionId: id };
}

export async function deleteCollection(ctx: ServiceContext, id: string) {
  const viewer = requireWriter(ctx.viewer);
  const event = await ctx.db.$transaction(async (tx) => {
    const state = await lockOwned(tx, id, viewer);
    const members = await memberIds(tx, id);
    await tx.collection.delete({ where: { id } });
    // The log outlives the collection: it keeps who could see it, so a resuming subscriber still gets DELETED.
    const event = await logChange(tx, id, "DELETED", viewer.id, [], { ...state });
    await retractReach(tx, collectionScopes(state), members);
    return event;
  });
  publish(ctx, event);
  return { collectionId: id };
}

export async function addIocs(
  ctx: ServiceContext,
  collectionId: string,
  input: { iocs?: readonly IocInputItem[] | null; rawText?: string | null },
): Promise<{
  collectionId: string;
  report: AddReport;
  added: AddedMember[];
  requested: readonly CanonicalIoc[];
}> {
  const viewer = requireWriter(ctx.viewer);
  const resolved = await resolveIocInputs(input.iocs, input.rawText, ctx.limits);
  const { added, event } = await ctx.db.$transaction(async (tx) => {
    const state = await lockOwned(tx, collectionId, viewer);
    const added = await addResolved(ctx, tx, { id: collectionId, tlp: state.tlp }, resolved.iocs, viewer.id);
    if (added.rows.length === 0) return { added, event: null };
    const ids = added.rows.map((row) => row.id);
    const event = await logChange(tx, collectionId, "IOCS_ADDED", viewer.id, ids);
    await extendReach(tx, collectionScopes(state), ids);
    return { added, event };
  });
  if (event) publish(ctx, event);
  const report = addReport(resolved, added);
  return { collectionId, report, added: added.members, requested: resolved.iocs };
}

export async function removeIocs(ctx: ServiceContext, collectionId: string, items: readonly IocInputItem[]) {
  const viewer = requireWriter(ctx.viewer);
  const resolved = await resolveIocInputs(items, null, ctx.limits);
  const { removed, event } = await ctx.db.$transaction(async (tx) => {
    const state = await lockOwned(tx, collectionId, viewer);
    const rows = await findIocs(tx, resolved.iocs);
    const ids = rows.map((row) => row.id);
    const deleted = ids.length
      ? decodeRows(
          iocIdRow,
          await tx.$queryRaw`
          DELETE FROM "CollectionIoc" WHERE "collectionId" = ${collectionId} AND "iocId" = ANY(${textArray(ids)}::text[])
          RETURNING "iocId"`,
        )
      : [];
    if (deleted.length === 0) return { removed: [], event: null };
    const gone = new Set(deleted.map((row) => row.iocId));
    const removed = rows.filter((row) => gone.has(row.id));
    await adjustCounts(tx, collectionId, removed, -1);
    const removedIds = removed.map((row) => row.id);
    const event = await logChange(tx, collectionId, "IOCS_REMOVED", viewer.id, removedIds);
    await retractReach(tx, collectionScopes(state), removedIds);
    return { removed, event };
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
