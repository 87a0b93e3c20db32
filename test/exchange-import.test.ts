// importCollection over GraphQL: STIX bundles and lists (patterns read exactly, or skipped with the reason), MISP
// events in every wrapper (attributes, object attributes, composite types), CSV and text; what is skipped and
// what is invalid; adding to an existing collection; refusals that write nothing; round trips from our exports.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db.js";
import type { ImportFormat } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { backend, freshPostgresDatabase, startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { expectRefusedWhileHeld } from "./helpers/embedded.js";
import { createCollection } from "./helpers/factories.js";
import { stixIndicator as indicator } from "./helpers/stix.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ limits: { maxRawTextBytes: 50_000 } });
});
afterAll(() => t?.stop());

const Import = graphql(`
  mutation ImportCollection($input: ImportCollectionInput!) {
    importCollection(input: $input) {
      __typename
      ... on ImportCollectionPayload {
        collection { id name description tags visibility tlp counts { files urls domains ipAddresses total } }
        report { added duplicates skipped { input reason } invalid { input reason } }
      }
      ... on Error { message }
      ... on ValidationError { field }
    }
  }
`);

const Values = graphql(`
  query ImportedValues($id: ID!) {
    collection(id: $id) { iocs(first: 200) { edges { node { type value } } } }
  }
`);

const OwnCount = graphql(
  `query ImportOwnCount { viewer { user { collections(first: 100) { edges { node { id } } } } } }`,
);

const hex = (seed: string, algorithm: "md5" | "sha1" | "sha256") =>
  createHash(algorithm).update(seed).digest("hex");

async function importAs(
  user: TestUser | undefined,
  format: ImportFormat,
  content: unknown,
  extra: { name?: string; collectionId?: string; visibility?: "PUBLIC" | "UNLISTED" | "PRIVATE" } = {},
) {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const data = await t.run(Import, { input: { format, content: text, ...extra } }, { apiKey: user?.apiKey });
  return data.importCollection;
}

async function imported(user: TestUser, format: ImportFormat, content: unknown, extra = {}) {
  const result = await importAs(user, format, content, extra);
  if (result.__typename !== "ImportCollectionPayload")
    throw new Error(`import failed: ${JSON.stringify(result)}`);
  const values = await t.run(Values, { id: result.collection.id }, { apiKey: user.apiKey });
  const iocs = (values.collection?.iocs.edges ?? []).map((edge) => `${edge.node.type} ${edge.node.value}`);
  return { ...result, iocs };
}

