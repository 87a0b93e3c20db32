// The five measured shapes of bench:scale (issue 14, goal 6), each a stream of requests whose value or id
// varies across the data (a seeded pseudo-random walk), so no cache sees the same request twice in a row.

import type { Request } from "../peer/shapes.js";
import { HUBS, hubIndex, iocValue, type Sizes, visibilityOf } from "./dataset.js";
import { collectionId } from "./load.js";

export type { Request };

export interface Shape {
  name: string;
  description: string;
  /** p99 target, ms. */
  targetMs: number;
  /** The n-th request of the run. */
  request(n: number): Request;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** A reproducible pseudo-random integer in [0, range) for request n of a stream. */
function pick(n: number, salt: number, range: number): number {
  let x = (n * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return ((x ^ (x >>> 16)) >>> 0) % range;
}

/** A public collection, any size (most are small, as most real ones are). */
function publicCollection(n: number, salt: number, s: Sizes): number {
  for (let t = 0; ; t++) {
    const k = pick(n + t * 7_777_777, salt, s.collections);
    if (visibilityOf(k) === "PUBLIC") return k;
  }
}

const enrichment = `enrichment { status fetchedAt firstSeen lastSeen tags reputation
  detections { malicious suspicious harmless undetected timeout total } }`;

export function scaleShapes(s: Sizes): Shape[] {
  return [
    {
      name: "ioc(value)",
      description: "ioc(value) { __typename value lastSighted sightings }, a random IoC each request",
      targetMs: 20,
      request: (n) => ({
        query: `query Ioc($value: String!) { ioc(value: $value) { __typename value lastSighted sightings } }`,
        variables: { value: iocValue(pick(n, 1, s.iocs)) },
      }),
    },
    {
      name: "collection page",
      description:
        "collection(id) { name counts iocs(first:100) { value enrichment { … detections } } }, a random public collection",
      targetMs: 100,
      request: (n) => ({
        query: `query Page($id: ID!) { collection(id: $id) { name counts { files urls domains ipAddresses total }
          iocs(first: 100) { edges { node { __typename value ${enrichment} } } } } }`,
        variables: { id: globalId("Collection", collectionId(publicCollection(n, 2, s))) },
      }),
    },
    {
      name: "hub Ioc.collections",
      description: `ioc(value: hub) { collections(first:20) { addedAt node { name } } }, one of the ${HUBS} hubs`,
      targetMs: 100,
      request: (n) => ({
        query: `query Hub($value: String!) { ioc(value: $value) { value
          collections(first: 20) { edges { addedAt node { name } } } } }`,
        variables: { value: iocValue(hubIndex(pick(n, 3, HUBS))) },
      }),
    },
    {
      name: "relatedCollections",
      description:
        "collection(id) { relatedCollections(first:10) { sharedIocs node { name } } }, a random public collection",
      targetMs: 200,
      request: (n) => ({
        query: `query Related($id: ID!) { collection(id: $id) { name
          relatedCollections(first: 10) { edges { sharedIocs node { name } } } } }`,
        variables: { id: globalId("Collection", collectionId(publicCollection(n, 4, s))) },
      }),
    },
    {
      name: "Query.iocs search",
      description:
        "iocs(query, first:20) { value lastSighted }: a random one of type:/p:N+/country:/tag:/value-substring searches",
      targetMs: 100,
      request: (n) => {
        const i = pick(n, 5, s.iocs);
        const queries = [
          "type:domain",
          `p:${pick(n, 6, 40)}+`,
          `country:${["RU", "US", "NL"][pick(n, 7, 3)]}`,
          `tag:family-${pick(n, 8, 7)}`,
          `d${i - (i % 20) + 8}-bench`,
          `type:ip asn:${64_500 + pick(n, 9, 20)}`,
          "",
        ];
        const query = queries[pick(n, 10, queries.length)];
        return {
          query: `query Search($query: String) { iocs(query: $query, first: 20) { edges { node { value lastSighted } } } }`,
          variables: { query },
        };
      },
    },
  ];
}
