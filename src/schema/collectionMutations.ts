// The mutations that change collections: their inputs, payloads and result unions. Payloads carry what
// changed (the added edges, the removed ids, the deleted id) so a client cache can update itself without
// refetching. The rules live in src/collections/service.ts.
import { formatPrismaCursor, queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import * as collections from "../collections/service.js";
import type { Context } from "../context.js";
import type { CanonicalIoc } from "../extraction/types.js";
import {
  CollectionEdgeRef,
  CollectionIocEdgeRef,
  CollectionRef,
  type MembershipEdge,
  membershipEdge,
} from "./collection.js";
import { metadataInputFields } from "./collectionMetadata.js";
import { collectionErrors, IocTypeEnum, VisibilityEnum } from "./common.js";
import { iocGlobalId, requireIdOf } from "./ids.js";
import { WarnedIocRef } from "./ioc.js";

const IocInput = builder.inputType("IocInput", {
  description: "One IoC. Defanged values are accepted; `type` is inferred when absent.",
  fields: (t) => ({
    type: t.field({ type: IocTypeEnum }),
    value: t.string({ required: true }),
  }),
});

export const InvalidIocRef = builder.objectRef<{ input: string; reason: string }>("InvalidIoc").implement({
  description: "An item that was not added, and why.",
  fields: (t) => ({ input: t.exposeString("input"), reason: t.exposeString("reason") }),
});

/** The add report, with the valid IoCs of the request whose warnings it shows. */
type AddReportShape = collections.AddReport & { requested: readonly CanonicalIoc[] };

const AddReportRef = builder.objectRef<AddReportShape>("AddIocsReport").implement({
  description: "What happened to each IoC of the request.",
  fields: (t) => ({
    added: t.exposeInt("added", { description: "IoCs newly in the collection." }),
    duplicates: t.exposeInt("duplicates", {
      description: "IoCs that were in the collection already, or repeated in the request.",
    }),
    invalid: t.field({ type: [InvalidIocRef], resolve: (report) => report.invalid }),
    warnings: t.field({
      type: [WarnedIocRef],
      description:
        "The valid IoCs of the request (typed, or found in `rawText`) that are on a warninglist, in the " +
        "order given, with their warnings. They were handled like the others (added, or duplicates).",
      resolve: (report, _args, ctx) =>
        report.requested.flatMap((ioc) => {
          const warnings = ctx.warninglists.check(ioc);
          return warnings.length > 0 ? [{ type: ioc.type, value: ioc.value, warnings }] : [];
        }),
    }),
  }),
});

const RemoveReportRef = builder
  .objectRef<{ removed: number; notInCollection: number; invalid: { input: string; reason: string }[] }>(
    "RemoveIocsReport",
  )
  .implement({
    description: "What happened to each IoC of the request.",
    fields: (t) => ({
      removed: t.exposeInt("removed", { description: "IoCs taken out of the collection." }),
      notInCollection: t.exposeInt("notInCollection", { description: "Valid IoCs that were not in it." }),
      invalid: t.field({ type: [InvalidIocRef], resolve: (report) => report.invalid }),
    }),
  });

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A payload's `collection`: the changed collection, refetched with whatever the client selects. */
export function collectionField<T extends { collectionId: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>,
) {
  return t.prismaField({
    type: CollectionRef,
    resolve: (query, result, _args, ctx) =>
      ctx.db.collection.findUniqueOrThrow({ ...query, where: { id: result.collectionId } }),
  });
}

type Added = Awaited<ReturnType<typeof collections.addIocs>>;

/** The edges a mutation added, as `Collection.iocs` shows them, with the IoCs read as the client selected. */
async function addedEdges(result: Added, ctx: Context, info: GraphQLResolveInfo): Promise<MembershipEdge[]> {
  if (result.added.length === 0) return [];
  const iocQuery = queryFromInfo({ context: ctx, info, typeName: "Ioc", path: ["node"] });
  const iocs = await ctx.db.ioc.findMany({
    ...iocQuery,
    where: { id: { in: result.added.map((member) => member.iocId) } },
  });
  const byId = new Map(iocs.map((ioc) => [ioc.id, ioc]));
  return result.added.flatMap((member) => {
    const node = byId.get(member.iocId);
    // The caller added them; an IoC merged into another since (same file, other hash) is left out.
    return node ? [membershipEdge({ ...member, ioc: node, addedById: ctx.viewer?.id ?? null })] : [];
  });
}

function addedEdgesField(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Added>) {
  return t.field({
    type: [CollectionIocEdgeRef],
    description:
      "The IoCs this call added, as edges of `Collection.iocs` (cursor, addedAt, addedBy, node), in the " +
      "order they were added: append them to a cached list (Relay `@appendEdge`).",
    resolve: (result, _args, ctx, info) => addedEdges(result, ctx, info),
  });
}

const CreateCollectionPayload = builder.objectRef<Added>("CreateCollectionPayload").implement({
  fields: (t) => ({
    collection: collectionField(t),
    collectionEdge: t.field({
      type: CollectionEdgeRef,
      description:
        "The new collection as an edge of `collections` and `User.collections`: prepend it to a cached " +
        "list (Relay `@prependEdge`).",
      resolve: async (result, _args, ctx, info) => ({
        cursor: formatPrismaCursor({ id: result.collectionId }, "id"),
        node: await ctx.db.collection.findUniqueOrThrow({
          ...queryFromInfo({ context: ctx, info, typeName: "Collection", path: ["node"] }),
          where: { id: result.collectionId },
        }),
      }),
    }),
    addedEdges: addedEdgesField(t),
    report: t.field({
      type: AddReportRef,
      resolve: (result) => ({ ...result.report, requested: result.requested }),
    }),
  }),
});

const AddIocsPayload = builder.objectRef<Added>("AddIocsPayload").implement({
  fields: (t) => ({
    collection: collectionField(t),
    addedEdges: addedEdgesField(t),
    report: t.field({
      type: AddReportRef,
      resolve: (result) => ({ ...result.report, requested: result.requested }),
    }),
  }),
});

const UpdateCollectionPayload = builder
  .objectRef<{ collectionId: string }>("UpdateCollectionPayload")
  .implement({
    fields: (t) => ({ collection: collectionField(t) }),
  });

const RemoveIocsPayload = builder
  .objectRef<Awaited<ReturnType<typeof collections.removeIocs>>>("RemoveIocsPayload")
  .implement({
    fields: (t) => ({
      collection: collectionField(t),
      removedIocIds: t.idList({
        description:
          "The global ids of the IoCs taken out, in input order: delete their edges from a cached " +
          "`Collection.iocs` (Relay `@deleteEdge`). The IoCs themselves remain, in other collections.",
        resolve: (result) => result.removed.map(iocGlobalId),
      }),
      report: t.field({ type: RemoveReportRef, resolve: (result) => result.report }),
    }),
  });

const DeleteCollectionPayload = builder
  .objectRef<{ collectionId: string }>("DeleteCollectionPayload")
  .implement({
    fields: (t) => ({
      deletedCollectionId: t.globalID({
        description:
          "The global id the deleted collection had: remove it from a cache (Relay `@deleteRecord`, " +
          "`@deleteEdge`; Apollo `cache.evict`).",
        resolve: (result) => ({ type: "Collection", id: result.collectionId }),
      }),
    }),
  });

const CreateCollectionInput = builder.inputType("CreateCollectionInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    tags: t.stringList(),
    visibility: t.field({ type: VisibilityEnum, description: "PUBLIC when absent." }),
    ...metadataInputFields(t),
    iocs: t.field({ type: [IocInput], description: "IoCs as a typed list." }),
    rawText: t.string({
      description: "A pasted text (report, CSV, list) whose IoCs are extracted and added.",
    }),
  }),
});

