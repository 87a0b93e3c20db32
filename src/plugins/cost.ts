// Rejects, before execution, operations whose cost exceeds the configured maximum. The cost counts every
// field the server would resolve: under a paginated field (one taking `first`/`last`), the whole subtree is
// counted once per item of the page, so `iocs(first: 100) { … relationships(first: 10) { … } }` costs
// 100 × 10 times what one relationship costs. A field without `first` counts its connection's default page.
// This replaces graphql-armor's cost limit, which sees only the shape of a query, not its page sizes.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from "graphql";
import type { Plugin } from "graphql-yoga";

type Variables = Record<string, unknown> | null | undefined;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  defaultPage: number;
}

// biome-ignore lint/suspicious/noExplicitAny: any field of any type
type AnyField = GraphQLField<any, any>;

/** How many items a paginated field returns at most, from `first`/`last` or its default. */
function pageOf(
  walk: Walk,
  def: AnyField,
  args: readonly { name: { value: string }; value: never }[],
): number {
  const sizes = def.args.filter((arg) => arg.name === "first" || arg.name === "last");
  if (sizes.length === 0) return 1;
  let largest = 0;
  let given = false;
  for (const argDef of sizes) {
    const node = args.find((arg) => arg.name.value === argDef.name);
    const value = node ? valueFromAST(node.value, argDef.type, walk.variables ?? undefined) : undefined;
    if (typeof value === "number") {
      given = true;
      largest = Math.max(largest, value);
    }
  }
  if (given) return Math.max(largest, 0);
  const declared = sizes.map((arg) => arg.defaultValue).find((value) => typeof value === "number");
  return typeof declared === "number" ? declared : walk.defaultPage;
}

function fieldsOf(type: unknown): Record<string, AnyField> {
  return isObjectType(type) || isInterfaceType(type) ? (type.getFields() as Record<string, AnyField>) : {};
}

/** The cost of one selection set resolved `times` times on objects of `typeName`. */
function costOf(walk: Walk, selectionSet: SelectionSetNode, typeName: string, times: number): number {
  const parent = walk.schema.getType(typeName);
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += times;
      if (!selection.selectionSet) continue;
      const def = fieldsOf(parent)[selection.name.value];
      if (!def) continue; // __typename and friends have no selection set; validation caught the rest
      const child = getNamedType(def.type);
      if (!isCompositeType(child)) continue;
      const page = pageOf(walk, def, (selection.arguments ?? []) as never);
      total += costOf(walk, selection.selectionSet, child.name, times * page);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      // Fragments on several possible types are all counted: an upper bound, never an underestimate.
      total += costOf(walk, selection.selectionSet, selection.typeCondition?.name.value ?? typeName, times);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment) total += costOf(walk, fragment.selectionSet, fragment.typeCondition.name.value, times);
    }
  }
  return total;
}

/** The cost of the operation that would run (by name, or the only one). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables,
  operationName?: string | null,
  defaultPage = 20,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((op) => op.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return 0; // execution itself reports the missing operation
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return costOf({ schema, fragments, variables, defaultPage }, operation.selectionSet, root.name, 1);
}

export function useCostLimit(maxCost: number, defaultPage = 20): Plugin {
  const check = (args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    variableValues?: Variables;
    operationName?: string | null;
  }) => {
    const cost = operationCost(
      args.schema,
      args.document,
      args.variableValues,
      args.operationName,
      defaultPage,
    );
    return cost > maxCost
      ? new GraphQLError(
          `This query would cost ${cost}, over the maximum of ${maxCost}: every field counts once per item of ` +
            "each page above it. Ask for smaller pages (`first`) or fewer nested lists.",
          { extensions: { code: "QUERY_TOO_COSTLY", cost, max: maxCost } },
        )
      : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args as never);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args as never);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
