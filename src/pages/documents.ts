// The GraphQL documents the pages execute (typed by codegen: npm run codegen writes src/pages/gql/).
import { graphql } from "./gql/index.js";

/** One IoC as a table row shows it: its value both ways and the enrichment that fits its kind. */
export const IocRowFields = graphql(`
  fragment PageIocRow on Ioc {
    __typename
    id
    type
    value
    defanged: value(defanged: true)
    detectionRatio
    enrichment { status firstSeen lastSeen detections { malicious suspicious total } }
    ... on File { typeDescription size }
    ... on IpAddress { country asn asOwner }
    ... on Domain { resolvedAddresses { address country asn asOwner } }
    ... on Url { httpResponseCode }
    warnings { list reason }
  }
`);

/** Where the collection's change log stands: read before the page, so live updates resume from it. */
export const PageCollectionCursor = graphql(`
  query PageCollectionCursor($id: ID!) {
    collectionChanges(id: $id, last: 1) { edges { cursor } }
  }
`);

/** The permalink's first part: the collection and a page of its IoCs (page sizes stay within MAX_PAGE_SIZE). */
export const PageCollection = graphql(`
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
      references { url title }
      targetedIndustries
      targetedRegions
      sourceRegion
      permalink
      createdAt
      updatedAt
      owner { name }
      counts { files urls domains ipAddresses total }
      iocs(type: $type, first: $first, after: $after, last: $last, before: $before) {
        edges { addedAt node { ...PageIocRow } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

/**
 * The permalink's side column: aggregates over every IoC of the collection, the costly part of a large one,
 * so the page streams it after the IoC table.
 */
export const PageCollectionAside = graphql(`
  query PageCollectionAside($id: ID!, $list: Int!, $tags: Int!) {
    collection(id: $id) {
      aggregatedTags(first: $tags) { tag count }
      stats {
        enriched
        malicious
        suspicious
        clean
        pending
        notFound
        errors
        detections { min max count }
        countries(first: $list) { value count }
        asns(first: $list) { asn asOwner count }
        fileTypes(first: $list) { value count }
        warned
        warnings(first: $list) { list count }
      }
      relatedCollections(first: $list) {
        edges { sharedIocs node { id name owner { name } counts { total } } }
      }
    }
  }
`);

/** What the page's EventSource subscribes to: the page refetches itself on each event. */
export const PageCollectionLive = graphql(`
  subscription PageCollectionLive($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) { cursor kind }
  }
`);

export const PageIoc = graphql(`
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
        detections { malicious suspicious harmless undetected timeout total }
        tags
        reputation
      }
      ... on File { md5 sha1 sha256 names meaningfulName }
      ... on Domain { registrar creationDate categories }
      ... on IpAddress { network }
      ... on Url { finalUrl title }
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
            enrichment { detections { malicious suspicious } }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
      collections(first: $first, after: $after) {
        totalCount
        edges { addedAt node { ...PageCollectionCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/** A collection in a list (home, search results, an IoC's community section). */
export const CollectionCardFields = graphql(`
  fragment PageCollectionCard on Collection {
    id
    name
    description
    tags
    tlp
    updatedAt
    owner { name }
    counts { files urls domains ipAddresses total }
  }
`);

export const PageHome = graphql(`
  query PageHome($first: Int!, $after: String, $tag: String) {
    collections(first: $first, after: $after, filter: { tag: $tag }) {
      edges { node { ...PageCollectionCard } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A search: by name or description, and by tag. */
export const PageSearch = graphql(`
  query PageSearch($first: Int!, $text: String!) {
    byText: collections(first: $first, filter: { search: $text }) { edges { node { ...PageCollectionCard } } }
    byTag: collections(first: $first, filter: { tag: $text }) { edges { node { ...PageCollectionCard } } }
  }
`);

/** Whether a search is an IoC: `ioc` refuses what is not one (the one rule of what an IoC is). */
export const PageIocProbe = graphql(`
  query PageIocProbe($value: String!) {
    ioc(value: $value) { value }
  }
`);
