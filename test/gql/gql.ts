/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  subscription FanoutEvents($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocs { value }\n      collection { id name counts { total } }\n    }\n  }\n": typeof types.FanoutEventsDocument,
    "\n  query FanoutCursor($id: ID!) { collectionChanges(id: $id, last: 1) { pageInfo { endCursor } } }\n": typeof types.FanoutCursorDocument,
    "\n  query BenchWide($id: ID!) {\n    collection(id: $id) { iocs(first: 1000) { edges { node { id type value } } } }\n  }\n": typeof types.BenchWideDocument,
    "\n  query BenchDeep($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 100) {\n        edges {\n          node {\n            value\n            relationships(first: 10) {\n              edges { relation node { value collections(first: 5) { edges { node { name } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BenchDeepDocument,
    "\n  query BenchPivot($value: String!) {\n    ioc(value: $value) {\n      collections(first: 10) {\n        edges { node { name relatedCollections(first: 5) { edges { sharedIocs node { name } } } } }\n      }\n    }\n  }\n": typeof types.BenchPivotDocument,
    "\n  query BenchSearch($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { edges { node { value } } }\n  }\n": typeof types.BenchSearchDocument,
    "\n  query BenchSearchCounted($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { totalCount edges { node { value } } }\n  }\n": typeof types.BenchSearchCountedDocument,
    "\n  mutation AccessApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { secret apiKey { id scope } } }\n  }\n": typeof types.AccessApiKeyDocument,
    "\n  mutation AccessRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename } }\n": typeof types.AccessRevokeDocument,
    "query AccessWhoAmI { viewer { user { id } } }": typeof types.AccessWhoAmIDocument,
    "\n  query AccessIoc($value: String!) {\n    ioc(value: $value) {\n      id\n      value\n      enrichment { status }\n      sightings\n      firstSighted\n      lastSighted\n      collections(first: 20) { totalCount edges { node { id } } }\n    }\n  }\n": typeof types.AccessIocDocument,
    "\n  query AccessSearch($query: String!, $filter: IocFilter) {\n    iocs(query: $query, filter: $filter, first: 50) { totalCount edges { node { value sightings } } }\n  }\n": typeof types.AccessSearchDocument,
    "\n  query AccessNode($id: ID!) {\n    node(id: $id) { id }\n    nodes(ids: [$id]) { id }\n  }\n": typeof types.AccessNodeDocument,
    "\n  query AccessEdges($anchor: String!, $c2: String!, $ip: String!, $held: String!, $file: String!) {\n    anchor: ioc(value: $anchor) {\n      __typename\n      relationships(first: 50) { totalCount edges { relation node { value } } }\n      ... on Domain {\n        subdomains(first: 50) { totalCount edges { node { value } } }\n        urls(first: 50) { totalCount edges { node { value } } }\n      }\n    }\n    c2: ioc(value: $c2) {\n      __typename\n      ... on Domain { communicatingFiles(first: 50) { totalCount edges { node { value } } } }\n    }\n    ip: ioc(value: $ip) {\n      __typename\n      ... on IpAddress { resolutions(first: 50) { totalCount edges { node { value } } } }\n    }\n    held: ioc(value: $held) {\n      relationships(first: 50) { edges { node { value } } }\n      ... on Domain { resolvedAddresses { address } }\n    }\n    file: ioc(value: $file) {\n      __typename\n      ... on File { contactedDomains(first: 50) { edges { node { value } } } }\n    }\n  }\n": typeof types.AccessEdgesDocument,
    "\n  query AccessCollection($id: ID!, $held: String!, $ownerId: ID!) {\n    collection(id: $id) {\n      id\n      counts { total }\n      aggregatedTags { tag }\n      stats { enriched }\n      iocs(first: 50) { totalCount edges { node { value } } }\n    }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 10) { totalCount edges { node { kind iocs { value } } } }\n    listed: collections(first: 50, filter: { containsIoc: $held }) { totalCount edges { node { id } } }\n    owned: node(id: $ownerId) { __typename ... on User { collections(first: 50) { totalCount edges { node { id } } } } }\n  }\n": typeof types.AccessCollectionDocument,
    "\n  query AccessRelated($id: ID!) {\n    collection(id: $id) {\n      relatedCollections(first: 20) { totalCount edges { sharedIocs node { id } sharedIocSample { value } } }\n    }\n  }\n": typeof types.AccessRelatedDocument,
    "query AccessWatchlist { watchlist { value ioc { id } } }": typeof types.AccessWatchlistDocument,
    "\n  mutation AccessWatch($input: WatchIocsInput!) { watchIocs(input: $input) { __typename } }\n": typeof types.AccessWatchDocument,
    "\n  subscription AccessUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind iocs { value } collection { id } }\n  }\n": typeof types.AccessUpdatedDocument,
    "\n  subscription AccessFeed($since: String) { collectionsFeed(since: $since) { kind collectionId iocs { value } } }\n": typeof types.AccessFeedDocument,
    "\n  subscription AccessSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) { iocs { value } collection { id } }\n  }\n": typeof types.AccessSightedDocument,
    "\n  query AccessLastChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n": typeof types.AccessLastChangeDocument,
    "\n  subscription AccessEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n": typeof types.AccessEnrichedDocument,
    "query KeyRulesMe { viewer { user { name } } }": typeof types.KeyRulesMeDocument,
    "query KeyRulesKeys { viewer { apiKeys { id name prefix scope lastUsedAt revokedAt } } }": typeof types.KeyRulesKeysDocument,
    "\n  mutation KeyRulesMake($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix scope } }\n      ... on ValidationError { field message }\n    }\n  }\n": typeof types.KeyRulesMakeDocument,
    "\n  mutation KeyRulesRevoke($id: ID!) {\n    revokeApiKey(input: { id: $id }) { __typename ... on Error { message } }\n  }\n": typeof types.KeyRulesRevokeDocument,
    "\n        query Preview($text: String!) {\n          extractIocs(text: $text) { iocs { type value count defanged firstLine } }\n        }\n      ": typeof types.PreviewDocument,
    "query PreviewLookup { ioc(value: \"192.168.1.10\") { id } }": typeof types.PreviewLookupDocument,
    "mutation DefangSetup($input: CreateCollectionInput!) { createCollection(input: $input) { __typename } }": typeof types.DefangSetupDocument,
    "query Defanged { ioc(value: \"http://defang.example.com/path\") { value safe: value(defanged: true) } }": typeof types.DefangedDocument,
    "query Viewer { viewer { user { name } apiKeys { id prefix revokedAt } } }": typeof types.ViewerDocument,
    "\n  mutation CreateApiKey($name: String) {\n    createApiKey(input: { name: $name }) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { revokedAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "query KeyNode($id: ID!) { node(id: $id) { id } }": typeof types.KeyNodeDocument,
    "\n  mutation BadInputUpdate($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on ValidationError { field message } }\n  }\n": typeof types.BadInputUpdateDocument,
    "\n  query BadInputHistory($id: ID!) { collectionChanges(id: $id, first: 50) { totalCount edges { node { kind } } } }\n": typeof types.BadInputHistoryDocument,
    "\n  query BadInputSearch($search: String!) { collections(first: 5, filter: { search: $search }) { totalCount } }\n": typeof types.BadInputSearchDocument,
    "query BadInputWatchlist { watchlist { value } }": typeof types.BadInputWatchlistDocument,
    "query BadInputBack($id: ID!) { collection(id: $id) { name } }": typeof types.BadInputBackDocument,
    "query ApolloWatchlist { watchlist { id value } }": typeof types.ApolloWatchlistDocument,
    "\n  mutation ApolloWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      __typename\n      ... on WatchIocsPayload { query { watchlist { id value } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ApolloWatchDocument,
    "\n  query ClientApp($id: ID!, $count: Int!, $after: String, $iocCount: Int!, $iocAfter: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    collection(id: $id) {\n      id\n      name\n      counts { total domains }\n      iocs(first: $iocCount, after: $iocAfter) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ClientAppDocument,
    "\n  query ClientCollectionsPage($count: Int!, $after: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ClientCollectionsPageDocument,
    "\n  query ClientIocsPage($id: ID!, $count: Int!, $after: String) {\n    collection(id: $id) {\n      id\n      iocs(first: $count, after: $after) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ClientIocsPageDocument,
    "\n  mutation ClientCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collectionEdge { cursor node { id name counts { total } } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ClientCreateDocument,
    "\n  mutation ClientAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { total domains } }\n        addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.ClientAddDocument,
    "\n  mutation ClientRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload { collection { id counts { total domains } } removedIocIds }\n      ... on Error { message }\n    }\n  }\n": typeof types.ClientRemoveDocument,
    "\n  mutation ClientDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n": typeof types.ClientDeleteDocument,
    "\n  subscription ClientCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      id\n      kind\n      collection { id counts { total domains } }\n      addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      removedIocIds\n      deletedCollectionId\n    }\n  }\n": typeof types.ClientCollectionUpdatedDocument,
    "\n  query ClientLatestChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n": typeof types.ClientLatestChangeDocument,
    "\n  mutation ClientRemoteRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n": typeof types.ClientRemoteRemoveDocument,
    "\n  fragment MetaFields on Collection {\n    id name collectionType altNames references { url title } targetedIndustries targetedRegions sourceRegion\n    tlp updatedAt\n  }\n": typeof types.MetaFieldsFragmentDoc,
    "\n  mutation CreateMeta($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n": typeof types.CreateMetaDocument,
    "\n  mutation UpdateMeta($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n": typeof types.UpdateMetaDocument,
    "\n  query MetaHistory($id: ID!) {\n    collectionChanges(id: $id, first: 50) { totalCount edges { node { kind fields changes { field from to } } } }\n  }\n": typeof types.MetaHistoryDocument,
    "\n  query MetaSearch($filter: CollectionFilter, $orderBy: CollectionOrderField, $direction: OrderDirection) {\n    collections(first: 100, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount edges { node { name tlp collectionType } }\n    }\n  }\n": typeof types.MetaSearchDocument,
    "query MetaViewer { viewer { user { id } } }": typeof types.MetaViewerDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n": typeof types.DeleteCollectionDocument,
    "\n  mutation RemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload {\n        collection { counts { total domains urls } }\n        report { removed notInCollection invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.RemoveIocsDocument,
    "\n  query CollectionCount { collections(first: 100) { edges { node { id } } } }\n": typeof types.CollectionCountDocument,
    "\n  query CollectionLists($id: ID!) {\n    collection(id: $id) { tags altNames targetedIndustries targetedRegions sourceRegion tlp collectionType }\n  }\n": typeof types.CollectionListsDocument,
    "\n  query ConnectionTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { totalCount }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { totalCount } } }\n    collection(id: $id) {\n      iocs(first: 1) { totalCount }\n      domains: iocs(first: 1, type: DOMAIN) { totalCount }\n      relatedCollections(first: 1) { totalCount }\n    }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    ioc(value: $value) { collections(first: 1) { totalCount } }\n    url: ioc(value: $url) { relationships(first: 1) { totalCount } }\n  }\n": typeof types.ConnectionTotalsDocument,
    "\n  query ConnectionsWithoutTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { edges { cursor } }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { edges { cursor } } } }\n    collection(id: $id) {\n      iocs(first: 1) { edges { cursor } }\n      relatedCollections(first: 1) { edges { cursor } }\n    }\n    collectionChanges(id: $id, first: 1) { edges { cursor } }\n    ioc(value: $value) { collections(first: 1) { edges { cursor } } }\n    url: ioc(value: $url) { relationships(first: 1) { edges { cursor } } }\n  }\n": typeof types.ConnectionsWithoutTotalsDocument,
    "\n  query OnlyTotal($value: String!) {\n    ioc(value: $value) {\n      collections(first: 5) { totalCount }\n      pages: collections(first: 5) { pageInfo { hasNextPage } }\n      cursors: collections(first: 5) { edges { cursor } }\n    }\n  }\n": typeof types.OnlyTotalDocument,
    "\n  query PagedIocs($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collection(id: $id) {\n      iocs(first: $first, last: $last, after: $after, before: $before) {\n        edges { cursor node { value } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.PagedIocsDocument,
    "\n  query PagedCollections($search: String!, $first: Int, $last: Int, $before: String) {\n    collections(filter: { search: $search }, first: $first, last: $last, before: $before) {\n      edges { node { name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor }\n    }\n  }\n": typeof types.PagedCollectionsDocument,
    "\n  query PagedChanges($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collectionChanges(id: $id, first: $first, last: $last, after: $after, before: $before) {\n      edges { cursor node { kind } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n": typeof types.PagedChangesDocument,
    "\n  query Imported($id: ID!) {\n    collection(id: $id) {\n      aggregatedTags { tag count }\n      iocs(first: 10) {\n        edges {\n          node {\n            __typename value detectionRatio\n            enrichment { provider status tags }\n            ... on File { md5 sha1 sha256 typeDescription }\n            ... on Domain { registrar resolvedAddresses { address } }\n            ... on Url { title }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportedDocument,
    "\n  query ImportedLookup($value: String!) {\n    ioc(value: $value) { __typename value enrichment { provider status } ... on Domain { registrar } }\n  }\n": typeof types.ImportedLookupDocument,
    "query EnrichImportIocValue($value: String!) { ioc(value: $value) { value } }": typeof types.EnrichImportIocValueDocument,
    "\n  query EnrichedIocs($id: ID!) {\n    collection(id: $id) {\n      counts { files total }\n      aggregatedTags { tag count }\n      stats {\n        enriched pending notFound errors malicious suspicious clean\n        detections { min max count }\n        countries { value count }\n        asns { asn asOwner count }\n        asOwners { value count }\n        fileTypes { value count }\n      }\n      iocs(first: 50) {\n        edges {\n          node {\n            __typename id value detectionRatio\n            enrichment {\n              provider status fetchedAt error detectionRatio firstSeen lastSeen tags reputation\n              detections { malicious suspicious harmless undetected timeout total }\n            }\n            ... on File { md5 sha1 sha256 size typeDescription meaningfulName names }\n            ... on Domain { registrar creationDate categories resolvedAddresses { address country asn asOwner } }\n            ... on IpAddress { country asn asOwner network }\n            ... on Url { finalUrl title httpResponseCode }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnrichedIocsDocument,
    "\n  query EnrichmentStatuses($id: ID!) {\n    collection(id: $id) { iocs(first: 100) { edges { node { value enrichment { status } } } } }\n  }\n": typeof types.EnrichmentStatusesDocument,
    "\n  query IocHashes($value: String!) {\n    ioc(value: $value) {\n      id\n      ... on File { md5 sha1 sha256 }\n      collections(first: 10) { edges { node { id } } }\n    }\n  }\n": typeof types.IocHashesDocument,
    "\n  mutation RefreshEnrichment($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) {\n      __typename\n      ... on RefreshEnrichmentPayload { queued collection { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RefreshEnrichmentDocument,
    "\n  query ProviderStatus { enrichmentProvider { name queued due requestsToday dailyQuota ratePerWindow pausedUntil problem } }\n": typeof types.ProviderStatusDocument,
    "\n  query PageWithEnrichment($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 500) {\n        edges {\n          node {\n            value\n            enrichment { status fetchedAt detections { malicious total } firstSeen lastSeen tags reputation }\n            ... on IpAddress { country asn }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PageWithEnrichmentDocument,
    "\n  query Exported($id: ID!) {\n    collection(id: $id) {\n      id name createdAt updatedAt\n      owner { name }\n      json: exportUrl(format: JSON)\n      stix: exportUrl(format: STIX)\n      iocs(first: 50) { edges { addedAt node { value } } }\n    }\n  }\n": typeof types.ExportedDocument,
    "query ExportKeys { viewer { apiKeys { id } } }": typeof types.ExportKeysDocument,
    "\n  mutation ExportRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": typeof types.ExportRevokeKeyDocument,
    "\n  mutation ImportCollection($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload {\n        collection { id name description tags visibility tlp counts { files urls domains ipAddresses total } }\n        report { added duplicates skipped { input reason } invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.ImportCollectionDocument,
    "\n  query ImportedValues($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { type value } } } }\n  }\n": typeof types.ImportedValuesDocument,
    "query ImportOwnCount { viewer { user { collections(first: 100) { edges { node { id } } } } } }": typeof types.ImportOwnCountDocument,
    "\n  query GraphRelated($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      relatedCollections(first: $first, after: $after, type: $type) {\n        edges { cursor sharedIocs sharedIocSample { value } node { name } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n": typeof types.GraphRelatedDocument,
    "\n  query GraphPivot($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            name\n            relatedCollections(first: $related) { edges { sharedIocs node { name owner { name } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GraphPivotDocument,
    "\n  query GraphPivotWithSample($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            relatedCollections(first: $related) {\n              edges { ... on RelatedCollectionEdge { sharedIocSample { value } } node { name } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GraphPivotWithSampleDocument,
    "\n  query GraphRelationships($value: String!, $relation: String, $first: Int, $after: String) {\n    ioc(value: $value) {\n      value\n      relationships(relation: $relation, first: $first, after: $after) {\n        edges { cursor relation origin firstSeen lastSeen node { __typename type value } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n": typeof types.GraphRelationshipsDocument,
    "\n  query GraphDomain($value: String!) {\n    ioc(value: $value) {\n      ... on Domain {\n        parent { value parent { value parent { value } } }\n        subdomains(first: 10) { edges { node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        resolutions(first: 10) { edges { lastSeen origin node { value } } }\n        communicatingFiles(first: 10) { edges { relation node { sha256 } } }\n      }\n    }\n  }\n": typeof types.GraphDomainDocument,
    "\n  query GraphUrl($value: String!) {\n    ioc(value: $value) {\n      ... on Url {\n        networkLocation { __typename value collections(first: 5) { edges { node { id } } } }\n        lastServingIpAddress { value }\n        redirectsTo(first: 5) { edges { node { value } } }\n      }\n    }\n  }\n": typeof types.GraphUrlDocument,
    "\n  query GraphIp($value: String!) {\n    ioc(value: $value) {\n      ... on IpAddress {\n        resolutions(first: 10) { edges { relation lastSeen node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        communicatingFiles(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n": typeof types.GraphIpDocument,
    "\n  query GraphFile($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      __typename\n      ... on File {\n        contactedDomains(first: $first, after: $after) {\n          edges { cursor firstSeen lastSeen node { value resolutions(first: 3) { edges { node { value } } } } }\n          pageInfo { hasNextPage endCursor }\n        }\n        contactedIps(first: 10) { edges { node { value } } }\n        contactedUrls(first: 10) { edges { node { value } } }\n        droppedFiles(first: 10) { edges { node { value } } }\n        executionParents(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n": typeof types.GraphFileDocument,
    "\n  query GraphDeep($id: ID!, $iocs: Int!, $edges: Int!, $collections: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $iocs) {\n        edges {\n          node {\n            value\n            relationships(first: $edges) {\n              edges {\n                relation\n                node { value collections(first: $collections) { edges { node { name } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GraphDeepDocument,
    "\n  query GraphCostly($first: Int!) {\n    collections(first: $first) {\n      edges { node { iocs(first: $first) { edges { node { relationships(first: $first) { edges { node { value } } } } } } } }\n    }\n  }\n": typeof types.GraphCostlyDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id name description tags visibility counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n      ... on LimitExceededError { limit }\n    }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  mutation AddIocs($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.AddIocsDocument,
    "\n  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      id\n      name\n      counts { files urls domains ipAddresses total }\n      iocs(first: $first, after: $after, type: $type) {\n        edges { addedAt addedBy { name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.CollectionIocsDocument,
    "\n  query IocLookup($value: String!) {\n    ioc(value: $value) {\n      __typename\n      id\n      type\n      value\n      collections(first: 10) { edges { node { id name } } }\n    }\n  }\n": typeof types.IocLookupDocument,
    "\n  query BadIdLookups($id: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    owned: collections(filter: { owner: $id }) { totalCount edges { cursor } }\n  }\n": typeof types.BadIdLookupsDocument,
    "\n  mutation BadIdMutations($id: ID!) {\n    addIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    removeIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    updateCollection(input: { id: $id, name: \"x\" }) { __typename ... on ValidationError { field } }\n    deleteCollection(input: { id: $id }) { __typename ... on ValidationError { field } }\n    refreshEnrichment(input: { collectionId: $id }) { __typename ... on ValidationError { field } }\n    revokeApiKey(input: { id: $id }) { __typename }\n  }\n": typeof types.BadIdMutationsDocument,
    "subscription SseBadId($id: ID!) { collectionUpdated(id: $id) { kind } }": typeof types.SseBadIdDocument,
    "\n  mutation KeysNewKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id scope createdAt lastUsedAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.KeysNewKeyDocument,
    "query KeysList { viewer { apiKeys { id name scope createdAt lastUsedAt revokedAt } } }": typeof types.KeysListDocument,
    "\n    mutation KeysCreate { createCollection(input: { name: \"x\" }) { __typename } }\n  ": typeof types.KeysCreateDocument,
    "\n    mutation KeysUpdate($id: ID!) { updateCollection(input: { id: $id, name: \"renamed\" }) { __typename } }\n  ": typeof types.KeysUpdateDocument,
    "\n    mutation KeysDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n  ": typeof types.KeysDeleteDocument,
    "\n    mutation KeysAdd($id: ID!) { addIocs(input: { collectionId: $id, iocs: [{ value: \"read-key.example.com\" }] }) { __typename } }\n  ": typeof types.KeysAddDocument,
    "\n    mutation KeysRemove($id: ID!) { removeIocs(input: { collectionId: $id, iocs: [{ value: \"kept.example.com\" }] }) { __typename } }\n  ": typeof types.KeysRemoveDocument,
    "\n    mutation KeysImport($id: ID!) { importCollection(input: { format: TEXT, content: \"evil.example.com\", collectionId: $id }) { __typename } }\n  ": typeof types.KeysImportDocument,
    "\n    mutation KeysRefresh($id: ID!) { refreshEnrichment(input: { collectionId: $id }) { __typename } }\n  ": typeof types.KeysRefreshDocument,
    "mutation KeysWatch { watchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }": typeof types.KeysWatchDocument,
    "mutation KeysUnwatch { unwatchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }": typeof types.KeysUnwatchDocument,
    "mutation KeysMint { createApiKey(input: { name: \"escalate\", scope: WRITE }) { __typename } }": typeof types.KeysMintDocument,
    "mutation KeysRevokeOwn($key: ID!) { revokeApiKey(input: { id: $key }) { __typename } }": typeof types.KeysRevokeOwnDocument,
    "\n  mutation KeysStrangerUpdate($id: ID!) {\n    updateCollection(input: { id: $id, name: \"renamed\" }) { ... on Error { message } }\n  }\n": typeof types.KeysStrangerUpdateDocument,
    "\n  subscription KeysUpdated($id: ID!, $since: String) { collectionUpdated(id: $id, since: $since) { kind iocs { value } } }\n": typeof types.KeysUpdatedDocument,
    "subscription KeysFeed($since: String) { collectionsFeed(since: $since) { kind iocs { value } } }": typeof types.KeysFeedDocument,
    "\n  subscription KeysEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n": typeof types.KeysEnrichedDocument,
    "\n  mutation KeysRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": typeof types.KeysRevokeDocument,
    "\n  query ExtractLarge($text: String!) {\n    extractIocs(text: $text) { iocs { type value count firstLine } }\n  }\n": typeof types.ExtractLargeDocument,
    "\n  subscription TwoInstancesUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind iocs { value } }\n  }\n": typeof types.TwoInstancesUpdatedDocument,
    "\n  subscription TwoInstancesFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n": typeof types.TwoInstancesFeedDocument,
    "query TwoInstancesKeys { viewer { apiKeys { id } } }": typeof types.TwoInstancesKeysDocument,
    "mutation TwoInstancesRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }": typeof types.TwoInstancesRevokeDocument,
    "\n  query TwoInstancesLatest($id: ID!) {\n    collectionChanges(id: $id, last: 1) { pageInfo { endCursor } }\n  }\n": typeof types.TwoInstancesLatestDocument,
    "\n  mutation SeamKey { createApiKey(input: {}) { __typename ... on CreateApiKeyPayload { apiKey { id } } } }\n": typeof types.SeamKeyDocument,
    "\n  mutation SeamRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": typeof types.SeamRevokeDocument,
    "\n  subscription SeamEnriched($id: ID!) {\n    enrichmentUpdated(collectionId: $id) { collectionId iocs { value enrichment { provider status } } }\n  }\n": typeof types.SeamEnrichedDocument,
    "\n  subscription LiveCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocCount\n      fields\n      collectionId\n      iocs { __typename type value }\n      actor { name }\n      collection { id name visibility counts { total } }\n    }\n  }\n": typeof types.LiveCollectionUpdatedDocument,
    "\n  subscription LiveCollectionsFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n": typeof types.LiveCollectionsFeedDocument,
    "\n  subscription LiveIocsSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) {\n      id\n      cursor\n      iocs { value }\n      collection { id name }\n      actor { name }\n      change { kind iocCount }\n    }\n  }\n": typeof types.LiveIocsSightedDocument,
    "\n  subscription LiveWatchlistHits($since: String) {\n    watchlistHits(since: $since) { cursor iocs { value } collection { name } }\n  }\n": typeof types.LiveWatchlistHitsDocument,
    "\n  mutation LiveWatchIocs($input: WatchIocsInput!) {\n    watchIocs(input: $input) {\n      __typename\n      ... on WatchIocsPayload { added watchlist { type value ioc { value } } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.LiveWatchIocsDocument,
    "\n  mutation LiveUnwatchIocs($input: WatchIocsInput!) {\n    unwatchIocs(input: $input) {\n      __typename\n      ... on UnwatchIocsPayload { removed watchlist { value } }\n      ... on Error { message }\n    }\n  }\n": typeof types.LiveUnwatchIocsDocument,
    "\n  query LiveWatchlist { watchlist { type value } }\n": typeof types.LiveWatchlistDocument,
    "\n  mutation LiveUpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.LiveUpdateCollectionDocument,
    "\n  mutation LiveDeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.LiveDeleteCollectionDocument,
    "\n  mutation LiveRemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.LiveRemoveIocsDocument,
    "\n  query LiveCollectionChanges($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    collectionChanges(id: $id, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { cursor kind at actor { name } iocs { value } iocCount fields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.LiveCollectionChangesDocument,
    "\n  subscription LiveUpdatedWithHolders($id: ID!) {\n    collectionUpdated(id: $id) { kind iocs { value collections(first: 10) { edges { node { name } } } } }\n  }\n": typeof types.LiveUpdatedWithHoldersDocument,
    "\n  mutation PageLiveRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on RemoveIocsPayload { report { removed } } }\n  }\n": typeof types.PageLiveRemoveDocument,
    "\n  mutation PageLiveRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename }\n  }\n": typeof types.PageLiveRenameDocument,
    "\n  mutation PageLiveDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename }\n  }\n": typeof types.PageLiveDeleteDocument,
    "\n  query PagePermalink($id: ID!) { collection(id: $id) { permalink } }\n": typeof types.PagePermalinkDocument,
    "\n  query PageIocPermalink($value: String!) { ioc(value: $value) { permalink } }\n": typeof types.PageIocPermalinkDocument,
    "\n    mutation PageMeta($input: UpdateCollectionInput!) {\n      updateCollection(input: $input) { __typename }\n    }\n  ": typeof types.PageMetaDocument,
    "\n  mutation PayloadCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      ... on CreateCollectionPayload {\n        collection { id }\n        collectionEdge { cursor node { id name } }\n        addedEdges { cursor addedAt addedBy { id } node { id value } }\n      }\n    }\n  }\n": typeof types.PayloadCreateDocument,
    "\n  mutation PayloadAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      ... on AddIocsPayload { addedEdges { cursor addedAt addedBy { id } node { id value } } }\n    }\n  }\n": typeof types.PayloadAddDocument,
    "\n  mutation PayloadRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { ... on RemoveIocsPayload { removedIocIds } }\n  }\n": typeof types.PayloadRemoveDocument,
    "\n  query PayloadLists($id: ID!) {\n    collections(first: 1) { edges { cursor node { id name } } }\n    collection(id: $id) { iocs(first: 100) { edges { cursor addedAt addedBy { id } node { id value } } } }\n    collectionChanges(id: $id, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          addedEdges { cursor addedAt addedBy { id } node { id value } }\n          removedIocIds\n          deletedCollectionId\n        }\n      }\n    }\n  }\n": typeof types.PayloadListsDocument,
    "\n  query PayloadChangeNode($id: ID!) { node(id: $id) { id ... on CollectionChange { kind } } }\n": typeof types.PayloadChangeNodeDocument,
    "\n  subscription PayloadUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind deletedCollectionId removedIocIds addedEdges { cursor } }\n  }\n": typeof types.PayloadUpdatedDocument,
    "\n  mutation PayloadDelete($id: ID!) {\n    deleteCollection(input: { id: $id }) { ... on DeleteCollectionPayload { deletedCollectionId } }\n  }\n": typeof types.PayloadDeleteDocument,
    "\n  mutation PayloadAddCounted($input: AddIocsInput!) {\n    addIocs(input: $input) { ... on AddIocsPayload { report { added } } }\n  }\n": typeof types.PayloadAddCountedDocument,
    "\n  mutation PayloadWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      ... on WatchIocsPayload { watchlist { id value } query { watchlist { id value } } }\n    }\n  }\n": typeof types.PayloadWatchDocument,
    "\n  query HotRead($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name } } } } }\n      }\n    }\n  }\n": typeof types.HotReadDocument,
    "\n  query HotReadWithOwners($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name owner { name } } } } } }\n      }\n    }\n  }\n": typeof types.HotReadWithOwnersDocument,
    "query RateTiny { __typename }": typeof types.RateTinyDocument,
    "query RateHundred { collections(first: 100) { edges { node { id name } } } }": typeof types.RateHundredDocument,
    "query RateBudget { rateLimit { limit remaining resetAt cost } }": typeof types.RateBudgetDocument,
    "subscription RateFeed { collectionsFeed { cursor kind } }": typeof types.RateFeedDocument,
    "\n  mutation ReachUpdate($id: ID!, $visibility: Visibility!) {\n    updateCollection(input: { id: $id, visibility: $visibility }) { __typename }\n  }\n": typeof types.ReachUpdateDocument,
    "\n  mutation ReachDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n": typeof types.ReachDeleteDocument,
    "\n  mutation ReachRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n": typeof types.ReachRemoveDocument,
    "\n  query ReachHistory($id: ID!) { collectionChanges(id: $id, first: 10) { edges { node { kind iocs { value } } } } }\n": typeof types.ReachHistoryDocument,
    "mutation ReachAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename } }": typeof types.ReachAddDocument,
    "\n  query ReachFile($value: String!) { ioc(value: $value) { id ... on File { md5 sha1 sha256 } } }\n": typeof types.ReachFileDocument,
    "\n  mutation ReachCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n": typeof types.ReachCreateDocument,
    "\n  query RequestBodyOwnCollections { viewer { user { collections(first: 1) { totalCount } } } }\n": typeof types.RequestBodyOwnCollectionsDocument,
    "\n  query CachedCollection($id: ID!) { collection(id: $id) { name visibility counts { total } } }\n": typeof types.CachedCollectionDocument,
    "\n  mutation CachedRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.CachedRenameDocument,
    "\n  mutation CachedAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename ... on Error { message } } }\n": typeof types.CachedAddDocument,
    "\n  query Search($filter: IocFilter, $query: String, $orderBy: IocOrderField, $direction: OrderDirection, $first: Int, $after: String) {\n    iocs(filter: $filter, query: $query, orderBy: $orderBy, direction: $direction, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value type sightings } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchNoCount($query: String, $first: Int) {\n    iocs(query: $query, first: $first) { edges { node { value } } }\n  }\n": typeof types.SearchNoCountDocument,
    "\n  subscription SharedDashboard($id: ID!) {\n    collectionUpdated(id: $id) {\n      cursor\n      kind\n      iocs { value }\n      collection { name counts { total domains } stats { asns { asn count } } aggregatedTags { tag count } }\n    }\n  }\n": typeof types.SharedDashboardDocument,
    "\n  subscription SharedWarned($id: ID!) {\n    collectionUpdated(id: $id) { cursor collection { stats { warned } } }\n  }\n": typeof types.SharedWarnedDocument,
    "\n  query Sightings($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      firstSighted\n      lastSighted\n      sightings\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.SightingsDocument,
    "\n  mutation SightingsAdd($input: AddIocsInput!) {\n    addIocs(input: $input) { __typename ... on AddIocsPayload { addedEdges { addedAt } } }\n  }\n": typeof types.SightingsAddDocument,
    "\n  mutation SightingsRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n": typeof types.SightingsRemoveDocument,
    "\n  mutation SightingsUpdate($input: UpdateCollectionInput!) { updateCollection(input: $input) { __typename } }\n": typeof types.SightingsUpdateDocument,
    "\n  mutation SightingsDelete($input: DeleteCollectionInput!) { deleteCollection(input: $input) { __typename } }\n": typeof types.SightingsDeleteDocument,
    "\n  query SightingsMany($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { value firstSighted lastSighted sightings } } } }\n  }\n": typeof types.SightingsManyDocument,
    "\n  query SightingsManyPlain($id: ID!) { collection(id: $id) { iocs(first: 200) { edges { node { value } } } } }\n": typeof types.SightingsManyPlainDocument,
    "\n  mutation CreateTlp($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { id tlp } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CreateTlpDocument,
    "\n  mutation SetTlp($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on UpdateCollectionPayload { collection { tlp } } }\n  }\n": typeof types.SetTlpDocument,
    "\n  mutation TlpRefresh($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) { __typename ... on RefreshEnrichmentPayload { queued } }\n  }\n": typeof types.TlpRefreshDocument,
    "\n  query TlpIoc($value: String!) { ioc(value: $value) { value enrichment { status } } }\n": typeof types.TlpIocDocument,
    "\n  mutation CreateShared($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n": typeof types.CreateSharedDocument,
    "\n  mutation ImportTlp($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload { collection { id name tlp } report { added } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n": typeof types.ImportTlpDocument,
    "\n  query TlpCount($id: ID!) { collection(id: $id) { counts { total } } }\n": typeof types.TlpCountDocument,
    "query TlpOwned { viewer { user { collections(first: 100) { totalCount } } } }": typeof types.TlpOwnedDocument,
    "\n  query Everywhere($id: ID!, $ioc: String!, $owner: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collections(first: 100, filter: { owner: $owner }) { edges { node { id } } }\n    ioc(value: $ioc) {\n      collections(first: 10) { totalCount edges { node { id counts { total } } } }\n    }\n  }\n": typeof types.EverywhereDocument,
    "query OwnerId { viewer { user { id } } }": typeof types.OwnerIdDocument,
    "mutation AnonDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }": typeof types.AnonDeleteDocument,
    "\n  query WarningsPreview($text: String!) {\n    extractIocs(text: $text) { iocs { type value warnings { list reason } } }\n  }\n": typeof types.WarningsPreviewDocument,
    "\n  query WarningsLookup($value: String!) {\n    ioc(value: $value) { value warnings { list reason } }\n  }\n": typeof types.WarningsLookupDocument,
    "\n  mutation WarningsReported($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id }\n        report { added duplicates warnings { type value warnings { list } } }\n      }\n    }\n  }\n": typeof types.WarningsReportedDocument,
    "\n  mutation WarningsAddReported($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload { report { added duplicates warnings { value warnings { list reason } } } }\n    }\n  }\n": typeof types.WarningsAddReportedDocument,
    "\n  query WarningsStats($id: ID!) { collection(id: $id) { stats { warned warnings { list count } } } }\n": typeof types.WarningsStatsDocument,
};
const documents: Documents = {
    "\n  subscription FanoutEvents($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocs { value }\n      collection { id name counts { total } }\n    }\n  }\n": types.FanoutEventsDocument,
    "\n  query FanoutCursor($id: ID!) { collectionChanges(id: $id, last: 1) { pageInfo { endCursor } } }\n": types.FanoutCursorDocument,
    "\n  query BenchWide($id: ID!) {\n    collection(id: $id) { iocs(first: 1000) { edges { node { id type value } } } }\n  }\n": types.BenchWideDocument,
    "\n  query BenchDeep($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 100) {\n        edges {\n          node {\n            value\n            relationships(first: 10) {\n              edges { relation node { value collections(first: 5) { edges { node { name } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BenchDeepDocument,
    "\n  query BenchPivot($value: String!) {\n    ioc(value: $value) {\n      collections(first: 10) {\n        edges { node { name relatedCollections(first: 5) { edges { sharedIocs node { name } } } } }\n      }\n    }\n  }\n": types.BenchPivotDocument,
    "\n  query BenchSearch($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { edges { node { value } } }\n  }\n": types.BenchSearchDocument,
    "\n  query BenchSearchCounted($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { totalCount edges { node { value } } }\n  }\n": types.BenchSearchCountedDocument,
    "\n  mutation AccessApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { secret apiKey { id scope } } }\n  }\n": types.AccessApiKeyDocument,
    "\n  mutation AccessRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename } }\n": types.AccessRevokeDocument,
    "query AccessWhoAmI { viewer { user { id } } }": types.AccessWhoAmIDocument,
    "\n  query AccessIoc($value: String!) {\n    ioc(value: $value) {\n      id\n      value\n      enrichment { status }\n      sightings\n      firstSighted\n      lastSighted\n      collections(first: 20) { totalCount edges { node { id } } }\n    }\n  }\n": types.AccessIocDocument,
    "\n  query AccessSearch($query: String!, $filter: IocFilter) {\n    iocs(query: $query, filter: $filter, first: 50) { totalCount edges { node { value sightings } } }\n  }\n": types.AccessSearchDocument,
    "\n  query AccessNode($id: ID!) {\n    node(id: $id) { id }\n    nodes(ids: [$id]) { id }\n  }\n": types.AccessNodeDocument,
    "\n  query AccessEdges($anchor: String!, $c2: String!, $ip: String!, $held: String!, $file: String!) {\n    anchor: ioc(value: $anchor) {\n      __typename\n      relationships(first: 50) { totalCount edges { relation node { value } } }\n      ... on Domain {\n        subdomains(first: 50) { totalCount edges { node { value } } }\n        urls(first: 50) { totalCount edges { node { value } } }\n      }\n    }\n    c2: ioc(value: $c2) {\n      __typename\n      ... on Domain { communicatingFiles(first: 50) { totalCount edges { node { value } } } }\n    }\n    ip: ioc(value: $ip) {\n      __typename\n      ... on IpAddress { resolutions(first: 50) { totalCount edges { node { value } } } }\n    }\n    held: ioc(value: $held) {\n      relationships(first: 50) { edges { node { value } } }\n      ... on Domain { resolvedAddresses { address } }\n    }\n    file: ioc(value: $file) {\n      __typename\n      ... on File { contactedDomains(first: 50) { edges { node { value } } } }\n    }\n  }\n": types.AccessEdgesDocument,
    "\n  query AccessCollection($id: ID!, $held: String!, $ownerId: ID!) {\n    collection(id: $id) {\n      id\n      counts { total }\n      aggregatedTags { tag }\n      stats { enriched }\n      iocs(first: 50) { totalCount edges { node { value } } }\n    }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 10) { totalCount edges { node { kind iocs { value } } } }\n    listed: collections(first: 50, filter: { containsIoc: $held }) { totalCount edges { node { id } } }\n    owned: node(id: $ownerId) { __typename ... on User { collections(first: 50) { totalCount edges { node { id } } } } }\n  }\n": types.AccessCollectionDocument,
    "\n  query AccessRelated($id: ID!) {\n    collection(id: $id) {\n      relatedCollections(first: 20) { totalCount edges { sharedIocs node { id } sharedIocSample { value } } }\n    }\n  }\n": types.AccessRelatedDocument,
    "query AccessWatchlist { watchlist { value ioc { id } } }": types.AccessWatchlistDocument,
    "\n  mutation AccessWatch($input: WatchIocsInput!) { watchIocs(input: $input) { __typename } }\n": types.AccessWatchDocument,
    "\n  subscription AccessUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind iocs { value } collection { id } }\n  }\n": types.AccessUpdatedDocument,
    "\n  subscription AccessFeed($since: String) { collectionsFeed(since: $since) { kind collectionId iocs { value } } }\n": types.AccessFeedDocument,
    "\n  subscription AccessSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) { iocs { value } collection { id } }\n  }\n": types.AccessSightedDocument,
    "\n  query AccessLastChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n": types.AccessLastChangeDocument,
    "\n  subscription AccessEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n": types.AccessEnrichedDocument,
    "query KeyRulesMe { viewer { user { name } } }": types.KeyRulesMeDocument,
    "query KeyRulesKeys { viewer { apiKeys { id name prefix scope lastUsedAt revokedAt } } }": types.KeyRulesKeysDocument,
    "\n  mutation KeyRulesMake($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix scope } }\n      ... on ValidationError { field message }\n    }\n  }\n": types.KeyRulesMakeDocument,
    "\n  mutation KeyRulesRevoke($id: ID!) {\n    revokeApiKey(input: { id: $id }) { __typename ... on Error { message } }\n  }\n": types.KeyRulesRevokeDocument,
    "\n        query Preview($text: String!) {\n          extractIocs(text: $text) { iocs { type value count defanged firstLine } }\n        }\n      ": types.PreviewDocument,
    "query PreviewLookup { ioc(value: \"192.168.1.10\") { id } }": types.PreviewLookupDocument,
    "mutation DefangSetup($input: CreateCollectionInput!) { createCollection(input: $input) { __typename } }": types.DefangSetupDocument,
    "query Defanged { ioc(value: \"http://defang.example.com/path\") { value safe: value(defanged: true) } }": types.DefangedDocument,
    "query Viewer { viewer { user { name } apiKeys { id prefix revokedAt } } }": types.ViewerDocument,
    "\n  mutation CreateApiKey($name: String) {\n    createApiKey(input: { name: $name }) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix } }\n      ... on Error { message }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { revokedAt } }\n      ... on Error { message }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "query KeyNode($id: ID!) { node(id: $id) { id } }": types.KeyNodeDocument,
    "\n  mutation BadInputUpdate($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on ValidationError { field message } }\n  }\n": types.BadInputUpdateDocument,
    "\n  query BadInputHistory($id: ID!) { collectionChanges(id: $id, first: 50) { totalCount edges { node { kind } } } }\n": types.BadInputHistoryDocument,
    "\n  query BadInputSearch($search: String!) { collections(first: 5, filter: { search: $search }) { totalCount } }\n": types.BadInputSearchDocument,
    "query BadInputWatchlist { watchlist { value } }": types.BadInputWatchlistDocument,
    "query BadInputBack($id: ID!) { collection(id: $id) { name } }": types.BadInputBackDocument,
    "query ApolloWatchlist { watchlist { id value } }": types.ApolloWatchlistDocument,
    "\n  mutation ApolloWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      __typename\n      ... on WatchIocsPayload { query { watchlist { id value } } }\n      ... on Error { message }\n    }\n  }\n": types.ApolloWatchDocument,
    "\n  query ClientApp($id: ID!, $count: Int!, $after: String, $iocCount: Int!, $iocAfter: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    collection(id: $id) {\n      id\n      name\n      counts { total domains }\n      iocs(first: $iocCount, after: $iocAfter) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ClientAppDocument,
    "\n  query ClientCollectionsPage($count: Int!, $after: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ClientCollectionsPageDocument,
    "\n  query ClientIocsPage($id: ID!, $count: Int!, $after: String) {\n    collection(id: $id) {\n      id\n      iocs(first: $count, after: $after) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ClientIocsPageDocument,
    "\n  mutation ClientCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collectionEdge { cursor node { id name counts { total } } } }\n      ... on Error { message }\n    }\n  }\n": types.ClientCreateDocument,
    "\n  mutation ClientAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { total domains } }\n        addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      }\n      ... on Error { message }\n    }\n  }\n": types.ClientAddDocument,
    "\n  mutation ClientRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload { collection { id counts { total domains } } removedIocIds }\n      ... on Error { message }\n    }\n  }\n": types.ClientRemoveDocument,
    "\n  mutation ClientDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n": types.ClientDeleteDocument,
    "\n  subscription ClientCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      id\n      kind\n      collection { id counts { total domains } }\n      addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      removedIocIds\n      deletedCollectionId\n    }\n  }\n": types.ClientCollectionUpdatedDocument,
    "\n  query ClientLatestChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n": types.ClientLatestChangeDocument,
    "\n  mutation ClientRemoteRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n": types.ClientRemoteRemoveDocument,
    "\n  fragment MetaFields on Collection {\n    id name collectionType altNames references { url title } targetedIndustries targetedRegions sourceRegion\n    tlp updatedAt\n  }\n": types.MetaFieldsFragmentDoc,
    "\n  mutation CreateMeta($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n": types.CreateMetaDocument,
    "\n  mutation UpdateMeta($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n": types.UpdateMetaDocument,
    "\n  query MetaHistory($id: ID!) {\n    collectionChanges(id: $id, first: 50) { totalCount edges { node { kind fields changes { field from to } } } }\n  }\n": types.MetaHistoryDocument,
    "\n  query MetaSearch($filter: CollectionFilter, $orderBy: CollectionOrderField, $direction: OrderDirection) {\n    collections(first: 100, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount edges { node { name tlp collectionType } }\n    }\n  }\n": types.MetaSearchDocument,
    "query MetaViewer { viewer { user { id } } }": types.MetaViewerDocument,
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n": types.DeleteCollectionDocument,
    "\n  mutation RemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload {\n        collection { counts { total domains urls } }\n        report { removed notInCollection invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": types.RemoveIocsDocument,
    "\n  query CollectionCount { collections(first: 100) { edges { node { id } } } }\n": types.CollectionCountDocument,
    "\n  query CollectionLists($id: ID!) {\n    collection(id: $id) { tags altNames targetedIndustries targetedRegions sourceRegion tlp collectionType }\n  }\n": types.CollectionListsDocument,
    "\n  query ConnectionTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { totalCount }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { totalCount } } }\n    collection(id: $id) {\n      iocs(first: 1) { totalCount }\n      domains: iocs(first: 1, type: DOMAIN) { totalCount }\n      relatedCollections(first: 1) { totalCount }\n    }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    ioc(value: $value) { collections(first: 1) { totalCount } }\n    url: ioc(value: $url) { relationships(first: 1) { totalCount } }\n  }\n": types.ConnectionTotalsDocument,
    "\n  query ConnectionsWithoutTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { edges { cursor } }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { edges { cursor } } } }\n    collection(id: $id) {\n      iocs(first: 1) { edges { cursor } }\n      relatedCollections(first: 1) { edges { cursor } }\n    }\n    collectionChanges(id: $id, first: 1) { edges { cursor } }\n    ioc(value: $value) { collections(first: 1) { edges { cursor } } }\n    url: ioc(value: $url) { relationships(first: 1) { edges { cursor } } }\n  }\n": types.ConnectionsWithoutTotalsDocument,
    "\n  query OnlyTotal($value: String!) {\n    ioc(value: $value) {\n      collections(first: 5) { totalCount }\n      pages: collections(first: 5) { pageInfo { hasNextPage } }\n      cursors: collections(first: 5) { edges { cursor } }\n    }\n  }\n": types.OnlyTotalDocument,
    "\n  query PagedIocs($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collection(id: $id) {\n      iocs(first: $first, last: $last, after: $after, before: $before) {\n        edges { cursor node { value } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.PagedIocsDocument,
    "\n  query PagedCollections($search: String!, $first: Int, $last: Int, $before: String) {\n    collections(filter: { search: $search }, first: $first, last: $last, before: $before) {\n      edges { node { name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor }\n    }\n  }\n": types.PagedCollectionsDocument,
    "\n  query PagedChanges($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collectionChanges(id: $id, first: $first, last: $last, after: $after, before: $before) {\n      edges { cursor node { kind } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n": types.PagedChangesDocument,
    "\n  query Imported($id: ID!) {\n    collection(id: $id) {\n      aggregatedTags { tag count }\n      iocs(first: 10) {\n        edges {\n          node {\n            __typename value detectionRatio\n            enrichment { provider status tags }\n            ... on File { md5 sha1 sha256 typeDescription }\n            ... on Domain { registrar resolvedAddresses { address } }\n            ... on Url { title }\n          }\n        }\n      }\n    }\n  }\n": types.ImportedDocument,
    "\n  query ImportedLookup($value: String!) {\n    ioc(value: $value) { __typename value enrichment { provider status } ... on Domain { registrar } }\n  }\n": types.ImportedLookupDocument,
    "query EnrichImportIocValue($value: String!) { ioc(value: $value) { value } }": types.EnrichImportIocValueDocument,
    "\n  query EnrichedIocs($id: ID!) {\n    collection(id: $id) {\n      counts { files total }\n      aggregatedTags { tag count }\n      stats {\n        enriched pending notFound errors malicious suspicious clean\n        detections { min max count }\n        countries { value count }\n        asns { asn asOwner count }\n        asOwners { value count }\n        fileTypes { value count }\n      }\n      iocs(first: 50) {\n        edges {\n          node {\n            __typename id value detectionRatio\n            enrichment {\n              provider status fetchedAt error detectionRatio firstSeen lastSeen tags reputation\n              detections { malicious suspicious harmless undetected timeout total }\n            }\n            ... on File { md5 sha1 sha256 size typeDescription meaningfulName names }\n            ... on Domain { registrar creationDate categories resolvedAddresses { address country asn asOwner } }\n            ... on IpAddress { country asn asOwner network }\n            ... on Url { finalUrl title httpResponseCode }\n          }\n        }\n      }\n    }\n  }\n": types.EnrichedIocsDocument,
    "\n  query EnrichmentStatuses($id: ID!) {\n    collection(id: $id) { iocs(first: 100) { edges { node { value enrichment { status } } } } }\n  }\n": types.EnrichmentStatusesDocument,
    "\n  query IocHashes($value: String!) {\n    ioc(value: $value) {\n      id\n      ... on File { md5 sha1 sha256 }\n      collections(first: 10) { edges { node { id } } }\n    }\n  }\n": types.IocHashesDocument,
    "\n  mutation RefreshEnrichment($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) {\n      __typename\n      ... on RefreshEnrichmentPayload { queued collection { id } }\n      ... on Error { message }\n    }\n  }\n": types.RefreshEnrichmentDocument,
    "\n  query ProviderStatus { enrichmentProvider { name queued due requestsToday dailyQuota ratePerWindow pausedUntil problem } }\n": types.ProviderStatusDocument,
    "\n  query PageWithEnrichment($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 500) {\n        edges {\n          node {\n            value\n            enrichment { status fetchedAt detections { malicious total } firstSeen lastSeen tags reputation }\n            ... on IpAddress { country asn }\n          }\n        }\n      }\n    }\n  }\n": types.PageWithEnrichmentDocument,
    "\n  query Exported($id: ID!) {\n    collection(id: $id) {\n      id name createdAt updatedAt\n      owner { name }\n      json: exportUrl(format: JSON)\n      stix: exportUrl(format: STIX)\n      iocs(first: 50) { edges { addedAt node { value } } }\n    }\n  }\n": types.ExportedDocument,
    "query ExportKeys { viewer { apiKeys { id } } }": types.ExportKeysDocument,
    "\n  mutation ExportRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": types.ExportRevokeKeyDocument,
    "\n  mutation ImportCollection($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload {\n        collection { id name description tags visibility tlp counts { files urls domains ipAddresses total } }\n        report { added duplicates skipped { input reason } invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.ImportCollectionDocument,
    "\n  query ImportedValues($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { type value } } } }\n  }\n": types.ImportedValuesDocument,
    "query ImportOwnCount { viewer { user { collections(first: 100) { edges { node { id } } } } } }": types.ImportOwnCountDocument,
    "\n  query GraphRelated($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      relatedCollections(first: $first, after: $after, type: $type) {\n        edges { cursor sharedIocs sharedIocSample { value } node { name } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n": types.GraphRelatedDocument,
    "\n  query GraphPivot($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            name\n            relatedCollections(first: $related) { edges { sharedIocs node { name owner { name } } } }\n          }\n        }\n      }\n    }\n  }\n": types.GraphPivotDocument,
    "\n  query GraphPivotWithSample($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            relatedCollections(first: $related) {\n              edges { ... on RelatedCollectionEdge { sharedIocSample { value } } node { name } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GraphPivotWithSampleDocument,
    "\n  query GraphRelationships($value: String!, $relation: String, $first: Int, $after: String) {\n    ioc(value: $value) {\n      value\n      relationships(relation: $relation, first: $first, after: $after) {\n        edges { cursor relation origin firstSeen lastSeen node { __typename type value } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n": types.GraphRelationshipsDocument,
    "\n  query GraphDomain($value: String!) {\n    ioc(value: $value) {\n      ... on Domain {\n        parent { value parent { value parent { value } } }\n        subdomains(first: 10) { edges { node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        resolutions(first: 10) { edges { lastSeen origin node { value } } }\n        communicatingFiles(first: 10) { edges { relation node { sha256 } } }\n      }\n    }\n  }\n": types.GraphDomainDocument,
    "\n  query GraphUrl($value: String!) {\n    ioc(value: $value) {\n      ... on Url {\n        networkLocation { __typename value collections(first: 5) { edges { node { id } } } }\n        lastServingIpAddress { value }\n        redirectsTo(first: 5) { edges { node { value } } }\n      }\n    }\n  }\n": types.GraphUrlDocument,
    "\n  query GraphIp($value: String!) {\n    ioc(value: $value) {\n      ... on IpAddress {\n        resolutions(first: 10) { edges { relation lastSeen node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        communicatingFiles(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n": types.GraphIpDocument,
    "\n  query GraphFile($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      __typename\n      ... on File {\n        contactedDomains(first: $first, after: $after) {\n          edges { cursor firstSeen lastSeen node { value resolutions(first: 3) { edges { node { value } } } } }\n          pageInfo { hasNextPage endCursor }\n        }\n        contactedIps(first: 10) { edges { node { value } } }\n        contactedUrls(first: 10) { edges { node { value } } }\n        droppedFiles(first: 10) { edges { node { value } } }\n        executionParents(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n": types.GraphFileDocument,
    "\n  query GraphDeep($id: ID!, $iocs: Int!, $edges: Int!, $collections: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $iocs) {\n        edges {\n          node {\n            value\n            relationships(first: $edges) {\n              edges {\n                relation\n                node { value collections(first: $collections) { edges { node { name } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GraphDeepDocument,
    "\n  query GraphCostly($first: Int!) {\n    collections(first: $first) {\n      edges { node { iocs(first: $first) { edges { node { relationships(first: $first) { edges { node { value } } } } } } } }\n    }\n  }\n": types.GraphCostlyDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id name description tags visibility counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n      ... on LimitExceededError { limit }\n    }\n  }\n": types.CreateCollectionDocument,
    "\n  mutation AddIocs($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": types.AddIocsDocument,
    "\n  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      id\n      name\n      counts { files urls domains ipAddresses total }\n      iocs(first: $first, after: $after, type: $type) {\n        edges { addedAt addedBy { name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.CollectionIocsDocument,
    "\n  query IocLookup($value: String!) {\n    ioc(value: $value) {\n      __typename\n      id\n      type\n      value\n      collections(first: 10) { edges { node { id name } } }\n    }\n  }\n": types.IocLookupDocument,
    "\n  query BadIdLookups($id: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    owned: collections(filter: { owner: $id }) { totalCount edges { cursor } }\n  }\n": types.BadIdLookupsDocument,
    "\n  mutation BadIdMutations($id: ID!) {\n    addIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    removeIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    updateCollection(input: { id: $id, name: \"x\" }) { __typename ... on ValidationError { field } }\n    deleteCollection(input: { id: $id }) { __typename ... on ValidationError { field } }\n    refreshEnrichment(input: { collectionId: $id }) { __typename ... on ValidationError { field } }\n    revokeApiKey(input: { id: $id }) { __typename }\n  }\n": types.BadIdMutationsDocument,
    "subscription SseBadId($id: ID!) { collectionUpdated(id: $id) { kind } }": types.SseBadIdDocument,
    "\n  mutation KeysNewKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id scope createdAt lastUsedAt } }\n      ... on Error { message }\n    }\n  }\n": types.KeysNewKeyDocument,
    "query KeysList { viewer { apiKeys { id name scope createdAt lastUsedAt revokedAt } } }": types.KeysListDocument,
    "\n    mutation KeysCreate { createCollection(input: { name: \"x\" }) { __typename } }\n  ": types.KeysCreateDocument,
    "\n    mutation KeysUpdate($id: ID!) { updateCollection(input: { id: $id, name: \"renamed\" }) { __typename } }\n  ": types.KeysUpdateDocument,
    "\n    mutation KeysDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n  ": types.KeysDeleteDocument,
    "\n    mutation KeysAdd($id: ID!) { addIocs(input: { collectionId: $id, iocs: [{ value: \"read-key.example.com\" }] }) { __typename } }\n  ": types.KeysAddDocument,
    "\n    mutation KeysRemove($id: ID!) { removeIocs(input: { collectionId: $id, iocs: [{ value: \"kept.example.com\" }] }) { __typename } }\n  ": types.KeysRemoveDocument,
    "\n    mutation KeysImport($id: ID!) { importCollection(input: { format: TEXT, content: \"evil.example.com\", collectionId: $id }) { __typename } }\n  ": types.KeysImportDocument,
    "\n    mutation KeysRefresh($id: ID!) { refreshEnrichment(input: { collectionId: $id }) { __typename } }\n  ": types.KeysRefreshDocument,
    "mutation KeysWatch { watchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }": types.KeysWatchDocument,
    "mutation KeysUnwatch { unwatchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }": types.KeysUnwatchDocument,
    "mutation KeysMint { createApiKey(input: { name: \"escalate\", scope: WRITE }) { __typename } }": types.KeysMintDocument,
    "mutation KeysRevokeOwn($key: ID!) { revokeApiKey(input: { id: $key }) { __typename } }": types.KeysRevokeOwnDocument,
    "\n  mutation KeysStrangerUpdate($id: ID!) {\n    updateCollection(input: { id: $id, name: \"renamed\" }) { ... on Error { message } }\n  }\n": types.KeysStrangerUpdateDocument,
    "\n  subscription KeysUpdated($id: ID!, $since: String) { collectionUpdated(id: $id, since: $since) { kind iocs { value } } }\n": types.KeysUpdatedDocument,
    "subscription KeysFeed($since: String) { collectionsFeed(since: $since) { kind iocs { value } } }": types.KeysFeedDocument,
    "\n  subscription KeysEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n": types.KeysEnrichedDocument,
    "\n  mutation KeysRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": types.KeysRevokeDocument,
    "\n  query ExtractLarge($text: String!) {\n    extractIocs(text: $text) { iocs { type value count firstLine } }\n  }\n": types.ExtractLargeDocument,
    "\n  subscription TwoInstancesUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind iocs { value } }\n  }\n": types.TwoInstancesUpdatedDocument,
    "\n  subscription TwoInstancesFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n": types.TwoInstancesFeedDocument,
    "query TwoInstancesKeys { viewer { apiKeys { id } } }": types.TwoInstancesKeysDocument,
    "mutation TwoInstancesRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }": types.TwoInstancesRevokeDocument,
    "\n  query TwoInstancesLatest($id: ID!) {\n    collectionChanges(id: $id, last: 1) { pageInfo { endCursor } }\n  }\n": types.TwoInstancesLatestDocument,
    "\n  mutation SeamKey { createApiKey(input: {}) { __typename ... on CreateApiKeyPayload { apiKey { id } } } }\n": types.SeamKeyDocument,
    "\n  mutation SeamRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n": types.SeamRevokeDocument,
    "\n  subscription SeamEnriched($id: ID!) {\n    enrichmentUpdated(collectionId: $id) { collectionId iocs { value enrichment { provider status } } }\n  }\n": types.SeamEnrichedDocument,
    "\n  subscription LiveCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocCount\n      fields\n      collectionId\n      iocs { __typename type value }\n      actor { name }\n      collection { id name visibility counts { total } }\n    }\n  }\n": types.LiveCollectionUpdatedDocument,
    "\n  subscription LiveCollectionsFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n": types.LiveCollectionsFeedDocument,
    "\n  subscription LiveIocsSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) {\n      id\n      cursor\n      iocs { value }\n      collection { id name }\n      actor { name }\n      change { kind iocCount }\n    }\n  }\n": types.LiveIocsSightedDocument,
    "\n  subscription LiveWatchlistHits($since: String) {\n    watchlistHits(since: $since) { cursor iocs { value } collection { name } }\n  }\n": types.LiveWatchlistHitsDocument,
    "\n  mutation LiveWatchIocs($input: WatchIocsInput!) {\n    watchIocs(input: $input) {\n      __typename\n      ... on WatchIocsPayload { added watchlist { type value ioc { value } } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.LiveWatchIocsDocument,
    "\n  mutation LiveUnwatchIocs($input: WatchIocsInput!) {\n    unwatchIocs(input: $input) {\n      __typename\n      ... on UnwatchIocsPayload { removed watchlist { value } }\n      ... on Error { message }\n    }\n  }\n": types.LiveUnwatchIocsDocument,
    "\n  query LiveWatchlist { watchlist { type value } }\n": types.LiveWatchlistDocument,
    "\n  mutation LiveUpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n": types.LiveUpdateCollectionDocument,
    "\n  mutation LiveDeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename ... on Error { message } }\n  }\n": types.LiveDeleteCollectionDocument,
    "\n  mutation LiveRemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on Error { message } }\n  }\n": types.LiveRemoveIocsDocument,
    "\n  query LiveCollectionChanges($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    collectionChanges(id: $id, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { cursor kind at actor { name } iocs { value } iocCount fields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.LiveCollectionChangesDocument,
    "\n  subscription LiveUpdatedWithHolders($id: ID!) {\n    collectionUpdated(id: $id) { kind iocs { value collections(first: 10) { edges { node { name } } } } }\n  }\n": types.LiveUpdatedWithHoldersDocument,
    "\n  mutation PageLiveRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on RemoveIocsPayload { report { removed } } }\n  }\n": types.PageLiveRemoveDocument,
    "\n  mutation PageLiveRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename }\n  }\n": types.PageLiveRenameDocument,
    "\n  mutation PageLiveDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename }\n  }\n": types.PageLiveDeleteDocument,
    "\n  query PagePermalink($id: ID!) { collection(id: $id) { permalink } }\n": types.PagePermalinkDocument,
    "\n  query PageIocPermalink($value: String!) { ioc(value: $value) { permalink } }\n": types.PageIocPermalinkDocument,
    "\n    mutation PageMeta($input: UpdateCollectionInput!) {\n      updateCollection(input: $input) { __typename }\n    }\n  ": types.PageMetaDocument,
    "\n  mutation PayloadCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      ... on CreateCollectionPayload {\n        collection { id }\n        collectionEdge { cursor node { id name } }\n        addedEdges { cursor addedAt addedBy { id } node { id value } }\n      }\n    }\n  }\n": types.PayloadCreateDocument,
    "\n  mutation PayloadAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      ... on AddIocsPayload { addedEdges { cursor addedAt addedBy { id } node { id value } } }\n    }\n  }\n": types.PayloadAddDocument,
    "\n  mutation PayloadRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { ... on RemoveIocsPayload { removedIocIds } }\n  }\n": types.PayloadRemoveDocument,
    "\n  query PayloadLists($id: ID!) {\n    collections(first: 1) { edges { cursor node { id name } } }\n    collection(id: $id) { iocs(first: 100) { edges { cursor addedAt addedBy { id } node { id value } } } }\n    collectionChanges(id: $id, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          addedEdges { cursor addedAt addedBy { id } node { id value } }\n          removedIocIds\n          deletedCollectionId\n        }\n      }\n    }\n  }\n": types.PayloadListsDocument,
    "\n  query PayloadChangeNode($id: ID!) { node(id: $id) { id ... on CollectionChange { kind } } }\n": types.PayloadChangeNodeDocument,
    "\n  subscription PayloadUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind deletedCollectionId removedIocIds addedEdges { cursor } }\n  }\n": types.PayloadUpdatedDocument,
    "\n  mutation PayloadDelete($id: ID!) {\n    deleteCollection(input: { id: $id }) { ... on DeleteCollectionPayload { deletedCollectionId } }\n  }\n": types.PayloadDeleteDocument,
    "\n  mutation PayloadAddCounted($input: AddIocsInput!) {\n    addIocs(input: $input) { ... on AddIocsPayload { report { added } } }\n  }\n": types.PayloadAddCountedDocument,
    "\n  mutation PayloadWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      ... on WatchIocsPayload { watchlist { id value } query { watchlist { id value } } }\n    }\n  }\n": types.PayloadWatchDocument,
    "\n  query HotRead($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name } } } } }\n      }\n    }\n  }\n": types.HotReadDocument,
    "\n  query HotReadWithOwners($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name owner { name } } } } } }\n      }\n    }\n  }\n": types.HotReadWithOwnersDocument,
    "query RateTiny { __typename }": types.RateTinyDocument,
    "query RateHundred { collections(first: 100) { edges { node { id name } } } }": types.RateHundredDocument,
    "query RateBudget { rateLimit { limit remaining resetAt cost } }": types.RateBudgetDocument,
    "subscription RateFeed { collectionsFeed { cursor kind } }": types.RateFeedDocument,
    "\n  mutation ReachUpdate($id: ID!, $visibility: Visibility!) {\n    updateCollection(input: { id: $id, visibility: $visibility }) { __typename }\n  }\n": types.ReachUpdateDocument,
    "\n  mutation ReachDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n": types.ReachDeleteDocument,
    "\n  mutation ReachRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n": types.ReachRemoveDocument,
    "\n  query ReachHistory($id: ID!) { collectionChanges(id: $id, first: 10) { edges { node { kind iocs { value } } } } }\n": types.ReachHistoryDocument,
    "mutation ReachAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename } }": types.ReachAddDocument,
    "\n  query ReachFile($value: String!) { ioc(value: $value) { id ... on File { md5 sha1 sha256 } } }\n": types.ReachFileDocument,
    "\n  mutation ReachCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n": types.ReachCreateDocument,
    "\n  query RequestBodyOwnCollections { viewer { user { collections(first: 1) { totalCount } } } }\n": types.RequestBodyOwnCollectionsDocument,
    "\n  query CachedCollection($id: ID!) { collection(id: $id) { name visibility counts { total } } }\n": types.CachedCollectionDocument,
    "\n  mutation CachedRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n": types.CachedRenameDocument,
    "\n  mutation CachedAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename ... on Error { message } } }\n": types.CachedAddDocument,
    "\n  query Search($filter: IocFilter, $query: String, $orderBy: IocOrderField, $direction: OrderDirection, $first: Int, $after: String) {\n    iocs(filter: $filter, query: $query, orderBy: $orderBy, direction: $direction, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value type sightings } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchNoCount($query: String, $first: Int) {\n    iocs(query: $query, first: $first) { edges { node { value } } }\n  }\n": types.SearchNoCountDocument,
    "\n  subscription SharedDashboard($id: ID!) {\n    collectionUpdated(id: $id) {\n      cursor\n      kind\n      iocs { value }\n      collection { name counts { total domains } stats { asns { asn count } } aggregatedTags { tag count } }\n    }\n  }\n": types.SharedDashboardDocument,
    "\n  subscription SharedWarned($id: ID!) {\n    collectionUpdated(id: $id) { cursor collection { stats { warned } } }\n  }\n": types.SharedWarnedDocument,
    "\n  query Sightings($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      firstSighted\n      lastSighted\n      sightings\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.SightingsDocument,
    "\n  mutation SightingsAdd($input: AddIocsInput!) {\n    addIocs(input: $input) { __typename ... on AddIocsPayload { addedEdges { addedAt } } }\n  }\n": types.SightingsAddDocument,
    "\n  mutation SightingsRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n": types.SightingsRemoveDocument,
    "\n  mutation SightingsUpdate($input: UpdateCollectionInput!) { updateCollection(input: $input) { __typename } }\n": types.SightingsUpdateDocument,
    "\n  mutation SightingsDelete($input: DeleteCollectionInput!) { deleteCollection(input: $input) { __typename } }\n": types.SightingsDeleteDocument,
    "\n  query SightingsMany($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { value firstSighted lastSighted sightings } } } }\n  }\n": types.SightingsManyDocument,
    "\n  query SightingsManyPlain($id: ID!) { collection(id: $id) { iocs(first: 200) { edges { node { value } } } } }\n": types.SightingsManyPlainDocument,
    "\n  mutation CreateTlp($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { id tlp } }\n      ... on Error { message }\n    }\n  }\n": types.CreateTlpDocument,
    "\n  mutation SetTlp($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on UpdateCollectionPayload { collection { tlp } } }\n  }\n": types.SetTlpDocument,
    "\n  mutation TlpRefresh($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) { __typename ... on RefreshEnrichmentPayload { queued } }\n  }\n": types.TlpRefreshDocument,
    "\n  query TlpIoc($value: String!) { ioc(value: $value) { value enrichment { status } } }\n": types.TlpIocDocument,
    "\n  mutation CreateShared($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n": types.CreateSharedDocument,
    "\n  mutation ImportTlp($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload { collection { id name tlp } report { added } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n": types.ImportTlpDocument,
    "\n  query TlpCount($id: ID!) { collection(id: $id) { counts { total } } }\n": types.TlpCountDocument,
    "query TlpOwned { viewer { user { collections(first: 100) { totalCount } } } }": types.TlpOwnedDocument,
    "\n  query Everywhere($id: ID!, $ioc: String!, $owner: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collections(first: 100, filter: { owner: $owner }) { edges { node { id } } }\n    ioc(value: $ioc) {\n      collections(first: 10) { totalCount edges { node { id counts { total } } } }\n    }\n  }\n": types.EverywhereDocument,
    "query OwnerId { viewer { user { id } } }": types.OwnerIdDocument,
    "mutation AnonDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }": types.AnonDeleteDocument,
    "\n  query WarningsPreview($text: String!) {\n    extractIocs(text: $text) { iocs { type value warnings { list reason } } }\n  }\n": types.WarningsPreviewDocument,
    "\n  query WarningsLookup($value: String!) {\n    ioc(value: $value) { value warnings { list reason } }\n  }\n": types.WarningsLookupDocument,
    "\n  mutation WarningsReported($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id }\n        report { added duplicates warnings { type value warnings { list } } }\n      }\n    }\n  }\n": types.WarningsReportedDocument,
    "\n  mutation WarningsAddReported($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload { report { added duplicates warnings { value warnings { list reason } } } }\n    }\n  }\n": types.WarningsAddReportedDocument,
    "\n  query WarningsStats($id: ID!) { collection(id: $id) { stats { warned warnings { list count } } } }\n": types.WarningsStatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutEvents($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocs { value }\n      collection { id name counts { total } }\n    }\n  }\n"): (typeof documents)["\n  subscription FanoutEvents($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocs { value }\n      collection { id name counts { total } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FanoutCursor($id: ID!) { collectionChanges(id: $id, last: 1) { pageInfo { endCursor } } }\n"): (typeof documents)["\n  query FanoutCursor($id: ID!) { collectionChanges(id: $id, last: 1) { pageInfo { endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchWide($id: ID!) {\n    collection(id: $id) { iocs(first: 1000) { edges { node { id type value } } } }\n  }\n"): (typeof documents)["\n  query BenchWide($id: ID!) {\n    collection(id: $id) { iocs(first: 1000) { edges { node { id type value } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchDeep($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 100) {\n        edges {\n          node {\n            value\n            relationships(first: 10) {\n              edges { relation node { value collections(first: 5) { edges { node { name } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchDeep($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 100) {\n        edges {\n          node {\n            value\n            relationships(first: 10) {\n              edges { relation node { value collections(first: 5) { edges { node { name } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchPivot($value: String!) {\n    ioc(value: $value) {\n      collections(first: 10) {\n        edges { node { name relatedCollections(first: 5) { edges { sharedIocs node { name } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchPivot($value: String!) {\n    ioc(value: $value) {\n      collections(first: 10) {\n        edges { node { name relatedCollections(first: 5) { edges { sharedIocs node { name } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSearch($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { edges { node { value } } }\n  }\n"): (typeof documents)["\n  query BenchSearch($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { edges { node { value } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSearchCounted($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { totalCount edges { node { value } } }\n  }\n"): (typeof documents)["\n  query BenchSearchCounted($query: String, $orderBy: IocOrderField) {\n    iocs(query: $query, orderBy: $orderBy, first: 20) { totalCount edges { node { value } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { secret apiKey { id scope } } }\n  }\n"): (typeof documents)["\n  mutation AccessApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { secret apiKey { id scope } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AccessRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessWhoAmI { viewer { user { id } } }"): (typeof documents)["query AccessWhoAmI { viewer { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessIoc($value: String!) {\n    ioc(value: $value) {\n      id\n      value\n      enrichment { status }\n      sightings\n      firstSighted\n      lastSighted\n      collections(first: 20) { totalCount edges { node { id } } }\n    }\n  }\n"): (typeof documents)["\n  query AccessIoc($value: String!) {\n    ioc(value: $value) {\n      id\n      value\n      enrichment { status }\n      sightings\n      firstSighted\n      lastSighted\n      collections(first: 20) { totalCount edges { node { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessSearch($query: String!, $filter: IocFilter) {\n    iocs(query: $query, filter: $filter, first: 50) { totalCount edges { node { value sightings } } }\n  }\n"): (typeof documents)["\n  query AccessSearch($query: String!, $filter: IocFilter) {\n    iocs(query: $query, filter: $filter, first: 50) { totalCount edges { node { value sightings } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessNode($id: ID!) {\n    node(id: $id) { id }\n    nodes(ids: [$id]) { id }\n  }\n"): (typeof documents)["\n  query AccessNode($id: ID!) {\n    node(id: $id) { id }\n    nodes(ids: [$id]) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessEdges($anchor: String!, $c2: String!, $ip: String!, $held: String!, $file: String!) {\n    anchor: ioc(value: $anchor) {\n      __typename\n      relationships(first: 50) { totalCount edges { relation node { value } } }\n      ... on Domain {\n        subdomains(first: 50) { totalCount edges { node { value } } }\n        urls(first: 50) { totalCount edges { node { value } } }\n      }\n    }\n    c2: ioc(value: $c2) {\n      __typename\n      ... on Domain { communicatingFiles(first: 50) { totalCount edges { node { value } } } }\n    }\n    ip: ioc(value: $ip) {\n      __typename\n      ... on IpAddress { resolutions(first: 50) { totalCount edges { node { value } } } }\n    }\n    held: ioc(value: $held) {\n      relationships(first: 50) { edges { node { value } } }\n      ... on Domain { resolvedAddresses { address } }\n    }\n    file: ioc(value: $file) {\n      __typename\n      ... on File { contactedDomains(first: 50) { edges { node { value } } } }\n    }\n  }\n"): (typeof documents)["\n  query AccessEdges($anchor: String!, $c2: String!, $ip: String!, $held: String!, $file: String!) {\n    anchor: ioc(value: $anchor) {\n      __typename\n      relationships(first: 50) { totalCount edges { relation node { value } } }\n      ... on Domain {\n        subdomains(first: 50) { totalCount edges { node { value } } }\n        urls(first: 50) { totalCount edges { node { value } } }\n      }\n    }\n    c2: ioc(value: $c2) {\n      __typename\n      ... on Domain { communicatingFiles(first: 50) { totalCount edges { node { value } } } }\n    }\n    ip: ioc(value: $ip) {\n      __typename\n      ... on IpAddress { resolutions(first: 50) { totalCount edges { node { value } } } }\n    }\n    held: ioc(value: $held) {\n      relationships(first: 50) { edges { node { value } } }\n      ... on Domain { resolvedAddresses { address } }\n    }\n    file: ioc(value: $file) {\n      __typename\n      ... on File { contactedDomains(first: 50) { edges { node { value } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessCollection($id: ID!, $held: String!, $ownerId: ID!) {\n    collection(id: $id) {\n      id\n      counts { total }\n      aggregatedTags { tag }\n      stats { enriched }\n      iocs(first: 50) { totalCount edges { node { value } } }\n    }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 10) { totalCount edges { node { kind iocs { value } } } }\n    listed: collections(first: 50, filter: { containsIoc: $held }) { totalCount edges { node { id } } }\n    owned: node(id: $ownerId) { __typename ... on User { collections(first: 50) { totalCount edges { node { id } } } } }\n  }\n"): (typeof documents)["\n  query AccessCollection($id: ID!, $held: String!, $ownerId: ID!) {\n    collection(id: $id) {\n      id\n      counts { total }\n      aggregatedTags { tag }\n      stats { enriched }\n      iocs(first: 50) { totalCount edges { node { value } } }\n    }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 10) { totalCount edges { node { kind iocs { value } } } }\n    listed: collections(first: 50, filter: { containsIoc: $held }) { totalCount edges { node { id } } }\n    owned: node(id: $ownerId) { __typename ... on User { collections(first: 50) { totalCount edges { node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRelated($id: ID!) {\n    collection(id: $id) {\n      relatedCollections(first: 20) { totalCount edges { sharedIocs node { id } sharedIocSample { value } } }\n    }\n  }\n"): (typeof documents)["\n  query AccessRelated($id: ID!) {\n    collection(id: $id) {\n      relatedCollections(first: 20) { totalCount edges { sharedIocs node { id } sharedIocSample { value } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessWatchlist { watchlist { value ioc { id } } }"): (typeof documents)["query AccessWatchlist { watchlist { value ioc { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessWatch($input: WatchIocsInput!) { watchIocs(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation AccessWatch($input: WatchIocsInput!) { watchIocs(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind iocs { value } collection { id } }\n  }\n"): (typeof documents)["\n  subscription AccessUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind iocs { value } collection { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessFeed($since: String) { collectionsFeed(since: $since) { kind collectionId iocs { value } } }\n"): (typeof documents)["\n  subscription AccessFeed($since: String) { collectionsFeed(since: $since) { kind collectionId iocs { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) { iocs { value } collection { id } }\n  }\n"): (typeof documents)["\n  subscription AccessSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) { iocs { value } collection { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLastChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n"): (typeof documents)["\n  query AccessLastChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n"): (typeof documents)["\n  subscription AccessEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRulesMe { viewer { user { name } } }"): (typeof documents)["query KeyRulesMe { viewer { user { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyRulesKeys { viewer { apiKeys { id name prefix scope lastUsedAt revokedAt } } }"): (typeof documents)["query KeyRulesKeys { viewer { apiKeys { id name prefix scope lastUsedAt revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeyRulesMake($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix scope } }\n      ... on ValidationError { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation KeyRulesMake($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix scope } }\n      ... on ValidationError { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeyRulesRevoke($id: ID!) {\n    revokeApiKey(input: { id: $id }) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation KeyRulesRevoke($id: ID!) {\n    revokeApiKey(input: { id: $id }) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Preview($text: String!) {\n          extractIocs(text: $text) { iocs { type value count defanged firstLine } }\n        }\n      "): (typeof documents)["\n        query Preview($text: String!) {\n          extractIocs(text: $text) { iocs { type value count defanged firstLine } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewLookup { ioc(value: \"192.168.1.10\") { id } }"): (typeof documents)["query PreviewLookup { ioc(value: \"192.168.1.10\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DefangSetup($input: CreateCollectionInput!) { createCollection(input: $input) { __typename } }"): (typeof documents)["mutation DefangSetup($input: CreateCollectionInput!) { createCollection(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Defanged { ioc(value: \"http://defang.example.com/path\") { value safe: value(defanged: true) } }"): (typeof documents)["query Defanged { ioc(value: \"http://defang.example.com/path\") { value safe: value(defanged: true) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer { viewer { user { name } apiKeys { id prefix revokedAt } } }"): (typeof documents)["query Viewer { viewer { user { name } apiKeys { id prefix revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String) {\n    createApiKey(input: { name: $name }) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String) {\n    createApiKey(input: { name: $name }) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id name prefix } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { revokedAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      __typename\n      ... on RevokeApiKeyPayload { apiKey { revokedAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query KeyNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputUpdate($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on ValidationError { field message } }\n  }\n"): (typeof documents)["\n  mutation BadInputUpdate($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on ValidationError { field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputHistory($id: ID!) { collectionChanges(id: $id, first: 50) { totalCount edges { node { kind } } } }\n"): (typeof documents)["\n  query BadInputHistory($id: ID!) { collectionChanges(id: $id, first: 50) { totalCount edges { node { kind } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputSearch($search: String!) { collections(first: 5, filter: { search: $search }) { totalCount } }\n"): (typeof documents)["\n  query BadInputSearch($search: String!) { collections(first: 5, filter: { search: $search }) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputWatchlist { watchlist { value } }"): (typeof documents)["query BadInputWatchlist { watchlist { value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputBack($id: ID!) { collection(id: $id) { name } }"): (typeof documents)["query BadInputBack($id: ID!) { collection(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApolloWatchlist { watchlist { id value } }"): (typeof documents)["query ApolloWatchlist { watchlist { id value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApolloWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      __typename\n      ... on WatchIocsPayload { query { watchlist { id value } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ApolloWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      __typename\n      ... on WatchIocsPayload { query { watchlist { id value } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientApp($id: ID!, $count: Int!, $after: String, $iocCount: Int!, $iocAfter: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    collection(id: $id) {\n      id\n      name\n      counts { total domains }\n      iocs(first: $iocCount, after: $iocAfter) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientApp($id: ID!, $count: Int!, $after: String, $iocCount: Int!, $iocAfter: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    collection(id: $id) {\n      id\n      name\n      counts { total domains }\n      iocs(first: $iocCount, after: $iocAfter) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCollectionsPage($count: Int!, $after: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ClientCollectionsPage($count: Int!, $after: String) {\n    collections(first: $count, after: $after) {\n      edges { cursor node { id name counts { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientIocsPage($id: ID!, $count: Int!, $after: String) {\n    collection(id: $id) {\n      id\n      iocs(first: $count, after: $after) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientIocsPage($id: ID!, $count: Int!, $after: String) {\n    collection(id: $id) {\n      id\n      iocs(first: $count, after: $after) {\n        edges { cursor addedAt addedBy { id name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collectionEdge { cursor node { id name counts { total } } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collectionEdge { cursor node { id name counts { total } } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { total domains } }\n        addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { total domains } }\n        addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload { collection { id counts { total domains } } removedIocIds }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload { collection { id counts { total domains } } removedIocIds }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      id\n      kind\n      collection { id counts { total domains } }\n      addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      removedIocIds\n      deletedCollectionId\n    }\n  }\n"): (typeof documents)["\n  subscription ClientCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      id\n      kind\n      collection { id counts { total domains } }\n      addedEdges { cursor addedAt addedBy { id name } node { __typename id type value } }\n      removedIocIds\n      deletedCollectionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientLatestChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n"): (typeof documents)["\n  query ClientLatestChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRemoteRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation ClientRemoteRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetaFields on Collection {\n    id name collectionType altNames references { url title } targetedIndustries targetedRegions sourceRegion\n    tlp updatedAt\n  }\n"): (typeof documents)["\n  fragment MetaFields on Collection {\n    id name collectionType altNames references { url title } targetedIndustries targetedRegions sourceRegion\n    tlp updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeta($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeta($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeta($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeta($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { ...MetaFields } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaHistory($id: ID!) {\n    collectionChanges(id: $id, first: 50) { totalCount edges { node { kind fields changes { field from to } } } }\n  }\n"): (typeof documents)["\n  query MetaHistory($id: ID!) {\n    collectionChanges(id: $id, first: 50) { totalCount edges { node { kind fields changes { field from to } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetaSearch($filter: CollectionFilter, $orderBy: CollectionOrderField, $direction: OrderDirection) {\n    collections(first: 100, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount edges { node { name tlp collectionType } }\n    }\n  }\n"): (typeof documents)["\n  query MetaSearch($filter: CollectionFilter, $orderBy: CollectionOrderField, $direction: OrderDirection) {\n    collections(first: 100, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount edges { node { name tlp collectionType } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetaViewer { viewer { user { id } } }"): (typeof documents)["query MetaViewer { viewer { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { deletedCollectionId }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload {\n        collection { counts { total domains urls } }\n        report { removed notInCollection invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload {\n        collection { counts { total domains urls } }\n        report { removed notInCollection invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionCount { collections(first: 100) { edges { node { id } } } }\n"): (typeof documents)["\n  query CollectionCount { collections(first: 100) { edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionLists($id: ID!) {\n    collection(id: $id) { tags altNames targetedIndustries targetedRegions sourceRegion tlp collectionType }\n  }\n"): (typeof documents)["\n  query CollectionLists($id: ID!) {\n    collection(id: $id) { tags altNames targetedIndustries targetedRegions sourceRegion tlp collectionType }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { totalCount }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { totalCount } } }\n    collection(id: $id) {\n      iocs(first: 1) { totalCount }\n      domains: iocs(first: 1, type: DOMAIN) { totalCount }\n      relatedCollections(first: 1) { totalCount }\n    }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    ioc(value: $value) { collections(first: 1) { totalCount } }\n    url: ioc(value: $url) { relationships(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query ConnectionTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { totalCount }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { totalCount } } }\n    collection(id: $id) {\n      iocs(first: 1) { totalCount }\n      domains: iocs(first: 1, type: DOMAIN) { totalCount }\n      relatedCollections(first: 1) { totalCount }\n    }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    ioc(value: $value) { collections(first: 1) { totalCount } }\n    url: ioc(value: $url) { relationships(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsWithoutTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { edges { cursor } }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { edges { cursor } } } }\n    collection(id: $id) {\n      iocs(first: 1) { edges { cursor } }\n      relatedCollections(first: 1) { edges { cursor } }\n    }\n    collectionChanges(id: $id, first: 1) { edges { cursor } }\n    ioc(value: $value) { collections(first: 1) { edges { cursor } } }\n    url: ioc(value: $url) { relationships(first: 1) { edges { cursor } } }\n  }\n"): (typeof documents)["\n  query ConnectionsWithoutTotals($id: ID!, $owner: ID!, $search: String!, $value: String!, $url: String!) {\n    collections(first: 1, filter: { search: $search }) { edges { cursor } }\n    owned: node(id: $owner) { ... on User { collections(first: 1) { edges { cursor } } } }\n    collection(id: $id) {\n      iocs(first: 1) { edges { cursor } }\n      relatedCollections(first: 1) { edges { cursor } }\n    }\n    collectionChanges(id: $id, first: 1) { edges { cursor } }\n    ioc(value: $value) { collections(first: 1) { edges { cursor } } }\n    url: ioc(value: $url) { relationships(first: 1) { edges { cursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlyTotal($value: String!) {\n    ioc(value: $value) {\n      collections(first: 5) { totalCount }\n      pages: collections(first: 5) { pageInfo { hasNextPage } }\n      cursors: collections(first: 5) { edges { cursor } }\n    }\n  }\n"): (typeof documents)["\n  query OnlyTotal($value: String!) {\n    ioc(value: $value) {\n      collections(first: 5) { totalCount }\n      pages: collections(first: 5) { pageInfo { hasNextPage } }\n      cursors: collections(first: 5) { edges { cursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagedIocs($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collection(id: $id) {\n      iocs(first: $first, last: $last, after: $after, before: $before) {\n        edges { cursor node { value } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PagedIocs($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collection(id: $id) {\n      iocs(first: $first, last: $last, after: $after, before: $before) {\n        edges { cursor node { value } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagedCollections($search: String!, $first: Int, $last: Int, $before: String) {\n    collections(filter: { search: $search }, first: $first, last: $last, before: $before) {\n      edges { node { name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor }\n    }\n  }\n"): (typeof documents)["\n  query PagedCollections($search: String!, $first: Int, $last: Int, $before: String) {\n    collections(filter: { search: $search }, first: $first, last: $last, before: $before) {\n      edges { node { name } }\n      pageInfo { hasNextPage hasPreviousPage startCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagedChanges($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collectionChanges(id: $id, first: $first, last: $last, after: $after, before: $before) {\n      edges { cursor node { kind } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n"): (typeof documents)["\n  query PagedChanges($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {\n    collectionChanges(id: $id, first: $first, last: $last, after: $after, before: $before) {\n      edges { cursor node { kind } }\n      pageInfo { hasNextPage hasPreviousPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imported($id: ID!) {\n    collection(id: $id) {\n      aggregatedTags { tag count }\n      iocs(first: 10) {\n        edges {\n          node {\n            __typename value detectionRatio\n            enrichment { provider status tags }\n            ... on File { md5 sha1 sha256 typeDescription }\n            ... on Domain { registrar resolvedAddresses { address } }\n            ... on Url { title }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Imported($id: ID!) {\n    collection(id: $id) {\n      aggregatedTags { tag count }\n      iocs(first: 10) {\n        edges {\n          node {\n            __typename value detectionRatio\n            enrichment { provider status tags }\n            ... on File { md5 sha1 sha256 typeDescription }\n            ... on Domain { registrar resolvedAddresses { address } }\n            ... on Url { title }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedLookup($value: String!) {\n    ioc(value: $value) { __typename value enrichment { provider status } ... on Domain { registrar } }\n  }\n"): (typeof documents)["\n  query ImportedLookup($value: String!) {\n    ioc(value: $value) { __typename value enrichment { provider status } ... on Domain { registrar } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnrichImportIocValue($value: String!) { ioc(value: $value) { value } }"): (typeof documents)["query EnrichImportIocValue($value: String!) { ioc(value: $value) { value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrichedIocs($id: ID!) {\n    collection(id: $id) {\n      counts { files total }\n      aggregatedTags { tag count }\n      stats {\n        enriched pending notFound errors malicious suspicious clean\n        detections { min max count }\n        countries { value count }\n        asns { asn asOwner count }\n        asOwners { value count }\n        fileTypes { value count }\n      }\n      iocs(first: 50) {\n        edges {\n          node {\n            __typename id value detectionRatio\n            enrichment {\n              provider status fetchedAt error detectionRatio firstSeen lastSeen tags reputation\n              detections { malicious suspicious harmless undetected timeout total }\n            }\n            ... on File { md5 sha1 sha256 size typeDescription meaningfulName names }\n            ... on Domain { registrar creationDate categories resolvedAddresses { address country asn asOwner } }\n            ... on IpAddress { country asn asOwner network }\n            ... on Url { finalUrl title httpResponseCode }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrichedIocs($id: ID!) {\n    collection(id: $id) {\n      counts { files total }\n      aggregatedTags { tag count }\n      stats {\n        enriched pending notFound errors malicious suspicious clean\n        detections { min max count }\n        countries { value count }\n        asns { asn asOwner count }\n        asOwners { value count }\n        fileTypes { value count }\n      }\n      iocs(first: 50) {\n        edges {\n          node {\n            __typename id value detectionRatio\n            enrichment {\n              provider status fetchedAt error detectionRatio firstSeen lastSeen tags reputation\n              detections { malicious suspicious harmless undetected timeout total }\n            }\n            ... on File { md5 sha1 sha256 size typeDescription meaningfulName names }\n            ... on Domain { registrar creationDate categories resolvedAddresses { address country asn asOwner } }\n            ... on IpAddress { country asn asOwner network }\n            ... on Url { finalUrl title httpResponseCode }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrichmentStatuses($id: ID!) {\n    collection(id: $id) { iocs(first: 100) { edges { node { value enrichment { status } } } } }\n  }\n"): (typeof documents)["\n  query EnrichmentStatuses($id: ID!) {\n    collection(id: $id) { iocs(first: 100) { edges { node { value enrichment { status } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IocHashes($value: String!) {\n    ioc(value: $value) {\n      id\n      ... on File { md5 sha1 sha256 }\n      collections(first: 10) { edges { node { id } } }\n    }\n  }\n"): (typeof documents)["\n  query IocHashes($value: String!) {\n    ioc(value: $value) {\n      id\n      ... on File { md5 sha1 sha256 }\n      collections(first: 10) { edges { node { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshEnrichment($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) {\n      __typename\n      ... on RefreshEnrichmentPayload { queued collection { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshEnrichment($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) {\n      __typename\n      ... on RefreshEnrichmentPayload { queued collection { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderStatus { enrichmentProvider { name queued due requestsToday dailyQuota ratePerWindow pausedUntil problem } }\n"): (typeof documents)["\n  query ProviderStatus { enrichmentProvider { name queued due requestsToday dailyQuota ratePerWindow pausedUntil problem } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageWithEnrichment($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 500) {\n        edges {\n          node {\n            value\n            enrichment { status fetchedAt detections { malicious total } firstSeen lastSeen tags reputation }\n            ... on IpAddress { country asn }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PageWithEnrichment($id: ID!) {\n    collection(id: $id) {\n      iocs(first: 500) {\n        edges {\n          node {\n            value\n            enrichment { status fetchedAt detections { malicious total } firstSeen lastSeen tags reputation }\n            ... on IpAddress { country asn }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exported($id: ID!) {\n    collection(id: $id) {\n      id name createdAt updatedAt\n      owner { name }\n      json: exportUrl(format: JSON)\n      stix: exportUrl(format: STIX)\n      iocs(first: 50) { edges { addedAt node { value } } }\n    }\n  }\n"): (typeof documents)["\n  query Exported($id: ID!) {\n    collection(id: $id) {\n      id name createdAt updatedAt\n      owner { name }\n      json: exportUrl(format: JSON)\n      stix: exportUrl(format: STIX)\n      iocs(first: 50) { edges { addedAt node { value } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportKeys { viewer { apiKeys { id } } }"): (typeof documents)["query ExportKeys { viewer { apiKeys { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation ExportRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCollection($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload {\n        collection { id name description tags visibility tlp counts { files urls domains ipAddresses total } }\n        report { added duplicates skipped { input reason } invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCollection($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload {\n        collection { id name description tags visibility tlp counts { files urls domains ipAddresses total } }\n        report { added duplicates skipped { input reason } invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportedValues($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { type value } } } }\n  }\n"): (typeof documents)["\n  query ImportedValues($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { type value } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportOwnCount { viewer { user { collections(first: 100) { edges { node { id } } } } } }"): (typeof documents)["query ImportOwnCount { viewer { user { collections(first: 100) { edges { node { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphRelated($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      relatedCollections(first: $first, after: $after, type: $type) {\n        edges { cursor sharedIocs sharedIocSample { value } node { name } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphRelated($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      relatedCollections(first: $first, after: $after, type: $type) {\n        edges { cursor sharedIocs sharedIocSample { value } node { name } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphPivot($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            name\n            relatedCollections(first: $related) { edges { sharedIocs node { name owner { name } } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphPivot($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            name\n            relatedCollections(first: $related) { edges { sharedIocs node { name owner { name } } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphPivotWithSample($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            relatedCollections(first: $related) {\n              edges { ... on RelatedCollectionEdge { sharedIocSample { value } } node { name } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphPivotWithSample($value: String!, $collections: Int!, $related: Int!) {\n    ioc(value: $value) {\n      collections(first: $collections) {\n        edges {\n          node {\n            relatedCollections(first: $related) {\n              edges { ... on RelatedCollectionEdge { sharedIocSample { value } } node { name } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphRelationships($value: String!, $relation: String, $first: Int, $after: String) {\n    ioc(value: $value) {\n      value\n      relationships(relation: $relation, first: $first, after: $after) {\n        edges { cursor relation origin firstSeen lastSeen node { __typename type value } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphRelationships($value: String!, $relation: String, $first: Int, $after: String) {\n    ioc(value: $value) {\n      value\n      relationships(relation: $relation, first: $first, after: $after) {\n        edges { cursor relation origin firstSeen lastSeen node { __typename type value } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphDomain($value: String!) {\n    ioc(value: $value) {\n      ... on Domain {\n        parent { value parent { value parent { value } } }\n        subdomains(first: 10) { edges { node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        resolutions(first: 10) { edges { lastSeen origin node { value } } }\n        communicatingFiles(first: 10) { edges { relation node { sha256 } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphDomain($value: String!) {\n    ioc(value: $value) {\n      ... on Domain {\n        parent { value parent { value parent { value } } }\n        subdomains(first: 10) { edges { node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        resolutions(first: 10) { edges { lastSeen origin node { value } } }\n        communicatingFiles(first: 10) { edges { relation node { sha256 } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphUrl($value: String!) {\n    ioc(value: $value) {\n      ... on Url {\n        networkLocation { __typename value collections(first: 5) { edges { node { id } } } }\n        lastServingIpAddress { value }\n        redirectsTo(first: 5) { edges { node { value } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphUrl($value: String!) {\n    ioc(value: $value) {\n      ... on Url {\n        networkLocation { __typename value collections(first: 5) { edges { node { id } } } }\n        lastServingIpAddress { value }\n        redirectsTo(first: 5) { edges { node { value } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphIp($value: String!) {\n    ioc(value: $value) {\n      ... on IpAddress {\n        resolutions(first: 10) { edges { relation lastSeen node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        communicatingFiles(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphIp($value: String!) {\n    ioc(value: $value) {\n      ... on IpAddress {\n        resolutions(first: 10) { edges { relation lastSeen node { value } } }\n        urls(first: 10) { edges { relation node { value } } }\n        communicatingFiles(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphFile($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      __typename\n      ... on File {\n        contactedDomains(first: $first, after: $after) {\n          edges { cursor firstSeen lastSeen node { value resolutions(first: 3) { edges { node { value } } } } }\n          pageInfo { hasNextPage endCursor }\n        }\n        contactedIps(first: 10) { edges { node { value } } }\n        contactedUrls(first: 10) { edges { node { value } } }\n        droppedFiles(first: 10) { edges { node { value } } }\n        executionParents(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphFile($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      __typename\n      ... on File {\n        contactedDomains(first: $first, after: $after) {\n          edges { cursor firstSeen lastSeen node { value resolutions(first: 3) { edges { node { value } } } } }\n          pageInfo { hasNextPage endCursor }\n        }\n        contactedIps(first: 10) { edges { node { value } } }\n        contactedUrls(first: 10) { edges { node { value } } }\n        droppedFiles(first: 10) { edges { node { value } } }\n        executionParents(first: 10) { edges { node { value } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphDeep($id: ID!, $iocs: Int!, $edges: Int!, $collections: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $iocs) {\n        edges {\n          node {\n            value\n            relationships(first: $edges) {\n              edges {\n                relation\n                node { value collections(first: $collections) { edges { node { name } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphDeep($id: ID!, $iocs: Int!, $edges: Int!, $collections: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $iocs) {\n        edges {\n          node {\n            value\n            relationships(first: $edges) {\n              edges {\n                relation\n                node { value collections(first: $collections) { edges { node { name } } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphCostly($first: Int!) {\n    collections(first: $first) {\n      edges { node { iocs(first: $first) { edges { node { relationships(first: $first) { edges { node { value } } } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query GraphCostly($first: Int!) {\n    collections(first: $first) {\n      edges { node { iocs(first: $first) { edges { node { relationships(first: $first) { edges { node { value } } } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id name description tags visibility counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n      ... on LimitExceededError { limit }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id name description tags visibility counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n      ... on LimitExceededError { limit }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIocs($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AddIocs($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      id\n      name\n      counts { files urls domains ipAddresses total }\n      iocs(first: $first, after: $after, type: $type) {\n        edges { addedAt addedBy { name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      id\n      name\n      counts { files urls domains ipAddresses total }\n      iocs(first: $first, after: $after, type: $type) {\n        edges { addedAt addedBy { name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IocLookup($value: String!) {\n    ioc(value: $value) {\n      __typename\n      id\n      type\n      value\n      collections(first: 10) { edges { node { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query IocLookup($value: String!) {\n    ioc(value: $value) {\n      __typename\n      id\n      type\n      value\n      collections(first: 10) { edges { node { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadIdLookups($id: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    owned: collections(filter: { owner: $id }) { totalCount edges { cursor } }\n  }\n"): (typeof documents)["\n  query BadIdLookups($id: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collectionChanges(id: $id, first: 1) { totalCount }\n    owned: collections(filter: { owner: $id }) { totalCount edges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadIdMutations($id: ID!) {\n    addIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    removeIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    updateCollection(input: { id: $id, name: \"x\" }) { __typename ... on ValidationError { field } }\n    deleteCollection(input: { id: $id }) { __typename ... on ValidationError { field } }\n    refreshEnrichment(input: { collectionId: $id }) { __typename ... on ValidationError { field } }\n    revokeApiKey(input: { id: $id }) { __typename }\n  }\n"): (typeof documents)["\n  mutation BadIdMutations($id: ID!) {\n    addIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    removeIocs(input: { collectionId: $id, iocs: [{ value: \"a.example.org\" }] }) {\n      __typename ... on ValidationError { field }\n    }\n    updateCollection(input: { id: $id, name: \"x\" }) { __typename ... on ValidationError { field } }\n    deleteCollection(input: { id: $id }) { __typename ... on ValidationError { field } }\n    refreshEnrichment(input: { collectionId: $id }) { __typename ... on ValidationError { field } }\n    revokeApiKey(input: { id: $id }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseBadId($id: ID!) { collectionUpdated(id: $id) { kind } }"): (typeof documents)["subscription SseBadId($id: ID!) { collectionUpdated(id: $id) { kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysNewKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id scope createdAt lastUsedAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation KeysNewKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreateApiKeyPayload { secret apiKey { id scope createdAt lastUsedAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysList { viewer { apiKeys { id name scope createdAt lastUsedAt revokedAt } } }"): (typeof documents)["query KeysList { viewer { apiKeys { id name scope createdAt lastUsedAt revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysCreate { createCollection(input: { name: \"x\" }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysCreate { createCollection(input: { name: \"x\" }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysUpdate($id: ID!) { updateCollection(input: { id: $id, name: \"renamed\" }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysUpdate($id: ID!) { updateCollection(input: { id: $id, name: \"renamed\" }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysAdd($id: ID!) { addIocs(input: { collectionId: $id, iocs: [{ value: \"read-key.example.com\" }] }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysAdd($id: ID!) { addIocs(input: { collectionId: $id, iocs: [{ value: \"read-key.example.com\" }] }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysRemove($id: ID!) { removeIocs(input: { collectionId: $id, iocs: [{ value: \"kept.example.com\" }] }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysRemove($id: ID!) { removeIocs(input: { collectionId: $id, iocs: [{ value: \"kept.example.com\" }] }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysImport($id: ID!) { importCollection(input: { format: TEXT, content: \"evil.example.com\", collectionId: $id }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysImport($id: ID!) { importCollection(input: { format: TEXT, content: \"evil.example.com\", collectionId: $id }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation KeysRefresh($id: ID!) { refreshEnrichment(input: { collectionId: $id }) { __typename } }\n  "): (typeof documents)["\n    mutation KeysRefresh($id: ID!) { refreshEnrichment(input: { collectionId: $id }) { __typename } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysWatch { watchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }"): (typeof documents)["mutation KeysWatch { watchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysUnwatch { unwatchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }"): (typeof documents)["mutation KeysUnwatch { unwatchIocs(input: { values: [\"watched.example.com\"] }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysMint { createApiKey(input: { name: \"escalate\", scope: WRITE }) { __typename } }"): (typeof documents)["mutation KeysMint { createApiKey(input: { name: \"escalate\", scope: WRITE }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysRevokeOwn($key: ID!) { revokeApiKey(input: { id: $key }) { __typename } }"): (typeof documents)["mutation KeysRevokeOwn($key: ID!) { revokeApiKey(input: { id: $key }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysStrangerUpdate($id: ID!) {\n    updateCollection(input: { id: $id, name: \"renamed\" }) { ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation KeysStrangerUpdate($id: ID!) {\n    updateCollection(input: { id: $id, name: \"renamed\" }) { ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KeysUpdated($id: ID!, $since: String) { collectionUpdated(id: $id, since: $since) { kind iocs { value } } }\n"): (typeof documents)["\n  subscription KeysUpdated($id: ID!, $since: String) { collectionUpdated(id: $id, since: $since) { kind iocs { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription KeysFeed($since: String) { collectionsFeed(since: $since) { kind iocs { value } } }"): (typeof documents)["subscription KeysFeed($since: String) { collectionsFeed(since: $since) { kind iocs { value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KeysEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n"): (typeof documents)["\n  subscription KeysEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation KeysRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtractLarge($text: String!) {\n    extractIocs(text: $text) { iocs { type value count firstLine } }\n  }\n"): (typeof documents)["\n  query ExtractLarge($text: String!) {\n    extractIocs(text: $text) { iocs { type value count firstLine } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TwoInstancesUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind iocs { value } }\n  }\n"): (typeof documents)["\n  subscription TwoInstancesUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { cursor kind iocs { value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TwoInstancesFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n"): (typeof documents)["\n  subscription TwoInstancesFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoInstancesKeys { viewer { apiKeys { id } } }"): (typeof documents)["query TwoInstancesKeys { viewer { apiKeys { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoInstancesRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }"): (typeof documents)["mutation TwoInstancesRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoInstancesLatest($id: ID!) {\n    collectionChanges(id: $id, last: 1) { pageInfo { endCursor } }\n  }\n"): (typeof documents)["\n  query TwoInstancesLatest($id: ID!) {\n    collectionChanges(id: $id, last: 1) { pageInfo { endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeamKey { createApiKey(input: {}) { __typename ... on CreateApiKeyPayload { apiKey { id } } } }\n"): (typeof documents)["\n  mutation SeamKey { createApiKey(input: {}) { __typename ... on CreateApiKeyPayload { apiKey { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeamRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation SeamRevoke($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SeamEnriched($id: ID!) {\n    enrichmentUpdated(collectionId: $id) { collectionId iocs { value enrichment { provider status } } }\n  }\n"): (typeof documents)["\n  subscription SeamEnriched($id: ID!) {\n    enrichmentUpdated(collectionId: $id) { collectionId iocs { value enrichment { provider status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocCount\n      fields\n      collectionId\n      iocs { __typename type value }\n      actor { name }\n      collection { id name visibility counts { total } }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveCollectionUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) {\n      cursor\n      kind\n      at\n      iocCount\n      fields\n      collectionId\n      iocs { __typename type value }\n      actor { name }\n      collection { id name visibility counts { total } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveCollectionsFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n"): (typeof documents)["\n  subscription LiveCollectionsFeed($since: String) {\n    collectionsFeed(since: $since) { cursor kind collectionId collection { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveIocsSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) {\n      id\n      cursor\n      iocs { value }\n      collection { id name }\n      actor { name }\n      change { kind iocCount }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveIocsSighted($values: [String!]!, $since: String) {\n    iocsSighted(values: $values, since: $since) {\n      id\n      cursor\n      iocs { value }\n      collection { id name }\n      actor { name }\n      change { kind iocCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveWatchlistHits($since: String) {\n    watchlistHits(since: $since) { cursor iocs { value } collection { name } }\n  }\n"): (typeof documents)["\n  subscription LiveWatchlistHits($since: String) {\n    watchlistHits(since: $since) { cursor iocs { value } collection { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveWatchIocs($input: WatchIocsInput!) {\n    watchIocs(input: $input) {\n      __typename\n      ... on WatchIocsPayload { added watchlist { type value ioc { value } } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveWatchIocs($input: WatchIocsInput!) {\n    watchIocs(input: $input) {\n      __typename\n      ... on WatchIocsPayload { added watchlist { type value ioc { value } } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUnwatchIocs($input: WatchIocsInput!) {\n    unwatchIocs(input: $input) {\n      __typename\n      ... on UnwatchIocsPayload { removed watchlist { value } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveUnwatchIocs($input: WatchIocsInput!) {\n    unwatchIocs(input: $input) {\n      __typename\n      ... on UnwatchIocsPayload { removed watchlist { value } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveWatchlist { watchlist { type value } }\n"): (typeof documents)["\n  query LiveWatchlist { watchlist { type value } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation LiveUpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveDeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation LiveDeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation LiveRemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCollectionChanges($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    collectionChanges(id: $id, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { cursor kind at actor { name } iocs { value } iocCount fields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query LiveCollectionChanges($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    collectionChanges(id: $id, first: $first, after: $after, last: $last, before: $before) {\n      edges { cursor node { cursor kind at actor { name } iocs { value } iocCount fields } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUpdatedWithHolders($id: ID!) {\n    collectionUpdated(id: $id) { kind iocs { value collections(first: 10) { edges { node { name } } } } }\n  }\n"): (typeof documents)["\n  subscription LiveUpdatedWithHolders($id: ID!) {\n    collectionUpdated(id: $id) { kind iocs { value collections(first: 10) { edges { node { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageLiveRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on RemoveIocsPayload { report { removed } } }\n  }\n"): (typeof documents)["\n  mutation PageLiveRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { __typename ... on RemoveIocsPayload { report { removed } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageLiveRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation PageLiveRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageLiveDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation PageLiveDelete($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagePermalink($id: ID!) { collection(id: $id) { permalink } }\n"): (typeof documents)["\n  query PagePermalink($id: ID!) { collection(id: $id) { permalink } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageIocPermalink($value: String!) { ioc(value: $value) { permalink } }\n"): (typeof documents)["\n  query PageIocPermalink($value: String!) { ioc(value: $value) { permalink } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PageMeta($input: UpdateCollectionInput!) {\n      updateCollection(input: $input) { __typename }\n    }\n  "): (typeof documents)["\n    mutation PageMeta($input: UpdateCollectionInput!) {\n      updateCollection(input: $input) { __typename }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayloadCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      ... on CreateCollectionPayload {\n        collection { id }\n        collectionEdge { cursor node { id name } }\n        addedEdges { cursor addedAt addedBy { id } node { id value } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayloadCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      ... on CreateCollectionPayload {\n        collection { id }\n        collectionEdge { cursor node { id name } }\n        addedEdges { cursor addedAt addedBy { id } node { id value } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayloadAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      ... on AddIocsPayload { addedEdges { cursor addedAt addedBy { id } node { id value } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PayloadAdd($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      ... on AddIocsPayload { addedEdges { cursor addedAt addedBy { id } node { id value } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayloadRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { ... on RemoveIocsPayload { removedIocIds } }\n  }\n"): (typeof documents)["\n  mutation PayloadRemove($input: RemoveIocsInput!) {\n    removeIocs(input: $input) { ... on RemoveIocsPayload { removedIocIds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayloadLists($id: ID!) {\n    collections(first: 1) { edges { cursor node { id name } } }\n    collection(id: $id) { iocs(first: 100) { edges { cursor addedAt addedBy { id } node { id value } } } }\n    collectionChanges(id: $id, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          addedEdges { cursor addedAt addedBy { id } node { id value } }\n          removedIocIds\n          deletedCollectionId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PayloadLists($id: ID!) {\n    collections(first: 1) { edges { cursor node { id name } } }\n    collection(id: $id) { iocs(first: 100) { edges { cursor addedAt addedBy { id } node { id value } } } }\n    collectionChanges(id: $id, first: 10) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          addedEdges { cursor addedAt addedBy { id } node { id value } }\n          removedIocIds\n          deletedCollectionId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayloadChangeNode($id: ID!) { node(id: $id) { id ... on CollectionChange { kind } } }\n"): (typeof documents)["\n  query PayloadChangeNode($id: ID!) { node(id: $id) { id ... on CollectionChange { kind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PayloadUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind deletedCollectionId removedIocIds addedEdges { cursor } }\n  }\n"): (typeof documents)["\n  subscription PayloadUpdated($id: ID!, $since: String) {\n    collectionUpdated(id: $id, since: $since) { kind deletedCollectionId removedIocIds addedEdges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayloadDelete($id: ID!) {\n    deleteCollection(input: { id: $id }) { ... on DeleteCollectionPayload { deletedCollectionId } }\n  }\n"): (typeof documents)["\n  mutation PayloadDelete($id: ID!) {\n    deleteCollection(input: { id: $id }) { ... on DeleteCollectionPayload { deletedCollectionId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayloadAddCounted($input: AddIocsInput!) {\n    addIocs(input: $input) { ... on AddIocsPayload { report { added } } }\n  }\n"): (typeof documents)["\n  mutation PayloadAddCounted($input: AddIocsInput!) {\n    addIocs(input: $input) { ... on AddIocsPayload { report { added } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayloadWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      ... on WatchIocsPayload { watchlist { id value } query { watchlist { id value } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PayloadWatch($values: [String!]!) {\n    watchIocs(input: { values: $values }) {\n      ... on WatchIocsPayload { watchlist { id value } query { watchlist { id value } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotRead($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HotRead($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      name\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadWithOwners($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name owner { name } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HotReadWithOwners($id: ID!, $first: Int!) {\n    collection(id: $id) {\n      iocs(first: $first) {\n        edges { node { value collections(first: 5) { edges { node { name owner { name } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateTiny { __typename }"): (typeof documents)["query RateTiny { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateHundred { collections(first: 100) { edges { node { id name } } } }"): (typeof documents)["query RateHundred { collections(first: 100) { edges { node { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateBudget { rateLimit { limit remaining resetAt cost } }"): (typeof documents)["query RateBudget { rateLimit { limit remaining resetAt cost } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RateFeed { collectionsFeed { cursor kind } }"): (typeof documents)["subscription RateFeed { collectionsFeed { cursor kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachUpdate($id: ID!, $visibility: Visibility!) {\n    updateCollection(input: { id: $id, visibility: $visibility }) { __typename }\n  }\n"): (typeof documents)["\n  mutation ReachUpdate($id: ID!, $visibility: Visibility!) {\n    updateCollection(input: { id: $id, visibility: $visibility }) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation ReachDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation ReachRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachHistory($id: ID!) { collectionChanges(id: $id, first: 10) { edges { node { kind iocs { value } } } } }\n"): (typeof documents)["\n  query ReachHistory($id: ID!) { collectionChanges(id: $id, first: 10) { edges { node { kind iocs { value } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReachAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename } }"): (typeof documents)["mutation ReachAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReachFile($value: String!) { ioc(value: $value) { id ... on File { md5 sha1 sha256 } } }\n"): (typeof documents)["\n  query ReachFile($value: String!) { ioc(value: $value) { id ... on File { md5 sha1 sha256 } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReachCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n"): (typeof documents)["\n  mutation ReachCreate($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestBodyOwnCollections { viewer { user { collections(first: 1) { totalCount } } } }\n"): (typeof documents)["\n  query RequestBodyOwnCollections { viewer { user { collections(first: 1) { totalCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedCollection($id: ID!) { collection(id: $id) { name visibility counts { total } } }\n"): (typeof documents)["\n  query CachedCollection($id: ID!) { collection(id: $id) { name visibility counts { total } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachedRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation CachedRename($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachedAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation CachedAdd($input: AddIocsInput!) { addIocs(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($filter: IocFilter, $query: String, $orderBy: IocOrderField, $direction: OrderDirection, $first: Int, $after: String) {\n    iocs(filter: $filter, query: $query, orderBy: $orderBy, direction: $direction, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value type sightings } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Search($filter: IocFilter, $query: String, $orderBy: IocOrderField, $direction: OrderDirection, $first: Int, $after: String) {\n    iocs(filter: $filter, query: $query, orderBy: $orderBy, direction: $direction, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { value type sightings } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNoCount($query: String, $first: Int) {\n    iocs(query: $query, first: $first) { edges { node { value } } }\n  }\n"): (typeof documents)["\n  query SearchNoCount($query: String, $first: Int) {\n    iocs(query: $query, first: $first) { edges { node { value } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedDashboard($id: ID!) {\n    collectionUpdated(id: $id) {\n      cursor\n      kind\n      iocs { value }\n      collection { name counts { total domains } stats { asns { asn count } } aggregatedTags { tag count } }\n    }\n  }\n"): (typeof documents)["\n  subscription SharedDashboard($id: ID!) {\n    collectionUpdated(id: $id) {\n      cursor\n      kind\n      iocs { value }\n      collection { name counts { total domains } stats { asns { asn count } } aggregatedTags { tag count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedWarned($id: ID!) {\n    collectionUpdated(id: $id) { cursor collection { stats { warned } } }\n  }\n"): (typeof documents)["\n  subscription SharedWarned($id: ID!) {\n    collectionUpdated(id: $id) { cursor collection { stats { warned } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sightings($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      firstSighted\n      lastSighted\n      sightings\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sightings($value: String!, $first: Int, $after: String) {\n    ioc(value: $value) {\n      firstSighted\n      lastSighted\n      sightings\n      collections(first: $first, after: $after) {\n        totalCount\n        edges { addedAt node { name } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SightingsAdd($input: AddIocsInput!) {\n    addIocs(input: $input) { __typename ... on AddIocsPayload { addedEdges { addedAt } } }\n  }\n"): (typeof documents)["\n  mutation SightingsAdd($input: AddIocsInput!) {\n    addIocs(input: $input) { __typename ... on AddIocsPayload { addedEdges { addedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SightingsRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SightingsRemove($input: RemoveIocsInput!) { removeIocs(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SightingsUpdate($input: UpdateCollectionInput!) { updateCollection(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SightingsUpdate($input: UpdateCollectionInput!) { updateCollection(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SightingsDelete($input: DeleteCollectionInput!) { deleteCollection(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SightingsDelete($input: DeleteCollectionInput!) { deleteCollection(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SightingsMany($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { value firstSighted lastSighted sightings } } } }\n  }\n"): (typeof documents)["\n  query SightingsMany($id: ID!) {\n    collection(id: $id) { iocs(first: 200) { edges { node { value firstSighted lastSighted sightings } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SightingsManyPlain($id: ID!) { collection(id: $id) { iocs(first: 200) { edges { node { value } } } } }\n"): (typeof documents)["\n  query SightingsManyPlain($id: ID!) { collection(id: $id) { iocs(first: 200) { edges { node { value } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTlp($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { id tlp } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTlp($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload { collection { id tlp } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTlp($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on UpdateCollectionPayload { collection { tlp } } }\n  }\n"): (typeof documents)["\n  mutation SetTlp($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) { __typename ... on UpdateCollectionPayload { collection { tlp } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TlpRefresh($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) { __typename ... on RefreshEnrichmentPayload { queued } }\n  }\n"): (typeof documents)["\n  mutation TlpRefresh($input: RefreshEnrichmentInput!) {\n    refreshEnrichment(input: $input) { __typename ... on RefreshEnrichmentPayload { queued } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TlpIoc($value: String!) { ioc(value: $value) { value enrichment { status } } }\n"): (typeof documents)["\n  query TlpIoc($value: String!) { ioc(value: $value) { value enrichment { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShared($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n"): (typeof documents)["\n  mutation CreateShared($input: CreateCollectionInput!) {\n    createCollection(input: $input) { __typename ... on CreateCollectionPayload { collection { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTlp($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload { collection { id name tlp } report { added } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportTlp($input: ImportCollectionInput!) {\n    importCollection(input: $input) {\n      __typename\n      ... on ImportCollectionPayload { collection { id name tlp } report { added } }\n      ... on ValidationError { field message }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TlpCount($id: ID!) { collection(id: $id) { counts { total } } }\n"): (typeof documents)["\n  query TlpCount($id: ID!) { collection(id: $id) { counts { total } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TlpOwned { viewer { user { collections(first: 100) { totalCount } } } }"): (typeof documents)["query TlpOwned { viewer { user { collections(first: 100) { totalCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Everywhere($id: ID!, $ioc: String!, $owner: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collections(first: 100, filter: { owner: $owner }) { edges { node { id } } }\n    ioc(value: $ioc) {\n      collections(first: 10) { totalCount edges { node { id counts { total } } } }\n    }\n  }\n"): (typeof documents)["\n  query Everywhere($id: ID!, $ioc: String!, $owner: ID!) {\n    collection(id: $id) { id }\n    node(id: $id) { id }\n    collections(first: 100, filter: { owner: $owner }) { edges { node { id } } }\n    ioc(value: $ioc) {\n      collections(first: 10) { totalCount edges { node { id counts { total } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnerId { viewer { user { id } } }"): (typeof documents)["query OwnerId { viewer { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }"): (typeof documents)["mutation AnonDelete($id: ID!) { deleteCollection(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningsPreview($text: String!) {\n    extractIocs(text: $text) { iocs { type value warnings { list reason } } }\n  }\n"): (typeof documents)["\n  query WarningsPreview($text: String!) {\n    extractIocs(text: $text) { iocs { type value warnings { list reason } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningsLookup($value: String!) {\n    ioc(value: $value) { value warnings { list reason } }\n  }\n"): (typeof documents)["\n  query WarningsLookup($value: String!) {\n    ioc(value: $value) { value warnings { list reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarningsReported($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id }\n        report { added duplicates warnings { type value warnings { list } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WarningsReported($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id }\n        report { added duplicates warnings { type value warnings { list } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WarningsAddReported($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload { report { added duplicates warnings { value warnings { list reason } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation WarningsAddReported($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload { report { added duplicates warnings { value warnings { list reason } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningsStats($id: ID!) { collection(id: $id) { stats { warned warnings { list count } } } }\n"): (typeof documents)["\n  query WarningsStats($id: ID!) { collection(id: $id) { stats { warned warnings { list count } } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;