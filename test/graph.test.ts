// The IoC graph through GraphQL: derived edges, provider edges read both ways, typed shortcuts, paging, and
// the statement count of a deep query.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { providerEdges, sha256 } from "./helpers/graph.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

/** A label no other test uses, so tests sharing the database do not see each other's IoCs. */
const uniq = () => `t${randomBytes(4).toString("hex")}`;

const Relationships = graphql(`
  query GraphRelationships($value: String!, $relation: String, $first: Int, $after: String) {
    ioc(value: $value) {
      value
      relationships(relation: $relation, first: $first, after: $after) {
        edges { cursor relation origin firstSeen lastSeen node { __typename type value } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }
  }
`);

const DomainShortcuts = graphql(`
  query GraphDomain($value: String!) {
    ioc(value: $value) {
      ... on Domain {
        parent { value parent { value parent { value } } }
        subdomains(first: 10) { edges { node { value } } }
        urls(first: 10) { edges { relation node { value } } }
        resolutions(first: 10) { edges { lastSeen origin node { value } } }
        communicatingFiles(first: 10) { edges { relation node { sha256 } } }
      }
    }
  }
`);

const UrlShortcuts = graphql(`
  query GraphUrl($value: String!) {
    ioc(value: $value) {
      ... on Url {
        networkLocation { __typename value collections(first: 5) { edges { node { id } } } }
        lastServingIpAddress { value }
        redirectsTo(first: 5) { edges { node { value } } }
      }
    }
  }
`);

const IpShortcuts = graphql(`
  query GraphIp($value: String!) {
    ioc(value: $value) {
      ... on IpAddress {
        resolutions(first: 10) { edges { relation lastSeen node { value } } }
        urls(first: 10) { edges { relation node { value } } }
        communicatingFiles(first: 10) { edges { node { value } } }
      }
    }
  }
`);

const FileShortcuts = graphql(`
  query GraphFile($value: String!, $first: Int, $after: String) {
    ioc(value: $value) {
      __typename
      ... on File {
        contactedDomains(first: $first, after: $after) {
          edges { cursor firstSeen lastSeen node { value resolutions(first: 3) { edges { node { value } } } } }
          pageInfo { hasNextPage endCursor }
        }
        contactedIps(first: 10) { edges { node { value } } }
        contactedUrls(first: 10) { edges { node { value } } }
        droppedFiles(first: 10) { edges { node { value } } }
        executionParents(first: 10) { edges { node { value } } }
      }
    }
  }
`);

describe("derived edges", () => {
  it("links a URL to its host and a domain to its parents up to the registrable domain, host nodes included", async () => {
    const owner = await t.createUser();
    const base = `${uniq()}.co.uk`;
    const url = `http://a.b.${base}/gate.php`;
    await createCollection(t, owner, {
      iocs: [{ value: url }, { value: "https://203.0.113.9:8443/x" }, { value: `c.b.${base}` }],
    });

    const fromUrl = await t.run(UrlShortcuts, { value: url });
    expect(fromUrl.ioc).toMatchObject({
      networkLocation: { __typename: "Domain", value: `a.b.${base}`, collections: { edges: [] } },
      lastServingIpAddress: null,
      redirectsTo: { edges: [] },
    });

    const leaf = await t.run(DomainShortcuts, { value: `a.b.${base}` });
    // One label up at a time, stopping at the registrable domain (co.uk is a public suffix).
    expect(leaf.ioc).toMatchObject({
      parent: { value: `b.${base}`, parent: { value: base, parent: null } },
      urls: { edges: [{ relation: "urls", node: { value: url } }] },
      subdomains: { edges: [] },
    });
    const middle = await t.run(DomainShortcuts, { value: `b.${base}` });
    expect(
      middle.ioc && "subdomains" in middle.ioc && middle.ioc.subdomains.edges.map((e) => e.node.value).sort(),
    ).toEqual([`a.b.${base}`, `c.b.${base}`]);

    const ip = await t.run(UrlShortcuts, { value: "https://203.0.113.9:8443/x" });
    expect(ip.ioc).toMatchObject({ networkLocation: { __typename: "IpAddress", value: "203.0.113.9" } });

    const generic = await t.run(Relationships, { value: `b.${base}` });
    const read = generic.ioc?.relationships.edges.map((e) => [
      e.relation,
      e.node.value,
      e.origin,
      e.lastSeen,
    ]);
    // Ordered by relation name; within one, undated edges come by node id.
    expect(read?.[0]).toEqual(["parent", base, "derived", null]);
    expect(read?.slice(1).sort()).toEqual([
      ["subdomains", `a.b.${base}`, "derived", null],
      ["subdomains", `c.b.${base}`, "derived", null],
    ]);
  });

  it("creates them in the same few statements whatever the number of IoCs", async () => {
    const owner = await t.createUser();
    const created = await createCollection(t, owner);
    const add = (count: number) => {
      const base = `${uniq()}.com`;
      const iocs = Array.from({ length: count }, (_, i) => ({ value: `https://x${i}.y${i}.${base}/p${i}` }));
      return t.countStatements(() =>
        t.run(AddIocs, { input: { collectionId: created.collection.id, iocs } }, { apiKey: owner.apiKey }),
      );
    };
    const one = await add(1);
    const many = await add(300);
    expect(many.result.addIocs).toMatchObject({ report: { added: 300 } });
    expect(many.statements.length).toBe(one.statements.length);
    const edges = await t.app.database.prisma.iocRelation.count({
      where: { source: { value: { startsWith: "https://x299.y299." } } },
    });
    expect(edges).toBe(1);
  });
});

