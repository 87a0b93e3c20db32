// The one way a list is paged: Relay connections over the relay plugin's page arguments
// (parseCursorConnectionArgs), a cursor codec per kind of key (src/cursors.ts), page arguments validated once,
// cursors written only when read, and `totalCount` counted only when a client selects it (a function the field
// calls).
import type { ObjectRef } from "@pothos/core";
import { parseCursorConnectionArgs } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import type { CursorCodec } from "../cursors.js";
import { ValidationError } from "../errors.js";

export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Page arguments a client may send: sizes are non-negative integers, `first` and `last` not both. */
export function checkPageArgs(args: PageArgs): void {
  for (const field of ["first", "last"] as const) {
    const size = args[field];
    if (size != null && size < 0) throw new ValidationError(`\`${field}\` cannot be negative.`, field);
  }
  if (args.first != null && args.last != null)
    throw new ValidationError("Give `first` (forwards) or `last` (backwards), not both.", "last");
}

/** The cursor a client sent, decoded; a clear error when it is not one of this list. */
export function decodeCursorArg<K>(codec: CursorCodec<K>, cursor: string, field: string): K {
  const key = codec.decode(cursor);
  if (key === null)
    throw new ValidationError(`\`${field}\` is not a cursor of this list: "${cursor}".`, field);
  return key;
}

export interface PageRequest<K> {
  after?: K;
  before?: K;
  /** Rows to read: one more than the page, so the helper can tell whether another page follows. */
  limit: number;
  /** Read backwards from `before` (or the end): `last` was given. */
  backward: boolean;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfo;
  /** How many items the whole list holds; run only when the client selects `totalCount`. */
  totalCount(): Promise<number>;
}

export interface PaginateOptions<Row, K, E> {
  codec: CursorCodec<K>;
  keyOf(row: Row): K;
  /** Rows in list order after/before the given keys; backwards (nearest `before` first) when asked. */
  load(page: PageRequest<K>): Promise<Row[]>;
  count(): Promise<number>;
  /** The edge of a row, without its cursor (paginate adds it). */
  edge(row: Row): E;
  maxSize: number;
  defaultSize?: number;
}

/** One page of a list as a Relay connection whose edges carry `cursor` and what `edge` makes of the row. */
export async function paginate<Row, K, E extends object>(
  args: PageArgs,
  options: PaginateOptions<Row, K, E>,
): Promise<Connection<E & { readonly cursor: string }>> {
  checkPageArgs(args);
  const after = args.after != null ? decodeCursorArg(options.codec, args.after, "after") : undefined;
  const before = args.before != null ? decodeCursorArg(options.codec, args.before, "before") : undefined;
  const { limit, inverted, expectedSize, hasPreviousPage, hasNextPage } = parseCursorConnectionArgs({
    args,
    maxSize: options.maxSize,
    defaultSize: options.defaultSize ?? DEFAULT_PAGE_SIZE,
  });
  const rows = await options.load({ after, before, limit, backward: inverted });
  const page = rows.slice(0, expectedSize);
  if (inverted) page.reverse();
  // Each cursor is written when first read: a page of 500 IoCs with 10 collections each has 5,500 cursors,
  // and most clients read none of the inner ones.
  const edges = page.map((row) => {
    let cursor: string | undefined;
    return {
      ...options.edge(row),
      get cursor() {
        cursor ??= options.codec.encode(options.keyOf(row));
        return cursor;
      },
    };
  });
  const asked = args.after ?? args.before ?? null;
  return {
    edges,
    pageInfo: {
      hasNextPage: hasNextPage(rows.length),
      hasPreviousPage: hasPreviousPage(rows.length),
      // An empty page starts and ends where it was asked for.
      startCursor: edges.at(0)?.cursor ?? asked,
      endCursor: edges.at(-1)?.cursor ?? asked,
    },
    totalCount: options.count,
  };
}

/**
 * The connection type over an edge type of its own: `edges`, `pageInfo` and `totalCount` (counted only when
 * selected). For lists whose edges carry more than a cursor and a node.
 */
export function connectionRef<E>(name: string, edge: ObjectRef<SchemaTypes, E>, description: string) {
  return builder.objectRef<Connection<E>>(name).implement({
    description,
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (connection) => connection.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (connection) => connection.pageInfo }),
      totalCount: totalCountField(t),
    }),
  });
}

/** The `totalCount` field of a connection whose shape carries the count as a function. */
export function totalCountField<T extends { totalCount(): Promise<number> }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, T>,
) {
  return t.int({
    description: "How many items the whole list holds (counted only when you ask for it).",
    resolve: (connection) => connection.totalCount(),
  });
}

type SchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
