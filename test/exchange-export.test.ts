// Exports over HTTP (GET /collections/{id}/export/{format}): each format's exact output for a small collection,
// who may download what, the types and defanged parameters, CSV quoting, STIX structure and stable ids.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeImported } from "../src/enrichment/import.js";
import { parsePattern } from "../src/exchange/stix-pattern.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";
import { vtDomain, vtIp } from "./helpers/vt-standin.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const Exported = graphql(`
  query Exported($id: ID!) {
    collection(id: $id) {
      id name createdAt updatedAt
      owner { name }
      json: exportUrl(format: JSON)
      stix: exportUrl(format: STIX)
      iocs(first: 50) { edges { addedAt node { value } } }
    }
  }
`);

const ExportKeys = graphql(`query ExportKeys { viewer { apiKeys { id } } }`);
const ExportRevokeKey = graphql(`
  mutation ExportRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }
`);

async function download(
  id: string,
  format: string,
  options: { query?: string; apiKey?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers["x-apikey"] = options.apiKey;
  const response = await t.app.yoga.fetch(
    `http://iocgraph.test/collections/${encodeURIComponent(id)}/export/${format}${options.query ?? ""}`,
    { headers },
  );
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A collection of one IoC of every kind, the domain and the IP enriched. */
async function sample(owner: TestUser, suffix: string, extra: { tags?: string[] } = {}) {
  const domain = `evil-${suffix}.example.com`;
  const ip = "203.0.113.77";
  const url = `http://files-${suffix}.example.net/a,b"c`;
  const md5 = createHash("md5").update(suffix).digest("hex");
  const created = await createCollection(t, owner, {
    name: `Lumma, "ClickFix" ${suffix}`,
    tags: extra.tags ?? ["lumma"],
    iocs: [{ value: domain }, { value: ip }, { value: url }, { value: md5 }],
  });
  await storeImported(t.app.database.prisma, [
    vtDomain(domain, { tags: ["dga", 'say "hi"', "two\nlines"] }),
    vtIp(ip, { as_owner: "Example, Hosting B.V.", tags: ["=cmd"] }),
  ]);
  const data = await t.run(Exported, { id: created.collection.id }, { apiKey: owner.apiKey });
  if (!data.collection) throw new Error("collection not readable");
  return { id: created.collection.id, domain, ip, url, md5, collection: data.collection };
}

