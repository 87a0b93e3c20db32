// The one access policy (DESIGN §3a), tried as each kind of viewer on every read path: read path × viewer
// (owner, the owner's READ key, another user, anonymous, a revoked key) × visibility (PUBLIC, UNLISTED,
// PRIVATE) × provenance (held, derived only, provider only, held by both a public and a hidden collection).
// The rule: a collection is read by id unless PRIVATE and not yours, listed when PUBLIC or yours; an IoC, its
// enrichment and its edges are visible only when they follow from an IoC held by a collection you may list.
// The last test enumerates the schema: a field that reaches an IoC or a collection and has no row here fails.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from "graphql";
import { afterAll, describe, expect, it, vi } from "vitest";
import { importJsonl } from "../src/enrichment/import.js";
import { schema } from "../src/schema/index.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { sharedWorld } from "./helpers/fixture.js";
import { sha256 } from "./helpers/graph.js";
import { subscribeSse } from "./helpers/sse.js";
import { vtDomain, vtFile } from "./helpers/vt-standin.js";
import { connectWs, type Subscription } from "./helpers/ws.js";

const VISIBILITIES = ["PUBLIC", "UNLISTED", "PRIVATE"] as const;
type Visibility = (typeof VISIBILITIES)[number];
type ViewerName = "owner" | "ownerRead" | "stranger" | "anonymous";
const VIEWERS: ViewerName[] = ["owner", "ownerRead", "stranger", "anonymous"];

/** The rule, written from DESIGN §3a — what every assertion below is checked against. */
const rule = {
  readsCollection: (viewer: ViewerName, v: Visibility) => v !== "PRIVATE" || isOwner(viewer),
  listsCollection: (viewer: ViewerName, v: Visibility) => v === "PUBLIC" || isOwner(viewer),
  /** An IoC that only follows from the collection of visibility `v`. */
  seesIoc: (viewer: ViewerName, v: Visibility) => v === "PUBLIC" || isOwner(viewer),
};
const isOwner = (viewer: ViewerName) => viewer === "owner" || viewer === "ownerRead";

let t: TestApp;
let port: number;
let dir: string;
const L = `a${randomBytes(4).toString("hex")}`;
const keys = {} as Record<ViewerName | "revoked" | "publisher", string | undefined>;
let owner: TestUser;
let publisher: TestUser;
let stranger: TestUser;
let ownerGlobalId: string;
let sentinel: string;

/** Everything made for one visibility: the owner's collection and the IoCs of each provenance. */
interface World {
  collection: string;
  /** Held by the collection. */
  held: string;
  heldUrl: string;
  file: string;
  /** Derived only: the held URL's host and its parent. */
  host: string;
  hostParent: string;
  /** Provider only: what the import says the held file contacted. */
  contacted: string;
  /** Held by the collection and by a public collection of another user. */
  both: string;
  /** Public anchors (held by the publisher) that the hidden IoCs point at: read from their end. */
  anchor: string;
  anchorChild: string;
  anchorUrl: string;
  c2: string;
  ip: string;
  resolving: string;
  /** Global ids, as the owner reads them. */
  ids: Record<string, string>;
}
const worlds = {} as Record<Visibility, World>;
let publicShared: string;

const hex = (seed: string, n: number) => sha256(seed).slice(0, n);

const ApiKeyMutation = graphql(`
  mutation AccessApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { __typename ... on CreateApiKeyPayload { secret apiKey { id scope } } }
  }
`);
const RevokeKey = graphql(`
  mutation AccessRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename } }
`);
const WhoAmI = graphql(`query AccessWhoAmI { viewer { user { id } } }`);

