// Enrichment through the API: the real VirusTotal provider code over HTTP against the stand-in, the fields it
// fills, NOT_FOUND, hash merges, collection aggregates, refreshEnrichment, and the exact SQL cost of a page.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sweep } from "../src/enrichment/queue.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { AddIocs, CollectionIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { standinEnrichment, VtStandin, vtDomain, vtFile, vtIp, vtUrl } from "./helpers/vt-standin.js";

let t: TestApp;
let vt: VtStandin;

beforeAll(async () => {
  vt = await VtStandin.start();
  t = await startTestApp({ enrichment: standinEnrichment(vt, { resolvedIpLookups: 1 }) });
});
afterAll(async () => {
  await t?.stop();
  await vt?.close();
});

let counter = 0;
/** Distinct, valid hashes for one synthetic file. */
function hashes() {
  const n = (++counter).toString(16).padStart(4, "0") + Math.random().toString(16).slice(2, 8);
  return { md5: n.padEnd(32, "a"), sha1: n.padEnd(40, "b"), sha256: n.padEnd(64, "c") };
}

const EnrichedIocs = graphql(`
  query EnrichedIocs($id: ID!) {
    collection(id: $id) {
      counts { files total }
      aggregatedTags { tag count }
      stats {
        enriched pending notFound errors malicious suspicious clean
        detections { min max count }
        countries { value count }
        asns { asn asOwner count }
        asOwners { value count }
        fileTypes { value count }
      }
      iocs(first: 50) {
        edges {
          node {
            __typename id value detectionRatio
            enrichment {
              provider status fetchedAt error detectionRatio firstSeen lastSeen tags reputation
              detections { malicious suspicious harmless undetected timeout total }
            }
            ... on File { md5 sha1 sha256 size typeDescription meaningfulName names }
            ... on Domain { registrar creationDate categories resolvedAddresses { address country asn asOwner } }
            ... on IpAddress { country asn asOwner network }
            ... on Url { finalUrl title httpResponseCode }
          }
        }
      }
    }
  }
`);

const Statuses = graphql(`
  query EnrichmentStatuses($id: ID!) {
    collection(id: $id) { iocs(first: 100) { edges { node { value enrichment { status } } } } }
  }
`);

/** Waits until no IoC of the collection is PENDING (the worker runs in the app). */
async function settled(collectionId: string, expected?: number) {
  await vi.waitFor(
    async () => {
      const data = await t.run(Statuses, { id: collectionId });
      const edges = data.collection?.iocs.edges ?? [];
      if (expected !== undefined) expect(edges).toHaveLength(expected);
      expect(edges.filter((e) => !e.node.enrichment || e.node.enrichment.status === "PENDING")).toEqual([]);
    },
    { timeout: 20_000, interval: 50 },
  );
}

