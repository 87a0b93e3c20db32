/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a change did to a collection. */
export type CollectionChangeKind =
  /** The collection was created, with its first IoCs. Seen in history and feeds, and by `collectionUpdated` only when replaying from before the collection existed. */
  | 'CREATED'
  /** The collection was deleted. The last event of its `collectionUpdated` stream. */
  | 'DELETED'
  /** IoCs were added. */
  | 'IOCS_ADDED'
  /** IoCs were removed. */
  | 'IOCS_REMOVED'
  /** The collection's own fields changed: name, description, tags, visibility or metadata (`changes` says which, with their old and new values). */
  | 'UPDATED';

/** What a collection is about (VirusTotal's collection types). */
export type CollectionType =
  /** A campaign: a set of intrusions with a common goal. */
  | 'CAMPAIGN'
  /** A malware family. */
  | 'MALWARE_FAMILY'
  /** Anything else. */
  | 'OTHER'
  /** A report: the IoCs of one publication or investigation (the default). */
  | 'REPORT'
  /** A tool or toolkit (legitimate or offensive) used by attackers. */
  | 'SOFTWARE_TOOLKIT'
  /** A threat actor or intrusion set. */
  | 'THREAT_ACTOR'
  /** A vulnerability and its exploitation. */
  | 'VULNERABILITY';

/** Where an IoC's enrichment stands. */
export type EnrichmentStatus =
  /** The lookup failed for good, or the provider refused our credentials: see `error`. */
  | 'ERROR'
  /** Fetched within the freshness TTL (ENRICHMENT_TTL_HOURS). */
  | 'FRESH'
  /** The provider does not know this IoC (VirusTotal's NotFoundError). */
  | 'NOT_FOUND'
  /** Queued: the provider has not been asked yet. */
  | 'PENDING'
  /** Fetched longer ago than the TTL; a new lookup is queued or will be. */
  | 'STALE';

/** The kinds of indicator of compromise iocgraph stores. */
export type IocType =
  /** A domain name (a valid public suffix, or .onion). */
  | 'DOMAIN'
  /** A file, known by its MD5, SHA-1 and/or SHA-256 hash. */
  | 'FILE'
  /** An IPv4 or IPv6 address. */
  | 'IP_ADDRESS'
  /** A URL. */
  | 'URL';

/** Traffic Light Protocol 2.0 (FIRST): how far the collection may be shared. Exports carry it (STIX marking-definitions, MISP `tlp:` tags) and imports read it. AMBER_STRICT and RED also keep the collection's IoCs from the enrichment provider: an IoC held only by such collections is never looked up. */
export type Tlp =
  /** TLP:AMBER — the recipient's organisation and its clients, on a need-to-know basis. */
  | 'AMBER'
  /** TLP:AMBER+STRICT — the recipient's organisation only. Never sent to the enrichment provider. */
  | 'AMBER_STRICT'
  /** TLP:CLEAR — no limit on disclosure (the default). */
  | 'CLEAR'
  /** TLP:GREEN — the recipient's community, not public channels. */
  | 'GREEN'
  /** TLP:RED — the named recipients only. Never sent to the enrichment provider. */
  | 'RED';

/** Who can see a collection. */
export type Visibility =
  /** Only its owner. */
  | 'PRIVATE'
  /** Everyone, including anonymous readers; listed in searches. */
  | 'PUBLIC'
  /** Anyone who has its id; not listed in searches or on its IoCs. */
  | 'UNLISTED';

type PageIocRow_Domain_Fragment = { __typename: 'Domain', id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, resolvedAddresses: Array<{ address: string, country: string | null, asn: number | null, asOwner: string | null }>, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> };

type PageIocRow_File_Fragment = { __typename: 'File', typeDescription: string | null, size: number | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> };

type PageIocRow_IpAddress_Fragment = { __typename: 'IpAddress', country: string | null, asn: number | null, asOwner: string | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> };

type PageIocRow_Url_Fragment = { __typename: 'Url', httpResponseCode: number | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> };

export type PageIocRowFragment =
  | PageIocRow_Domain_Fragment
  | PageIocRow_File_Fragment
  | PageIocRow_IpAddress_Fragment
  | PageIocRow_Url_Fragment
;

export type PageCollectionCursorQueryVariables = Exact<{
  id: string | number;
}>;


export type PageCollectionCursorQuery = { collectionChanges: { edges: Array<{ cursor: string }> } | null };

