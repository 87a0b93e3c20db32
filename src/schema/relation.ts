// The graph between IoCs: Ioc.relationships, typed shortcuts per IoC type, and Collection.relatedCollections.
// Reads go through per-request loaders (src/graph/loaders.ts): a page of edges for every IoC of a list is one
// batch, and the nodes are loaded with the selection the client asked for (plugin-prisma queryFromInfo).
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { jsonCursor, offsetCursor } from "../cursors.js";
import type { IocType } from "../extraction/types.js";
import type { EdgeWithNode, NodeQuery, RelatedEdge } from "../graph/loaders.js";
import { edgeCursorJson, edgeCursorOf } from "../graph/queries.js";
import { type RelationSpec, reverseSpec, specFor } from "../graph/relations.js";
import { CollectionRef } from "./collection.js";
import { IocTypeEnum } from "./common.js";
import { connectionRef, DEFAULT_PAGE_SIZE, type PageArgs, paginate } from "./connection.js";
import { DomainRef, FileRef, IocRef, IpAddressRef, UrlRef } from "./ioc.js";
import { selects } from "./selection.js";

const SAMPLE_SIZE = 5;

type IocShape = typeof IocRef.$inferType;
type Edge = EdgeWithNode<IocShape> & { cursor: string };

const edgeCursor = jsonCursor(edgeCursorJson.write, edgeCursorJson.read);

function nodeQuery(ctx: Context, info: GraphQLResolveInfo, path: string[]): NodeQuery {
  return queryFromInfo({ context: ctx, info, path });
}

/** One page of `spec` edges of `iocId`, as a Relay connection. */
async function edgePage(
  ctx: Context,
  info: GraphQLResolveInfo,
  iocId: string,
  spec: RelationSpec,
  args: PageArgs,
) {
  const page = await paginate(args, {
    codec: edgeCursor,
    keyOf: (edge: EdgeWithNode<IocShape>) => edgeCursorOf(edge),
    maxSize: ctx.limits.maxPageSize,
    load: ({ after, limit }) =>
      ctx.graph.relationships<IocShape>(iocId, {
        spec,
        viewer: ctx.viewer,
        limit,
        after: after ?? null,
        nodeQuery: nodeQuery(ctx, info, ["edges", "node"]),
      }),
    edge: (edge) => edge,
    count: () => ctx.graph.relationshipCount(iocId, spec, ctx.viewer),
  });
  return page;
}

/** The single node of a to-one relation (a URL's host, a domain's parent), or null. */
async function singleNode(ctx: Context, info: GraphQLResolveInfo, iocId: string, spec: RelationSpec) {
  const [edge] = await ctx.graph.relationships<IocShape>(iocId, {
    spec,
    viewer: ctx.viewer,
    limit: 1,
    after: null,
    nodeQuery: nodeQuery(ctx, info, []),
  });
  return edge?.node ?? null;
}

const RelationOriginDescription =
  "Where the edge comes from: `derived` (follows from the values themselves, e.g. a URL's host) or the " +
  "provider that reported it (e.g. `virustotal`).";

// One connection type per node type, shared by every field whose nodes have that type.
function relationshipConnection(name: string, type: typeof IocRef | typeof FileRef) {
  const edge = builder.objectRef<Edge>(`${name}RelationshipEdge`).implement({
    description: "An edge of the IoC graph, read from the IoC the list belongs to.",
    fields: (t) => ({
      cursor: t.exposeString("cursor"),
      node: t.field({ type, resolve: (e) => e.node }),
      relation: t.exposeString("relation", {
        description:
          "The relation as read from this side, in VirusTotal's names: `resolutions`, `contacted_domains`, " +
          "`network_location`, `parent`, and reverse readings such as `subdomains`, `urls` or " +
          "`communicating_files`.",
      }),
      firstSeen: t.expose("firstSeen", {
        type: "DateTime",
        nullable: true,
        description:
          "When the relation was first observed; null when the source gives no date (derived edges).",
      }),
      lastSeen: t.expose("lastSeen", {
        type: "DateTime",
        nullable: true,
        description:
          "When the relation was last observed; null when the source gives no date (derived edges).",
      }),
      origin: t.exposeString("origin", { description: RelationOriginDescription }),
    }),
  });
  return connectionRef(`${name}RelationshipConnection`, edge, `A page of edges to ${name} nodes.`);
}

const IocRelationshipConnection = relationshipConnection("Ioc", IocRef);
const FileRelationshipConnection = relationshipConnection("File", FileRef);
const DomainRelationshipConnection = relationshipConnection("Domain", DomainRef);
const IpAddressRelationshipConnection = relationshipConnection("IpAddress", IpAddressRef);
const UrlRelationshipConnection = relationshipConnection("Url", UrlRef);