describe("VirusTotal provider", () => {
  it("maps documented file, domain, IP and URL objects onto the IoCs, and marks unknown ones NOT_FOUND", async () => {
    const owner = await t.createUser();
    const file = hashes();
    vt.add(vtFile(file))
      .add(vtDomain("maps-evil-test.com"))
      .add(vtIp("198.51.100.7"))
      .add(vtIp("203.0.113.10"));
    vt.add(vtUrl("http://maps-evil-test.com/login"));
    const unknown = hashes().sha256;
    const created = await createCollection(t, owner, {
      iocs: [
        { value: file.md5 },
        { value: "maps-evil-test[.]com" },
        { value: "198.51.100.7" },
        { value: "hxxp://maps-evil-test[.]com/login" },
        { value: unknown },
      ],
    });
    const id = created.collection.id;
    await settled(id, 5);
    // The domain's first A record was looked up too, for its country and ASN.
    await vi.waitFor(() => expect(vt.requestsTo("/ip_addresses/203.0.113.10")).toHaveLength(1), {
      timeout: 10_000,
    });
    await vi.waitFor(
      async () => {
        const data = await t.run(EnrichedIocs, { id });
        const domain = data.collection?.iocs.edges.find((e) => e.node.__typename === "Domain")?.node;
        const resolved = domain?.__typename === "Domain" ? domain.resolvedAddresses : [];
        expect(resolved.find((a) => a.address === "203.0.113.10")?.country).toBe("NL");
      },
      { timeout: 10_000, interval: 50 },
    );
    const data = await t.run(EnrichedIocs, { id });
    const nodes = Object.fromEntries(
      data.collection?.iocs.edges.map((e) => [e.node.__typename + e.node.value, e.node]) ?? [],
    );

    const fileNode = nodes[`File${file.md5}`];
    expect(fileNode).toMatchObject({
      md5: file.md5,
      sha1: file.sha1,
      sha256: file.sha256,
      size: 482_304,
      typeDescription: "Win32 EXE",
      meaningfulName: "invoice.exe",
      names: ["invoice.exe", "invoice.pdf.exe"],
      detectionRatio: "55/73",
      enrichment: {
        provider: "virustotal",
        status: "FRESH",
        error: null,
        tags: ["peexe", "overlay", "detect-debug-environment"],
        reputation: -37,
        firstSeen: new Date(1_700_000_000_000).toISOString(),
        lastSeen: new Date(1_710_000_000_000).toISOString(),
        // Every verdict (failures too) but the 3 type-unsupported engines, as VirusTotal's ratio counts.
        detections: { malicious: 55, suspicious: 1, harmless: 0, undetected: 15, timeout: 1, total: 73 },
        detectionRatio: "55/73",
      },
    });
    expect(nodes["Domainmaps-evil-test.com"]).toMatchObject({
      registrar: "NameCheap, Inc.",
      creationDate: new Date(1_600_000_000_000).toISOString(),
      categories: ["malicious web sites", "phishing"],
      detectionRatio: "12/94",
      enrichment: { status: "FRESH", tags: ["dga"], reputation: -5 },
    });
    const domain = nodes["Domainmaps-evil-test.com"];
    // Both A and AAAA records, seen at the same time (so by address); only the first was looked up.
    expect(domain.__typename === "Domain" && domain.resolvedAddresses).toEqual([
      { address: "2001:db8::1", country: null, asn: null, asOwner: null },
      { address: "203.0.113.10", country: "NL", asn: 64_500, asOwner: "Example Hosting B.V." },
    ]);
    expect(nodes["IpAddress198.51.100.7"]).toMatchObject({
      country: "NL",
      asn: 64_500,
      asOwner: "Example Hosting B.V.",
      network: "203.0.113.0/24",
      detectionRatio: "3/94",
    });
    expect(nodes["Urlhttp://maps-evil-test.com/login"]).toMatchObject({
      finalUrl: "http://maps-evil-test.com/login?landing=1",
      title: "Sign in",
      httpResponseCode: 200,
      enrichment: { status: "FRESH", tags: ["phishing"] },
    });
    expect(nodes[`File${unknown}`]).toMatchObject({
      detectionRatio: null,
      enrichment: { status: "NOT_FOUND", detections: null, error: null },
    });
    // The URL was asked for by VirusTotal's documented identifier (unpadded base64url of the URL).
    expect(
      vt.requestsTo(`/urls/${Buffer.from("http://maps-evil-test.com/login").toString("base64url")}`),
    ).toHaveLength(1);
    expect(vt.requests.every((r) => r.apiKey !== null)).toBe(true);

    expect(data.collection?.aggregatedTags.slice(0, 2)).toEqual([
      { tag: "detect-debug-environment", count: 1 },
      { tag: "dga", count: 1 },
    ]);
    expect(data.collection?.stats).toMatchObject({
      enriched: 4,
      notFound: 1,
      pending: 0,
      malicious: 4,
      detections: [
        { min: 0, max: 0, count: 0 },
        { min: 1, max: 2, count: 0 },
        { min: 3, max: 9, count: 2 },
        { min: 10, max: 24, count: 1 },
        { min: 25, max: null, count: 1 },
      ],
      countries: [{ value: "NL", count: 1 }],
      asns: [{ asn: 64_500, asOwner: "Example Hosting B.V.", count: 1 }],
      fileTypes: [{ value: "Win32 EXE", count: 1 }],
    });
  });

  it("publishes enrichmentUpdated for each collection holding an updated IoC", async () => {
    const owner = await t.createUser();
    const file = hashes();
    vt.add(vtFile(file));
    const other = await createCollection(t, owner, { name: "other" });
    // Topics are keyed by database id; the API shows Relay global ids ("Collection:<id>", base64).
    const collectionId = Buffer.from(other.collection.id, "base64").toString().split(":")[1];
    const events = t.app.services.pubsub.subscribe("enrichmentUpdated", collectionId);
    const iterator = events[Symbol.asyncIterator]();
    const next = iterator.next();
    await t.run(
      AddIocs,
      { input: { collectionId: other.collection.id, iocs: [{ value: file.sha1 }] } },
      { apiKey: owner.apiKey },
    );
    const event = await next;
    await iterator.return?.();
    const stored = await t.app.database.prisma.ioc.findUniqueOrThrow({ where: { sha1: file.sha1 } });
    expect(event.value).toEqual({ id: expect.any(String), collectionId, iocIds: [stored.id] });
  });
});

