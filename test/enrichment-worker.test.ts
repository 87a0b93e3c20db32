// The queue, the worker and the shared quota against the VirusTotal stand-in: the quota is never exceeded
// within a window (with several workers), the daily cap holds, throttling and failures are retried as
// VirusTotal documents, a refused key stops the calls, a job held by a dead worker is retried, and two workers
// never run one job at once. Each test uses its own provider name, so its queue and quota row are its own.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { EnrichmentConfig } from "../src/config.js";
import { enqueue } from "../src/enrichment/queue.js";
import { Quota } from "../src/enrichment/quota.js";
import { VirusTotalClient } from "../src/enrichment/virustotal.js";
import { EnrichmentWorker } from "../src/enrichment/worker.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";
import { STANDIN_KEY, standinEnrichment, VtStandin, vtDomain, vtFile, vtIp } from "./helpers/vt-standin.js";

let t: TestApp;
let vt: VtStandin;
const workers: EnrichmentWorker[] = [];

beforeAll(async () => {
  vt = await VtStandin.start();
  // No provider in the app itself: each test drives its own workers.
  t = await startTestApp();
});
// Idle workers poll the queue; stopped after each test so they do not load the database of the next.
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(async () => {
  await t?.stop();
  await vt?.close();
});

let providers = 0;

/** A provider name of its own for one test, and a function making workers for it. */
function setup(overrides: Partial<EnrichmentConfig> = {}) {
  const provider = `vt-test-${++providers}`;
  // No sweep: the IoCs of the other tests' collections would be queued for this provider too.
  const config = standinEnrichment(vt, { pollMs: 50, sweepMs: 0, ...overrides });
  const db = t.app.database.prisma;
  const quota = new Quota(db, {
    provider,
    perWindow: config.ratePerWindow,
    windowMs: config.rateWindowMs,
    daily: config.dailyQuota,
    apiKey: config.vtApiKey ?? "",
  });
  /** Unexpected failures the workers logged. */
  const errors: string[] = [];
  const make = (id?: string) => {
    const client = new VirusTotalClient({
      apiUrl: config.vtApiUrl,
      apiKey: config.vtApiKey ?? "",
      timeoutMs: config.requestTimeoutMs,
    });
    const worker = new EnrichmentWorker({
      db,
      pubsub: t.app.services.pubsub,
      client,
      quota,
      config,
      log: (level, message) => {
        if (level === "error") errors.push(message);
      },
      provider,
      id,
    });
    workers.push(worker);
    return worker;
  };
  return { provider, config, quota, make, errors };
}

/** A collection of the given IoCs, queued for `provider`; returns their ids by value. */
async function queued(provider: string, values: string[]): Promise<Map<string, string>> {
  const owner = await t.createUser();
  await createCollection(t, owner, { iocs: values.map((value) => ({ value })) });
  const rows = await t.app.database.prisma.ioc.findMany({
    where: { value: { in: values } },
    select: { id: true, value: true },
  });
  expect(
    await enqueue(
      t.app.database.prisma,
      provider,
      rows.map((row) => row.id),
    ),
  ).toBe(values.length);
  return new Map(rows.map((row) => [row.value, row.id]));
}

async function statuses(provider: string, ids: Iterable<string>) {
  const rows = await t.app.database.prisma.enrichment.findMany({
    where: { provider, iocId: { in: [...ids] } },
    select: { iocId: true, status: true, error: true },
  });
  return rows;
}

async function allFresh(provider: string, ids: Map<string, string>, timeout = 20_000) {
  await vi.waitFor(
    async () => {
      const rows = await statuses(provider, ids.values());
      expect(rows.filter((row) => row.status === "FRESH")).toHaveLength(ids.size);
    },
    { timeout, interval: 50 },
  );
}

const ips = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);

