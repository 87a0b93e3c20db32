// TLP governs enrichment: an IoC held only by AMBER_STRICT or RED collections is never sent to the provider —
// not when it is added, not by the sweep, not by refreshEnrichment, not by a job queued before its collection's
// TLP was raised. Once a CLEAR, GREEN or AMBER collection holds it (or its collection's TLP is lowered), it is
// looked up, once. The VirusTotal stand-in's request log is the proof of what left the server.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sweep } from "../src/enrichment/queue.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { standinEnrichment, VtStandin, vtDomain, vtUrl } from "./helpers/vt-standin.js";

let t: TestApp;
let vt: VtStandin;

beforeAll(async () => {
  vt = await VtStandin.start();
  // One worker loop, so a slow answer holds back the jobs behind it; a sweep every 100 ms.
  t = await startTestApp({ enrichment: standinEnrichment(vt, { concurrency: 1, sweepMs: 100 }) });
});
afterAll(async () => {
  await t?.stop();
  await vt?.close();
});

const CreateTlp = graphql(`
  mutation CreateTlp($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      __typename
      ... on CreateCollectionPayload { collection { id tlp } }
      ... on Error { message }
    }
  }
`);

const SetTlp = graphql(`
  mutation SetTlp($input: UpdateCollectionInput!) {
    updateCollection(input: $input) { __typename ... on UpdateCollectionPayload { collection { tlp } } }
  }
`);

const Refresh = graphql(`
  mutation TlpRefresh($input: RefreshEnrichmentInput!) {
    refreshEnrichment(input: $input) { __typename ... on RefreshEnrichmentPayload { queued } }
  }
`);

const TlpIoc = graphql(`
  query TlpIoc($value: String!) { ioc(value: $value) { value enrichment { status } } }
`);

let n = 0;
const unique = (label: string) => `${label}-${++n}-${Math.random().toString(36).slice(2, 8)}.com`;
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Every request the stand-in got that names the value (a domain, an IP, or a URL in either id form). */
function requestsFor(value: string) {
  const marks = [`/${value}`, `/${b64url(value)}`, `/${sha256(value)}`];
  return vt.requests.filter((r) => marks.some((mark) => r.path.includes(mark)));
}

async function collection(owner: TestUser, tlp: string, values: string[]) {
  const data = await t.run(
    CreateTlp,
    { input: { name: `tlp ${tlp}`, tlp, iocs: values.map((value) => ({ value })) } } as never,
    { apiKey: owner.apiKey },
  );
  if (data.createCollection.__typename !== "CreateCollectionPayload") throw new Error("create failed");
  return data.createCollection.collection.id;
}

async function status(value: string, owner: TestUser) {
  const data = await t.run(TlpIoc, { value }, { apiKey: owner.apiKey });
  return data.ioc?.enrichment?.status ?? null;
}

async function lookedUp(value: string, owner: TestUser) {
  await vi.waitFor(async () => expect(await status(value, owner)).toBe("FRESH"), {
    timeout: 20_000,
    interval: 50,
  });
}

async function jobsFor(value: string) {
  const db = t.app.database.prisma;
  const ioc = await db.ioc.findFirst({ where: { value }, select: { id: true } });
  return ioc ? db.enrichmentJob.count({ where: { iocId: ioc.id } }) : 0;
}