describe("hash merge", () => {
  it("makes the md5, sha1 and sha256 nodes of one file one File node, keeping every collection and count exact", async () => {
    const owner = await t.createUser();
    const file = hashes();
    // Unknown to the stand-in until both collections hold separate nodes.
    const a = await createCollection(t, owner, {
      name: "A",
      iocs: [{ value: file.md5 }, { value: "merge-a-test.com" }],
    });
    const b = await createCollection(t, owner, {
      name: "B",
      iocs: [{ value: file.sha256 }, { value: file.sha1 }, { value: "merge-b-test.com" }],
    });
    await settled(a.collection.id, 2);
    await settled(b.collection.id, 3);
    expect(b.collection.counts).toMatchObject({ files: 2, total: 3 });

    vt.add(vtFile(file));
    const refresh = await t.run(
      RefreshEnrichment,
      { input: { collectionId: a.collection.id, force: true } },
      { apiKey: owner.apiKey },
    );
    expect(refresh.refreshEnrichment).toMatchObject({ __typename: "RefreshEnrichmentPayload", queued: 2 });
    await vi.waitFor(
      async () => {
        const data = await t.run(CollectionIocs, { id: b.collection.id, first: 10 });
        expect(data.collection?.counts).toMatchObject({ files: 1, total: 2 });
      },
      { timeout: 20_000, interval: 50 },
    );
    const readA = await t.run(CollectionIocs, { id: a.collection.id, first: 10 });
    const readB = await t.run(CollectionIocs, { id: b.collection.id, first: 10 });
    const fileA = readA.collection?.iocs.edges.find((e) => e.node.type === "FILE")?.node;
    const fileB = readB.collection?.iocs.edges.find((e) => e.node.type === "FILE")?.node;
    expect(fileA?.id).toBeTruthy();
    expect(fileB?.id).toBe(fileA?.id);
    expect(readA.collection?.counts).toMatchObject({ files: 1, total: 2 });
    expect(readB.collection?.iocs.edges.map((e) => e.node.type)).toEqual(["FILE", "DOMAIN"]);

    for (const value of [file.md5, file.sha1, file.sha256]) {
      const found = await t.run(IocHashes, { value });
      expect(found.ioc).toMatchObject({ id: fileA?.id, md5: file.md5, sha1: file.sha1, sha256: file.sha256 });
      expect(found.ioc?.collections.edges.map((e) => e.node.id).sort()).toEqual(
        [a.collection.id, b.collection.id].sort(),
      );
    }
    const rows = await t.app.database.prisma.ioc.count({
      where: {
        OR: [
          { md5: file.md5 },
          { sha1: file.sha1 },
          { sha256: file.sha256 },
          { value: { in: Object.values(file) } },
        ],
      },
    });
    expect(rows).toBe(1);
  });
});