describe("STIX import", () => {
  it("reads OR-joined exact comparisons and observables; skips every other form with its reason", async () => {
    const user = await t.createUser();
    const sha256 = hex("stix-a", "sha256");
    const md5 = hex("stix-a", "md5");
    const sha1 = hex("stix-a", "sha1");
    const bundle = {
      type: "bundle",
      id: `bundle--${crypto.randomUUID()}`,
      objects: [
        { type: "identity", id: `identity--${crypto.randomUUID()}`, name: "Vendor" },
        {
          type: "report",
          id: `report--${crypto.randomUUID()}`,
          name: "Operation Example",
          description: "What we saw.",
          labels: ["APT-X", "phishing"],
          object_refs: [],
        },
        indicator(`[file:hashes.'SHA-256' = '${sha256}' OR file:hashes.MD5 = '${md5}']`),
        indicator("[domain-name:value = 'evil.example.com'] OR ([ipv4-addr:value = '198.51.100.7'])"),
        indicator("[ipv4-addr:value IN ('198.51.100.8', '198.51.100.9')]"),
        indicator(
          "[url:value = 'http://evil.example.com/g.php'] AND [domain-name:value = 'and.example.com']",
        ),
        indicator("[domain-name:value = 'a.example.com' AND domain-name:value = 'b.example.com']"),
        indicator("[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [domain-name:value = 'seq.example.com']"),
        indicator("[domain-name:value = 'q.example.com'] WITHIN 300 SECONDS"),
        indicator("[domain-name:value MATCHES '^evil']"),
        indicator("[domain-name:value NOT = 'good.example.com']"),
        indicator("[ipv4-addr:value ISSUBSET '198.51.100.0/24']"),
        indicator("[ipv4-addr:value = '10.0.0.0/8']"),
        indicator("[email-addr:value = 'boss@example.com' OR url:value = 'https://Mixed.Example.com']"),
        indicator("[file:hashes.MD5 = 'xyz']"),
        indicator(`[file:hashes.MD5 = '${sha1}']`),
        indicator("[domain-name:value = 'unclosed.example.com'"),
        indicator("rule x { condition: true }", { pattern_type: "yara" }),
        indicator("[domain-name:value = 'revoked.example.com']", { revoked: true }),
        { type: "domain-name", id: `domain-name--${crypto.randomUUID()}`, value: "sco.example.org" },
        { type: "ipv6-addr", id: `ipv6-addr--${crypto.randomUUID()}`, value: "2001:DB8::0:1" },
        { type: "file", id: `file--${crypto.randomUUID()}`, hashes: { MD5: md5, "SHA-1": sha1 } },
        { type: "file", id: `file--${crypto.randomUUID()}`, name: "dropper.exe" },
        { type: "email-addr", id: `email-addr--${crypto.randomUUID()}`, value: "boss@example.com" },
        { type: "attack-pattern", id: `attack-pattern--${crypto.randomUUID()}`, name: "Phishing" },
        { type: "relationship", id: `relationship--${crypto.randomUUID()}`, relationship_type: "uses" },
        "not an object",
      ],
    };
    const result = await imported(user, "STIX", bundle);
    expect(result.collection).toMatchObject({
      name: "Operation Example",
      description: "What we saw.",
      tags: ["apt-x", "phishing"],
    });
    expect(result.iocs).toEqual([
      `FILE ${sha256}`,
      `FILE ${md5}`,
      "DOMAIN evil.example.com",
      "IP_ADDRESS 198.51.100.7",
      "IP_ADDRESS 198.51.100.8",
      "IP_ADDRESS 198.51.100.9",
      "URL https://mixed.example.com/",
      "DOMAIN sco.example.org",
      "IP_ADDRESS 2001:db8::1",
      `FILE ${sha1}`,
    ]);
    expect(result.report).toEqual({
      added: 10,
      duplicates: 0,
      skipped: [
        {
          input: "[url:value = 'http://evil.example.com/g.php'] AND [domain-name:value = 'and.example.com']",
          reason: "observations joined by AND must all be seen together: not separate IoCs",
        },
        {
          input: "domain-name:value = 'a.example.com' AND domain-name:value = 'b.example.com'",
          reason: "comparisons joined by AND describe one object together, not separate IoCs",
        },
        {
          input: "[ipv4-addr:value = '192.0.2.1'] FOLLOWEDBY [domain-name:value = 'seq.example.com']",
          reason: "a FOLLOWEDBY sequence describes events in order: not separate IoCs",
        },
        {
          input: "[domain-name:value = 'q.example.com'] WITHIN 300 SECONDS",
          reason: "qualified by WITHIN 300 SECONDS: a condition over time, not an IoC",
        },
        {
          input: "domain-name:value MATCHES '^evil'",
          reason: "the MATCHES operator does not name exact values (only = and IN do)",
        },
        {
          input: "domain-name:value NOT = 'good.example.com'",
          reason: "a negated comparison (NOT) names what an IoC is not",
        },
        {
          input: "ipv4-addr:value ISSUBSET '198.51.100.0/24'",
          reason: "the ISSUBSET operator does not name exact values (only = and IN do)",
        },
        { input: "10.0.0.0/8", reason: "ipv4-addr:value: a CIDR range, not one address" },
        {
          input: "email-addr:value = 'boss@example.com'",
          reason: "email-addr:value is not an IoC kind of iocgraph (files, URLs, domains and IP addresses)",
        },
        { input: "rule x { condition: true }", reason: "a yara pattern: only STIX patterns are read" },
        { input: "[domain-name:value = 'revoked.example.com']", reason: "the indicator is revoked" },
        { input: "dropper.exe", reason: "a file without an MD5, SHA-1 or SHA-256 hash" },
        {
          input: "boss@example.com",
          reason: "email-addr is not an IoC kind of iocgraph (files, URLs, domains and IP addresses)",
        },
        { input: 'attack-pattern "Phishing"', reason: "an attack-pattern is not an IoC" },
      ],
      invalid: [
        {
          input: "xyz",
          reason: "file:hashes.MD5: not a valid hash: only hexadecimal digits are allowed",
        },
        { input: sha1, reason: "file:hashes.MD5: a md5 hash has 32 hex digits, not 40" },
        {
          input: "[domain-name:value = 'unclosed.example.com'",
          reason: "not a STIX pattern: expected ']' at the end",
        },
        { input: "not an object", reason: "not a STIX object (no type)" },
      ],
    });
  });

  it("reads a bare list of objects and a single object; a given name wins over the document's", async () => {
    const user = await t.createUser();
    const list = await imported(
      user,
      "STIX",
      [
        indicator("[domain-name:value = 'list.example.com']"),
        { type: "url", value: "http://list.example.com/x" },
      ],
      { name: "From a list" },
    );
    expect([list.collection.name, list.iocs]).toEqual([
      "From a list",
      ["DOMAIN list.example.com", "URL http://list.example.com/x"],
    ]);
    const single = await imported(user, "STIX", indicator("[domain-name:value = 'one.example.com']"), {
      name: "One",
      visibility: "UNLISTED",
    });
    expect([single.collection.visibility, single.iocs]).toEqual(["UNLISTED", ["DOMAIN one.example.com"]]);
    const renamed = await imported(
      user,
      "STIX",
      [{ type: "grouping", name: "Grouped", context: "suspicious-activity", object_refs: [] }],
      { name: "Mine" },
    );
    expect(renamed.collection.name).toBe("Mine");
  });

  it("reports hostile nesting as invalid instead of failing", async () => {
    const user = await t.createUser();
    const deep = `${"[".repeat(15_000)}${"]".repeat(15_000)}`;
    const pattern = `${"(".repeat(5_000)}[domain-name:value = 'deep.example.com']${")".repeat(5_000)}`;
    const content = `[${deep}, ${JSON.stringify(indicator(pattern))}]`;
    const result = await imported(user, "STIX", content, { name: "Deep" });
    expect(result.report.invalid).toEqual([
      { input: "[…]", reason: "not a STIX object (no type)" },
      { input: `${"(".repeat(199)}…`, reason: "not a STIX pattern: parentheses nested more than 100 deep" },
    ]);
  });

  it("refuses content that is not STIX, or names no collection, and writes nothing", async () => {
    const user = await t.createUser();
    const notJson = await importAs(user, "STIX", "{ nope");
    expect(notJson).toMatchObject({ __typename: "ValidationError", field: "content" });
    expect(notJson.__typename === "ValidationError" && notJson.message).toMatch(
      /^The STIX content is not JSON: /,
    );
    expect(await importAs(user, "STIX", { hello: "world" })).toEqual({
      __typename: "ValidationError",
      message:
        'The content is not STIX: expected a bundle ({"type": "bundle", "objects": […]}), a list of objects or one object.',
      field: "content",
    });
    expect(await importAs(user, "STIX", [indicator("[domain-name:value = 'nameless.example.com']")])).toEqual(
      {
        __typename: "ValidationError",
        message:
          "This STIX document names no collection (a STIX report or grouping, a MISP event's info): give a name.",
        field: "name",
      },
    );
    const own = await t.run(OwnCount, {}, { apiKey: user.apiKey });
    expect(own.viewer?.user.collections.edges).toEqual([]);
    const lookup = await t.app.database.prisma.ioc.count({ where: { value: "nameless.example.com" } });
    expect(lookup).toBe(0);
  });
});

