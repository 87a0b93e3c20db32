// Warninglists through GraphQL: the built-in lists on `extractIocs` and `Ioc.warnings`, MISP-format files
// from WARNINGLIST_DIR of each type, and a start that fails, naming the file, when one is malformed.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.js";
import { defaultLimits } from "../src/config.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";
import { getPage } from "./helpers/pages.js";

const Preview = graphql(`
  query WarningsPreview($text: String!) {
    extractIocs(text: $text) { iocs { type value warnings { list reason } } }
  }
`);

const Lookup = graphql(`
  query WarningsLookup($value: String!) {
    ioc(value: $value) { value warnings { list reason } }
  }
`);

/** A warning of the built-in special-use list; `reserved` ranges share one description. */
const specialUse = (cidr: string, what = "reserved for documentation, benchmarking, IETF or future use") => ({
  list: "Special-use IP addresses",
  reason: `${cidr}: ${what}`,
});

const directories: string[] = [];
function directoryWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "iocgraph-warninglists-"));
  directories.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}
afterAll(() => {
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});

describe("built-in lists", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  it("flags resolvers, special-use addresses, reserved and ubiquitous domains, and not the rest", async () => {
    const text =
      "Beacons resolve via 8.8.8.8, then reach 10.0.0.1 and 192.0.2.5; decoys www.google.com and " +
      "example.com; the C2 is updates-secure-login[.]top. IPv6: 2001:db8::7, fd12:3456::1 and 2001:0:4136::1.";
    const data = await t.run(Preview, { text });
    expect(data.extractIocs.iocs).toEqual([
      {
        type: "IP_ADDRESS",
        value: "8.8.8.8",
        warnings: [{ list: "Public DNS resolvers", reason: "8.8.8.8: Google Public DNS resolver" }],
      },
      {
        type: "IP_ADDRESS",
        value: "10.0.0.1",
        warnings: [specialUse("10.0.0.0/8", "private network (RFC 1918)")],
      },
      {
        type: "IP_ADDRESS",
        value: "192.0.2.5",
        warnings: [specialUse("192.0.2.0/24")],
      },
      {
        type: "DOMAIN",
        value: "www.google.com",
        warnings: [{ list: "Ubiquitous benign domains", reason: "google.com: Google" }],
      },
      {
        type: "DOMAIN",
        value: "example.com",
        warnings: [
          { list: "Reserved domain names", reason: "example.com: reserved for documentation (RFC 2606)" },
        ],
      },
      { type: "DOMAIN", value: "updates-secure-login.top", warnings: [] },
      {
        type: "IP_ADDRESS",
        value: "2001:db8::7",
        warnings: [specialUse("2001:db8::/32")],
      },
      {
        type: "IP_ADDRESS",
        value: "fd12:3456::1",
        warnings: [specialUse("fc00::/7", "unique local address (RFC 4193)")],
      },
      // Inside both 2001::/23 (reserved) and 2001::/32 (Teredo): one warning, for the innermost range.
      {
        type: "IP_ADDRESS",
        value: "2001:0:4136::1",
        warnings: [specialUse("2001::/32", "Teredo tunnelling (RFC 4380)")],
      },
    ]);
  });

  it("keeps flagged IoCs, and shows the warnings of stored ones, URLs by their host", async () => {
    const owner = await t.createUser();
    const created = await createCollection(t, owner, {
      rawText: "C2 http://127.0.0.1:8080/gate and hxxps://docs.github[.]com/x via 1.1.1.1 and 9.9.9.9",
    });
    expect(created.report).toEqual({ added: 4, duplicates: 0, invalid: [] });
    const warnings = async (value: string) => (await t.run(Lookup, { value })).ioc?.warnings;
    expect(await warnings("http://127.0.0.1:8080/gate")).toEqual([specialUse("127.0.0.0/8", "loopback")]);
    expect(await warnings("https://docs.github.com/x")).toEqual([
      { list: "Ubiquitous benign domains", reason: "github.com: GitHub" },
    ]);
    expect(await warnings("1.1.1.1")).toEqual([
      { list: "Public DNS resolvers", reason: "1.1.1.1: Cloudflare DNS resolver" },
    ]);
    expect(await warnings("9.9.9.9")).toEqual([
      { list: "Public DNS resolvers", reason: "9.9.9.9: Quad9 resolver" },
    ]);
  });
});

