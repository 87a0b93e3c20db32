// Per-request DataLoaders for the graph. Every parent at one place in a query asks with the same arguments
// and the same node selection, so they share one loader and one batch: a page of edges for 100 IoCs is
// one edge statement plus one statement for the nodes (and the statements of their selected relations).
import DataLoader from "dataloader";
import type { Viewer } from "../auth/api-keys.js";
import { collectionsById, readsOnlyColumns } from "../collections/read.js";
import type { Db } from "../db.js";
import {
  type EdgeCursor,
  type EdgeRow,
  type HolderCursor,
  type HolderRow,
  holderRows,
  type RelatedOptions,
  type RelatedRow,
  relatedCollections,
  relatedCounts,
  relationshipCounts,
  relationshipEdges,
  type Sightings,
  sightingsOf,
} from "./queries.js";
import type { RelationSpec } from "./relations.js";

/** A Prisma `select`/`include` for the nodes, as plugin-prisma's queryFromInfo builds it. */
export type NodeQuery = Record<string, unknown>;

export interface EdgeWithNode<N> extends EdgeRow {
  node: N;
}

export interface HolderWithNode<N> extends HolderRow {
  node: N;
}

export interface RelatedEdge<C, I> extends RelatedRow {
  node: C;
  sampleNodes: I[];
}

export interface RelationshipRequest {
  spec: RelationSpec;
  viewer: Viewer | null;
  limit: number;
  after: EdgeCursor | null;
  nodeQuery: NodeQuery;
}

export interface HoldersRequest {
  viewer: Viewer | null;
  limit: number;
  after: HolderCursor | null;
  nodeQuery: NodeQuery;
}

export interface RelatedRequest extends RelatedOptions {
  limit: number;
  offset: number;
  nodeQuery: NodeQuery;
  /** Null when the client selected no sample: the sample IoCs are then not loaded. */
  sampleQuery: NodeQuery | null;
}

type Row = { id: string };

export class GraphLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly db: Db) {}

  private load<V>(key: unknown[], id: string, batch: (ids: readonly string[]) => Promise<V[]>): Promise<V> {
    const name = JSON.stringify(key);
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  }

  /** Rows of `model` by id with the client's selection, as a map. */
  private async nodes<N>(
    model: "ioc" | "collection",
    query: NodeQuery,
    ids: string[],
  ): Promise<Map<string, N>> {
    if (ids.length === 0) return new Map();
    const unique = [...new Set(ids)];
    const where = { where: { id: { in: unique } } };
    const rows: Row[] =
      model === "ioc"
        ? await this.db.ioc.findMany({ ...query, ...where })
        : readsOnlyColumns(query)
          ? await collectionsById(this.db, unique)
          : await this.db.collection.findMany({ ...query, ...where });
    return new Map(rows.map((row) => [row.id, row as N]));
  }

  /** A page of an IoC's edges (up to `limit`) with their nodes loaded by `nodeQuery`. */
  relationships<N>(iocId: string, request: RelationshipRequest): Promise<EdgeWithNode<N>[]> {
    const { spec, viewer, limit, after, nodeQuery } = request;
    const key = ["relationships", spec, viewer?.id ?? null, limit, after, nodeQuery];
    return this.load(key, iocId, async (ids) => {
      const rows = await relationshipEdges(this.db, ids, spec, viewer, limit, after);
      const nodes = await this.nodes<N>(
        "ioc",
        nodeQuery,
        rows.map((row) => row.otherId),
      );
      return groupBy(ids, rows, (row) => {
        const node = nodes.get(row.otherId);
        // Deleted between the two statements: left out.
        return node === undefined ? null : { ...row, node };
      });
    });
  }

  relationshipCount(iocId: string, spec: RelationSpec, viewer: Viewer | null): Promise<number> {
    return this.load(["relationshipCount", spec, viewer?.id ?? null], iocId, async (ids) => {
      const counts = await relationshipCounts(this.db, ids, spec, viewer);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /** A page of the collections listed to the viewer that hold an IoC, with their nodes. */
  holders<N>(iocId: string, request: HoldersRequest): Promise<HolderWithNode<N>[]> {
    const { viewer, limit, after, nodeQuery } = request;
    return this.load(["holders", viewer?.id ?? null, limit, after, nodeQuery], iocId, async (ids) => {
      const rows = await holderRows(this.db, ids, viewer, limit, after);
      const nodes = await this.nodes<N>(
        "collection",
        nodeQuery,
        rows.map((row) => row.collectionId),
      );
      return groupBy(ids, rows, (row) => {
        const node = nodes.get(row.collectionId);
        return node === undefined ? null : { ...row, node };
      });
    });
  }

  /** How many collections listed to the viewer hold an IoC: its sightings' count. */
  async holderCount(iocId: string, viewer: Viewer | null): Promise<number> {
    return (await this.sightings(iocId, viewer))?.collections ?? 0;
  }

  /** The viewer's sightings of an IoC; null when no collection listed to the viewer holds it. */
  sightings(iocId: string, viewer: Viewer | null): Promise<Sightings | null> {
    return this.load(["sightings", viewer?.id ?? null], iocId, async (ids) => {
      const rows = await sightingsOf(this.db, ids, viewer);
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  /** A page of the collections related to a collection, with their nodes and sample IoCs loaded. */
  related<C, I>(collectionId: string, request: RelatedRequest): Promise<RelatedEdge<C, I>[]> {
    const { viewer, nodeQuery, sampleQuery, ...options } = request;
    const key = ["related", viewer?.id ?? null, options, nodeQuery, sampleQuery];
    return this.load(key, collectionId, async (ids) => {
      const rows = await relatedCollections(this.db, ids, { viewer, ...options });
      const [collections, samples] = await Promise.all([
        this.nodes<C>(
          "collection",
          nodeQuery,
          rows.map((row) => row.collectionId),
        ),
        sampleQuery
          ? this.nodes<I>(
              "ioc",
              sampleQuery,
              rows.flatMap((row) => row.sample),
            )
          : new Map<string, I>(),
      ]);
      return groupBy(ids, rows, (row) => {
        const node = collections.get(row.collectionId);
        if (node === undefined) return null;
        return { ...row, node, sampleNodes: row.sample.flatMap((id) => samples.get(id) ?? []) };
      });
    });
  }

  relatedCount(collectionId: string, options: RelatedOptions): Promise<number> {
    const { viewer, ...rest } = options;
    return this.load(["relatedCount", viewer?.id ?? null, rest], collectionId, async (ids) => {
      const counts = await relatedCounts(this.db, ids, options);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /** Forgets everything loaded, e.g. between two events of a long-lived subscription. */
  clear(): void {
    this.loaders.clear();
  }
}

/** Each owner's items, in row order, for owners in `ids` order; rows that `toItem` drops are left out. */
function groupBy<R extends { ownerId: string }, T>(
  ids: readonly string[],
  rows: readonly R[],
  toItem: (row: R) => T | null,
): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const item = toItem(row);
    if (item !== null) groups.get(row.ownerId)?.push(item);
  }
  return ids.map((id) => groups.get(id) ?? []);
}