describe("shared quota", () => {
  it("never lets two workers exceed the requests allowed in any window", async () => {
    const window = 2000;
    const { provider, make } = setup({ ratePerWindow: 3, rateWindowMs: window, concurrency: 2 });
    const values = ips("198.18.1", 7);
    for (const ip of values) vt.add(vtIp(ip));
    const ids = await queued(provider, values);
    const started = Date.now();
    make().start();
    make().start();
    await allFresh(provider, ids);
    const arrivals = vt
      .requestsTo(/^\/ip_addresses\/198\.18\.1\./)
      .map((r) => r.at)
      .sort((a, b) => a - b);
    expect(arrivals).toHaveLength(7);
    // Any 4 consecutive requests span at least a window: 3 per window, never 4. A grant is taken on the
    // database clock before its request leaves, so an arrival may lag its grant (on a loaded machine the
    // embedded database commits late): the check allows for that, far less than an excess request would show.
    const lag = 600;
    for (let i = 0; i + 3 < arrivals.length; i++) {
      expect(arrivals[i + 3] - arrivals[i]).toBeGreaterThanOrEqual(window - lag);
    }
    // The seventh request needed a third window: no lag can make it early.
    expect(arrivals[6] - started).toBeGreaterThanOrEqual(2 * window);
    const quota = await t.app.database.prisma.providerQuota.findUniqueOrThrow({ where: { provider } });
    expect(quota.dayCount).toBe(7);
  });

  it("stops at the daily cap and postpones the rest to the next UTC day", async () => {
    const { provider, make, quota } = setup({ dailyQuota: 2, concurrency: 1 });
    const values = ips("198.18.2", 4);
    for (const ip of values) vt.add(vtIp(ip));
    const ids = await queued(provider, values);
    make().start();
    const db = t.app.database.prisma;
    await vi.waitFor(
      async () => {
        const jobs = await db.enrichmentJob.findMany({ where: { provider } });
        expect(jobs).toHaveLength(2);
        // Postponed past the next midnight UTC, not merely delayed.
        const midnight = new Date();
        midnight.setUTCHours(24, 0, 0, 0);
        for (const job of jobs) expect(job.runAt.getTime()).toBeGreaterThanOrEqual(midnight.getTime() - 1000);
      },
      { timeout: 20_000, interval: 50 },
    );
    expect(vt.requestsTo(/^\/ip_addresses\/198\.18\.2\./)).toHaveLength(2);
    const rows = await statuses(provider, ids.values());
    expect(rows.map((row) => row.status).sort()).toEqual(["FRESH", "FRESH", "PENDING", "PENDING"]);
    expect(await quota.state()).toMatchObject({ requestsToday: 2, problem: null });
  });
});