describe("provider edges", () => {
  it("reads each relation from both ends under VirusTotal's names, deduplicating symmetric ones", async () => {
    const domain = `${uniq()}.example`;
    const com = `${uniq()}.com`;
    const file = sha256(uniq());
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));
    await providerEdges(t, [
      {
        source: ["DOMAIN", com],
        relation: "resolutions",
        target: ["IP_ADDRESS", "198.51.100.1"],
        lastSeen: day(2),
      },
      {
        source: ["DOMAIN", com],
        relation: "resolutions",
        target: ["IP_ADDRESS", "198.51.100.2"],
        lastSeen: day(9),
      },
      // The same resolution as reported from the address's side: read once.
      {
        source: ["IP_ADDRESS", "198.51.100.2"],
        relation: "resolutions",
        target: ["DOMAIN", com],
        lastSeen: day(5),
      },
      { source: ["FILE", file], relation: "contacted_domains", target: ["DOMAIN", com] },
      { source: ["FILE", file], relation: "contacted_ips", target: ["IP_ADDRESS", "198.51.100.1"] },
      {
        source: ["URL", `http://${com}/a`],
        relation: "last_serving_ip_address",
        target: ["IP_ADDRESS", "198.51.100.1"],
      },
    ]);
    expect(domain).toBeTruthy();

    const fromDomain = await t.run(DomainShortcuts, { value: com });
    expect(fromDomain.ioc).toMatchObject({
      // Most recently seen first.
      resolutions: {
        edges: [
          { lastSeen: day(9).toISOString(), origin: "virustotal", node: { value: "198.51.100.2" } },
          { lastSeen: day(2).toISOString(), node: { value: "198.51.100.1" } },
        ],
      },
      communicatingFiles: { edges: [{ relation: "communicating_files", node: { sha256: file } }] },
    });

    const fromIp = await t.run(IpShortcuts, { value: "198.51.100.1" });
    expect(fromIp.ioc).toMatchObject({
      resolutions: {
        edges: [{ relation: "resolutions", lastSeen: day(2).toISOString(), node: { value: com } }],
      },
      urls: { edges: [{ relation: "urls", node: { value: `http://${com}/a` } }] },
      communicatingFiles: { edges: [{ node: { value: file } }] },
    });
    const fromUrl = await t.run(UrlShortcuts, { value: `http://${com}/a` });
    expect(fromUrl.ioc).toMatchObject({ lastServingIpAddress: { value: "198.51.100.1" } });

    const only = await t.run(Relationships, { value: "198.51.100.2", relation: "resolutions" });
    expect(only.ioc?.relationships.edges.map((e) => [e.relation, e.node.value, e.lastSeen])).toEqual([
      ["resolutions", com, day(9).toISOString()],
    ]);
  });

  it("pages a file's contacted domains with cursors, and nodes that no collection holds are still nodes", async () => {
    const file = sha256(uniq());
    const base = uniq();
    const domains = Array.from({ length: 5 }, (_, i) => `d${i}.${base}.net`);
    await providerEdges(
      t,
      domains.map((value, i) => ({
        source: ["FILE", file],
        relation: "contacted_domains",
        target: ["DOMAIN", value],
        lastSeen: new Date(Date.UTC(2026, 1, 1 + i)),
      })),
    );
    await providerEdges(t, [
      { source: ["FILE", file], relation: "dropped_files", target: ["FILE", sha256(`${base}dropped`)] },
      { source: ["FILE", file], relation: "execution_parents", target: ["FILE", sha256(`${base}parent`)] },
      { source: ["FILE", file], relation: "contacted_urls", target: ["URL", `http://d0.${base}.net/`] },
      { source: ["DOMAIN", domains[4]], relation: "resolutions", target: ["IP_ADDRESS", "192.0.2.44"] },
    ]);

    const seen: string[] = [];
    let after: string | null | undefined;
    for (let pages = 0; pages < 3; pages++) {
      const data = await t.run(FileShortcuts, { value: file, first: 2, after });
      if (data.ioc?.__typename !== "File") throw new Error("not a file");
      const page = data.ioc.contactedDomains;
      seen.push(...page.edges.map((edge) => edge.node.value));
      expect(page.pageInfo.hasNextPage).toBe(pages < 2);
      after = page.pageInfo.endCursor;
      if (pages === 0) {
        expect(data.ioc.droppedFiles.edges).toEqual([{ node: { value: sha256(`${base}dropped`) } }]);
        expect(data.ioc.executionParents.edges).toEqual([{ node: { value: sha256(`${base}parent`) } }]);
        expect(data.ioc.contactedUrls.edges).toEqual([{ node: { value: `http://d0.${base}.net/` } }]);
        expect(data.ioc.contactedIps.edges).toEqual([]);
        expect(page.edges[0].node.resolutions.edges).toEqual([{ node: { value: "192.0.2.44" } }]);
      }
    }
    expect(seen).toEqual([...domains].reverse());
  });

  it("refuses a cursor it did not make, and a negative page", async () => {
    const bad = await t.execute(Relationships, { value: "192.0.2.1", after: "bm9wZQ" });
    expect(bad.errors).toBeUndefined(); // unknown IoC: null before any cursor is read
    await createCollection(t, await t.createUser(), { iocs: [{ value: "192.0.2.1" }] });
    const refused = await t.execute(Relationships, { value: "192.0.2.1", after: "bm9wZQ" });
    expect(refused.errors?.[0].message).toMatch(/not a cursor/);
    const negative = await t.execute(Relationships, { value: "192.0.2.1", first: -1 });
    expect(negative.errors?.[0].message).toMatch(/negative/);
  });
});