describe("MISP import", () => {
  const sha256 = hex("misp-a", "sha256");
  const md5 = hex("misp-a", "md5");
  const sha1 = hex("misp-a", "sha1");
  const event = {
    info: "Campaign M",
    date: "2024-02-01",
    threat_level_id: "2",
    Tag: [{ name: "tlp:green" }, { name: "Botnet" }, { name: `misp-galaxy:long="${"x".repeat(70)}"` }],
    Attribute: [
      { type: "md5", category: "Payload delivery", value: md5 },
      { type: "url", value: "hxxp://m-evil[.]example.com/a" },
      { type: "uri", value: "https://uri.example.com/b" },
      { type: "uri", value: "/gate.php" },
      { type: "domain", value: "m-evil.example.com" },
      { type: "hostname", value: "c2.m-evil.example.com" },
      { type: "ip-src", value: "192.0.2.10" },
      { type: "ip-dst", value: "192.0.2.0/24" },
      { type: "domain|ip", value: "pair.example.com|192.0.2.11" },
      { type: "ip-dst|port", value: "192.0.2.12|8443" },
      { type: "hostname|port", value: "port.example.com|443" },
      { type: "filename|sha256", value: `a|b.exe|${sha256}` },
      { type: "filename|sha512", value: `c.exe|${"ab".repeat(64)}` },
      { type: "malware-sample", value: `sample.zip|${hex("misp-b", "md5")}` },
      { type: "link", value: "https://blog.example.com/report" },
      { type: "email-src", value: "phish@example.com" },
      { type: "btc", value: "1BoatSLRHtKNngkdXEeobR76b53LETtpyT" },
      { type: "domain", value: "deleted.example.com", deleted: true },
      { type: "domain", value: "not a domain" },
      { type: "sha1", value: md5 },
      { type: "domain|ip", value: "nopipe.example.com" },
    ],
    Object: [
      {
        name: "file",
        Attribute: [
          { type: "filename", object_relation: "filename", value: "drop.exe" },
          { type: "sha1", object_relation: "sha1", value: sha1 },
          { type: "sha256", object_relation: "sha256", value: sha256 },
        ],
      },
      { name: "domain-ip", deleted: true, Attribute: [{ type: "domain", value: "gone.example.com" }] },
    ],
    Galaxy: [{ name: "Attack Pattern", GalaxyCluster: [{ value: "Phishing - T1566" }] }],
  };

  it("reads attributes, object attributes and the IoC parts of composite types; reports the rest", async () => {
    const user = await t.createUser();
    const result = await imported(user, "MISP", { Event: event });
    // The tlp: tag is the collection's TLP, not one of its tags.
    expect(result.collection).toMatchObject({ name: "Campaign M", tags: ["botnet"], tlp: "GREEN" });
    expect(result.iocs).toEqual([
      `FILE ${md5}`,
      "URL http://m-evil.example.com/a",
      "URL https://uri.example.com/b",
      "DOMAIN m-evil.example.com",
      "DOMAIN c2.m-evil.example.com",
      "IP_ADDRESS 192.0.2.10",
      "DOMAIN pair.example.com",
      "IP_ADDRESS 192.0.2.11",
      "IP_ADDRESS 192.0.2.12",
      "DOMAIN port.example.com",
      `FILE ${sha256}`,
      `FILE ${hex("misp-b", "md5")}`,
      `FILE ${sha1}`,
    ]);
    expect(result.report).toEqual({
      added: 13,
      duplicates: 0,
      skipped: [
        { input: "/gate.php", reason: "uri: a path without a host, not a URL" },
        { input: "192.0.2.0/24", reason: "ip-dst: a CIDR range, not one address" },
        { input: `c.exe|${"ab".repeat(64)}`, reason: "filename|sha512 is not an IoC kind of iocgraph" },
        { input: "https://blog.example.com/report", reason: "link: a reference, not an IoC" },
        { input: "phish@example.com", reason: "email-src is not an IoC kind of iocgraph" },
        { input: "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", reason: "btc is not an IoC kind of iocgraph" },
        { input: "deleted.example.com", reason: "domain: deleted in MISP" },
        { input: "drop.exe", reason: "filename (in a file object) is not an IoC kind of iocgraph" },
        { input: "domain-ip", reason: "the object is deleted in MISP" },
        { input: `misp-galaxy:long="${"x".repeat(70)}"`, reason: "a tag has at most 64 characters" },
        {
          input: "Attack Pattern: Phishing - T1566",
          reason: "a galaxy cluster (an actor, a tool, an ATT&CK pattern…), not an IoC",
        },
      ],
      invalid: [
        { input: "not a domain", reason: expect.stringMatching(/^domain: not a valid domain/) },
        { input: md5, reason: "sha1: a sha1 hash has 40 hex digits, not 32" },
        { input: "nopipe.example.com", reason: "domain|ip: expected two parts separated by |" },
      ],
    });
  });

  it("takes the response wrapper, a list of events and an attribute search", async () => {
    const user = await t.createUser();
    const second = { info: "Second", Attribute: [{ type: "domain", value: "second.example.com" }] };
    const wrapped = await imported(user, "MISP", { response: [{ Event: event }, { Event: second }] });
    expect(wrapped.collection.name).toBe("Campaign M (and 1 more events)");
    expect(wrapped.iocs).toContain("DOMAIN second.example.com");
    const list = await imported(user, "MISP", [{ Event: second }]);
    expect([list.collection.name, list.iocs]).toEqual(["Second", ["DOMAIN second.example.com"]]);
    const search = await imported(
      user,
      "MISP",
      { response: { Attribute: [{ type: "ip-dst", value: "192.0.2.99" }] } },
      { name: "Search" },
    );
    expect(search.iocs).toEqual(["IP_ADDRESS 192.0.2.99"]);
  });

  it("refuses content that is not a MISP event", async () => {
    const user = await t.createUser();
    expect(await importAs(user, "MISP", { response: [{ nope: 1 }] })).toMatchObject({
      __typename: "ValidationError",
      message:
        'The content is not MISP: expected an event ({"Event": {…}}), {"response": [events]} or a list of events.',
    });
  });
});