describe("VirusTotal's errors", () => {
  it("honours Retry-After on a 429, then succeeds", async () => {
    const { provider, make } = setup({ concurrency: 1 });
    vt.add(vtIp("198.18.3.1"));
    const path = "/ip_addresses/198.18.3.1";
    vt.fail(path, { status: 429, code: "QuotaExceededError", retryAfter: "1" });
    const ids = await queued(provider, ["198.18.3.1"]);
    make().start();
    await allFresh(provider, ids);
    const [first, second] = vt.requestsTo(path);
    expect(vt.requestsTo(path)).toHaveLength(2);
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
  });

  it("backs off after a 429 without Retry-After, a 503, a dropped connection and a slow answer, then succeeds", async () => {
    const { provider, make, quota } = setup({ concurrency: 1, rateWindowMs: 200, requestTimeoutMs: 400 });
    vt.add(vtIp("198.18.4.1"));
    const path = "/ip_addresses/198.18.4.1";
    vt.fail(path, { status: 429, code: "TooManyRequestsError" })
      .fail(path, { status: 503, code: "TransientError" })
      .fail(path, { drop: true })
      .fail(path, { delayMs: 1500 });
    const ids = await queued(provider, ["198.18.4.1"]);
    make().start();
    await allFresh(provider, ids);
    const requests = vt.requestsTo(path);
    expect(requests.map((r) => r.outcome)).toEqual(["429", "503", "drop", "slow", "200"]);
    // The 429 paused everyone for one window (no Retry-After given).
    expect(requests[1].at - requests[0].at).toBeGreaterThanOrEqual(200);
    // Retries back off: 50 ms, then 100 ms, then 200 ms (ENRICHMENT_RETRY_SECONDS, doubled per attempt);
    // the slow answer was given up on (VT_TIMEOUT_SECONDS), or the fourth request would have succeeded.
    expect(requests[2].at - requests[1].at).toBeGreaterThanOrEqual(50);
    expect(requests[3].at - requests[2].at).toBeGreaterThanOrEqual(100);
    expect(requests[4].at - requests[3].at).toBeGreaterThanOrEqual(200);
    expect(await quota.state()).toMatchObject({ problem: null });
    expect(await t.app.database.prisma.enrichmentJob.count({ where: { provider } })).toBe(0);
  });

  it("marks an IoC ERROR after the attempt limit", async () => {
    const { provider, make } = setup({ concurrency: 1, maxAttempts: 2 });
    const path = "/ip_addresses/198.18.5.1";
    vt.fail(path, { status: 503, code: "TransientError", message: "try later" }, 5);
    const ids = await queued(provider, ["198.18.5.1"]);
    make().start();
    await vi.waitFor(async () => expect((await statuses(provider, ids.values()))[0]?.status).toBe("ERROR"), {
      timeout: 20_000,
      interval: 50,
    });
    const [row] = await statuses(provider, ids.values());
    expect(row.error).toMatch(/gave up after 2 attempts: VirusTotal TransientError: try later/);
    expect(vt.requestsTo(path)).toHaveLength(2);
  });

  it("stops calling when the key is refused, says why, and stays ready", async () => {
    const { provider, make, quota } = setup({ concurrency: 1, vtApiKey: "not-the-key" });
    const values = ips("198.18.6", 3);
    for (const ip of values) vt.add(vtIp(ip));
    const ids = await queued(provider, values);
    make().start();
    const db = t.app.database.prisma;
    await vi.waitFor(
      async () => {
        // Every job postponed by about an hour: none will be tried before the key changes or time passes.
        const jobs = await db.enrichmentJob.findMany({ where: { provider } });
        expect(jobs).toHaveLength(3);
        for (const job of jobs) expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
      },
      { timeout: 20_000, interval: 50 },
    );
    const requests = vt.requestsTo(/^\/ip_addresses\/198\.18\.6\./);
    expect(requests).toHaveLength(1);
    expect(requests[0].apiKey).toBe("not-the-key");
    const rows = await statuses(provider, ids.values());
    expect(rows.filter((row) => row.status === "ERROR").map((row) => row.error)).toEqual([
      "VirusTotal WrongCredentialsError: Wrong API key",
    ]);
    expect((await quota.state()).problem).toBe("VirusTotal WrongCredentialsError: Wrong API key");
    const ready = await t.app.yoga.fetch("http://iocgraph.test/readyz");
    expect(ready.status).toBe(200);

    // Another instance with a working key is not stopped by the refusal of a different key.
    const fixed = new Quota(db, { ...quota.options, apiKey: STANDIN_KEY });
    expect(await fixed.take()).toEqual({ granted: true });
  });
});

