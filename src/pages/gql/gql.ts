/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PageIocRow on Ioc {\n    __typename\n    id\n    type\n    value\n    defanged: value(defanged: true)\n    detectionRatio\n    enrichment { status firstSeen lastSeen detections { malicious suspicious total } }\n    ... on File { typeDescription size }\n    ... on IpAddress { country asn asOwner }\n    ... on Domain { resolvedAddresses { address country asn asOwner } }\n    ... on Url { httpResponseCode }\n    warnings { list reason }\n  }\n": typeof types.PageIocRowFragmentDoc,
    "\n  query PageCollectionCursor($id: ID!) {\n    collectionChanges(id: $id, last: 1) { edges { cursor } }\n  }\n": typeof types.PageCollectionCursorDocument,
    "\n  query PageCollection($id: ID!, $type: IocType, $first: Int, $after: String, $last: Int, $before: String) {\n    collection(id: $id) {\n      id\n      name\n      description\n      tags\n      visibility\n      tlp\n      collectionType\n      altNames\n      references { url title }\n      targetedIndustries\n      targetedRegions\n      sourceRegion\n      permalink\n      createdAt\n      updatedAt\n      owner { name }\n      counts { files urls domains ipAddresses total }\n      iocs(type: $type, first: $first, after: $after, last: $last, before: $before) {\n        edges { addedAt node { ...PageIocRow } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.PageCollectionDocument,
    "\n  query PageCollectionAside($id: ID!, $list: Int!, $tags: Int!) {\n    collection(id: $id) {\n      aggregatedTags(first: $tags) { tag count }\n      stats {\n        enriched\n        malicious\n        suspicious\n        clean\n        pending\n        notFound\n        errors\n        detections { min max count }\n        countries(first: $list) { value count }\n        asns(first: $list) { asn asOwner count }\n        fileTypes(first: $list) { value count }\n        warned\n        warnings(first: $list) { list count }\n      }\n      relatedCollections(first: $list) {\n        edges { sharedIocs node { id name owner { name } counts { total } } }\n      }\n    }\n  }\n": typeof types.PageCollectionAsideDocument,
    "\n  subscription PageCollectionLive($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind }\n  }\n": typeof types.PageCollectionLiveDocument,
    "\n  query PageIoc($value: String!, $first: Int!, $after: String, $relationsAfter: String) {\n    ioc(value: $value) {\n      ...PageIocRow\n      createdAt\n      permalink\n      firstSighted\n      lastSighted\n      enrichment {\n        status\n        provider\n        fetchedAt\n        error\n        detections { malicious suspicious harmless undetected timeout total }\n        tags\n        reputation\n      }\n      ... on File { md5 sha1 sha256 names meaningfulName }\n      ... on Domain { registrar creationDate categories }\n      ... on IpAddress { network }\n      ... on Url { finalUrl title }\n      relationships(first: $first, after: $relationsAfter) {\n        edges {\n          relation\n          origin\n          firstSeen\n          lastSeen\n          node {\n            id\n            type\n            value\n            defanged: value(defanged: true)\n            detectionRatio\n            enrichment { detections { malicious suspicious } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { ...PageCollectionCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.PageIocDocument,
    "\n  fragment PageCollectionCard on Collection {\n    id\n    name\n    description\n    tags\n    tlp\n    updatedAt\n    owner { name }\n    counts { files urls domains ipAddresses total }\n  }\n": typeof types.PageCollectionCardFragmentDoc,
    "\n  query PageHome($first: Int!, $after: String, $tag: String) {\n    collections(first: $first, after: $after, filter: { tag: $tag }) {\n      edges { node { ...PageCollectionCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PageHomeDocument,
    "\n  query PageSearch($first: Int!, $text: String!) {\n    byText: collections(first: $first, filter: { search: $text }) { edges { node { ...PageCollectionCard } } }\n    byTag: collections(first: $first, filter: { tag: $text }) { edges { node { ...PageCollectionCard } } }\n  }\n": typeof types.PageSearchDocument,
    "\n  query PageIocProbe($value: String!) {\n    ioc(value: $value) { value }\n  }\n": typeof types.PageIocProbeDocument,
};
const documents: Documents = {
    "\n  fragment PageIocRow on Ioc {\n    __typename\n    id\n    type\n    value\n    defanged: value(defanged: true)\n    detectionRatio\n    enrichment { status firstSeen lastSeen detections { malicious suspicious total } }\n    ... on File { typeDescription size }\n    ... on IpAddress { country asn asOwner }\n    ... on Domain { resolvedAddresses { address country asn asOwner } }\n    ... on Url { httpResponseCode }\n    warnings { list reason }\n  }\n": types.PageIocRowFragmentDoc,
    "\n  query PageCollectionCursor($id: ID!) {\n    collectionChanges(id: $id, last: 1) { edges { cursor } }\n  }\n": types.PageCollectionCursorDocument,
    "\n  query PageCollection($id: ID!, $type: IocType, $first: Int, $after: String, $last: Int, $before: String) {\n    collection(id: $id) {\n      id\n      name\n      description\n      tags\n      visibility\n      tlp\n      collectionType\n      altNames\n      references { url title }\n      targetedIndustries\n      targetedRegions\n      sourceRegion\n      permalink\n      createdAt\n      updatedAt\n      owner { name }\n      counts { files urls domains ipAddresses total }\n      iocs(type: $type, first: $first, after: $after, last: $last, before: $before) {\n        edges { addedAt node { ...PageIocRow } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.PageCollectionDocument,
    "\n  query PageCollectionAside($id: ID!, $list: Int!, $tags: Int!) {\n    collection(id: $id) {\n      aggregatedTags(first: $tags) { tag count }\n      stats {\n        enriched\n        malicious\n        suspicious\n        clean\n        pending\n        notFound\n        errors\n        detections { min max count }\n        countries(first: $list) { value count }\n        asns(first: $list) { asn asOwner count }\n        fileTypes(first: $list) { value count }\n        warned\n        warnings(first: $list) { list count }\n      }\n      relatedCollections(first: $list) {\n        edges { sharedIocs node { id name owner { name } counts { total } } }\n      }\n    }\n  }\n": types.PageCollectionAsideDocument,
    "\n  subscription PageCollectionLive($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind }\n  }\n": types.PageCollectionLiveDocument,
    "\n  query PageIoc($value: String!, $first: Int!, $after: String, $relationsAfter: String) {\n    ioc(value: $value) {\n      ...PageIocRow\n      createdAt\n      permalink\n      firstSighted\n      lastSighted\n      enrichment {\n        status\n        provider\n        fetchedAt\n        error\n        detections { malicious suspicious harmless undetected timeout total }\n        tags\n        reputation\n      }\n      ... on File { md5 sha1 sha256 names meaningfulName }\n      ... on Domain { registrar creationDate categories }\n      ... on IpAddress { network }\n      ... on Url { finalUrl title }\n      relationships(first: $first, after: $relationsAfter) {\n        edges {\n          relation\n          origin\n          firstSeen\n          lastSeen\n          node {\n            id\n            type\n            value\n            defanged: value(defanged: true)\n            detectionRatio\n            enrichment { detections { malicious suspicious } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { ...PageCollectionCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.PageIocDocument,
    "\n  fragment PageCollectionCard on Collection {\n    id\n    name\n    description\n    tags\n    tlp\n    updatedAt\n    owner { name }\n    counts { files urls domains ipAddresses total }\n  }\n": types.PageCollectionCardFragmentDoc,
    "\n  query PageHome($first: Int!, $after: String, $tag: String) {\n    collections(first: $first, after: $after, filter: { tag: $tag }) {\n      edges { node { ...PageCollectionCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PageHomeDocument,
    "\n  query PageSearch($first: Int!, $text: String!) {\n    byText: collections(first: $first, filter: { search: $text }) { edges { node { ...PageCollectionCard } } }\n    byTag: collections(first: $first, filter: { tag: $text }) { edges { node { ...PageCollectionCard } } }\n  }\n": types.PageSearchDocument,
    "\n  query PageIocProbe($value: String!) {\n    ioc(value: $value) { value }\n  }\n": types.PageIocProbeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageIocRow on Ioc {\n    __typename\n    id\n    type\n    value\n    defanged: value(defanged: true)\n    detectionRatio\n    enrichment { status firstSeen lastSeen detections { malicious suspicious total } }\n    ... on File { typeDescription size }\n    ... on IpAddress { country asn asOwner }\n    ... on Domain { resolvedAddresses { address country asn asOwner } }\n    ... on Url { httpResponseCode }\n    warnings { list reason }\n  }\n"): typeof import('./graphql.js').PageIocRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageCollectionCursor($id: ID!) {\n    collectionChanges(id: $id, last: 1) { edges { cursor } }\n  }\n"): typeof import('./graphql.js').PageCollectionCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageCollection($id: ID!, $type: IocType, $first: Int, $after: String, $last: Int, $before: String) {\n    collection(id: $id) {\n      id\n      name\n      description\n      tags\n      visibility\n      tlp\n      collectionType\n      altNames\n      references { url title }\n      targetedIndustries\n      targetedRegions\n      sourceRegion\n      permalink\n      createdAt\n      updatedAt\n      owner { name }\n      counts { files urls domains ipAddresses total }\n      iocs(type: $type, first: $first, after: $after, last: $last, before: $before) {\n        edges { addedAt node { ...PageIocRow } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PageCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageCollectionAside($id: ID!, $list: Int!, $tags: Int!) {\n    collection(id: $id) {\n      aggregatedTags(first: $tags) { tag count }\n      stats {\n        enriched\n        malicious\n        suspicious\n        clean\n        pending\n        notFound\n        errors\n        detections { min max count }\n        countries(first: $list) { value count }\n        asns(first: $list) { asn asOwner count }\n        fileTypes(first: $list) { value count }\n        warned\n        warnings(first: $list) { list count }\n      }\n      relatedCollections(first: $list) {\n        edges { sharedIocs node { id name owner { name } counts { total } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PageCollectionAsideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PageCollectionLive($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind }\n  }\n"): typeof import('./graphql.js').PageCollectionLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageIoc($value: String!, $first: Int!, $after: String, $relationsAfter: String) {\n    ioc(value: $value) {\n      ...PageIocRow\n      createdAt\n      permalink\n      firstSighted\n      lastSighted\n      enrichment {\n        status\n        provider\n        fetchedAt\n        error\n        detections { malicious suspicious harmless undetected timeout total }\n        tags\n        reputation\n      }\n      ... on File { md5 sha1 sha256 names meaningfulName }\n      ... on Domain { registrar creationDate categories }\n      ... on IpAddress { network }\n      ... on Url { finalUrl title }\n      relationships(first: $first, after: $relationsAfter) {\n        edges {\n          relation\n          origin\n          firstSeen\n          lastSeen\n          node {\n            id\n            type\n            value\n            defanged: value(defanged: true)\n            detectionRatio\n            enrichment { detections { malicious suspicious } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { ...PageCollectionCard } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PageIocDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageCollectionCard on Collection {\n    id\n    name\n    description\n    tags\n    tlp\n    updatedAt\n    owner { name }\n    counts { files urls domains ipAddresses total }\n  }\n"): typeof import('./graphql.js').PageCollectionCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageHome($first: Int!, $after: String, $tag: String) {\n    collections(first: $first, after: $after, filter: { tag: $tag }) {\n      edges { node { ...PageCollectionCard } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').PageHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSearch($first: Int!, $text: String!) {\n    byText: collections(first: $first, filter: { search: $text }) { edges { node { ...PageCollectionCard } } }\n    byTag: collections(first: $first, filter: { tag: $text }) { edges { node { ...PageCollectionCard } } }\n  }\n"): typeof import('./graphql.js').PageSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageIocProbe($value: String!) {\n    ioc(value: $value) { value }\n  }\n"): typeof import('./graphql.js').PageIocProbeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
