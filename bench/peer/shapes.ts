// The query shapes of bench:peer, each written for both servers with the same fields and page sizes, and a
// normaliser per server that turns a response into the same plain value when both return the same data.
// PostGraphile's names are those of its amber preset over iocgraph's tables (collectionByRowId,
// collectionIocsByCollectionId, iocByIocId, enrichmentsByIocId …).

export interface Targets {
  /** The largest collection (deep, small): its row id; iocgraph's global id is derived from it. */
  collection: string;
  /** A collection tagged "enriched" (enrichment-heavy). */
  enriched: string;
  /** A pool IoC in two collections (pivot). */
  pivot: { type: string; value: string };
  /** iocgraph's over-correlation cap (CORRELATION_MAX_COLLECTIONS), mirrored by the pivot's client side. */
  correlationCap: number;
}

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface Shape {
  name: string;
  description: string;
  /** What the PostGraphile side is, when it is not a like-for-like query. */
  peerNote?: string;
  iocgraph: Request;
  postgraphile: Request;
  normalizeIocgraph(data: unknown): unknown;
  normalizePostgraphile(data: unknown): unknown;
}

// Responses are walked loosely: a shape that does not match fails the equality check, which names the shape.
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON responses of two different schemas
type Json = any;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const counts = "counts { files urls domains ipAddresses total }";
const peerCounts = "typeCounts iocCount";
const countsOf = (c: Json) => [c.files, c.urls, c.domains, c.ipAddresses, c.total];
// PostGraphile serves the stored per-kind counts as they are: a JSON object keyed by IoC type.
const peerCountsOf = (c: Json) => [
  ...["FILE", "URL", "DOMAIN", "IP_ADDRESS"].map((type) => c.typeCounts[type] ?? 0),
  c.iocCount,
];

/** deep: a collection → its first `n` IoCs → each IoC's first 10 collections' names. */
export function deep(targets: Targets, n: number): Shape {
  return {
    name: n === 500 ? "deep" : `deep N=${n}`,
    description: `largest collection → iocs(first:${n}) → each IoC's collections(first:10) { name }`,
    iocgraph: {
      query: `query Deep($id: ID!, $n: Int!) { collection(id: $id) { iocs(first: $n) { edges { node {
        value collections(first: 10) { edges { node { name } } } } } } } }`,
      variables: { id: globalId("Collection", targets.collection), n },
    },
    postgraphile: {
      query: `query Deep($id: String!, $n: Int!) { collectionByRowId(rowId: $id) {
        collectionIocsByCollectionId(first: $n, orderBy: SEQ_ASC) { nodes { iocByIocId {
          value collectionIocsByIocId(first: 10, orderBy: [ADDED_AT_DESC, COLLECTION_ID_ASC]) { nodes { collectionByCollectionId { name } } } } } } } }`,
      variables: { id: targets.collection, n },
    },
    normalizeIocgraph: (data: Json) =>
      data.collection.iocs.edges.map((e: Json) => [
        e.node.value,
        e.node.collections.edges.map((c: Json) => c.node.name),
      ]),
    normalizePostgraphile: (data: Json) =>
      data.collectionByRowId.collectionIocsByCollectionId.nodes.map((m: Json) => [
        m.iocByIocId.value,
        m.iocByIocId.collectionIocsByIocId.nodes.map((c: Json) => c.collectionByCollectionId.name),
      ]),
  };
}

function small(targets: Targets): Shape {
  return {
    name: "small",
    description: "collection(id) { name counts }",
    iocgraph: {
      query: `query Small($id: ID!) { collection(id: $id) { name ${counts} } }`,
      variables: { id: globalId("Collection", targets.collection) },
    },
    postgraphile: {
      query: `query Small($id: String!) { collectionByRowId(rowId: $id) { name ${peerCounts} } }`,
      variables: { id: targets.collection },
    },
    normalizeIocgraph: (data: Json) => [data.collection.name, countsOf(data.collection.counts)],
    normalizePostgraphile: (data: Json) => [
      data.collectionByRowId.name,
      peerCountsOf(data.collectionByRowId),
    ],
  };
}

function wide(): Shape {
  return {
    name: "wide",
    description: "collections(first:50) { name counts }, newest first",
    iocgraph: {
      query: `query Wide { collections(first: 50) { edges { node { name ${counts} } } } }`,
      variables: {},
    },
    postgraphile: {
      query: `query Wide { allCollections(first: 50, condition: { visibility: PUBLIC }, orderBy: CREATED_AT_DESC) {
        nodes { name ${peerCounts} } } }`,
      variables: {},
    },
    normalizeIocgraph: (data: Json) =>
      data.collections.edges.map((e: Json) => [e.node.name, countsOf(e.node.counts)]),
    normalizePostgraphile: (data: Json) =>
      data.allCollections.nodes.map((c: Json) => [c.name, peerCountsOf(c)]),
  };
}

/**
 * relatedCollections ranks the collections sharing IoCs with each holder (most shared first, then most
 * recently updated, then id; IoCs in more than `cap` collections do not count). PostGraphile cannot rank
 * without a function or an aggregates plugin, so its side returns what a client needs to rank them itself,
 * and the check ranks that here (untimed).
 */