export type PageCollectionQueryVariables = Exact<{
  id: string | number;
  type?: IocType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PageCollectionQuery = { collection: { id: string, name: string, description: string, tags: Array<string>, visibility: Visibility, tlp: Tlp, collectionType: CollectionType, altNames: Array<string>, targetedIndustries: Array<string>, targetedRegions: Array<string>, sourceRegion: string | null, permalink: string, createdAt: string, updatedAt: string, references: Array<{ url: string, title: string | null }>, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number }, iocs: { edges: Array<{ addedAt: string, node:
          | { __typename: 'Domain', id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, resolvedAddresses: Array<{ address: string, country: string | null, asn: number | null, asOwner: string | null }>, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> }
          | { __typename: 'File', typeDescription: string | null, size: number | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> }
          | { __typename: 'IpAddress', country: string | null, asn: number | null, asOwner: string | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> }
          | { __typename: 'Url', httpResponseCode: number | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, total: number } | null } | null, warnings: Array<{ list: string, reason: string }> }
         }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type PageCollectionAsideQueryVariables = Exact<{
  id: string | number;
  list: number;
  tags: number;
}>;


export type PageCollectionAsideQuery = { collection: { aggregatedTags: Array<{ tag: string, count: number }>, stats: { enriched: number, malicious: number, suspicious: number, clean: number, pending: number, notFound: number, errors: number, warned: number, detections: Array<{ min: number, max: number | null, count: number }>, countries: Array<{ value: string, count: number }>, asns: Array<{ asn: number, asOwner: string | null, count: number }>, fileTypes: Array<{ value: string, count: number }>, warnings: Array<{ list: string, count: number }> }, relatedCollections: { edges: Array<{ sharedIocs: number, node: { id: string, name: string, owner: { name: string }, counts: { total: number } } }> } } | null };

export type PageCollectionLiveSubscriptionVariables = Exact<{
  id: string | number;
  since?: string | null | undefined;
}>;


export type PageCollectionLiveSubscription = { collectionUpdated: { cursor: string, kind: CollectionChangeKind } };

export type PageIocQueryVariables = Exact<{
  value: string;
  first: number;
  after?: string | null | undefined;
  relationsAfter?: string | null | undefined;
}>;


export type PageIocQuery = { ioc:
    | { __typename: 'Domain', registrar: string | null, creationDate: string | null, categories: Array<string>, createdAt: string, permalink: string, firstSighted: string | null, lastSighted: string | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, provider: string, fetchedAt: string | null, error: string | null, tags: Array<string>, reputation: number | null, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, harmless: number, undetected: number, timeout: number, total: number } | null } | null, relationships: { edges: Array<{ relation: string, origin: string, firstSeen: string | null, lastSeen: string | null, node:
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, collections: { totalCount: number, edges: Array<{ addedAt: string, node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, resolvedAddresses: Array<{ address: string, country: string | null, asn: number | null, asOwner: string | null }>, warnings: Array<{ list: string, reason: string }> }
    | { __typename: 'File', md5: string | null, sha1: string | null, sha256: string | null, names: Array<string>, meaningfulName: string | null, createdAt: string, permalink: string, firstSighted: string | null, lastSighted: string | null, typeDescription: string | null, size: number | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, provider: string, fetchedAt: string | null, error: string | null, tags: Array<string>, reputation: number | null, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, harmless: number, undetected: number, timeout: number, total: number } | null } | null, relationships: { edges: Array<{ relation: string, origin: string, firstSeen: string | null, lastSeen: string | null, node:
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, collections: { totalCount: number, edges: Array<{ addedAt: string, node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, warnings: Array<{ list: string, reason: string }> }
    | { __typename: 'IpAddress', network: string | null, createdAt: string, permalink: string, firstSighted: string | null, lastSighted: string | null, country: string | null, asn: number | null, asOwner: string | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, provider: string, fetchedAt: string | null, error: string | null, tags: Array<string>, reputation: number | null, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, harmless: number, undetected: number, timeout: number, total: number } | null } | null, relationships: { edges: Array<{ relation: string, origin: string, firstSeen: string | null, lastSeen: string | null, node:
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, collections: { totalCount: number, edges: Array<{ addedAt: string, node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, warnings: Array<{ list: string, reason: string }> }
    | { __typename: 'Url', finalUrl: string | null, title: string | null, createdAt: string, permalink: string, firstSighted: string | null, lastSighted: string | null, httpResponseCode: number | null, id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { status: EnrichmentStatus, provider: string, fetchedAt: string | null, error: string | null, tags: Array<string>, reputation: number | null, firstSeen: string | null, lastSeen: string | null, detections: { malicious: number, suspicious: number, harmless: number, undetected: number, timeout: number, total: number } | null } | null, relationships: { edges: Array<{ relation: string, origin: string, firstSeen: string | null, lastSeen: string | null, node:
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
            | { id: string, type: IocType, value: string, detectionRatio: string | null, defanged: string, enrichment: { detections: { malicious: number, suspicious: number } | null } | null }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, collections: { totalCount: number, edges: Array<{ addedAt: string, node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, warnings: Array<{ list: string, reason: string }> }
   | null };

export type PageCollectionCardFragment = { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } };

export type PageHomeQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  tag?: string | null | undefined;
}>;


export type PageHomeQuery = { collections: { edges: Array<{ node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PageSearchQueryVariables = Exact<{
  first: number;
  text: string;
}>;


export type PageSearchQuery = { byText: { edges: Array<{ node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }> }, byTag: { edges: Array<{ node: { id: string, name: string, description: string, tags: Array<string>, tlp: Tlp, updatedAt: string, owner: { name: string }, counts: { files: number, urls: number, domains: number, ipAddresses: number, total: number } } }> } };

export type PageIocProbeQueryVariables = Exact<{
  value: string;
}>;


export type PageIocProbeQuery = { ioc:
    | { value: string }
    | { value: string }
    | { value: string }
    | { value: string }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageIocRowFragmentDoc = new TypedDocumentString(`
    fragment PageIocRow on Ioc {
  __typename
  id
  type
  value
  defanged: value(defanged: true)
  detectionRatio
  enrichment {
    status
    firstSeen
    lastSeen
    detections {
      malicious
      suspicious
      total
    }
  }
  ... on File {
    typeDescription
    size
  }
  ... on IpAddress {
    country
    asn
    asOwner
  }
  ... on Domain {
    resolvedAddresses {
      address
      country
      asn
      asOwner
    }
  }
  ... on Url {
    httpResponseCode
  }
  warnings {
    list
    reason
  }
}
    `, {"fragmentName":"PageIocRow"}) as unknown as TypedDocumentString<PageIocRowFragment, unknown>;
export const PageCollectionCardFragmentDoc = new TypedDocumentString(`
    fragment PageCollectionCard on Collection {
  id
  name
  description
  tags
  tlp
  updatedAt
  owner {
    name
  }
  counts {
    files
    urls
    domains
    ipAddresses
    total
  }
}
    `, {"fragmentName":"PageCollectionCard"}) as unknown as TypedDocumentString<PageCollectionCardFragment, unknown>;
export const PageCollectionCursorDocument = new TypedDocumentString(`
    query PageCollectionCursor($id: ID!) {
  collectionChanges(id: $id, last: 1) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<PageCollectionCursorQuery, PageCollectionCursorQueryVariables>;
export const PageCollectionDocument = new TypedDocumentString(`
    query PageCollection($id: ID!, $type: IocType, $first: Int, $after: String, $last: Int, $before: String) {
  collection(id: $id) {
    id
    name
    description
    tags
    visibility
    tlp
    collectionType
    altNames
    references {
      url
      title
    }
    targetedIndustries
    targetedRegions
    sourceRegion
    permalink
    createdAt
    updatedAt
    owner {
      name
    }
    counts {
      files
      urls
      domains
      ipAddresses
      total
    }
    iocs(type: $type, first: $first, after: $after, last: $last, before: $before) {
      edges {
        addedAt
        node {
          ...PageIocRow
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    fragment PageIocRow on Ioc {
  __typename
  id
  type
  value
  defanged: value(defanged: true)
  detectionRatio
  enrichment {
    status
    firstSeen
    lastSeen
    detections {
      malicious
      suspicious
      total
    }
  }
  ... on File {
    typeDescription
    size
  }
  ... on IpAddress {
    country
    asn
    asOwner
  }
  ... on Domain {
    resolvedAddresses {
      address
      country
      asn
      asOwner
    }
  }
  ... on Url {
    httpResponseCode
  }
  warnings {
    list
    reason
  }
}`) as unknown as TypedDocumentString<PageCollectionQuery, PageCollectionQueryVariables>;
export const PageCollectionAsideDocument = new TypedDocumentString(`
    query PageCollectionAside($id: ID!, $list: Int!, $tags: Int!) {
  collection(id: $id) {
    aggregatedTags(first: $tags) {
      tag
      count
    }
    stats {
      enriched
      malicious
      suspicious
      clean
      pending
      notFound
      errors
      detections {
        min
        max
        count
      }
      countries(first: $list) {
        value
        count
      }
      asns(first: $list) {
        asn
        asOwner
        count
      }
      fileTypes(first: $list) {
        value
        count
      }
      warned
      warnings(first: $list) {
        list
        count
      }
    }
    relatedCollections(first: $list) {
      edges {
        sharedIocs
        node {
          id
          name
          owner {
            name
          }
          counts {
            total
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageCollectionAsideQuery, PageCollectionAsideQueryVariables>;
export const PageCollectionLiveDocument = new TypedDocumentString(`
    subscription PageCollectionLive($id: ID!, $since: String) {
  collectionUpdated(id: $id, since: $since) {
    cursor
    kind
  }
}
    `) as unknown as TypedDocumentString<PageCollectionLiveSubscription, PageCollectionLiveSubscriptionVariables>;
export const PageIocDocument = new TypedDocumentString(`
    query PageIoc($value: String!, $first: Int!, $after: String, $relationsAfter: String) {
  ioc(value: $value) {
    ...PageIocRow
    createdAt
    permalink
    firstSighted
    lastSighted
    enrichment {
      status
      provider
      fetchedAt
      error
      detections {
        malicious
        suspicious
        harmless
        undetected
        timeout
        total
      }
      tags
      reputation
    }
    ... on File {
      md5
      sha1
      sha256
      names
      meaningfulName
    }
    ... on Domain {
      registrar
      creationDate
      categories
    }
    ... on IpAddress {
      network
    }
    ... on Url {
      finalUrl
      title
    }
    relationships(first: $first, after: $relationsAfter) {
      edges {
        relation
        origin
        firstSeen
        lastSeen
        node {
          id
          type
          value
          defanged: value(defanged: true)
          detectionRatio
          enrichment {
            detections {
              malicious
              suspicious
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    collections(first: $first, after: $after) {
      totalCount
      edges {
        addedAt
        node {
          ...PageCollectionCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PageIocRow on Ioc {
  __typename
  id
  type
  value
  defanged: value(defanged: true)
  detectionRatio
  enrichment {
    status
    firstSeen
    lastSeen
    detections {
      malicious
      suspicious
      total
    }
  }
  ... on File {
    typeDescription
    size
  }
  ... on IpAddress {
    country
    asn
    asOwner
  }
  ... on Domain {
    resolvedAddresses {
      address
      country
      asn
      asOwner
    }
  }
  ... on Url {
    httpResponseCode
  }
  warnings {
    list
    reason
  }
}
fragment PageCollectionCard on Collection {
  id
  name
  description
  tags
  tlp
  updatedAt
  owner {
    name
  }
  counts {
    files
    urls
    domains
    ipAddresses
    total
  }
}`) as unknown as TypedDocumentString<PageIocQuery, PageIocQueryVariables>;
export const PageHomeDocument = new TypedDocumentString(`
    query PageHome($first: Int!, $after: String, $tag: String) {
  collections(first: $first, after: $after, filter: {tag: $tag}) {
    edges {
      node {
        ...PageCollectionCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PageCollectionCard on Collection {
  id
  name
  description
  tags
  tlp
  updatedAt
  owner {
    name
  }
  counts {
    files
    urls
    domains
    ipAddresses
    total
  }
}`) as unknown as TypedDocumentString<PageHomeQuery, PageHomeQueryVariables>;
export const PageSearchDocument = new TypedDocumentString(`
    query PageSearch($first: Int!, $text: String!) {
  byText: collections(first: $first, filter: {search: $text}) {
    edges {
      node {
        ...PageCollectionCard
      }
    }
  }
  byTag: collections(first: $first, filter: {tag: $text}) {
    edges {
      node {
        ...PageCollectionCard
      }
    }
  }
}
    fragment PageCollectionCard on Collection {
  id
  name
  description
  tags
  tlp
  updatedAt
  owner {
    name
  }
  counts {
    files
    urls
    domains
    ipAddresses
    total
  }
}`) as unknown as TypedDocumentString<PageSearchQuery, PageSearchQueryVariables>;
export const PageIocProbeDocument = new TypedDocumentString(`
    query PageIocProbe($value: String!) {
  ioc(value: $value) {
    value
  }
}
    `) as unknown as TypedDocumentString<PageIocProbeQuery, PageIocProbeQueryVariables>;