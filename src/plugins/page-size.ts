// Rejects, before execution, any connection page larger than the configured maximum: `first`/`last`
// arguments anywhere in the operation, given inline or through variables.

import { type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The page sizes a document asks for: the largest literal `first`/`last`, and the variables that give one. */
interface Asked {
  literal: number;
  variables: string[];
}

// Per document object: yoga's parse cache hands the same one to every request of the same text.
const askedBy = new WeakMap<DocumentNode, Asked>();

function askedOf(document: DocumentNode): Asked {
  let asked = askedBy.get(document);
  if (asked) return asked;
  const found: Asked = { literal: 0, variables: [] };
  visit(document, {
    Argument(node) {
      if (node.name.value !== "first" && node.name.value !== "last") return;
      if (node.value.kind === Kind.INT) found.literal = Math.max(found.literal, Number(node.value.value));
      else if (node.value.kind === Kind.VARIABLE) found.variables.push(node.value.name.value);
    },
  });
  asked = found;
  askedBy.set(document, asked);
  return asked;
}

function largestPage(document: DocumentNode, variables: Record<string, unknown> | null | undefined): number {
  const asked = askedOf(document);
  let largest = asked.literal;
  for (const name of asked.variables) {
    const value = variables?.[name];
    if (typeof value === "number" && value > largest) largest = value;
  }
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