describe("durable queue", () => {
  it("retries a job whose worker died mid-job once its lease runs out", async () => {
    const { provider, make } = setup({ concurrency: 1, leaseMs: 600 });
    vt.add(vtIp("198.18.7.1"));
    const path = "/ip_addresses/198.18.7.1";
    vt.fail(path, { hang: true });
    const ids = await queued(provider, ["198.18.7.1"]);
    const doomed = make("doomed");
    doomed.start();
    await vi.waitFor(() => expect(vt.requestsTo(path)).toHaveLength(1), { timeout: 10_000, interval: 20 });
    const held = await t.app.database.prisma.enrichmentJob.findFirstOrThrow({ where: { provider } });
    expect(held.lockedBy).toBe("doomed");
    await doomed.kill();
    // Killed without giving the job back: it is still locked by the dead worker, since its last renewal.
    const abandoned = await t.app.database.prisma.enrichmentJob.findFirstOrThrow({ where: { provider } });
    expect(abandoned.lockedBy).toBe("doomed");
    const leaseEnd = (abandoned.lockedAt?.getTime() ?? 0) + 600;
    const survivor = make("survivor");
    survivor.start();
    await allFresh(provider, ids);
    await vi.waitFor(() => expect(survivor.done).toBe(1), { timeout: 5000 });
    expect(doomed.done).toBe(0);
    const requests = vt.requestsTo(path);
    expect(requests).toHaveLength(2);
    // Not taken over while the lease was live.
    expect(requests[1].at).toBeGreaterThanOrEqual(leaseEnd);
    expect(await t.app.database.prisma.enrichmentJob.count({ where: { provider } })).toBe(0);
  });

  it("gives jobs in hand back when a worker stops cleanly", async () => {
    const { provider, make } = setup({ concurrency: 1 });
    const path = "/ip_addresses/198.18.8.1";
    vt.add(vtIp("198.18.8.1")).fail(path, { hang: true });
    const ids = await queued(provider, ["198.18.8.1"]);
    const first = make();
    first.start();
    await vi.waitFor(() => expect(vt.requestsTo(path)).toHaveLength(1), { timeout: 10_000, interval: 20 });
    await first.stop();
    const job = await t.app.database.prisma.enrichmentJob.findFirstOrThrow({ where: { provider } });
    expect(job).toMatchObject({ lockedBy: null, attempts: 0 });
    make().start();
    await allFresh(provider, ids);
  });

  it("never lets two workers run one job at once", async () => {
    const { provider, make, errors } = setup({ concurrency: 3 });
    const values = ips("198.18.9", 15);
    for (const ip of values) vt.add(vtIp(ip));
    vt.fail(/^\/ip_addresses\/198\.18\.9\./, { delayMs: 80 }, 15);
    const ids = await queued(provider, values);
    vt.maxConcurrentPerPath = 0;
    const three = [make("w1"), make("w2"), make("w3")];
    for (const worker of three) worker.start();
    await allFresh(provider, ids);
    const requests = vt.requestsTo(/^\/ip_addresses\/198\.18\.9\./);
    expect(requests).toHaveLength(15);
    expect(new Set(requests.map((r) => r.path)).size).toBe(15);
    expect(vt.maxConcurrentPerPath).toBe(1);
    expect(errors).toEqual([]);
    // A job counts as done a moment after its result is stored.
    await vi.waitFor(() => expect(three.reduce((sum, w) => sum + w.done, 0)).toBe(15), { timeout: 5000 });
    expect(await t.app.database.prisma.enrichmentJob.count({ where: { provider } })).toBe(0);
  });
});

describe("relationships", () => {
  it("follows relationship pages up to the cap and stores edges, related IoCs and their enrichment", async () => {
    const { provider, make, quota } = setup({
      concurrency: 1,
      relationships: ["contacted_domains", "contacted_ips"],
      relationshipLimit: 3,
    });
    const seed = Math.random().toString(16).slice(2, 10);
    const file = { md5: seed.padEnd(32, "1"), sha1: seed.padEnd(40, "2"), sha256: seed.padEnd(64, "3") };
    vt.add(vtFile(file));
    const domains = ["rel-one.com", "rel-two.com", "rel-three.com", "rel-four.com", "rel-five.com"];
    vt.relate(
      `/files/${file.sha256}`,
      "contacted_domains",
      domains.map((d) => vtDomain(d)),
    );
    const ids = await queued(provider, [file.sha256]);
    make().start();
    await allFresh(provider, ids);
    const db = t.app.database.prisma;
    await vi.waitFor(async () => expect(await db.enrichmentJob.count({ where: { provider } })).toBe(0), {
      timeout: 10_000,
    });
    // Two pages of two for the cap of three, via links.next; contacted_ips is unknown (404): no edges.
    const pages = vt.requestsTo(`/files/${file.sha256}/contacted_domains`);
    expect(pages).toHaveLength(2);
    expect(vt.requestsTo(`/files/${file.sha256}/contacted_ips`)).toHaveLength(1);
    const edges = await db.iocRelation.findMany({
      where: { sourceId: ids.get(file.sha256) },
      select: { relation: true, origin: true, target: { select: { value: true, type: true } } },
      orderBy: { target: { value: "asc" } },
    });
    expect(edges).toEqual(
      ["rel-one.com", "rel-three.com", "rel-two.com"].map((value) => ({
        relation: "contacted_domains",
        origin: provider,
        target: { value, type: "DOMAIN" },
      })),
    );
    // The related objects came with their attributes: stored as enrichment without a lookup of their own.
    const related = await db.enrichment.findMany({
      where: { provider, ioc: { value: { in: domains } } },
      select: { registrar: true, status: true },
    });
    expect(related).toEqual(Array(3).fill({ registrar: "NameCheap, Inc.", status: "FRESH" }));
    expect(vt.requestsTo(/^\/domains\/rel-/)).toHaveLength(0);
    // Each page cost a request of the quota: the lookup, two pages, and the 404.
    expect(await quota.state()).toMatchObject({ requestsToday: 4 });
  });
});
