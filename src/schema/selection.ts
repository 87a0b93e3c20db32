// Whether a client's query selects a field below the one being resolved, so a resolver can skip a read
// nobody asked for (a related collection's sample IoCs, say).
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

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
