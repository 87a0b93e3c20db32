// Global ids as clients send them, decoded by the resolvers themselves: an id that does not decode, or that
// names another type, is an answer (null from a query, a ValidationError in a mutation's result union)
// instead of an error that fails the request before any resolver runs. Query.node and Query.nodes too.
import { decodeGlobalID, encodeGlobalID, resolveNodes } from "@pothos/plugin-relay";
import { type GraphQLResolveInfo, isObjectType } from "graphql";
import { builder } from "../builder.js";
import { ValidationError } from "../errors.js";
import type { IocType } from "../extraction/types.js";
import { iocKinds } from "../iocs/kinds.js";

function decode(globalId: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(globalId);
  } catch {
    return null;
  }
}

/** The database id that `globalId` names when it is the id of a `typename`; null otherwise. */
export function idOf(globalId: string, typename: string): string | null {
  const decoded = decode(globalId);
  return decoded?.typename === typename ? decoded.id : null;
}

/** For a mutation's input: the database id of a `typename`, or a ValidationError naming `field`. */
export function requireIdOf(globalId: string, typename: string, field: string): string {
  const id = idOf(globalId, typename);
  if (id === null) throw new ValidationError(`"${globalId}" is not the id of a ${typename}.`, field);
  return id;
}

/** The decoded id when it names a type that implements Node; null otherwise. */
function nodeId(globalId: string, info: GraphQLResolveInfo) {
  const decoded = decode(globalId);
  const type = decoded && info.schema.getType(decoded.typename);
  return isObjectType(type) && type.getInterfaces().some((iface) => iface.name === "Node") ? decoded : null;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      "Any object by its global id (Relay); null when it does not exist, is not visible to you, or the id is " +
      "not one iocgraph gave out.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx, info) => {
      const decoded = nodeId(String(args.id), info);
      return decoded ? (await resolveNodes(builder, ctx, info, [decoded]))[0] : null;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      "Several objects by their global ids (Relay), in order; null for each that does not exist or is not " +
      "visible to you. An id that is not one iocgraph gave out is null too, with an error at its position.",
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, args, ctx, info) => {
      const decoded = args.ids.map((id) => nodeId(String(id), info));
      const found = await resolveNodes(builder, ctx, info, decoded);
      // An Error in a list is reported at its own path; the other items still resolve.
      return found.map((node, index) =>
        decoded[index] ? node : new ValidationError(`Not a node id: "${args.ids[index]}".`, "ids"),
      );
    },
  }),
}));

/** The global id of an IoC: its variant's type name (File, Domain…) and its row id. */
export function iocGlobalId(ioc: { id: string; type: IocType }): string {
  return encodeGlobalID(iocKinds[ioc.type].typeName, ioc.id);
}
