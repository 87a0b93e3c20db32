// GRAPHQL_INTROSPECTION: whether clients may introspect the schema. On by default — the schema is public
// documentation (schema.graphql), and GraphiQL needs it; off, `__schema`/`__type` are refused at validation.
import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";

export function useIntrospection(enabled: boolean): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