function rankRelated(holder: Json, cap: number) {
  const shared = new Map<string, { name: string; updatedAt: number; id: string; shared: number }>();
  for (const membership of holder.collectionIocsByCollectionId.nodes) {
    const others = membership.iocByIocId.collectionIocsByIocId.nodes.map(
      (m: Json) => m.collectionByCollectionId,
    );
    if (others.length > cap) continue;
    for (const other of others) {
      if (other.rowId === holder.rowId) continue;
      const entry = shared.get(other.rowId) ?? {
        name: other.name,
        updatedAt: Date.parse(other.updatedAt),
        id: other.rowId,
        shared: 0,
      };
      entry.shared++;
      shared.set(other.rowId, entry);
    }
  }
  return [...shared.values()]
    .sort((a, b) => b.shared - a.shared || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map((entry) => [entry.shared, entry.name]);
}

function pivot(targets: Targets): Shape {
  const cap = targets.correlationCap;
  return {
    name: "pivot",
    description: "ioc(value) → collections(first:10) → relatedCollections(first:5) { sharedIocs name }",
    peerNote:
      "PostGraphile has no relatedCollections (a ranking by shared IoCs needs a function or an aggregates " +
      "plugin): its side is the IoC → its collections(first:10) → all their IoCs → each IoC's " +
      `collections(first:${cap + 1}), from which a client ranks them itself (the check does, untimed)`,
    iocgraph: {
      query: `query Pivot($value: String!) { ioc(value: $value) { collections(first: 10) { edges { node {
        name relatedCollections(first: 5) { edges { sharedIocs node { name } } } } } } } }`,
      variables: { value: targets.pivot.value },
    },
    postgraphile: {
      query: `query Pivot($type: IocType!, $value: String!, $cap: Int!) {
        allIocs(condition: { type: $type, value: $value }, first: 1) { nodes {
          collectionIocsByIocId(first: 10, orderBy: [ADDED_AT_DESC, COLLECTION_ID_ASC]) { nodes { collectionByCollectionId { rowId name
            collectionIocsByCollectionId { nodes { iocByIocId { collectionIocsByIocId(first: $cap) { nodes {
              collectionByCollectionId { rowId name updatedAt } } } } } } } } } } } }`,
      variables: { ...targets.pivot, cap: cap + 1 },
    },
    normalizeIocgraph: (data: Json) =>
      data.ioc.collections.edges.map((e: Json) => [
        e.node.name,
        e.node.relatedCollections.edges.map((r: Json) => [r.sharedIocs, r.node.name]),
      ]),
    normalizePostgraphile: (data: Json) =>
      data.allIocs.nodes[0].collectionIocsByIocId.nodes.map((m: Json) => [
        m.collectionByCollectionId.name,
        rankRelated(m.collectionByCollectionId, cap),
      ]),
  };
}

const enrichmentFields = "status fetchedAt firstSeen lastSeen tags reputation";
const detectionFields = "malicious suspicious harmless undetected timeout total";
const typedFields: Record<string, string[]> = {
  FILE: ["size", "typeDescription", "names"],
  DOMAIN: ["registrar", "creationDate", "categories"],
  IP_ADDRESS: ["country", "asn", "asOwner", "network"],
  URL: ["finalUrl", "title", "httpResponseCode"],
};
const typeOf: Record<string, string> = {
  File: "FILE",
  Domain: "DOMAIN",
  IpAddress: "IP_ADDRESS",
  Url: "URL",
};
const time = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** One IoC with its enrichment, the same way from either side. */
function enrichedIoc(type: string, value: string, e: Json, detections: Json, typed: Json) {
  const fields = typedFields[type].map((field) => {
    const v = typed[field];
    if (field === "size") return v === null ? null : Number(v);
    return field === "creationDate" ? time(v) : v;
  });
  const d = detections && [detections.malicious, detections.suspicious, detections.harmless];
  const rest = detections && [detections.undetected, detections.timeout, detections.total];
  return [type, value, e.status, time(e.fetchedAt), time(e.firstSeen), time(e.lastSeen), e.tags, e.reputation]
    .concat([d, rest, fields])
    .flat();
}

function enrichment(targets: Targets): Shape {
  return {
    name: "enrichment",
    description: "collection → iocs(first:200) with their enrichment fields",
    iocgraph: {
      query: `query Enriched($id: ID!) { collection(id: $id) { iocs(first: 200) { edges { node {
        __typename value enrichment { ${enrichmentFields} detections { ${detectionFields} } }
        ... on File { ${typedFields.FILE.join(" ")} }
        ... on Domain { ${typedFields.DOMAIN.join(" ")} }
        ... on IpAddress { ${typedFields.IP_ADDRESS.join(" ")} }
        ... on Url { ${typedFields.URL.join(" ")} } } } } } }`,
      variables: { id: globalId("Collection", targets.enriched) },
    },
    postgraphile: {
      query: `query Enriched($id: String!) { collectionByRowId(rowId: $id) {
        collectionIocsByCollectionId(first: 200, orderBy: SEQ_ASC) { nodes { iocByIocId {
          type value enrichmentsByIocId(first: 1) { nodes { ${enrichmentFields} ${detectionFields}
            ${Object.values(typedFields).flat().join(" ")} } } } } } } }`,
      variables: { id: targets.enriched },
    },
    normalizeIocgraph: (data: Json) =>
      data.collection.iocs.edges.map(({ node }: Json) =>
        enrichedIoc(typeOf[node.__typename], node.value, node.enrichment, node.enrichment.detections, node),
      ),
    normalizePostgraphile: (data: Json) =>
      data.collectionByRowId.collectionIocsByCollectionId.nodes.map(({ iocByIocId: ioc }: Json) => {
        const e = ioc.enrichmentsByIocId.nodes[0];
        return enrichedIoc(ioc.type, ioc.value, e, e.total === null ? null : e, e);
      }),
  };
}

/** The measured shapes, in the order they run in each round. */
export function shapes(targets: Targets): Shape[] {
  return [deep(targets, 500), small(targets), wide(), pivot(targets), enrichment(targets)];
}
