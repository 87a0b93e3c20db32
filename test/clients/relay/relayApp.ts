// A frontend's documents as a Relay app writes them, compiled by relay-compiler against schema.graphql in
// test/clients/relay.test.ts (artifacts are generated there, never written by hand). Never executed: Relay
// replaces each `graphql` tag with its generated artifact.
import { graphql } from "relay-runtime";

export const documents = [
  graphql`
    fragment relayApp_ioc on Ioc @refetchable(queryName: "relayAppIocRefetchQuery") {
      id
      type
      value
    }
  `,
  graphql`
    fragment relayApp_collection on Collection
    @refetchable(queryName: "relayAppCollectionIocsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
      id
      name
      counts { total domains }
      iocs(first: $count, after: $cursor) @connection(key: "relayApp_iocs") {
        edges { cursor addedAt addedBy { id name } node { __typename id type value } }
      }
    }
  `,
  graphql`
    fragment relayApp_query on Query
    @refetchable(queryName: "relayAppCollectionsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
      collections(first: $count, after: $cursor) @connection(key: "relayApp_collections") {
        edges { cursor node { id name counts { total } } }
      }
    }
  `,
  graphql`
    query relayAppQuery($id: ID!, $count: Int!, $iocCount: Int!) {
      ...relayApp_query @arguments(count: $count)
      collection(id: $id) { ...relayApp_collection @arguments(count: $iocCount) }
    }
  `,
  graphql`
    mutation relayAppCreateCollectionMutation($input: CreateCollectionInput!, $connections: [ID!]!) {
      createCollection(input: $input) {
        __typename
        ... on CreateCollectionPayload {
          collectionEdge @prependEdge(connections: $connections) { cursor node { id name counts { total } } }
        }
        ... on Error { message }
      }
    }
  `,
  graphql`
    mutation relayAppAddIocsMutation($input: AddIocsInput!, $connections: [ID!]!) {
      addIocs(input: $input) {
        __typename
        ... on AddIocsPayload {
          collection { id counts { total domains } }
          addedEdges @appendEdge(connections: $connections) {
            cursor addedAt addedBy { id name } node { __typename id type value }
          }
        }
        ... on Error { message }
      }
    }
  `,
  graphql`
    mutation relayAppRemoveIocsMutation($input: RemoveIocsInput!, $connections: [ID!]!) {
      removeIocs(input: $input) {
        __typename
        ... on RemoveIocsPayload {
          collection { id counts { total domains } }
          removedIocIds @deleteEdge(connections: $connections)
        }
        ... on Error { message }
      }
    }
  `,
  graphql`
    mutation relayAppDeleteCollectionMutation($input: DeleteCollectionInput!, $connections: [ID!]!) {
      deleteCollection(input: $input) {
        __typename
        ... on DeleteCollectionPayload {
          deletedCollectionId @deleteEdge(connections: $connections)
          deleted: deletedCollectionId @deleteRecord
        }
        ... on Error { message }
      }
    }
  `,
  graphql`
    subscription relayAppCollectionSubscription($id: ID!, $since: String, $connections: [ID!]!) {
      collectionUpdated(id: $id, since: $since) {
        id
        kind
        collection { id counts { total domains } }
        addedEdges @appendEdge(connections: $connections) {
          cursor addedAt addedBy { id name } node { __typename id type value }
        }
        removedIocIds @deleteEdge(connections: $connections)
      }
    }
  `,
];