const Reported = graphql(`
  mutation WarningsReported($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      __typename
      ... on CreateCollectionPayload {
        collection { id }
        report { added duplicates warnings { type value warnings { list } } }
      }
    }
  }
`);
const AddReported = graphql(`
  mutation WarningsAddReported($input: AddIocsInput!) {
    addIocs(input: $input) {
      __typename
      ... on AddIocsPayload { report { added duplicates warnings { value warnings { list reason } } } }
    }
  }
`);
const Stats = graphql(`
  query WarningsStats($id: ID!) { collection(id: $id) { stats { warned warnings { list count } } } }
`);

describe("warnings of stored collections", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  it("are reported for rawText and typed IoCs, counted in stats, and shown on the pages", async () => {
    const owner = await t.createUser("owner");
    const created = await t.run(
      Reported,
      {
        input: {
          name: "Warned",
          iocs: [{ value: "192.0.2.5" }, { value: "bad-c2-warned[.]top" }],
          rawText:
            "Resolvers 8.8.8.8 and 10.0.0.1; decoy example.com; beacon to hxxp://bad-c2-warned[.]top/g",
        },
      },
      { apiKey: owner.apiKey },
    );
    if (created.createCollection.__typename !== "CreateCollectionPayload") throw new Error("not created");
    const { collection, report } = created.createCollection;
    expect(report.added).toBe(6);
    expect(report.warnings).toEqual([
      { type: "IP_ADDRESS", value: "192.0.2.5", warnings: [{ list: "Special-use IP addresses" }] },
      { type: "IP_ADDRESS", value: "8.8.8.8", warnings: [{ list: "Public DNS resolvers" }] },
      { type: "IP_ADDRESS", value: "10.0.0.1", warnings: [{ list: "Special-use IP addresses" }] },
      { type: "DOMAIN", value: "example.com", warnings: [{ list: "Reserved domain names" }] },
    ]);
    const added = await t.run(
      AddReported,
      {
        input: {
          collectionId: collection.id,
          rawText: "again 10.0.0.1, and www.google.com, plus evil-x1.top",
        },
      },
      { apiKey: owner.apiKey },
    );
    if (added.addIocs.__typename !== "AddIocsPayload") throw new Error("not added");
    // The duplicate is reported too: the warning is about the text.
    expect(added.addIocs.report).toEqual({
      added: 2,
      duplicates: 1,
      warnings: [
        {
          value: "10.0.0.1",
          warnings: [{ list: "Special-use IP addresses", reason: "10.0.0.0/8: private network (RFC 1918)" }],
        },
        {
          value: "www.google.com",
          warnings: [{ list: "Ubiquitous benign domains", reason: "google.com: Google" }],
        },
      ],
    });
    const stats = (await t.run(Stats, { id: collection.id })).collection?.stats;
    expect(stats).toEqual({
      warned: 5,
      warnings: [
        { list: "Special-use IP addresses", count: 2 },
        { list: "Public DNS resolvers", count: 1 },
        { list: "Reserved domain names", count: 1 },
        { list: "Ubiquitous benign domains", count: 1 },
      ],
    });

    const dom = parse(await (await getPage(t, `/collections/${encodeURIComponent(collection.id)}`)).text());
    const rows = dom.querySelectorAll("tbody tr").map((row) => ({
      value: row.querySelector("[data-defanged]")?.text,
      warned: row.querySelector(".warned")?.text ?? null,
    }));
    expect(rows).toContainEqual({
      value: "10.0.0[.]1",
      warned: "⚠ On a warninglist: Special-use IP addresses",
    });
    expect(rows).toContainEqual({ value: "evil-x1[.]top", warned: null });
    expect(dom.querySelector(".stat-grid")?.text).toContain("on warninglists");
    const ioc = parse(await (await getPage(t, "/iocs/8.8.8.8")).text());
    const facts = Object.fromEntries(
      ioc.querySelectorAll("dl.facts dt").map((dt) => [dt.text, dt.nextElementSibling?.text]),
    );
    expect(facts.Warninglists).toMatch(/^Public DNS resolvers: 8\.8\.8\.8: Google/);
    expect(facts["First sighted"]).not.toBe("–");
  });
});

