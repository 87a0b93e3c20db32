// What a client's query selects below the field being resolved: whether it selects a field at all, so a
// resolver can skip a read nobody asked for (a related collection's sample IoCs, say), and the Prisma query for
// the nodes under it, planned once per request.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { NodeQuery } from "../graph/loaders.js";

/** The selection sets of the fields named `name` in `sets`, through inline fragments and fragment spreads. */
function childSets(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], name: string) {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name && selection.selectionSet) found.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return found;
}

/** True when the query selects `path` (field names, e.g. ["edges", "sharedIocSample"]) under this field. */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = childSets(info, sets, name);
    if (sets.length === 0) return false;
  }
  return true;
}

const planned = new WeakMap<object, Map<string, NodeQuery | null>>();

/** The response path without list indices: the same for every item of a list. */
function fieldPath(path: GraphQLResolveInfo["path"] | undefined): string {
  let key = "";
  for (let at = path; at; at = at.prev) if (typeof at.key === "string") key = `${at.key}.${key}`;
  return key;
}

/**
 * plugin-prisma's queryFromInfo for the `typeName` nodes at `path` under this field, planned once per request
 * and field when `shareable` says the query loads no relation. A field under a list (each IoC's collections) is
 * resolved once per item, and planning the same selection 500 times was ~8% of a deep query's CPU; every item
 * has the same selection and variables. A query that preloads relations is planned per item: plugin-prisma
 * records where each item's relations were preloaded as it plans, and a shared query would leave the later items
 * to load theirs one by one (7 statements instead of 4 with `owner` under a page of IoCs' collections).
 */
export function nodeQueryOf(
  context: object,
  info: GraphQLResolveInfo,
  path: string[],
  typeName: string,
  shareable: (query: NodeQuery) => boolean,
): NodeQuery {
  let queries = planned.get(context);
  if (!queries) {
    queries = new Map();
    planned.set(context, queries);
  }
  const key = `${fieldPath(info.path)}|${path.join(".")}|${typeName}`;
  const shared = queries.get(key);
  if (shared) return shared;
  const query: NodeQuery = queryFromInfo({ context, info, path, typeName });
  if (shared === undefined) queries.set(key, shareable(query) ? query : null);
  return query;
}