const IocView = graphql(`
  query AccessIoc($value: String!) {
    ioc(value: $value) {
      id
      value
      enrichment { status }
      sightings
      firstSighted
      lastSighted
      collections(first: 20) { totalCount edges { node { id } } }
    }
  }
`);
const SearchView = graphql(`
  query AccessSearch($query: String!, $filter: IocFilter) {
    iocs(query: $query, filter: $filter, first: 50) { totalCount edges { node { value sightings } } }
  }
`);
const NodeView = graphql(`
  query AccessNode($id: ID!) {
    node(id: $id) { id }
    nodes(ids: [$id]) { id }
  }
`);
const EdgesView = graphql(`
  query AccessEdges($anchor: String!, $c2: String!, $ip: String!, $held: String!, $file: String!) {
    anchor: ioc(value: $anchor) {
      __typename
      relationships(first: 50) { totalCount edges { relation node { value } } }
      ... on Domain {
        subdomains(first: 50) { totalCount edges { node { value } } }
        urls(first: 50) { totalCount edges { node { value } } }
      }
    }
    c2: ioc(value: $c2) {
      __typename
      ... on Domain { communicatingFiles(first: 50) { totalCount edges { node { value } } } }
    }
    ip: ioc(value: $ip) {
      __typename
      ... on IpAddress { resolutions(first: 50) { totalCount edges { node { value } } } }
    }
    held: ioc(value: $held) {
      relationships(first: 50) { edges { node { value } } }
      ... on Domain { resolvedAddresses { address } }
    }
    file: ioc(value: $file) {
      __typename
      ... on File { contactedDomains(first: 50) { edges { node { value } } } }
    }
  }
`);
const CollectionView = graphql(`
  query AccessCollection($id: ID!, $held: String!, $ownerId: ID!) {
    collection(id: $id) {
      id
      counts { total }
      aggregatedTags { tag }
      stats { enriched }
      iocs(first: 50) { totalCount edges { node { value } } }
    }
    node(id: $id) { id }
    collectionChanges(id: $id, first: 10) { totalCount edges { node { kind iocs { value } } } }
    listed: collections(first: 50, filter: { containsIoc: $held }) { totalCount edges { node { id } } }
    owned: node(id: $ownerId) { __typename ... on User { collections(first: 50) { totalCount edges { node { id } } } } }
  }
`);
const RelatedView = graphql(`
  query AccessRelated($id: ID!) {
    collection(id: $id) {
      relatedCollections(first: 20) { totalCount edges { sharedIocs node { id } sharedIocSample { value } } }
    }
  }
`);
const WatchlistView = graphql(`query AccessWatchlist { watchlist { value ioc { id } } }`);
const Watch = graphql(`
  mutation AccessWatch($input: WatchIocsInput!) { watchIocs(input: $input) { __typename } }
`);

const Updated = graphql(`
  subscription AccessUpdated($id: ID!, $since: String) {
    collectionUpdated(id: $id, since: $since) { kind iocs { value } collection { id } }
  }
`);
const Feed = graphql(`
  subscription AccessFeed($since: String) { collectionsFeed(since: $since) { kind collectionId iocs { value } } }
`);
const Sighted = graphql(`
  subscription AccessSighted($values: [String!]!, $since: String) {
    iocsSighted(values: $values, since: $since) { iocs { value } collection { id } }
  }
`);
const LastChange = graphql(`
  query AccessLastChange($id: ID!) { collectionChanges(id: $id, last: 1) { edges { cursor } } }
`);
const Enriched = graphql(`
  subscription AccessEnriched($id: ID!) { enrichmentUpdated(collectionId: $id) { iocs { value } } }
`);

async function jsonl(name: string, lines: unknown[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, lines.map((line) => JSON.stringify(line)).join("\n"));
  return path;
}

const as = (viewer: ViewerName | "revoked" | "publisher") => ({ apiKey: keys[viewer] });

// The first test to run builds the world inside its own time.
vi.setConfig({ testTimeout: 240_000 });