const UpdateCollectionInput = builder.inputType("UpdateCollectionInput", {
  description: "Fields left out stay as they are.",
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
    tags: t.stringList({ description: "Replaces the tags." }),
    visibility: t.field({ type: VisibilityEnum }),
    ...metadataInputFields(t),
  }),
});

const DeleteCollectionInput = builder.inputType("DeleteCollectionInput", {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const AddIocsInput = builder.inputType("AddIocsInput", {
  fields: (t) => ({
    collectionId: t.id({ required: true }),
    iocs: t.field({ type: [IocInput] }),
    rawText: t.string({ description: "A pasted text whose IoCs are extracted and added." }),
  }),
});

const RemoveIocsInput = builder.inputType("RemoveIocsInput", {
  fields: (t) => ({
    collectionId: t.id({ required: true }),
    iocs: t.field({ type: [IocInput], required: true }),
  }),
});

/** A collection id from a mutation's input; a ValidationError (in the result union) when it is not one. */
export function collectionIdOf(globalId: string | number | bigint, field: string): string {
  return requireIdOf(String(globalId), "Collection", field);
}

function resultOf(name: string) {
  return { types: collectionErrors, directResult: true as const, union: { name } };
}

builder.mutationFields((t) => ({
  createCollection: t.field({
    type: CreateCollectionPayload,
    description: "Creates a collection you own, optionally with IoCs from a typed list and/or pasted text.",
    errors: resultOf("CreateCollectionResult"),
    args: { input: t.arg({ type: CreateCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.createCollection(ctx, input),
  }),
  updateCollection: t.field({
    type: UpdateCollectionPayload,
    description:
      "Changes a collection's name, description, tags, visibility or metadata (type, other names, references, " +
      "targeted industries and regions, source region, TLP). Every change is logged with its old and new value.",
    errors: resultOf("UpdateCollectionResult"),
    args: { input: t.arg({ type: UpdateCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      collections.updateCollection(ctx, collectionIdOf(input.id, "id"), input),
  }),
  deleteCollection: t.field({
    type: DeleteCollectionPayload,
    description: "Deletes a collection. The IoCs stay, for the other collections that hold them.",
    errors: resultOf("DeleteCollectionResult"),
    args: { input: t.arg({ type: DeleteCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) => collections.deleteCollection(ctx, collectionIdOf(input.id, "id")),
  }),
  addIocs: t.field({
    type: AddIocsPayload,
    description:
      "Adds IoCs from a typed list and/or pasted text. Invalid items are reported one by one and the valid " +
      "ones added; an IoC already there counts as a duplicate.",
    errors: resultOf("AddIocsResult"),
    args: { input: t.arg({ type: AddIocsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      collections.addIocs(ctx, collectionIdOf(input.collectionId, "collectionId"), input),
  }),
  removeIocs: t.field({
    type: RemoveIocsPayload,
    description: "Takes IoCs out of a collection (they remain in the others).",
    errors: resultOf("RemoveIocsResult"),
    args: { input: t.arg({ type: RemoveIocsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      collections.removeIocs(ctx, collectionIdOf(input.collectionId, "collectionId"), input.iocs),
  }),
}));