const ORDER_NOTE =
  " Ordered by relation, then most recently seen first (undated edges last). Pages forward with `first`/`after`.";

builder.prismaInterfaceField(IocRef, "relationships", (t) =>
  t.field({
    type: IocRelationshipConnection,
    description:
      "The IoCs this one is related to, in VirusTotal's relation names, in both directions: an edge " +
      "stored as `a.example.com parent example.com` is read from example.com as `subdomains`." +
      ORDER_NOTE,
    args: {
      relation: t.arg.string({
        description: "Only this relation (e.g. `resolutions`, `contacted_domains`, `subdomains`).",
      }),
      first: t.arg.int({ description: `At most this many edges (default ${DEFAULT_PAGE_SIZE}).` }),
      after: t.arg.string({ description: "The `endCursor` of the previous page." }),
    },
    resolve: (ioc, args, ctx, info) => edgePage(ctx, info, ioc.id, specFor(args.relation), args),
  }),
);

type ConnectionRef =
  | typeof IocRelationshipConnection
  | typeof FileRelationshipConnection
  | typeof DomainRelationshipConnection
  | typeof IpAddressRelationshipConnection
  | typeof UrlRelationshipConnection;

type VariantRef = typeof FileRef;

/** A typed shortcut: a connection over one relation, with nodes of one type. */
function shortcut(
  ref: VariantRef,
  name: string,
  connection: ConnectionRef,
  spec: RelationSpec,
  description: string,
) {
  builder.prismaObjectField(ref, name, (t) =>
    t.field({
      type: connection as typeof IocRelationshipConnection,
      description: description + ORDER_NOTE,
      args: {
        first: t.arg.int({ description: `At most this many edges (default ${DEFAULT_PAGE_SIZE}).` }),
        after: t.arg.string({ description: "The `endCursor` of the previous page." }),
      },
      resolve: (ioc, args, ctx, info) => edgePage(ctx, info, ioc.id, spec, args),
    }),
  );
}

/** A to-one shortcut: the node of the most recent edge, or null. */
function single(
  ref: VariantRef,
  name: string,
  type: typeof IocRef | typeof FileRef,
  spec: RelationSpec,
  description: string,
) {
  builder.prismaObjectField(ref, name, (t) =>
    t.field({
      type,
      nullable: true,
      description,
      resolve: (ioc, _args, ctx, info) => singleNode(ctx, info, ioc.id, spec),
    }),
  );
}

const only = (name: string, ...types: IocType[]) => specFor(name, types);

// File
shortcut(
  FileRef,
  "contactedDomains",
  DomainRelationshipConnection,
  only("contacted_domains", "DOMAIN"),
  "Domains the file contacted when run (sandbox reports).",
);
shortcut(
  FileRef,
  "contactedIps",
  IpAddressRelationshipConnection,
  only("contacted_ips", "IP_ADDRESS"),
  "IP addresses the file contacted when run.",
);
shortcut(
  FileRef,
  "contactedUrls",
  UrlRelationshipConnection,
  only("contacted_urls", "URL"),
  "URLs the file contacted when run.",
);
shortcut(
  FileRef,
  "droppedFiles",
  FileRelationshipConnection,
  only("dropped_files", "FILE"),
  "Files the file wrote to disk when run.",
);
shortcut(
  FileRef,
  "executionParents",
  FileRelationshipConnection,
  only("execution_parents", "FILE"),
  "Files that executed or dropped this one.",
);
shortcut(
  FileRef,
  "droppedBy",
  FileRelationshipConnection,
  only("dropped_by", "FILE"),
  "Files that dropped this one (the reverse of `droppedFiles`).",
);

// Domain
shortcut(
  DomainRef,
  "resolutions",
  IpAddressRelationshipConnection,
  only("resolutions", "IP_ADDRESS"),
  "IP addresses the domain resolved to (passive DNS), with when each resolution was seen.",
);
shortcut(
  DomainRef,
  "subdomains",
  DomainRelationshipConnection,
  only("subdomains", "DOMAIN"),
  "Subdomains one label down that iocgraph knows (a.example.com for example.com).",
);
single(
  DomainRef,
  "parent",
  DomainRef,
  only("parent", "DOMAIN"),
  "The domain one label up (example.com for a.example.com), up to the registrable domain by the public " +
    "suffix list; null for a registrable domain.",
);
shortcut(
  DomainRef,
  "urls",
  UrlRelationshipConnection,
  reverseSpec(["network_location"], ["URL"]),
  "URLs whose host is this domain.",
);
shortcut(
  DomainRef,
  "communicatingFiles",
  FileRelationshipConnection,
  only("communicating_files", "FILE"),
  "Files that contacted this domain when run.",
);