/** Users, keys, each visibility's collection and IoCs, the provider's report — built once, by the first test. */
const ready = sharedWorld(async () => {
  dir = await mkdtemp(join(tmpdir(), "iocgraph-access-"));
  t = await startTestApp({
    enrichment: { ...(await import("../src/config.js")).defaultEnrichment, provider: "offline" },
  });
  port = await t.app.start(0);
  owner = await t.createUser("owner");
  publisher = await t.createUser("publisher");
  stranger = await t.createUser("stranger");
  keys.owner = owner.apiKey;
  keys.publisher = publisher.apiKey;
  keys.stranger = stranger.apiKey;
  keys.anonymous = undefined;
  const read = await t.run(
    ApiKeyMutation,
    { input: { name: "dashboard", scope: "READ" } },
    { apiKey: owner.apiKey },
  );
  if (read.createApiKey.__typename !== "CreateApiKeyPayload") throw new Error("no READ key");
  keys.ownerRead = read.createApiKey.secret;
  const doomed = await t.run(ApiKeyMutation, { input: { name: "doomed" } }, { apiKey: owner.apiKey });
  if (doomed.createApiKey.__typename !== "CreateApiKeyPayload") throw new Error("no key");
  keys.revoked = doomed.createApiKey.secret;
  await t.run(RevokeKey, { input: { id: doomed.createApiKey.apiKey.id } }, { apiKey: owner.apiKey });
  ownerGlobalId = (await t.run(WhoAmI, {}, { apiKey: owner.apiKey })).viewer?.user.id ?? "";

  const shared: string[] = [];
  const anchors: string[] = [];
  for (const v of VISIBILITIES) {
    const s = `${v.toLowerCase()}.${L}`;
    const w: World = {
      collection: "",
      held: `held.${s}.com`,
      heldUrl: `https://x.host.${s}.com/beacon?victim=SECRET-${v}`,
      file: hex(`file-${s}`, 64),
      host: `x.host.${s}.com`,
      hostParent: `host.${s}.com`,
      contacted: `contacted.${s}.net`,
      both: `both.${s}.com`,
      anchor: `anchor.${s}.org`,
      anchorChild: `c.anchor.${s}.org`,
      anchorUrl: `https://anchor.${s}.org/direct`,
      c2: `c2.${s}.org`,
      ip: `198.18.${VISIBILITIES.indexOf(v)}.7`,
      resolving: `dns.${s}.com`,
      ids: {},
    };
    anchors.push(w.anchor, w.c2, w.ip);
    shared.push(w.both);
    const created = await createCollection(t, owner, {
      name: `${L} ${v}`,
      visibility: v,
      iocs: [
        { value: w.held },
        { value: w.heldUrl },
        { value: w.file },
        { value: w.both },
        { value: `https://${w.anchorChild}/p` },
        { value: w.anchorUrl },
        { value: w.resolving },
      ],
    });
    w.collection = created.collection.id;
    worlds[v] = w;
  }
  // Another user's public collections: the anchors the hidden IoCs point at, and the shared IoCs.
  await createCollection(t, publisher, { name: `${L} anchors`, iocs: anchors.map((value) => ({ value })) });
  publicShared = (
    await createCollection(t, publisher, { name: `${L} shared`, iocs: shared.map((value) => ({ value })) })
  ).collection.id;
  sentinel = (await createCollection(t, publisher, { name: `${L} sentinel` })).collection.id;

  // What the provider reports: each held file contacted a domain no collection holds and a public anchor;
  // each held domain resolves to a public address.
  const objects = VISIBILITIES.flatMap((v) => {
    const w = worlds[v];
    return [
      {
        data: {
          ...vtFile({ md5: hex(`md5-${w.file}`, 32), sha1: hex(`sha1-${w.file}`, 40), sha256: w.file }),
          relationships: {
            contacted_domains: {
              data: [
                { type: "domain", id: w.contacted },
                { type: "domain", id: w.c2 },
              ],
            },
          },
        },
      },
      { data: vtDomain(w.resolving, { last_dns_records: [{ type: "A", value: w.ip }] }) },
    ];
  });
  await importJsonl(t.app.database.prisma, await jsonl("provider.jsonl", objects), {
    pubsub: t.app.services.pubsub,
  });

  // Global ids, as the owner (who sees everything of theirs) reads them.
  for (const v of VISIBILITIES) {
    const w = worlds[v];
    for (const value of [w.held, w.host, w.hostParent, w.contacted, w.both, w.file]) {
      const data = await t.run(IocView, { value }, { apiKey: owner.apiKey });
      if (!data.ioc) throw new Error(`the owner cannot see ${value}`);
      w.ids[value] = data.ioc.id;
    }
  }
});