describe("TLP and the enrichment provider", () => {
  it("never sends an IoC held only by RED or AMBER_STRICT collections, and sends it once a CLEAR one holds it", async () => {
    const owner = await t.createUser();
    const redDomain = unique("red");
    const redUrl = `http://${unique("red-host")}/gate.php`;
    const strictDomain = unique("strict");
    for (const value of [redDomain, strictDomain]) vt.add(vtDomain(value));
    vt.add(vtUrl(redUrl));
    const red = await collection(owner, "RED", [redDomain, redUrl, "198.51.100.77"]);
    await collection(owner, "AMBER_STRICT", [strictDomain]);
    // Not even queued (the worker would refuse them too, but nothing asks it to).
    for (const value of [redDomain, redUrl, strictDomain]) {
      expect(await status(value, owner)).toBeNull();
      expect(await jobsFor(value)).toBe(0);
    }

    // Neither the sweep nor a forced refresh queues them.
    expect(await sweep(t.app.database.prisma, "virustotal", { ttlMs: 1, errorRetryMs: 1, limit: 1000 })).toBe(
      0,
    );
    const refreshed = await t.run(
      Refresh,
      { input: { collectionId: red, force: true } },
      { apiKey: owner.apiKey },
    );
    expect(refreshed.refreshEnrichment).toEqual({ __typename: "RefreshEnrichmentPayload", queued: 0 });

    // A CLEAR collection created after them is looked up: the worker and the sweep have had their turn.
    const control = unique("control");
    vt.add(vtDomain(control));
    await collection(owner, "CLEAR", [control]);
    await lookedUp(control, owner);
    for (const value of [redDomain, redUrl, "198.51.100.77", strictDomain]) {
      expect(requestsFor(value)).toEqual([]);
      expect(await status(value, owner)).toBeNull();
      expect(await jobsFor(value)).toBe(0);
    }

    // A CLEAR collection adds the RED domain and URL: queued then, looked up once.
    const clear = await collection(owner, "CLEAR", []);
    const added = await t.run(
      AddIocs,
      { input: { collectionId: clear, iocs: [{ value: redDomain }, { value: redUrl }] } },
      { apiKey: owner.apiKey },
    );
    expect(added.addIocs).toMatchObject({ report: { added: 2 } });
    await lookedUp(redDomain, owner);
    await lookedUp(redUrl, owner);
    expect(requestsFor(redDomain)).toHaveLength(1);
    expect(requestsFor(redUrl)).toHaveLength(1);
    // The address that stays RED-only is still never sent.
    expect(requestsFor("198.51.100.77")).toEqual([]);
  });

  it("looks an IoC up when an AMBER collection holds it beside an AMBER_STRICT one", async () => {
    const owner = await t.createUser();
    const value = unique("amber");
    vt.add(vtDomain(value));
    await collection(owner, "AMBER_STRICT", [value]);
    await collection(owner, "AMBER", [value]);
    await lookedUp(value, owner);
    expect(requestsFor(value)).toHaveLength(1);
  });

  it("queues a collection's IoCs when its TLP is lowered from RED", async () => {
    const owner = await t.createUser();
    const value = unique("lowered");
    vt.add(vtDomain(value));
    const id = await collection(owner, "RED", [value]);
    expect(await status(value, owner)).toBeNull();
    const updated = await t.run(SetTlp, { input: { id, tlp: "GREEN" } }, { apiKey: owner.apiKey });
    expect(updated.updateCollection).toMatchObject({ collection: { tlp: "GREEN" } });
    await lookedUp(value, owner);
    expect(requestsFor(value)).toHaveLength(1);
  });

  it("drops a job whose collection turned RED before the worker reached it", async () => {
    const owner = await t.createUser();
    const blocker = unique("blocker");
    const raised = unique("raised");
    vt.add(vtDomain(blocker)).add(vtDomain(raised));
    // The one worker loop is held by a slow answer while the second IoC waits in the queue.
    vt.fail(`/domains/${blocker}`, { delayMs: 1500 });
    await collection(owner, "CLEAR", [blocker]);
    await vi.waitFor(() => expect(requestsFor(blocker)).toHaveLength(1), { timeout: 10_000, interval: 20 });
    const id = await collection(owner, "CLEAR", [raised]);
    expect(await jobsFor(raised)).toBe(1);
    expect(await status(raised, owner)).toBe("PENDING");
    await t.run(SetTlp, { input: { id, tlp: "RED" } }, { apiKey: owner.apiKey });
    await lookedUp(blocker, owner);
    await vi.waitFor(async () => expect(await jobsFor(raised)).toBe(0), { timeout: 10_000, interval: 50 });
    expect(requestsFor(raised)).toEqual([]);
    // It reads as never enriched, and is looked up once shared again.
    expect(await status(raised, owner)).toBeNull();
    await t.run(SetTlp, { input: { id, tlp: "CLEAR" } }, { apiKey: owner.apiKey });
    await lookedUp(raised, owner);
    expect(requestsFor(raised)).toHaveLength(1);
  });
});