describe("MISP warninglists from WARNINGLIST_DIR", () => {
  let t: TestApp;
  beforeAll(async () => {
    const dir = directoryWith({
      "cidr/list.json": {
        name: "Test CDN ranges",
        description: "A CDN's address ranges",
        version: 1,
        type: "cidr",
        list: ["45.61.136.0/24", "2a00:1450:4001::/48", "203.0.113.77"],
        matching_attributes: ["ip-src", "ip-dst", "domain|ip"],
      },
      "hostname/list.json": { name: "Test partner hosts", type: "hostname", list: [".Partner-CDN.net."] },
      "string/list.json": {
        name: "Test empty file hashes",
        type: "string",
        list: {
          d41d8cd98f00b204e9800998ecf8427e: "MD5 of an empty file",
          da39a3ee5e6b4b0d3255bfef95601890afd80709: "SHA-1 of an empty file",
        },
        matching_attributes: ["md5", "filename|md5"],
      },
      "substring.json": { name: "Test tracking paths", type: "substring", list: ["/tracking-pixel", "utm_"] },
      "regex.json": { name: "Test WordPress assets", type: "regex", list: ["/\\/wp-content\\/.+\\.js$/i"] },
    });
    t = await startTestApp({ warninglistDir: dir });
  });
  afterAll(() => t?.stop());

  it("matches each type as MISP does, only for the attribute types a list names", async () => {
    const text = [
      "45.61.136.7 2a00:1450:4001::5 203.0.113.77 203.0.113.78",
      "http://45.61.136.7/gate",
      "img.partner-cdn.net partner-cdn.net.evil.top",
      "d41d8cd98f00b204e9800998ecf8427e da39a3ee5e6b4b0d3255bfef95601890afd80709",
      "https://shop-metrics.io/tracking-pixel.gif?utm_source=x",
      "https://blog-site.org/WP-CONTENT/themes/x.JS",
    ].join("\n");
    const data = await t.run(Preview, { text });
    const warnings = Object.fromEntries(data.extractIocs.iocs.map((ioc) => [ioc.value, ioc.warnings]));
    expect(warnings).toEqual({
      "45.61.136.7": [{ list: "Test CDN ranges", reason: "45.61.136.0/24" }],
      "2a00:1450:4001::5": [{ list: "Test CDN ranges", reason: "2a00:1450:4001::/48" }],
      // A single address is an entry too; its documentation range comes first, as the built-in list.
      "203.0.113.77": [specialUse("203.0.113.0/24"), { list: "Test CDN ranges", reason: "203.0.113.77" }],
      "203.0.113.78": [specialUse("203.0.113.0/24")],
      // The CIDR list names IP attribute types only, so a URL on one of its addresses is not matched.
      "http://45.61.136.7/gate": [],
      "img.partner-cdn.net": [{ list: "Test partner hosts", reason: "partner-cdn.net and its subdomains" }],
      "partner-cdn.net.evil.top": [],
      d41d8cd98f00b204e9800998ecf8427e: [
        { list: "Test empty file hashes", reason: "d41d8cd98f00b204e9800998ecf8427e: MD5 of an empty file" },
      ],
      // Listed, but the list applies to MD5 attributes only.
      da39a3ee5e6b4b0d3255bfef95601890afd80709: [],
      "https://shop-metrics.io/tracking-pixel.gif?utm_source=x": [
        { list: "Test tracking paths", reason: 'contains "/tracking-pixel"' },
      ],
      "https://blog-site.org/WP-CONTENT/themes/x.JS": [
        { list: "Test WordPress assets", reason: "matches /\\/wp-content\\/.+\\.js$/i" },
      ],
    });
  });

  it("shows the same warnings on stored IoCs", async () => {
    const owner = await t.createUser();
    await createCollection(t, owner, { rawText: "d41d8cd98f00b204e9800998ecf8427e on img.partner-cdn.net" });
    const md5 = await t.run(Lookup, { value: "d41d8cd98f00b204e9800998ecf8427e" });
    expect(md5.ioc?.warnings).toEqual([
      { list: "Test empty file hashes", reason: "d41d8cd98f00b204e9800998ecf8427e: MD5 of an empty file" },
    ]);
    const host = await t.run(Lookup, { value: "img.partner-cdn.net" });
    expect(host.ioc?.warnings).toEqual([
      { list: "Test partner hosts", reason: "partner-cdn.net and its subdomains" },
    ]);
  });
});