afterAll(async () => {
  await t?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe.each(VIEWERS)("as %s", (viewer) => {
  describe.each(VISIBILITIES)("an IoC that follows from a %s collection", (v) => {
    it("is found by value, by id and in a node list only when the rule allows it", async () => {
      await ready();
      const w = worlds[v];
      const sees = rule.seesIoc(viewer, v);
      // held, derived (host, parent), provider-reported, and the one a public collection holds too.
      for (const [value, visible] of [
        [w.held, sees],
        [w.host, sees],
        [w.hostParent, sees],
        [w.contacted, sees],
        [w.file, sees],
        [w.both, true],
      ] as const) {
        const byValue = await t.run(IocView, { value }, as(viewer));
        expect({ value, found: byValue.ioc?.value ?? null }).toEqual({
          value,
          found: visible ? value : null,
        });
        const byId = await t.run(NodeView, { id: w.ids[value] }, as(viewer));
        expect({ value, node: byId.node?.id ?? null, nodes: byId.nodes.map((n) => n?.id ?? null) }).toEqual({
          value,
          node: visible ? w.ids[value] : null,
          nodes: [visible ? w.ids[value] : null],
        });
      }
    });

    it("counts only the collections the viewer may list that hold it", async () => {
      await ready();
      const w = worlds[v];
      const data = await t.run(IocView, { value: w.both }, as(viewer));
      const expected = [...(rule.listsCollection(viewer, v) ? [w.collection] : []), publicShared].sort();
      expect(data.ioc?.collections.edges.map((e) => e.node.id).sort()).toEqual(expected);
      expect(data.ioc?.collections.totalCount).toBe(expected.length);
      expect(data.ioc?.sightings).toBe(expected.length);
      // Sighted only in the hidden collection: no sighting times for whoever may not list it.
      const held = await t.run(IocView, { value: w.held }, as(viewer));
      const sighted = rule.listsCollection(viewer, v);
      expect({ first: held.ioc?.firstSighted != null, last: held.ioc?.lastSighted != null }).toEqual({
        first: sighted,
        last: sighted,
      });
      expect(held.ioc ? held.ioc.sightings : null).toBe(rule.seesIoc(viewer, v) ? (sighted ? 1 : 0) : null);
    });

    it("is found by search only when held by a collection the viewer may list", async () => {
      await ready();
      const w = worlds[v];
      const lists = rule.listsCollection(viewer, v);
      const found = async (query: string, filter?: Record<string, unknown>) =>
        (await t.run(SearchView, { query, filter }, as(viewer))).iocs.edges.map((e) => e.node.value);
      // Held: by value substring, by type and enrichment (the file's provider verdicts), by collection count.
      expect(await found(`held.${v.toLowerCase()}.${L}`)).toEqual(lists ? [w.held] : []);
      expect(await found(`type:file p:1+ ${w.file.slice(0, 16)}`)).toEqual(lists ? [w.file] : []);
      expect(await found(`${w.both} collections:2+`)).toEqual(
        rule.listsCollection(viewer, v) ? [w.both] : [],
      );
      expect(await found(w.both)).toEqual([w.both]);
      // Derived or provider-reported only: never held, never listed by search.
      expect(await found(`type:domain ${w.host}`)).toEqual([]);
      expect(await found(w.contacted)).toEqual([]);
      const counted = await t.run(SearchView, { query: `${v.toLowerCase()}.${L}` }, as(viewer));
      expect(counted.iocs.totalCount).toBe(counted.iocs.edges.length);
      // The held ones (held, its URL, both, two URLs under the anchor, the resolving domain) and the
      // publisher's public anchor and c2; the shared one is public anyway.
      expect(counted.iocs.edges.length).toBe(lists ? 8 : 3);
    });

    it("shows an edge read from its other end only when its source is visible", async () => {
      await ready();
      const w = worlds[v];
      const sees = rule.seesIoc(viewer, v);
      const data = await t.run(
        EdgesView,
        { anchor: w.anchor, c2: w.c2, ip: w.ip, held: w.held, file: w.file },
        as(viewer),
      );
      const values = (edges: { node: { value: string } }[] | undefined) =>
        edges?.map((e) => e.node.value) ?? [];
      // The public anchor's subdomain and URL exist only because the hidden collection holds a URL under it.
      const anchor = data.anchor?.__typename === "Domain" ? data.anchor : null;
      expect(values(anchor?.subdomains.edges)).toEqual(sees ? [w.anchorChild] : []);
      expect(anchor?.subdomains.totalCount).toBe(sees ? 1 : 0);
      expect(values(anchor?.urls.edges)).toEqual(sees ? [w.anchorUrl] : []);
      // Its own derived edge (to its parent domain) is everyone's; the reverse readings follow the rule.
      const reverse = (data.anchor?.relationships.edges ?? []).filter((e) => e.relation !== "parent");
      expect(values(reverse).sort()).toEqual(sees ? [w.anchorChild, w.anchorUrl].sort() : []);
      expect(data.anchor?.relationships.totalCount).toBe(sees ? 3 : 1);
      const c2 = data.c2?.__typename === "Domain" ? data.c2 : null;
      expect(values(c2?.communicatingFiles.edges)).toEqual(sees ? [w.file] : []);
      const ip = data.ip?.__typename === "IpAddress" ? data.ip : null;
      expect(values(ip?.resolutions.edges)).toEqual(sees ? [w.resolving] : []);
      // From a visible IoC, its own edges (provider and derived) are visible.
      if (sees) {
        const file = data.file?.__typename === "File" ? data.file : null;
        expect(values(file?.contactedDomains.edges).sort()).toEqual([w.c2, w.contacted].sort());
      } else {
        expect(data.held).toBeNull();
        expect(data.file).toBeNull();
      }
    });
  });

  describe.each(VISIBILITIES)("a %s collection", (v) => {
    it("is read by id, listed, counted and its history shown only as the rule says", async () => {
      await ready();
      const w = worlds[v];
      const reads = rule.readsCollection(viewer, v);
      const lists = rule.listsCollection(viewer, v);
      const data = await t.run(
        CollectionView,
        { id: w.collection, held: w.held, ownerId: ownerGlobalId },
        as(viewer),
      );
      expect(data.collection?.id ?? null).toBe(reads ? w.collection : null);
      expect(data.node?.id ?? null).toBe(reads ? w.collection : null);
      expect(data.collection?.iocs.totalCount ?? null).toBe(reads ? 7 : null);
      expect(data.collectionChanges === null).toBe(!reads);
      expect(data.listed.edges.map((e) => e.node.id)).toEqual(lists ? [w.collection] : []);
      expect(data.listed.totalCount).toBe(lists ? 1 : 0);
      const owned =
        data.owned?.__typename === "User" ? data.owned.collections.edges.map((e) => e.node.id) : [];
      expect(owned.includes(w.collection)).toBe(lists);
    });

    it("is related to another collection only when it may be listed", async () => {
      await ready();
      const w = worlds[v];
      const data = await t.run(RelatedView, { id: publicShared }, as(viewer));
      const related = data.collection?.relatedCollections.edges ?? [];
      const mine = related.find((edge) => edge.node.id === w.collection);
      expect(mine ? mine.sharedIocSample.map((i) => i.value) : null).toEqual(
        rule.listsCollection(viewer, v) ? [w.both] : null,
      );
    });
  });

  it("watches values and sees on its watchlist only the IoCs it may see", async () => {
    await ready();
    if (viewer === "anonymous") return; // no watchlist without a key; covered by the mutation test
    const values = VISIBILITIES.map((v) => worlds[v].held);
    // A READ key cannot watch: its owner's WRITE key does, and the READ key reads the same watchlist.
    await t.run(Watch, { input: { values } }, as(viewer === "ownerRead" ? "owner" : viewer));
    const data = await t.run(WatchlistView, {}, as(viewer));
    for (const v of VISIBILITIES) {
      const entry = data.watchlist.find((e) => e.value === worlds[v].held);
      expect({ v, seen: entry?.ioc?.id ?? null }).toEqual({
        v,
        seen: rule.seesIoc(viewer, v) ? worlds[v].ids[worlds[v].held] : null,
      });
    }
  });
});

describe("a revoked key", () => {
  it("is refused on every read, as a 401, before anything is read", async () => {
    await ready();
    const result = await t.execute(IocView, { value: worlds.PUBLIC.held }, { apiKey: keys.revoked });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-apikey": keys.revoked ?? "" },
      body: JSON.stringify({ query: "{ viewer { user { id } } }" }),
    });
    expect(response.status).toBe(401);
  });
});