describe("export formats", () => {
  it("txt: one canonical value per line; defanged on request", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "txt1");
    const plain = await download(s.id, "txt");
    expect(plain.status).toBe(200);
    expect(plain.body).toBe(`${s.domain}\n${s.ip}\n${s.url}\n${s.md5}\n`);
    expect(plain.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(plain.headers.get("content-disposition")).toBe('attachment; filename="lumma-clickfix-txt1.txt"');
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    const defanged = await download(s.id, "txt", { query: "?defanged=true" });
    expect(defanged.body).toBe(
      `evil-txt1.example[.]com\n203.0.113[.]77\nhxxp://files-txt1.example[.]net/a,b"c\n${s.md5}\n`,
    );
  });

  it("csv: a header, then one row per IoC with its enrichment, quoted exactly (RFC 4180)", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "csv1");
    const { body, headers } = await download(s.id, "csv");
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const added = s.collection.iocs.edges.map((edge) => new Date(edge.addedAt).toISOString());
    expect(body).toBe(
      [
        "type,value,added_at,detections,detection_ratio,first_seen,last_seen,country,asn,as_owner,tags",
        `DOMAIN,${s.domain},${added[0]},12,12/94,,,,,,"dga;say ""hi"";two\nlines"`,
        `IP_ADDRESS,${s.ip},${added[1]},3,3/94,,,NL,64500,"Example, Hosting B.V.",'=cmd`,
        `URL,"${s.url.replace('"', '""')}",${added[2]},,,,,,,,`,
        `FILE,${s.md5},${added[3]},,,,,,,,`,
        "",
      ].join("\r\n"),
    );
    // What csv-parse reads back is what was written, cell for cell.
    const rows = parse(body, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.value, row.tags, row.as_owner])).toEqual([
      [s.domain, 'dga;say "hi";two\nlines', ""],
      [s.ip, "'=cmd", "Example, Hosting B.V."],
      [s.url, "", ""],
      [s.md5, "", ""],
    ]);
  });

  it("json: the collection, then its IoCs with hashes and enrichment", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "json1");
    const { body, headers } = await download(s.id, "json");
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    const document = JSON.parse(body);
    const added = s.collection.iocs.edges.map((edge) => new Date(edge.addedAt).toISOString());
    expect(document).toMatchObject({
      id: s.id,
      name: 'Lumma, "ClickFix" json1',
      description: "",
      tags: ["lumma"],
      visibility: "PUBLIC",
      owner: { name: owner.name },
      createdAt: new Date(s.collection.createdAt).toISOString(),
      updatedAt: new Date(s.collection.updatedAt).toISOString(),
      counts: { files: 1, urls: 1, domains: 1, ipAddresses: 1, total: 4 },
    });
    expect(document.iocs.map((ioc: { type: string; value: string }) => [ioc.type, ioc.value])).toEqual([
      ["DOMAIN", s.domain],
      ["IP_ADDRESS", s.ip],
      ["URL", s.url],
      ["FILE", s.md5],
    ]);
    expect(document.iocs[0]).toEqual({
      type: "DOMAIN",
      value: s.domain,
      addedAt: added[0],
      enrichment: expect.objectContaining({
        provider: "offline",
        status: "FRESH",
        detections: { malicious: 12, suspicious: 1, harmless: 0, undetected: 80, timeout: 1, total: 94 },
        detectionRatio: "12/94",
        registrar: "NameCheap, Inc.",
        tags: ["dga", 'say "hi"', "two\nlines"],
      }),
    });
    expect(document.iocs[1].enrichment).toMatchObject({
      country: "NL",
      asn: 64500,
      asOwner: "Example, Hosting B.V.",
    });
    expect(document.iocs[3]).toEqual({
      type: "FILE",
      value: s.md5,
      addedAt: added[3],
      md5: s.md5,
      sha1: null,
      sha256: null,
      enrichment: null,
    });
  });

  it("misp: one event with typed, categorised attributes and stable uuids", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "misp1", { tags: ["lumma", "clickfix"] });
    const first = await download(s.id, "misp");
    const { Event: event } = JSON.parse(first.body);
    const uuid = expect.stringMatching(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const epoch = (iso: string) => String(Math.floor(new Date(iso).getTime() / 1000));
    const added = s.collection.iocs.edges.map((edge) => epoch(edge.addedAt));
    const attribute = (type: string, category: string, value: string, at: string) => ({
      uuid,
      type,
      category,
      to_ids: true,
      value,
      timestamp: at,
      distribution: "5",
      comment: "",
      disable_correlation: false,
    });
    expect(event).toEqual({
      uuid,
      info: 'Lumma, "ClickFix" misp1',
      date: new Date(s.collection.createdAt).toISOString().slice(0, 10),
      threat_level_id: "4",
      analysis: "1",
      distribution: "3",
      published: false,
      timestamp: epoch(s.collection.updatedAt),
      Orgc: { name: owner.name, uuid },
      // The collection's TLP (CLEAR by default) as MISP's TLP taxonomy tags it.
      Tag: [{ name: "lumma" }, { name: "clickfix" }, { name: "tlp:clear" }],
      Attribute: [
        attribute("hostname", "Network activity", s.domain, added[0]),
        attribute("ip-dst", "Network activity", s.ip, added[1]),
        attribute("url", "Network activity", s.url, added[2]),
        attribute("md5", "Payload delivery", s.md5, added[3]),
      ],
    });
    // Re-exporting names the same event and attributes.
    expect((await download(s.id, "misp")).body).toBe(first.body);
  });

  it("stix: a bundle of valid 2.1 objects, deterministic ids, patterns that parse", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "stix1");
    const first = await download(s.id, "stix");
    expect(first.headers.get("content-type")).toBe("application/stix+json;version=2.1");
    expect(first.headers.get("content-disposition")).toBe(
      'attachment; filename="lumma-clickfix-stix1.stix.json"',
    );
    const bundle = JSON.parse(first.body);
    const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    expect(bundle.type).toBe("bundle");
    expect(bundle.id).toMatch(new RegExp(`^bundle--${uuid}$`));
    const objects: Record<string, unknown>[] = bundle.objects;
    const ids = new Set<unknown>();
    for (const object of objects) {
      expect(object.id).toMatch(new RegExp(`^${object.type}--${uuid}$`));
      expect(object.spec_version).toBe("2.1");
      ids.add(object.id);
      if (
        !["identity", "marking-definition"].includes(String(object.type)) &&
        !["domain-name", "ipv4-addr", "url", "file"].includes(String(object.type))
      ) {
        expect(object.created_by_ref).toBe(objects[0].id);
        expect(object.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(object.modified).toBeDefined();
      }
    }
    expect(ids.size).toBe(objects.length);
    expect(objects.map((object) => object.type)).toEqual([
      "identity",
      "marking-definition",
      ...["indicator", "domain-name", "relationship"],
      ...["indicator", "ipv4-addr", "relationship"],
      ...["indicator", "url", "relationship"],
      ...["indicator", "file", "relationship"],
      "report",
    ]);
    expect(objects[0]).toMatchObject({ type: "identity", name: owner.name });

    const indicators = objects.filter((object) => object.type === "indicator");
    expect(indicators.map((indicator) => indicator.pattern)).toEqual([
      `[domain-name:value = '${s.domain}']`,
      `[ipv4-addr:value = '${s.ip}']`,
      `[url:value = '${s.url}']`,
      `[file:hashes.'MD5' = '${s.md5}']`,
    ]);
    for (const indicator of indicators) {
      expect(indicator).toMatchObject({
        pattern_type: "stix",
        pattern_version: "2.1",
        valid_from: indicator.created,
      });
      expect(parsePattern(String(indicator.pattern)).kind).toBe("observation");
    }
    expect(indicators[0].labels).toEqual(["lumma", "dga", 'say "hi"', "two\nlines"]);
    expect(indicators[2].labels).toEqual(["lumma"]);

    // SCO ids as STIX 2.1 §2.9 computes them (values from an independent UUIDv5 implementation).
    const domain = objects.find((object) => object.type === "domain-name");
    const ipv4 = objects.find((object) => object.type === "ipv4-addr");
    expect(domain).toEqual({
      type: "domain-name",
      spec_version: "2.1",
      id: expect.any(String),
      value: s.domain,
      // TLP:CLEAR, the OASIS TLP 2.0 marking-definition.
      object_marking_refs: ["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"],
    });
    expect(ipv4?.id).toBe("ipv4-addr--7413ddce-a9e8-55d7-b915-129c50abc215");
    const relationships = objects.filter((object) => object.type === "relationship");
    expect(relationships[0]).toMatchObject({
      relationship_type: "based-on",
      source_ref: indicators[0].id,
      target_ref: domain?.id,
    });

    const report = objects.at(-1) as Record<string, unknown>;
    expect(report).toMatchObject({
      type: "report",
      name: 'Lumma, "ClickFix" stix1',
      published: report.created,
      labels: ["lumma"],
      report_types: ["threat-report"],
    });
    expect(report.object_refs).toEqual(objects.slice(2, -1).map((object) => object.id));

    // The same collection exported again: the same objects with the same ids.
    expect((await download(s.id, "stix")).body).toBe(first.body);
  });

  it("stix: an empty collection's report still refers to one object, its author", async () => {
    const owner = await t.createUser();
    const created = await createCollection(t, owner, { name: "Empty" });
    const bundle = JSON.parse((await download(created.collection.id, "stix")).body);
    expect(bundle.objects.map((object: { type: string }) => object.type)).toEqual([
      "identity",
      "marking-definition",
      "report",
    ]);
    expect(bundle.objects[2].object_refs).toEqual([bundle.objects[0].id]);
  });

  it("Collection.exportUrl is the absolute download URL", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "url1");
    expect(s.collection.json).toBe(
      `http://iocgraph.test/collections/${encodeURIComponent(s.id)}/export/json`,
    );
    expect(s.collection.stix).toBe(
      `http://iocgraph.test/collections/${encodeURIComponent(s.id)}/export/stix`,
    );
    const response = await t.app.yoga.fetch(s.collection.json);
    expect(response.status).toBe(200);
  });
});

