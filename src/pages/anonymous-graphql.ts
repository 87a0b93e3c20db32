// The pages' one way to data: GraphQL documents executed against the app's own schema through yoga's envelop
// (the same plugins, limits, error masking and context factory as /graphql), as an anonymous viewer. Whatever
// the API hides from anonymous readers, the pages cannot show: there is no second copy of any access rule.
import type { ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { TypedDocumentString } from "./gql/graphql.js";

/** Request headers passed on to the context: none of them can carry a credential. */
const passedHeaders = ["accept-language", "user-agent", "x-forwarded-for", "x-real-ip"];

/** The page request without anything that could authenticate it (API key, bearer token, cookie). */
export function anonymousRequest(request: Request): Request {
  const headers = new Headers();
  for (const name of passedHeaders) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Request(request.url, { headers });
}

/** An error the request's own input caused (a malformed id, not an IoC, a bad cursor): not a failure. */
export function isExpected(error: GraphQLError): boolean {
  return error.extensions?.unexpected !== true && error.extensions?.code !== "INTERNAL_SERVER_ERROR";
}

export interface PageResult<R> {
  data: R;
  /** Expected errors: the field they concern is null in `data`, and the page says what was wrong. */
  errors: readonly GraphQLError[];
}

export type RunDocument = <R, V>(document: TypedDocumentString<R, V>, variables: V) => Promise<PageResult<R>>;

/** The yoga instance a plugin is handed when yoga starts. */
export type AnyYoga = Parameters<NonNullable<Plugin["onYogaInit"]>>[0]["yoga"];

/** Runs documents for one page request. An unexpected error (masked by yoga) is thrown: the page is a 500. */
export function documentRunner(yoga: AnyYoga, request: Request): RunDocument {
  const anonymous = anonymousRequest(request);
  return async <R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<PageResult<R>> => {
    const query = document.toString();
    const { parse, validate, contextFactory, execute, schema } = yoga.getEnveloped({
      request: anonymous,
      params: { query, variables },
    });
    const parsed = parse(query);
    const invalid = validate(schema, parsed);
    if (invalid.length > 0) throw new Error(`A page document is invalid: ${invalid[0].message}`);
    const result: ExecutionResult | AsyncIterable<unknown> = await execute({
      schema,
      document: parsed,
      variableValues: variables as Record<string, unknown>,
      contextValue: await contextFactory(),
    });
    if (Symbol.asyncIterator in result) throw new Error("A page document must be a query.");
    const errors = result.errors ?? [];
    const unexpected = errors.find((error) => !isExpected(error));
    if (unexpected || !result.data)
      throw new Error(`A page query failed: ${unexpected?.message ?? "no data"}`);
    // Through JSON, the way a client receives it (scalars serialized: a DateTime is an ISO string, not a Date);
    // the document's type then describes it, as codegen derived both from the same text.
    return { data: JSON.parse(JSON.stringify(result.data)) as R, errors };
  };
}
