// Operations shared by several test files.
import { graphql } from "../gql/index.js";

export const CreateCollection = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      __typename
      ... on CreateCollectionPayload {
        collection { id name description tags visibility counts { files urls domains ipAddresses total } }
        report { added duplicates invalid { input reason } }
      }
      ... on Error { message }
      ... on ValidationError { field }
      ... on LimitExceededError { limit }
    }
  }
`);

export const AddIocs = graphql(`
  mutation AddIocs($input: AddIocsInput!) {
    addIocs(input: $input) {
      __typename
      ... on AddIocsPayload {
        collection { id counts { files urls domains ipAddresses total } }
        report { added duplicates invalid { input reason } }
      }
      ... on Error { message }
    }
  }
`);

export const CollectionIocs = graphql(`
  query CollectionIocs($id: ID!, $first: Int, $after: String, $type: IocType) {
    collection(id: $id) {
      id
      name
      counts { files urls domains ipAddresses total }
      iocs(first: $first, after: $after, type: $type) {
        edges { addedAt addedBy { name } node { __typename id type value } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const IocLookup = graphql(`
  query IocLookup($value: String!) {
    ioc(value: $value) {
      __typename
      id
      type
      value
      collections(first: 10) { edges { node { id name } } }
    }
  }
`);
