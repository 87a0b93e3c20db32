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
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": typeof types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { collection { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.DeleteCollectionDocument,
    "\n  mutation RemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload {\n        collection { counts { total domains urls } }\n        report { removed notInCollection invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.RemoveIocsDocument,
    "\n  query CollectionCount { collections(first: 100) { edges { node { id } } } }\n": typeof types.CollectionCountDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id name description tags visibility counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n      ... on LimitExceededError { limit }\n    }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  mutation AddIocs($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.AddIocsDocument,
    "\n  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      id\n      name\n      counts { files urls domains ipAddresses total }\n      iocs(first: $first, after: $after, type: $type) {\n        edges { addedAt addedBy { name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.CollectionIocsDocument,
    "\n  query IocLookup($value: String!) {\n    ioc(value: $value) {\n      __typename\n      id\n      type\n      value\n      collections(first: 10) { edges { node { id name } } }\n    }\n  }\n": typeof types.IocLookupDocument,
};
const documents: Documents = {
    "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n": types.UpdateCollectionDocument,
    "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { collection { id } }\n      ... on Error { message }\n    }\n  }\n": types.DeleteCollectionDocument,
    "\n  mutation RemoveIocs($input: RemoveIocsInput!) {\n    removeIocs(input: $input) {\n      __typename\n      ... on RemoveIocsPayload {\n        collection { counts { total domains urls } }\n        report { removed notInCollection invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": types.RemoveIocsDocument,
    "\n  query CollectionCount { collections(first: 100) { edges { node { id } } } }\n": types.CollectionCountDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      __typename\n      ... on CreateCollectionPayload {\n        collection { id name description tags visibility counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n      ... on ValidationError { field }\n      ... on LimitExceededError { limit }\n    }\n  }\n": types.CreateCollectionDocument,
    "\n  mutation AddIocs($input: AddIocsInput!) {\n    addIocs(input: $input) {\n      __typename\n      ... on AddIocsPayload {\n        collection { id counts { files urls domains ipAddresses total } }\n        report { added duplicates invalid { input reason } }\n      }\n      ... on Error { message }\n    }\n  }\n": types.AddIocsDocument,
    "\n  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {\n    collection(id: $id) {\n      id\n      name\n      counts { files urls domains ipAddresses total }\n      iocs(first: $first, after: $after, type: $type) {\n        edges { addedAt addedBy { name } node { __typename id type value } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.CollectionIocsDocument,
    "\n  query IocLookup($value: String!) {\n    ioc(value: $value) {\n      __typename\n      id\n      type\n      value\n      collections(first: 10) { edges { node { id name } } }\n    }\n  }\n": types.IocLookupDocument,
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
export function graphql(source: "\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCollection($input: UpdateCollectionInput!) {\n    updateCollection(input: $input) {\n      __typename\n      ... on UpdateCollectionPayload { collection { id name description tags visibility updatedAt } }\n      ... on Error { message }\n      ... on ValidationError { field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { collection { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCollection($input: DeleteCollectionInput!) {\n    deleteCollection(input: $input) {\n      __typename\n      ... on DeleteCollectionPayload { collection { id } }\n      ... on Error { message }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;