describe("CSV and text import", () => {
  it("reads a value column and an optional type column; quoted cells read exactly", async () => {
    const user = await t.createUser();
    const csv = [
      "Type,Value,comment",
      'DOMAIN,csv.example.com,"first, with a comma"',
      'url,"http://csv.example.com/a,""b""",x',
      "ip-dst,192.0.2.50,",
      ",198.51.100.60,inferred",
      "email,bad@example.com,",
      "md5,abc,",
      ",,empty",
    ].join("\r\n");
    const result = await imported(user, "CSV", csv, { name: "CSV" });
    expect(result.iocs).toEqual([
      "DOMAIN csv.example.com",
      'URL http://csv.example.com/a,"b"',
      "IP_ADDRESS 192.0.2.50",
      "IP_ADDRESS 198.51.100.60",
    ]);
    expect(result.report).toMatchObject({
      added: 4,
      skipped: [{ input: "bad@example.com", reason: 'line 6: type "email" is not an IoC kind of iocgraph' }],
      invalid: [
        {
          input: "abc",
          reason: "line 7 (md5): not a valid hash: 3 hex digits (MD5 has 32, SHA-1 40, SHA-256 64)",
        },
        { input: "line 8: ,,empty", reason: "line 8: no value" },
      ],
    });
  });

  it("refuses CSV without a value column, and CSV that does not parse", async () => {
    const user = await t.createUser();
    expect(await importAs(user, "CSV", "ioc,type\nx.example.com,DOMAIN", { name: "x" })).toMatchObject({
      __typename: "ValidationError",
      message: 'A CSV import needs a header row with a "value" column (and optionally "type").',
    });
    const broken = await importAs(user, "CSV", 'value\n"unclosed.example.com', { name: "x" });
    expect(broken.__typename === "ValidationError" && broken.message).toMatch(/^The content is not CSV: /);
  });

  it("extracts IoCs from text, defanged ones included", async () => {
    const user = await t.createUser();
    const result = await imported(
      user,
      "TEXT",
      "C2 at hxxps://text-evil[.]example[.]com/x and 192.0.2[.]77",
      {
        name: "Text",
      },
    );
    expect(result.iocs).toEqual(["URL https://text-evil.example.com/x", "IP_ADDRESS 192.0.2.77"]);
  });
});