const IocHashes = graphql(`
  query IocHashes($value: String!) {
    ioc(value: $value) {
      id
      ... on File { md5 sha1 sha256 }
      collections(first: 10) { edges { node { id } } }
    }
  }
`);

const RefreshEnrichment = graphql(`
  mutation RefreshEnrichment($input: RefreshEnrichmentInput!) {
    refreshEnrichment(input: $input) {
      __typename
      ... on RefreshEnrichmentPayload { queued collection { id } }
      ... on Error { message }
    }
  }
`);

const ProviderStatus = graphql(`
  query ProviderStatus { enrichmentProvider { name queued due requestsToday dailyQuota ratePerWindow pausedUntil problem } }
`);

describe("refreshEnrichment", () => {
  it("queues only stale or unenriched IoCs, everything with force, and only for the owner", async () => {
    const owner = await t.createUser();
    const stranger = await t.createUser();
    const created = await createCollection(t, owner, {
      iocs: [{ value: "refresh-one-test.com" }, { value: "refresh-two-test.com" }],
    });
    const id = created.collection.id;
    await settled(id, 2);
    const asked = vt.requestsTo(/^\/domains\/refresh-/).length;
    expect(asked).toBe(2);

    const fresh = await t.run(RefreshEnrichment, { input: { collectionId: id } }, { apiKey: owner.apiKey });
    expect(fresh.refreshEnrichment).toMatchObject({ __typename: "RefreshEnrichmentPayload", queued: 0 });
    const denied = await t.run(
      RefreshEnrichment,
      { input: { collectionId: id } },
      { apiKey: stranger.apiKey },
    );
    expect(denied.refreshEnrichment.__typename).toBe("ForbiddenError");
    const anonymous = await t.run(RefreshEnrichment, { input: { collectionId: id } });
    expect(anonymous.refreshEnrichment.__typename).toBe("AuthenticationRequiredError");

    const status = await t.run(ProviderStatus, {}, { apiKey: owner.apiKey });
    expect(status.enrichmentProvider).toMatchObject({
      name: "virustotal",
      problem: null,
      pausedUntil: null,
      dailyQuota: 100_000,
    });
    expect(status.enrichmentProvider?.requestsToday).toBeGreaterThanOrEqual(2);
    expect((await t.run(ProviderStatus, {})).enrichmentProvider).toBeNull();

    const forced = await t.run(
      RefreshEnrichment,
      { input: { collectionId: id, force: true } },
      { apiKey: owner.apiKey },
    );
    expect(forced.refreshEnrichment).toMatchObject({ queued: 2, collection: { id } });
    await vi.waitFor(() => expect(vt.requestsTo(/^\/domains\/refresh-/)).toHaveLength(4), {
      timeout: 20_000,
    });
  });

  it("shows results older than the TTL as STALE, and queues them again (sweep and refresh)", async () => {
    const owner = await t.createUser();
    vt.add(vtDomain("stale-one-test.com"));
    const created = await createCollection(t, owner, { iocs: [{ value: "stale-one-test.com" }] });
    const id = created.collection.id;
    await settled(id, 1);
    const db = t.app.database.prisma;
    // Eight days pass for this IoC (the TTL is seven).
    const ioc = await db.ioc.findFirstOrThrow({ where: { value: "stale-one-test.com" } });
    // The result is stored a moment before its job leaves the queue; a queued IoC is not swept again.
    await vi.waitFor(async () => expect(await db.enrichmentJob.count({ where: { iocId: ioc.id } })).toBe(0));
    await db.enrichment.updateMany({
      where: { iocId: ioc.id },
      data: { fetchedAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    const read = await t.run(Statuses, { id });
    expect(read.collection?.iocs.edges[0].node.enrichment?.status).toBe("STALE");
    expect(
      await sweep(db, "virustotal", { ttlMs: 7 * 86_400_000, errorRetryMs: 3_600_000, limit: 100 }),
    ).toBe(1);
    await vi.waitFor(() => expect(vt.requestsTo("/domains/stale-one-test.com")).toHaveLength(2), {
      timeout: 20_000,
    });
    await vi.waitFor(
      async () => {
        const again = await t.run(Statuses, { id });
        expect(again.collection?.iocs.edges[0].node.enrichment?.status).toBe("FRESH");
      },
      { timeout: 20_000, interval: 50 },
    );
  });

  it("is a typed error on a server without a provider", async () => {
    const plain = await startTestApp();
    try {
      const owner = await plain.createUser();
      const created = await createCollection(plain, owner, { iocs: [{ value: "no-provider-test.com" }] });
      const result = await plain.run(
        RefreshEnrichment,
        { input: { collectionId: created.collection.id } },
        { apiKey: owner.apiKey },
      );
      expect(result.refreshEnrichment.__typename).toBe("EnrichmentUnavailableError");
      const read = await plain.run(Statuses, { id: created.collection.id });
      expect(read.collection?.iocs.edges[0].node.enrichment).toBeNull();
      expect(await plain.app.database.prisma.enrichmentJob.count()).toBe(0);
    } finally {
      await plain.stop();
    }
  });
});

const PageWithEnrichment = graphql(`
  query PageWithEnrichment($id: ID!) {
    collection(id: $id) {
      iocs(first: 500) {
        edges {
          node {
            value
            enrichment { status fetchedAt detections { malicious total } firstSeen lastSeen tags reputation }
            ... on IpAddress { country asn }
          }
        }
      }
    }
  }
`);

describe("DataLoader batching", () => {
  it("reads a page of IoCs with their enrichment in a constant number of SQL statements", async () => {
    const owner = await t.createUser();
    const ips = (n: number, base: number) =>
      Array.from({ length: n }, (_, i) => ({ value: `192.0.2.${base + i}` }));
    for (const ip of [...ips(3, 1), ...ips(40, 100)]) vt.add(vtIp(ip.value));
    const small = await createCollection(t, owner, { visibility: "PUBLIC", iocs: ips(3, 1) });
    const large = await createCollection(t, owner, { visibility: "PUBLIC", iocs: ips(40, 100) });
    await settled(small.collection.id, 3);
    await settled(large.collection.id, 40);
    // The worker is idle once the queue is empty (it publishes before a job leaves the queue); its idle
    // polls touch only the queue and quota tables, left out of the count below.
    await vi.waitFor(async () => expect(await t.app.database.prisma.enrichmentJob.count()).toBe(0), {
      timeout: 20_000,
    });

    const read = async (id: string) => {
      // Anonymous, so no API-key statements; the worker is idle (every job is done).
      const { result, statements } = await t.countStatements(() => t.run(PageWithEnrichment, { id }));
      return { result, count: statements.filter((s) => !/EnrichmentJob|ProviderQuota/.test(s)).length };
    };
    const few = await read(small.collection.id);
    const many = await read(large.collection.id);
    expect(many.result.collection?.iocs.edges).toHaveLength(40);
    expect(many.result.collection?.iocs.edges[0].node).toMatchObject({
      country: "NL",
      asn: 64_500,
      enrichment: { status: "FRESH", detections: { malicious: 3, total: 94 } },
    });
    // The collection, its memberships with their IoCs (one statement, joined), and one enrichment batch.
    expect(few.count).toBe(3);
    expect(many.count).toBe(3);
  });
});