// IpAddress
shortcut(
  IpAddressRef,
  "resolutions",
  DomainRelationshipConnection,
  only("resolutions", "DOMAIN"),
  "Domains that resolved to this address (passive DNS), with when each resolution was seen.",
);
shortcut(
  IpAddressRef,
  "urls",
  UrlRelationshipConnection,
  only("urls", "URL"),
  "URLs whose host is this address or that were last served from it.",
);
shortcut(
  IpAddressRef,
  "communicatingFiles",
  FileRelationshipConnection,
  only("communicating_files", "FILE"),
  "Files that contacted this address when run.",
);

// Url
single(
  UrlRef,
  "networkLocation",
  IocRef,
  only("network_location", "DOMAIN", "IP_ADDRESS"),
  "The URL's host: a Domain or an IpAddress.",
);
single(
  UrlRef,
  "lastServingIpAddress",
  IpAddressRef,
  only("last_serving_ip_address", "IP_ADDRESS"),
  "The IP address that last served the URL.",
);
shortcut(
  UrlRef,
  "redirectsTo",
  UrlRelationshipConnection,
  only("redirects_to", "URL"),
  "URLs this one redirected to.",
);
shortcut(
  UrlRef,
  "redirectingUrls",
  UrlRelationshipConnection,
  only("redirecting_urls", "URL"),
  "URLs that redirected to this one.",
);
shortcut(
  UrlRef,
  "communicatingFiles",
  FileRelationshipConnection,
  only("communicating_files", "FILE"),
  "Files that contacted this URL when run.",
);

// ---- Related collections ---------------------------------------------------------------------------------

type RelatedEdgeShape = RelatedEdge<typeof CollectionRef.$inferType, IocShape> & {
  cursor: string;
  offset: number;
};

const RelatedCollectionEdge = builder.objectRef<RelatedEdgeShape>("RelatedCollectionEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.field({ type: CollectionRef, resolve: (edge) => edge.node }),
    sharedIocs: t.exposeInt("shared", {
      description: "How many IoCs the two collections share (IoCs over the correlation cap not counted).",
    }),
    sharedIocSample: t.field({
      type: [IocRef],
      description: `Up to ${SAMPLE_SIZE} of the shared IoCs, the most recently added to the related collection first.`,
      resolve: (edge) => edge.sampleNodes,
    }),
  }),
});

const RelatedCollectionConnection = connectionRef(
  "RelatedCollectionConnection",
  RelatedCollectionEdge,
  "Collections that share IoCs with a collection, the most shared first.",
);

builder.prismaObjectField(CollectionRef, "relatedCollections", (t) =>
  t.field({
    type: RelatedCollectionConnection,
    description:
      "Collections you may see listed that share IoCs with this one (like VirusTotal's related collections, " +
      "MISP's correlation), ordered by `sharedIocs`, ties broken by the most recently updated. IoCs held by " +
      "more collections than the server's correlation cap (CORRELATION_MAX_COLLECTIONS; think 8.8.8.8) do not " +
      "count. With `type`, only IoCs of that type count: e.g. the collections sharing the most domains.",
    args: {
      first: t.arg.int({ description: `At most this many collections (default ${DEFAULT_PAGE_SIZE}).` }),
      after: t.arg.string({ description: "The `endCursor` of the previous page." }),
      type: t.arg({ type: IocTypeEnum, description: "Only shared IoCs of this type count." }),
    },
    resolve: async (collection, args, ctx, info) => {
      const options = {
        viewer: ctx.viewer,
        maxCollectionsPerIoc: ctx.limits.maxCorrelatingCollections,
        type: args.type ?? null,
        sampleSize: SAMPLE_SIZE,
      };
      const page = await paginate(args, {
        codec: offsetCursor,
        keyOf: (edge: RelatedEdge<typeof CollectionRef.$inferType, IocShape> & { offset: number }) =>
          edge.offset,
        maxSize: ctx.limits.maxPageSize,
        load: async ({ after, limit }) => {
          const offset = after === undefined ? 0 : after + 1;
          const edges = await ctx.graph.related<typeof CollectionRef.$inferType, IocShape>(collection.id, {
            ...options,
            limit,
            offset,
            nodeQuery: nodeQuery(ctx, info, ["edges", "node"]),
            sampleQuery: selects(info, ["edges", "sharedIocSample"])
              ? nodeQuery(ctx, info, ["edges", "sharedIocSample"])
              : null,
          });
          return edges.map((edge, index) => ({ ...edge, offset: offset + index }));
        },
        edge: (edge) => edge,
        count: () => ctx.graph.relatedCount(collection.id, options),
      });
      return page;
    },
  }),
);