/** The next result of each subscription: data with its errors' codes. */
async function first<R>(sub: Subscription<R>) {
  const result = await sub.next();
  return { data: result.data ?? null, codes: result.errors?.map((e) => e.extensions?.code) ?? [] };
}

describe.each(["ws", "sse"] as const)("live streams over %s", (transport) => {
  const open = <R, V>(
    viewer: ViewerName,
    document: Parameters<typeof subscribeSse<R, V>>[1],
    variables: V,
  ) => {
    if (transport === "sse") {
      return subscribeSse(port, document, variables, keys[viewer] ? { "x-apikey": keys[viewer] ?? "" } : {});
    }
    const client = connectWs(port, keys[viewer]);
    const sub = client.subscribe(document, variables);
    return { ...sub, unsubscribe: () => void client.dispose() };
  };

  it.each(VIEWERS)("deliver a collection's changes to %s only when the rule allows it", async (viewer) => {
    await ready();
    const run = randomBytes(3).toString("hex");
    // Every stream resumes from a cursor taken now, so the changes below reach it however soon it registers.
    await t.run(
      AddIocs,
      { input: { collectionId: sentinel, iocs: [{ value: `warm-${run}.${L}.com` }] } },
      as("publisher"),
    );
    const since = (await t.run(LastChange, { id: sentinel }, as("publisher"))).collectionChanges?.edges[0]
      .cursor;
    const updated = VISIBILITIES.map((v) => open(viewer, Updated, { id: worlds[v].collection, since }));
    const feed = open(viewer, Feed, { since });
    const live = Object.fromEntries(VISIBILITIES.map((v) => [v, `live-${run}.${v.toLowerCase()}.${L}.com`]));
    const beacon = `beacon-${run}.${L}.com`;
    const sighted = open(viewer, Sighted, { values: [...Object.values(live), beacon], since });
    const enriched = VISIBILITIES.map((v) => open(viewer, Enriched, { id: worlds[v].collection }));
    try {
      // A hidden collection's subscription is refused at once, as if it did not exist.
      for (const [i, v] of VISIBILITIES.entries()) {
        if (rule.readsCollection(viewer, v)) continue;
        expect((await first(updated[i])).codes).toEqual(["NotFoundError"]);
        expect((await first(enriched[i])).codes).toEqual(["NotFoundError"]);
      }
      for (const v of VISIBILITIES) {
        await t.run(
          AddIocs,
          { input: { collectionId: worlds[v].collection, iocs: [{ value: live[v] }] } },
          as("owner"),
        );
      }
      // The sentinel: a public change after the hidden ones. Whoever may not hear of them gets it first.
      await t.run(AddIocs, { input: { collectionId: sentinel, iocs: [{ value: beacon }] } }, as("publisher"));
      for (const [i, v] of VISIBILITIES.entries()) {
        if (!rule.readsCollection(viewer, v)) continue;
        expect((await first(updated[i])).data).toEqual({
          collectionUpdated: {
            kind: "IOCS_ADDED",
            iocs: [{ value: live[v] }],
            collection: { id: worlds[v].collection },
          },
        });
      }
      const heard: string[] = [];
      for (;;) {
        const next = await first(feed);
        const change = next.data?.collectionsFeed;
        if (!change) throw new Error(`feed error ${next.codes}`);
        heard.push(change.iocs.map((i) => i.value).join(","));
        if (change.iocs.some((i) => i.value === beacon)) break;
      }
      const expectedFeed = VISIBILITIES.filter((v) => rule.listsCollection(viewer, v)).map((v) => live[v]);
      expect(heard).toEqual([...expectedFeed, beacon]);
      const sightings: string[] = [];
      for (;;) {
        const next = await first(sighted);
        const values = next.data?.iocsSighted.iocs.map((i) => i.value) ?? [];
        sightings.push(...values);
        if (values.includes(beacon)) break;
      }
      expect(sightings).toEqual([...expectedFeed, beacon]);
    } finally {
      for (const sub of [...updated, feed, sighted, ...enriched]) sub.unsubscribe();
    }
  });
});