describe("streaming", () => {
  it("reads a batch of 1,000 IoCs per statement, and STIX twice (its report's refs in a second pass)", async () => {
    const owner = await t.createUser();
    const iocs = Array.from({ length: 2500 }, (_, i) => ({ value: `batch-${i}.example.org` }));
    const created = await createCollection(t, owner, { iocs });
    const count = async (format: string) => {
      const { result, statements } = await t.countStatements(() => download(created.collection.id, format));
      expect(result.status).toBe(200);
      return statements.length;
    };
    // The collection with its owner (one statement, joined), the end of the export (its newest seq), then one
    // statement per batch, and for formats that carry enrichment one more per batch (its current enrichment).
    expect(await count("txt")).toBe(2 + 3);
    expect(await count("csv")).toBe(2 + 3 + 3);
    expect(await count("stix")).toBe(2 + 3 + 3 + 3);
    const text = await download(created.collection.id, "txt");
    expect(text.body.split("\n").slice(0, -1)).toEqual(iocs.map((ioc) => ioc.value));
  });
});

describe("export parameters", () => {
  it("types picks kinds (IocType names), and a bad one is a 400 naming it", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "types1");
    expect((await download(s.id, "txt", { query: "?types=FILE,DOMAIN" })).body).toBe(
      `${s.domain}\n${s.md5}\n`,
    );
    expect((await download(s.id, "txt", { query: "?types=ip_address" })).body).toBe(`${s.ip}\n`);
    const bad = await download(s.id, "txt", { query: "?types=FILE,EMAIL" });
    expect(bad).toMatchObject({
      status: 400,
      body: 'Unknown type "EMAIL" in types: use IocType names (FILE, URL, DOMAIN, IP_ADDRESS).\n',
    });
  });

  it("defanged is true or false, and only for formats whose values may be defanged", async () => {
    const owner = await t.createUser();
    const s = await sample(owner, "defang1");
    expect(await download(s.id, "txt", { query: "?defanged=yes" })).toMatchObject({
      status: 400,
      body: 'defanged is true or false, not "yes".\n',
    });
    expect(await download(s.id, "stix", { query: "?defanged=true" })).toMatchObject({
      status: 400,
      body: "A stix export holds real values; defanged=true applies to json, csv, txt.\n",
    });
    const csv = parse((await download(s.id, "csv", { query: "?defanged=true" })).body, {
      columns: true,
    }) as { value: string }[];
    expect(csv.map((row) => row.value)).toEqual([
      "evil-defang1.example[.]com",
      "203.0.113[.]77",
      'hxxp://files-defang1.example[.]net/a,b"c',
      s.md5,
    ]);
  });

  it("an unknown format is a 404 naming the formats; other methods are refused", async () => {
    const owner = await t.createUser();
    const created = await createCollection(t, owner, { iocs: [{ value: "fmt.example.org" }] });
    expect(await download(created.collection.id, "pdf")).toMatchObject({
      status: 404,
      body: 'No export format "pdf": use one of json, csv, txt, stix, misp.\n',
    });
    const post = await t.app.yoga.fetch(
      `http://iocgraph.test/collections/${encodeURIComponent(created.collection.id)}/export/txt`,
      { method: "POST" },
    );
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("who may export", () => {
  const formats = ["json", "csv", "txt", "stix", "misp"];

  it.each(["PUBLIC", "UNLISTED", "PRIVATE"] as const)("a %s collection", async (visibility) => {
    const owner = await t.createUser("owner");
    const stranger = await t.createUser("stranger");
    const created = await createCollection(t, owner, {
      visibility,
      iocs: [{ value: `${visibility}.example.org` }],
    });
    const id = created.collection.id;
    const readers = { owner: owner.apiKey, stranger: stranger.apiKey, anonymous: undefined };
    for (const [who, apiKey] of Object.entries(readers)) {
      const allowed = visibility !== "PRIVATE" || who === "owner";
      for (const format of formats) {
        const answer = await download(id, format, { apiKey });
        expect([who, format, answer.status]).toEqual([who, format, allowed ? 200 : 404]);
      }
      // Bearer works like x-apikey.
      const bearer = apiKey ? { authorization: `Bearer ${apiKey}` } : undefined;
      expect((await download(id, "txt", { headers: bearer })).status).toBe(allowed ? 200 : 404);
    }
  });

  it("an unknown id, a bad id and an invisible one are the same 404; a bad key is a 401", async () => {
    const owner = await t.createUser();
    const hidden = await createCollection(t, owner, { visibility: "PRIVATE" });
    const hiddenAnswer = await download(hidden.collection.id, "json");
    const unknown = await download(Buffer.from("Collection:nope").toString("base64"), "json");
    const malformed = await download("not-a-global-id%", "json");
    const otherType = await download(Buffer.from("User:x").toString("base64"), "json");
    for (const answer of [unknown, malformed, otherType]) {
      expect([answer.status, answer.body]).toEqual([hiddenAnswer.status, hiddenAnswer.body]);
    }
    expect(hiddenAnswer).toMatchObject({
      status: 404,
      body: "No such collection, or it is not visible to you.\n",
    });

    const holder = await t.createUser();
    const keys = await t.run(ExportKeys, {}, { apiKey: holder.apiKey });
    const revoked = await t.run(
      ExportRevokeKey,
      { id: keys.viewer?.apiKeys[0]?.id ?? "" },
      { apiKey: holder.apiKey },
    );
    expect(revoked.revokeApiKey.__typename).toBe("RevokeApiKeyPayload");
    const publicOne = await createCollection(t, owner, { iocs: [{ value: "key.example.org" }] });
    for (const bad of ["iocg_unknown", holder.apiKey]) {
      const answer = await download(publicOne.collection.id, "txt", { apiKey: bad });
      expect([answer.status, answer.body]).toEqual([401, "Invalid or revoked API key.\n"]);
    }
  });
});
