// Per-request DataLoaders for the graph. Every parent at one place in a query asks with the same arguments
// and the same node selection, so they share one loader and one batch: a page of edges for 100 IoCs is
// one edge statement plus one statement for the nodes (and the statements of their selected relations).
import DataLoader from "dataloader";
import type { Db } from "../db.js";
import {
  type EdgeCursor,
  type EdgeRow,
  type RelatedOptions,
  type RelatedRow,
  relatedCollections,
  relationshipEdges,
} from "./queries.js";
import type { RelationSpec } from "./relations.js";

/** A Prisma `select`/`include` for the nodes, as plugin-prisma's queryFromInfo builds it. */
export type NodeQuery = Record<string, unknown>;

export interface EdgeWithNode<N> extends EdgeRow {
  node: N;
}

export interface EdgePage<N> {
  edges: EdgeWithNode<N>[];
  hasNextPage: boolean;
}

export interface RelatedEdge<C, I> extends RelatedRow {
  node: C;
  sampleNodes: I[];
}

export interface RelatedPage<C, I> {
  edges: RelatedEdge<C, I>[];
}

export interface RelationshipRequest {
  spec: RelationSpec;
  first: number;
  after: EdgeCursor | null;
  nodeQuery: NodeQuery;
}

export interface RelatedRequest extends RelatedOptions {
  nodeQuery: NodeQuery;
  /** Null when the client selected no sample: the sample IoCs are then not loaded. */
  sampleQuery: NodeQuery | null;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

export class GraphLoaders {
  // biome-ignore lint/suspicious/noExplicitAny: loaders of different value types share one cache
  private readonly loaders = new Map<string, DataLoader<string, any>>();

  constructor(private readonly db: Db) {}

  private loader<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** A page of an IoC's edges with their nodes loaded by `nodeQuery`. */
  relationships<N = unknown>(iocId: string, request: RelationshipRequest): Promise<EdgePage<N>> {
    const { spec, first, after, nodeQuery } = request;
    const key = JSON.stringify(["relationships", spec, first, after, nodeQuery]);
    return this.loader<EdgePage<N>>(key, async (ids) => {
      const rows = await relationshipEdges(this.db, ids, spec, first + 1, after);
      const otherIds = [...new Set(rows.map((row) => row.otherId))];
      const nodes =
        otherIds.length === 0
          ? new Map<string, N & { id: string }>()
          : byId(
              (await this.db.ioc.findMany({
                ...nodeQuery,
                where: { id: { in: otherIds } },
              })) as unknown as (N & {
                id: string;
              })[],
            );
      const pages = new Map<string, EdgePage<N>>(ids.map((id) => [id, { edges: [], hasNextPage: false }]));
      for (const row of rows) {
        const page = pages.get(row.ownerId) as EdgePage<N>;
        const node = nodes.get(row.otherId);
        if (!node) continue; // deleted between the two statements
        if (page.edges.length === first) page.hasNextPage = true;
        else page.edges.push({ ...row, node });
      }
      return ids.map((id) => pages.get(id) as EdgePage<N>);
    }).load(iocId);
  }

  /** A page of the collections related to a collection, with their nodes and sample IoCs loaded. */
  related<C = unknown, I = unknown>(
    collectionId: string,
    request: RelatedRequest,
  ): Promise<RelatedPage<C, I>> {
    const { viewer, nodeQuery, sampleQuery, ...options } = request;
    const key = JSON.stringify(["related", viewer?.id ?? null, options, nodeQuery, sampleQuery]);
    return this.loader<RelatedPage<C, I>>(key, async (ids) => {
      const rows = await relatedCollections(this.db, ids, { viewer, ...options });
      const collectionIds = [...new Set(rows.map((row) => row.collectionId))];
      const sampleIds = sampleQuery ? [...new Set(rows.flatMap((row) => row.sample))] : [];
      const [collections, samples] = await Promise.all([
        collectionIds.length === 0
          ? []
          : this.db.collection.findMany({ ...nodeQuery, where: { id: { in: collectionIds } } }),
        sampleIds.length === 0
          ? []
          : this.db.ioc.findMany({ ...sampleQuery, where: { id: { in: sampleIds } } }),
      ]);
      const collectionById = byId(collections as unknown as (C & { id: string })[]);
      const sampleById = byId(samples as unknown as (I & { id: string })[]);
      const pages = new Map<string, RelatedPage<C, I>>(ids.map((id) => [id, { edges: [] }]));
      for (const row of rows) {
        const node = collectionById.get(row.collectionId);
        if (!node) continue;
        const sampleNodes = row.sample.flatMap((id) => sampleById.get(id) ?? []);
        pages.get(row.ownerId)?.edges.push({ ...row, node, sampleNodes });
      }
      return ids.map((id) => pages.get(id) as RelatedPage<C, I>);
    }).load(collectionId);
  }

  /** Forgets everything loaded, e.g. between two events of a long-lived subscription. */
  clear(): void {
    this.loaders.clear();
  }
}
