// Rejects, before execution, any connection page larger than the configured maximum: `first`/`last`
// arguments anywhere in the operation, given inline or through variables.

import { type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";

function largestPage(document: DocumentNode, variables: Record<string, unknown> | null | undefined): number {
  let largest = 0;
  visit(document, {
    Argument(node) {
      if (node.name.value !== "first" && node.name.value !== "last") return;
      const value =
        node.value.kind === Kind.INT
          ? Number(node.value.value)
          : node.value.kind === Kind.VARIABLE
            ? variables?.[node.value.name.value]
            : undefined;
      if (typeof value === "number" && value > largest) largest = value;
    },
  });
  return largest;
}

export function usePageSizeLimit(maxPageSize: number): Plugin {
  const check = (document: DocumentNode, variables: Record<string, unknown> | null | undefined) => {
    const asked = largestPage(document, variables);
    return asked > maxPageSize
      ? new GraphQLError(`A page holds at most ${maxPageSize} items; asked for ${asked}.`, {
          extensions: { code: "PAGE_TOO_LARGE", max: maxPageSize },
        })
      : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args.document, args.variableValues as Record<string, unknown>);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args.document, args.variableValues as Record<string, unknown>);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