describe("a malformed warninglist file", () => {
  const config = (warninglistDir: string) => ({
    port: 0,
    host: "127.0.0.1",
    databaseUrl: "memory://",
    dataDir: "",
    redisUrl: undefined,
    logLevel: "silent" as const,
    limits: defaultLimits,
    warninglistDir,
  });

  it.each([
    ["not JSON", "{ name: 'x' ", /is not valid JSON|Unexpected token|Expected property name/],
    ["an unknown type", { name: "X", type: "exact", list: [] }, /"type" must be one of string, hostname/],
    [
      "a bad range",
      { name: "X", type: "cidr", list: ["10.0.0.0/8", "10.0.0.300/8"] },
      /"10.0.0.300\/8" is not/,
    ],
    ["a short address", { name: "X", type: "cidr", list: ["10"] }, /"10" is not an IP address or CIDR/],
    [
      "a bad regex",
      { name: "X", type: "regex", list: ["/a(/"] },
      /\/a\(\/ is not a usable regular expression/,
    ],
    ["no name", { type: "string", list: ["x"] }, /"name" must be a non-empty string/],
    ["a number in the list", { name: "X", type: "string", list: ["x", 5] }, /"list" holds 5, not a string/],
    [
      "a built-in list's name",
      { name: "Public DNS resolvers", type: "string", list: [] },
      /two warninglists/,
    ],
  ])("with %s stops the start, naming the file", async (_name, content, problem) => {
    const dir = directoryWith({
      "good.json": { name: "Good", type: "string", list: ["a"] },
      "lists/bad.json": content,
    });
    const start = buildApp(config(dir));
    await expect(start).rejects.toThrow(
      `WARNINGLIST_DIR: ${join(dir, "lists/bad.json")} is not a valid warninglist`,
    );
    await expect(start).rejects.toThrow(problem);
  });

  it("makes `iocgraph serve` exit with the file named", async () => {
    const dir = directoryWith({ "broken.json": '{"name": "Broken", "type": "cidr", "list": ["nope"]}' });
    const child = spawn(process.execPath, ["bin/iocgraph.js", "serve"], {
      env: { ...process.env, PORT: "0", DATABASE_URL: "memory://", WARNINGLIST_DIR: dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      `WARNINGLIST_DIR: ${join(dir, "broken.json")} is not a valid warninglist: "nope" is not an IP address or CIDR range`,
    );
  });

  it("or a WARNINGLIST_DIR that is not a directory, stops the start", async () => {
    const child = spawn(process.execPath, ["bin/iocgraph.js", "serve"], {
      env: { ...process.env, PORT: "0", DATABASE_URL: "memory://", WARNINGLIST_DIR: "/nonexistent/lists" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('WARNINGLIST_DIR must name a directory, got "/nonexistent/lists"');
  });
});