describe("adding to a collection, and refusals", () => {
  it("adds a document's IoCs to the viewer's collection, counting duplicates", async () => {
    const user = await t.createUser();
    const mine = await createCollection(t, user, { name: "Mine", iocs: [{ value: "dup.example.com" }] });
    const result = await importAs(user, "CSV", "value\ndup.example.com\nnew.example.com", {
      collectionId: mine.collection.id,
    });
    expect(result).toMatchObject({
      __typename: "ImportCollectionPayload",
      collection: { id: mine.collection.id, name: "Mine", counts: { total: 2 } },
      report: { added: 1, duplicates: 1, skipped: [], invalid: [] },
    });
    expect(
      await importAs(user, "TEXT", "x.example.com", { collectionId: mine.collection.id, name: "Rename" }),
    ).toMatchObject({ __typename: "ValidationError", field: "name" });
  });

  it("refuses another user's collection, anonymous callers and oversized content", async () => {
    const owner = await t.createUser("owner");
    const other = await t.createUser("other");
    const open = await createCollection(t, owner, { name: "Open" });
    const hidden = await createCollection(t, owner, { name: "Hidden", visibility: "PRIVATE" });
    const text = "intruder.example.com";
    expect(await importAs(other, "TEXT", text, { collectionId: open.collection.id })).toMatchObject({
      __typename: "ForbiddenError",
    });
    expect(await importAs(other, "TEXT", text, { collectionId: hidden.collection.id })).toMatchObject({
      __typename: "NotFoundError",
    });
    expect(await importAs(undefined, "TEXT", text, { name: "Anon" })).toMatchObject({
      __typename: "AuthenticationRequiredError",
    });
    expect(await importAs(other, "TEXT", `${text} `.repeat(3000), { name: "Big" })).toMatchObject({
      __typename: "LimitExceededError",
      message: "A text is limited to 50000 bytes; got 63000.",
    });
    expect(await t.app.database.prisma.ioc.count({ where: { value: text } })).toBe(0);
  });
});