const Deep = graphql(`
  query GraphDeep($id: ID!, $iocs: Int!, $edges: Int!, $collections: Int!) {
    collection(id: $id) {
      name
      iocs(first: $iocs) {
        edges {
          node {
            value
            relationships(first: $edges) {
              edges {
                relation
                node { value collections(first: $collections) { edges { node { name } } } }
              }
            }
          }
        }
      }
    }
  }
`);

describe("deep queries", () => {
  it("run collection → iocs → relationships → collections in a fixed number of statements", async () => {
    const owner = await t.createUser();
    const base = uniq();
    // Each URL brings a host and a parent; each host is also in a second collection.
    const urls = Array.from({ length: 30 }, (_, i) => ({ value: `http://h${i}.${base}.org/x` }));
    const hosts = Array.from({ length: 30 }, (_, i) => ({ value: `h${i}.${base}.org` }));
    const main = await createCollection(t, owner, { name: "main", iocs: urls });
    await createCollection(t, owner, { name: "hosts", iocs: hosts });
    await createCollection(t, owner, { name: "more hosts", iocs: hosts.slice(0, 10) });
    const id = main.collection.id;

    const big = await t.countStatements(() => t.run(Deep, { id, iocs: 100, edges: 10, collections: 5 }));
    const small = await t.countStatements(() => t.run(Deep, { id, iocs: 2, edges: 1, collections: 1 }));
    const edges = big.result.collection?.iocs.edges ?? [];
    expect(edges).toHaveLength(30);
    expect(edges[0].node.relationships.edges[0]).toMatchObject({
      relation: "network_location",
      node: { value: `h0.${base}.org` },
    });
    expect(
      edges[0].node.relationships.edges[0].node.collections.edges.map((e) => e.node.name).sort(),
    ).toEqual(["hosts", "more hosts"]);
    // The collection, its memberships with their IoCs (joined), one statement for the edges of all of them,
    // the edge nodes (with their collection counts), the nodes' memberships and their collections.
    expect(big.statements).toHaveLength(small.statements.length);
    expect(big.statements).toHaveLength(EXPECTED_DEEP_STATEMENTS);
  });
});

const EXPECTED_DEEP_STATEMENTS = 6;

const Costly = graphql(`
  query GraphCostly($first: Int!) {
    collections(first: $first) {
      edges { node { iocs(first: $first) { edges { node { relationships(first: $first) { edges { node { value } } } } } } } }
    }
  }
`);

describe("query limits", () => {
  it("rejects a query whose nested pages multiply past the cost limit, before running any SQL", async () => {
    const { result, statements } = await t.countStatements(() => t.execute(Costly, { first: 100 }));
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cost .* over the maximum of 50000/),
      extensions: { code: "QUERY_TOO_COSTLY" },
    });
    expect(statements).toEqual([]);
    // The same shape with small pages is cheap.
    const small = await t.execute(Costly, { first: 5 });
    expect(small.errors).toBeUndefined();
  });

  it("rejects a page over the maximum, judged by each request's own variables", async () => {
    // The same document (yoga's parse cache hands over the same object) asks for a small page, then a large one.
    const first = await t.execute(Costly, { first: 1 });
    expect(first.errors).toBeUndefined();
    const result = await t.execute(Costly, { first: 5000 });
    expect(result.errors?.[0].extensions?.code).toBe("PAGE_TOO_LARGE");
    const again = await t.execute(Costly, { first: 2 });
    expect(again.errors).toBeUndefined();
  });
});