describe("every path to an IoC or a collection", () => {
  // Each schema field whose result (through lists, connections and edges) is an IoC or a collection, and the
  // test above that tries it as every viewer. A new field fails here until its rows are written.
  const covered: Record<string, string> = {
    "Query.ioc": "is found by value…",
    "Query.node": "is found by … id",
    "Query.nodes": "… in a node list",
    "Query.collection": "is read by id",
    "Query.collections": "listed",
    "Query.collectionChanges": "its history",
    "Ioc.collections": "counts only the collections",
    "Query.iocs": "is found by search only when held by a collection the viewer may list",
    "Ioc.relationships": "shows an edge read from its other end",
    "File.collections": "Ioc.collections",
    "Url.collections": "Ioc.collections",
    "Domain.collections": "Ioc.collections",
    "IpAddress.collections": "Ioc.collections",
    "File.relationships": "Ioc.relationships",
    "Url.relationships": "Ioc.relationships",
    "Domain.relationships": "Ioc.relationships",
    "IpAddress.relationships": "Ioc.relationships",
    "File.contactedDomains": "shortcut: its own edges",
    "File.contactedIps": "shortcut (ownerEdges)",
    "File.contactedUrls": "shortcut (ownerEdges)",
    "File.droppedFiles": "shortcut (ownerEdges)",
    "File.executionParents": "shortcut (ownerEdges)",
    "File.droppedBy": "shortcut (ownerEdges)",
    "Domain.resolutions": "shortcut (ownerEdges)",
    "Domain.subdomains": "read from its other end",
    "Domain.parent": "shortcut (ownerEdges)",
    "Domain.urls": "read from its other end",
    "Domain.communicatingFiles": "read from its other end",
    "IpAddress.resolutions": "read from its other end",
    "IpAddress.urls": "shortcut (ownerEdges)",
    "IpAddress.communicatingFiles": "shortcut (ownerEdges)",
    "Url.networkLocation": "shortcut (ownerEdges)",
    "Url.lastServingIpAddress": "shortcut (ownerEdges)",
    "Url.redirectsTo": "shortcut (ownerEdges)",
    "Url.redirectingUrls": "shortcut (ownerEdges)",
    "Url.communicatingFiles": "shortcut (ownerEdges)",
    "Collection.iocs": "collection read by id: its IoCs",
    "Collection.relatedCollections": "is related … only when it may be listed",
    "User.collections": "listed (owner's collections)",
    "CollectionChange.collection": "live streams: collectionUpdated",
    "CollectionChange.iocs": "live streams: the IoCs of a change",
    "IocSighting.iocs": "live streams: iocsSighted",
    "IocSighting.collection": "live streams: iocsSighted",
    "EnrichmentUpdate.iocs": "live streams: enrichmentUpdated",
    "WatchedIoc.ioc": "watchlist",
    "Query.watchlist": "watchlist",
    "WatchIocsPayload.watchlist": "watchlist",
    "UnwatchIocsPayload.watchlist": "watchlist",
    // A user leads on to their collections: User.collections lists only what the viewer may list.
    "Collection.owner": "User.collections",
    "CollectionChange.actor": "User.collections",
    "IocSighting.actor": "User.collections",
    "Viewer.user": "User.collections",
    "Query.viewer": "User.collections",
    "IocSighting.change": "live streams: the change of a sighting",
    "Subscription.collectionUpdated": "live streams",
    "Subscription.collectionsFeed": "live streams",
    "Subscription.iocsSighted": "live streams",
    "Subscription.watchlistHits": "live streams (the watchlist's sightings)",
    "Subscription.enrichmentUpdated": "live streams",
    // The collection a mutation just changed, returned to its owner (the writer is checked first).
    "CreateCollectionPayload.collection": "mutation payload",
    "UpdateCollectionPayload.collection": "mutation payload",
    "AddIocsPayload.collection": "mutation payload",
    "RemoveIocsPayload.collection": "mutation payload",
    "RefreshEnrichmentPayload.collection": "mutation payload",
    "ImportCollectionPayload.collection": "mutation payload",
    // What a change added, as edges of the collection's IoCs: held by the collection the event or payload is of.
    "AddIocsPayload.addedEdges": "mutation payload",
    "CreateCollectionPayload.addedEdges": "mutation payload",
    "CreateCollectionPayload.collectionEdge": "mutation payload",
    "CollectionChange.addedEdges": "live streams: the IoCs of a change (held by its collection)",
    // The Relay convention: the whole Query again, every field of which has its own row.
    "WatchIocsPayload.query": "Query.*",
    "UnwatchIocsPayload.query": "Query.*",
  };

  it("has a row for each one", () => {
    const found = fieldsReaching(
      schema,
      new Set(["Ioc", "File", "Url", "Domain", "IpAddress", "Collection"]),
    );
    expect({ uncovered: found.filter((name) => !(name in covered)) }).toEqual({ uncovered: [] });
    expect({ gone: Object.keys(covered).filter((name) => !found.includes(name)) }).toEqual({ gone: [] });
  });
});

/**
 * Every field from which a client reaches one of `targets`: fields of those types' own results, and fields of
 * any type that leads on to them (a change event, an edge, a user with collections, the Node interface).
 */
function fieldsReaching(s: GraphQLSchema, targets: Set<string>): string[] {
  const memo = new Map<string, boolean>();
  const reaches = (type: GraphQLNamedType): boolean => {
    if (targets.has(type.name)) return true;
    const known = memo.get(type.name);
    if (known !== undefined) return known;
    memo.set(type.name, false); // a cycle leads nowhere new
    let result = false;
    if (isInterfaceType(type)) result = s.getPossibleTypes(type).some((t) => reaches(t));
    if (isObjectType(type) || isInterfaceType(type)) {
      result ||= Object.values(type.getFields()).some((field) => reaches(getNamedType(field.type)));
    }
    memo.set(type.name, result);
    return result;
  };
  const names: string[] = [];
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    // Connections and edges are the way to their nodes, not paths of their own.
    if (/(Connection|Edge)$/.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (reaches(getNamedType(field.type))) names.push(`${type.name}.${field.name}`);
    }
  }
  return names.sort();
}