describe("round trips through our own exports", () => {
  async function exported(id: string, format: string, apiKey: string) {
    const response = await t.app.yoga.fetch(
      `http://iocgraph.test/collections/${encodeURIComponent(id)}/export/${format}`,
      { headers: { "x-apikey": apiKey } },
    );
    return response.text();
  }

  it.each(["STIX", "MISP", "CSV"] as const)("export %s, then import it: the same IoC set", async (format) => {
    const user = await t.createUser();
    const iocs = [
      { value: `rt-${format}.example.com` },
      { value: `sub.rt-${format}.example.com` },
      { value: "192.0.2.200" },
      { value: "2001:db8::200" },
      { value: `http://rt-${format}.example.com/it's_"quoted",x` },
      { value: hex(format, "md5") },
      { value: hex(format, "sha1") },
      { value: hex(format, "sha256") },
    ];
    const original = await createCollection(t, user, {
      name: `Round ${format}`,
      tags: ["rt"],
      iocs,
      visibility: "PRIVATE",
    });
    const content = await exported(original.collection.id, format.toLowerCase(), user.apiKey);
    const back = await imported(user, format, content, format === "CSV" ? { name: "Back" } : {});
    const before = await t.run(Values, { id: original.collection.id }, { apiKey: user.apiKey });
    const expected = (before.collection?.iocs.edges ?? []).map(
      (edge) => `${edge.node.type} ${edge.node.value}`,
    );
    expect(expected).toHaveLength(8);
    expect(back.iocs).toEqual(expected);
    expect(back.report).toMatchObject({ added: 8, duplicates: 0, skipped: [], invalid: [] });
    if (format !== "CSV") expect(back.collection).toMatchObject({ name: `Round ${format}`, tags: ["rt"] });
  });
});

describe("iocgraph import (the CLI)", () => {
  it("imports a file for a user and prints the report as one JSON line; refuses while a server holds the data", async () => {
    const run = promisify(execFile);
    const dir = await mkdtemp(join(tmpdir(), "iocgraph-import-cli-"));
    const database = backend === "postgres" ? await freshPostgresDatabase() : undefined;
    const env = {
      ...process.env,
      DATABASE_URL: database?.url ?? "",
      DATA_DIR: join(dir, "data"),
      LOG_LEVEL: "silent",
    };
    const cli = (...args: string[]) => run(process.execPath, ["bin/iocgraph.js", ...args], { env });
    try {
      await cli("user", "create", "--name", "cli-importer");
      const file = join(dir, "event.json");
      await writeFile(
        file,
        JSON.stringify({
          Event: {
            info: "CLI event",
            Attribute: [
              { type: "domain", value: "cli-import.example.com" },
              { type: "btc", value: "1BoatSLRHtKNngkdXEeobR76b53LETtpyT" },
            ],
          },
        }),
      );
      const { stdout } = await cli(
        "import",
        file,
        "--format",
        "misp",
        "--owner",
        "cli-importer",
        "--visibility",
        "unlisted",
        "--tlp",
        "amber+strict",
      );
      const lines = stdout.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0])).toEqual({
        collection: { id: expect.any(String), name: "CLI event" },
        report: {
          added: 1,
          duplicates: 0,
          invalid: [],
          skipped: [
            { input: "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", reason: "btc is not an IoC kind of iocgraph" },
          ],
        },
      });
      const refused = await cli("import", file, "--format", "stix", "--owner", "cli-importer").catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/^The content is not STIX/) });
      const badTlp = await cli(
        "import",
        file,
        "--format",
        "misp",
        "--owner",
        "cli-importer",
        "--tlp",
        "pink",
      ).catch((error: { code: number; stderr: string }) => error);
      expect(badTlp).toMatchObject({ code: 2, stderr: expect.stringContaining("--tlp is clear, green") });
      const reader = openDatabase({ databaseUrl: database?.url, dataDir: env.DATA_DIR });
      try {
        const stored = await reader.prisma.collection.findMany({ select: { name: true, tlp: true } });
        expect(stored).toEqual([{ name: "CLI event", tlp: "AMBER_STRICT" }]);
      } finally {
        await reader.close();
      }
      if (backend === "pglite") {
        await expectRefusedWhileHeld(env.DATA_DIR, () =>
          cli("import", file, "--format", "misp", "--owner", "cli-importer"),
        );
      }
    } finally {
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    }
    // Four CLI processes, each starting the embedded database: slow on a loaded machine.
  }, 180_000);
});
