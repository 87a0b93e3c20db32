// The human pages over plain HTTP: what each page shows, its status codes and headers, the one access policy
// (pages are anonymous: PRIVATE is the same 404 as unknown, UNLISTED is served but not indexed), escaping of
// hostile strings, keyset paging, and a statement count that does not grow with the collection.
import { createHash } from "node:crypto";
import { type HTMLElement, parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { enrichedCollection, getPage } from "./helpers/pages.js";

let t: TestApp;
let owner: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  owner = await t.createUser("analyst");
});
afterAll(() => t?.stop());

const Permalink = graphql(`
  query PagePermalink($id: ID!) { collection(id: $id) { permalink } }
`);

const IocPermalink = graphql(`
  query PageIocPermalink($value: String!) { ioc(value: $value) { permalink } }
`);

async function page(path: string, headers?: Record<string, string>) {
  const response = await getPage(t, path, headers);
  const body = await response.text();
  return { response, body, dom: parse(body) };
}

/** The text of the IoC values a page shows (what a reader sees, not the attributes the switch reads). */
const shownValues = (dom: HTMLElement) => dom.querySelectorAll("[data-defanged]").map((e) => e.text);

const rowValues = (dom: HTMLElement) =>
  dom.querySelectorAll("tbody tr [data-value]").map((e) => e.getAttribute("data-value"));

describe("a collection page", () => {
  it("shows the collection and its IoCs, defanged, with their enrichment", async () => {
    const { collection, sample } = await enrichedCollection(t, owner, {
      seed: "show",
      name: "Operation Show",
      description: "Our write-up: https://example.org/report-1 (second wave).",
      tags: ["apt-x", "loader"],
    });
    const { response, dom } = await page(`/collections/${encodeURIComponent(collection.id)}`);
    expect(response.status).toBe(200);
    expect(dom.querySelector("h1")?.text).toBe("Operation Show");
    expect(dom.querySelector(".meta")?.text).toContain(`by ${owner.name}`);
    expect(dom.querySelectorAll("[aria-label=Tags] a").map((a) => a.text)).toEqual(["apt-x", "loader"]);
    expect(dom.querySelector(".description a")?.getAttribute("href")).toBe("https://example.org/report-1");
    // Newest first; every value defanged except the file hash (nothing to defang).
    expect(shownValues(dom.querySelector("tbody") as HTMLElement)).toEqual([
      "hxxps://update-check-show[.]net/api/v2?id=42",
      "185.220.101[.]4",
      "cdn-show[.]com",
      "update-check-show[.]net",
      sample.file.sha256,
    ]);
    const fileRow = dom.querySelector(`tr:has([data-value="${sample.file.sha256}"])`);
    expect(fileRow?.querySelector(".ratio")?.text).toBe("55/73");
    expect(fileRow?.querySelector(".sub")?.text).toBe("FILE · Win32 DLL · 1.4 MiB");
    const ipRow = dom.querySelector(`tr:has([data-value="${sample.ip}"])`);
    expect(ipRow?.querySelector(".sub")?.text).toBe("IP ADDRESS · DE · AS24940 Hetzner Online GmbH");
    expect(ipRow?.querySelector("a")?.getAttribute("href")).toBe(`/iocs/${sample.ip}`);
    const urlRow = dom.querySelector(`tr:has([data-value="${sample.url}"])`);
    expect(urlRow?.querySelector("a")?.getAttribute("href")).toBe(`/iocs/${encodeURIComponent(sample.url)}`);
    expect(dom.querySelectorAll(".kinds a").map((a) => a.text)).toEqual([
      "All 5",
      "Files 1",
      "URLs 1",
      "Domains 2",
      "IP addresses 1",
    ]);
    // Copy-all and exports point at the export endpoint, the text lists defanged by default.
    expect(dom.querySelectorAll("a[data-copy]").map((a) => a.getAttribute("href"))).toEqual(
      ["FILE", "URL", "DOMAIN", "IP_ADDRESS"].map(
        (type) => `/collections/${encodeURIComponent(collection.id)}/export/txt?types=${type}&defanged=true`,
      ),
    );
    expect(dom.querySelectorAll(".exports a").map((a) => a.getAttribute("href"))).toEqual([
      ...["json", "csv", "txt", "stix", "misp"].map(
        (format) => `/collections/${encodeURIComponent(collection.id)}/export/${format}`,
      ),
      `/collections/${encodeURIComponent(collection.id)}/export/txt?defanged=true`,
    ]);
    expect(dom.querySelector(".stat.bad b")?.text).toBe("4");
  });

  it("shows raw values with ?defanged=false, and only one kind with ?type=", async () => {
    const { collection, sample } = await enrichedCollection(t, owner, { seed: "raw" });
    const path = `/collections/${encodeURIComponent(collection.id)}`;
    const raw = await page(`${path}?defanged=false`);
    expect(shownValues(raw.dom.querySelector("tbody") as HTMLElement)).toEqual([
      sample.url,
      sample.ip,
      sample.cdn,
      sample.domain,
      sample.file.sha256,
    ]);
    expect(raw.dom.querySelector("[data-fang-switch]")?.getAttribute("aria-checked")).toBe("true");
    expect(raw.dom.querySelector("[data-fang-switch]")?.getAttribute("href")).toBe(path);
    const domains = await page(`${path}?type=domain&defanged=false`);
    expect(rowValues(domains.dom)).toEqual([sample.cdn, sample.domain]);
    expect(domains.dom.querySelector(".kinds [aria-current=page]")?.text).toBe("Domains 2");
    // Links keep the view: the switch back, the other kinds.
    expect(domains.dom.querySelector("[data-fang-switch]")?.getAttribute("href")).toBe(`${path}?type=DOMAIN`);
    expect(domains.dom.querySelector("a[data-copy]")?.getAttribute("href")).toBe(
      `${path}/export/txt?types=DOMAIN`,
    );
  });

  it("pages through a large collection newest first, by keyset cursors, 50 rows at a time", async () => {
    const values = Array.from(
      { length: 120 },
      (_, i) => `host-${String(i).padStart(3, "0")}.paging.example.net`,
    );
    const { collection } = await createCollection(t, owner, {
      name: "Big",
      iocs: values.map((value) => ({ value })),
    });
    const path = `/collections/${encodeURIComponent(collection.id)}`;
    const first = await page(path);
    expect(rowValues(first.dom)).toEqual(values.slice(70).reverse());
    expect(first.dom.querySelector("[rel=prev]")).toBeNull();
    const olderHref = first.dom.querySelector("[rel=next]")?.getAttribute("href") as string;
    const second = await page(olderHref);
    expect(rowValues(second.dom)).toEqual(values.slice(20, 70).reverse());
    const third = await page(second.dom.querySelector("[rel=next]")?.getAttribute("href") as string);
    expect(rowValues(third.dom)).toEqual(values.slice(0, 20).reverse());
    expect(third.dom.querySelector("[rel=next]")).toBeNull();
    // And back: newer than the newest row shown.
    const back = await page(third.dom.querySelector("[rel=prev]")?.getAttribute("href") as string);
    expect(rowValues(back.dom)).toEqual(values.slice(20, 70).reverse());
  });

  it("reads a page in the same number of SQL statements for 3 IoCs as for 120", async () => {
    const small = await createCollection(t, owner, {
      name: "Small",
      iocs: ["a.count.example.org", "b.count.example.org", "10.9.8.7"].map((value) => ({ value })),
    });
    const big = await createCollection(t, owner, {
      name: "Large",
      iocs: Array.from({ length: 120 }, (_, i) => ({ value: `n${i}.count.example.org` })),
    });
    const statementsFor = async (id: string) => {
      const { result, statements } = await t.countStatements(() =>
        page(`/collections/${encodeURIComponent(id)}`),
      );
      return { rows: rowValues(result.dom).length, statements: statements.length };
    };
    const smallRead = await statementsFor(small.collection.id);
    const bigRead = await statementsFor(big.collection.id);
    expect(smallRead.rows).toBe(3);
    expect(bigRead.rows).toBe(50);
    expect(bigRead.statements).toBe(smallRead.statements);
  });

  it("sends the header and the IoC table first, and streams the aggregates after them", async () => {
    const { collection } = await enrichedCollection(t, owner, { seed: "stream" });
    const response = await getPage(t, `/collections/${encodeURIComponent(collection.id)}`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value, { stream: true });
    expect(first).toContain("</table>");
    expect(first).not.toContain('id="stats-title"');
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += decoder.decode(chunk.value, { stream: true });
    }
    const dom = parse(first + rest);
    expect(dom.querySelector("aside #stats-title")?.text).toBe("Enrichment");
    expect(dom.querySelector("aside .stat.bad b")?.text).toBe("4");
    expect(rest.endsWith("</html>")).toBe(true);
  });

  it("gives an absolute permalink: PUBLIC_URL when set, else the request's origin", async () => {
    const { collection } = await createCollection(t, owner, {
      name: "Linked",
      iocs: [{ value: "linked.example.net" }],
    });
    const path = `/collections/${encodeURIComponent(collection.id)}`;
    const data = await t.run(Permalink, { id: collection.id });
    expect(data.collection?.permalink).toBe(`http://iocgraph.test${path}`);
    const { dom } = await page(path);
    expect(dom.querySelector("link[rel=canonical]")?.getAttribute("href")).toBe(
      `http://iocgraph.test${path}`,
    );
    await t.run(
      AddIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "hxxp://linked[.]example.net/a?b=1" }] } },
      {
        apiKey: owner.apiKey,
      },
    );
    const ioc = await t.run(IocPermalink, { value: "http://linked.example.net/a?b=1" });
    expect(ioc.ioc?.permalink).toBe(
      `http://iocgraph.test/iocs/${encodeURIComponent("http://linked.example.net/a?b=1")}`,
    );

    const behindProxy = await startTestApp({ publicUrl: "https://intel.example.com" });
    try {
      const user = await behindProxy.createUser();
      const created = await createCollection(behindProxy, user, { name: "Proxied" });
      const proxied = await behindProxy.run(Permalink, { id: created.collection.id });
      expect(proxied.collection?.permalink).toBe(
        `https://intel.example.com/collections/${encodeURIComponent(created.collection.id)}`,
      );
    } finally {
      await behindProxy.stop();
    }
  });
});

describe("TLP and metadata on pages", () => {
  const Meta = graphql(`
    mutation PageMeta($input: UpdateCollectionInput!) {
      updateCollection(input: $input) { __typename }
    }
  `);

  it("shows the TLP label, type, other names, targets, attribution and references; the IoC page shows each holder's TLP", async () => {
    const owner = await t.createUser();
    const value = `tlp-page-${owner.name}.example.net`;
    const { collection } = await createCollection(t, owner, { name: "Marked", iocs: [{ value }] });
    await t.run(
      Meta,
      {
        input: {
          id: collection.id,
          tlp: "AMBER_STRICT",
          collectionType: "THREAT_ACTOR",
          altNames: ["Sandworm"],
          targetedRegions: ["UA"],
          targetedIndustries: ["energy"],
          sourceRegion: "RU",
          references: [{ url: "https://example.com/sandworm", title: "Sandworm report" }],
        },
      },
      { apiKey: owner.apiKey },
    );
    const { dom } = await page(`/collections/${encodeURIComponent(collection.id)}`);
    const badge = dom.querySelector(".eyebrow .tlp");
    expect(badge?.text).toBe("TLP:AMBER+STRICT");
    expect(badge?.getAttribute("class")).toBe("badge tlp tlp-amber-strict");
    expect(dom.querySelector(".eyebrow")?.text).toContain("Collection · threat actor");
    const facts = dom.querySelectorAll(".facts-inline p").map((p) => p.text);
    expect(facts).toEqual([
      "Also known as: Sandworm",
      "Targets industries: energy",
      "Targets: Ukraine (UA)",
      "Attributed to: Russia (RU)",
    ]);
    const link = dom.querySelector(".facts-inline a");
    expect(link?.getAttribute("href")).toBe("https://example.com/sandworm");
    expect(link?.text).toBe("Sandworm report");
    const ioc = await page(`/iocs/${encodeURIComponent(value)}`);
    expect(ioc.dom.querySelectorAll(".tlp").map((e) => e.text)).toEqual(["TLP:AMBER+STRICT"]);
  });
});

describe("the one access policy", () => {
  it("answers a PRIVATE collection exactly as an id that never existed, even with its owner's key", async () => {
    const { collection } = await createCollection(t, owner, { name: "Private notes", visibility: "PRIVATE" });
    const privatePage = await page(`/collections/${encodeURIComponent(collection.id)}`, {
      "x-apikey": owner.apiKey,
    });
    const unknown = await page(
      `/collections/${encodeURIComponent(btoa("Collection:cnotthereatall00000000000"))}`,
    );
    const malformed = await page("/collections/not-an-id");
    const otherType = await page(`/collections/${encodeURIComponent(btoa(`User:${owner.id}`))}`);
    // Every response has its own x-request-id (src/ops/access-log.ts); all else is the same.
    const headersOf = (response: Response) => {
      const { "x-request-id": requestId, ...rest } = Object.fromEntries(response.headers);
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      return rest;
    };
    for (const answer of [privatePage, unknown, malformed, otherType]) {
      expect(answer.response.status).toBe(404);
      expect(answer.body).toBe(unknown.body);
      expect(headersOf(answer.response)).toEqual(headersOf(unknown.response));
    }
    expect(privatePage.body).not.toContain("Private notes");
    expect(unknown.dom.querySelector("meta[name=robots]")?.getAttribute("content")).toBe("noindex");
  });

  it("serves an UNLISTED collection by its link, marked noindex, and lists it nowhere", async () => {
    const { collection, sample } = await enrichedCollection(t, owner, {
      seed: "unlisted",
      name: "Unlisted infra",
      visibility: "UNLISTED",
      tags: ["unlisted-tag"],
    });
    const unlisted = await page(`/collections/${encodeURIComponent(collection.id)}`);
    expect(unlisted.response.status).toBe(200);
    expect(unlisted.response.headers.get("x-robots-tag")).toBe("noindex");
    expect(unlisted.dom.querySelector("meta[name=robots]")?.getAttribute("content")).toBe("noindex");
    expect(unlisted.dom.querySelector(".badge.unlisted")?.text).toBe("Unlisted");

    const { collection: open } = await createCollection(t, owner, { name: "Open", tags: ["unlisted-tag"] });
    const publicPage = await page(`/collections/${encodeURIComponent(open.id)}`);
    expect(publicPage.response.headers.get("x-robots-tag")).toBeNull();
    expect(publicPage.dom.querySelector("meta[name=robots]")).toBeNull();

    const tagged = await page("/?tag=unlisted-tag");
    expect(tagged.dom.querySelectorAll(".cards .title").map((a) => a.text)).toEqual(["Open"]);
    const ioc = await page(`/iocs/${sample.domain}`);
    expect(ioc.body).not.toContain("Unlisted infra");
  });
});

describe("an IoC page", () => {
  it("takes a defanged value, shows enrichment, relationships and the collections holding it", async () => {
    const { collection, sample } = await enrichedCollection(t, owner, { seed: "report", name: "Report A" });
    await createCollection(t, owner, { name: "Report B", iocs: [{ value: sample.domain }] });
    await createCollection(t, owner, {
      name: "Hidden",
      visibility: "PRIVATE",
      iocs: [{ value: sample.domain }],
    });
    const { response, dom } = await page(`/iocs/${encodeURIComponent("update-check-report[.]net")}`);
    expect(response.status).toBe(200);
    expect(dom.querySelector("h1")?.text).toBe("update-check-report[.]net");
    expect(dom.querySelector(".ratio")?.text).toBe("12/94");
    const facts = Object.fromEntries(
      dom.querySelectorAll("dl.facts dt").map((dt) => [dt.text, (dt.nextElementSibling as HTMLElement).text]),
    );
    expect(facts.Registrar).toBe("NameCheap, Inc.");
    expect(facts.Categories).toBe("malicious web sites, phishing");
    // One hop, each linked to its own page, defanged.
    const related = dom.querySelectorAll("#relations-title + .scroll tbody tr").map((row) => ({
      relation: row.querySelector(".relation")?.text,
      shown: row.querySelector("[data-defanged]")?.text,
      href: row.querySelector("a")?.getAttribute("href"),
    }));
    expect(related).toContainEqual({
      relation: "urls",
      shown: "hxxps://update-check-report[.]net/api/v2?id=42",
      href: `/iocs/${encodeURIComponent(sample.url)}`,
    });
    expect(related).toContainEqual({
      relation: "resolutions",
      shown: "203.0.113[.]10",
      href: "/iocs/203.0.113.10",
    });
    const community = dom.querySelectorAll(".cards .title");
    expect(community.map((a) => a.text).sort()).toEqual(["Report A", "Report B"]);
    expect(community.find((a) => a.text === "Report A")?.getAttribute("href")).toBe(
      `/collections/${encodeURIComponent(collection.id)}`,
    );
    expect(dom.querySelector("#community-title")?.text).toBe("Community: in 2 collections");
  });

  it("is a 404 for an IoC nobody shows, and a 400 saying why for what is not an IoC", async () => {
    const markup = await page(`/iocs/${encodeURIComponent("<b>x</b>")}`);
    expect(markup.response.status).toBe(400);
    expect(markup.body).not.toContain("<b>x</b>");
    const unseen = await page("/iocs/never-seen-anywhere.example.org");
    expect(unseen.response.status).toBe(404);
    expect(unseen.dom.querySelector("code")?.text).toBe("never-seen-anywhere.example.org");
    const notIoc = await page("/iocs/hello");
    expect(notIoc.response.status).toBe(400);
    expect(notIoc.dom.querySelector("main p")?.text).toMatch(/^Not an IoC: /);
    const badEncoding = await page("/iocs/%E0%A4%A");
    expect(badEncoding.response.status).toBe(404);
  });
});

describe("the home page", () => {
  it("lists recent public collections, searches by name and tag, and sends IoC values to their page", async () => {
    await createCollection(t, owner, { name: "Zebra campaign", tags: ["zebra"] });
    await createCollection(t, owner, { name: "Striped horse", tags: ["zebra"] });
    await createCollection(t, owner, { name: "Zebra private", visibility: "PRIVATE", tags: ["zebra"] });
    const home = await page("/");
    expect(home.response.status).toBe(200);
    expect(
      home.dom
        .querySelectorAll(".cards .title")
        .map((a) => a.text)
        .slice(0, 2),
    ).toEqual(["Striped horse", "Zebra campaign"]);
    expect(home.body).not.toContain("Zebra private");
    const search = await page("/?q=zebra");
    expect(search.dom.querySelectorAll(".cards .title").map((a) => a.text)).toEqual([
      "Striped horse",
      "Zebra campaign",
    ]);
    expect(search.dom.querySelector("input[name=q]")?.getAttribute("value")).toBe("zebra");
    const lookup = await getPage(t, `/?q=${encodeURIComponent("hxxp://zebra[.]example[.]com/x")}`);
    expect(lookup.status).toBe(303);
    expect(lookup.headers.get("location")).toBe(
      `/iocs/${encodeURIComponent("hxxp://zebra[.]example[.]com/x")}`,
    );
  });
});

describe("headers and safety", () => {
  const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

  it("sends a strict Content-Security-Policy that allows exactly the page's inline script and style", async () => {
    const { collection } = await createCollection(t, owner, { name: "Headers" });
    for (const path of [
      "/",
      `/collections/${encodeURIComponent(collection.id)}`,
      "/iocs/x.example.org",
      "/nope",
    ]) {
      const { response, dom } = await page(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      const directives = Object.fromEntries(
        csp
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values.join(" ")]),
      );
      const scripts = dom.querySelectorAll("script");
      const styles = dom.querySelectorAll("style");
      expect(scripts).toHaveLength(1);
      expect(styles).toHaveLength(1);
      expect(directives).toEqual({
        "default-src": "'none'",
        "script-src": sha256(scripts[0].rawText),
        "style-src": sha256(styles[0].rawText),
        "img-src": "data:",
        "connect-src": "'self'",
        "base-uri": "'none'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
      });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(dom.querySelectorAll("[style]")).toHaveLength(0);
    }
  });

  it("escapes hostile names, tags, descriptions and URLs, and never links to an IoC's target", async () => {
    const hostileUrl = 'http://evil.example.com/"><script>alert(1)</script>';
    const created = await createCollection(t, owner, {
      name: "<img src=x onerror=alert(1)>",
      description:
        'Read <a href="javascript:alert(1)">this</a>, javascript:alert(1), data:text/html,<b>x</b>, ' +
        "evil.example.com and https://example.org/ok.",
      tags: ['"><script>alert(1)</script>'],
      iocs: [{ value: hostileUrl }, { value: "javascript:alert(1)" }],
    });
    expect(created.report.invalid.map((item) => item.input)).toEqual(["javascript:alert(1)"]);
    const path = `/collections/${encodeURIComponent(created.collection.id)}`;
    for (const view of [path, `${path}?defanged=false`]) {
      const { body, dom } = await page(view);
      expect(body).not.toContain("<img src=x");
      expect(body).not.toContain("<script>alert");
      expect(dom.querySelector("h1")?.text).toBe("<img src=x onerror=alert(1)>");
      expect(dom.querySelector("[aria-label=Tags] a")?.text).toBe('"><script>alert(1)</script>');
      expect(dom.querySelectorAll("img")).toHaveLength(0);
      // Every link is to this site (the favicon is inline), or the description's one http(s) reference.
      const hrefs = dom.querySelectorAll("[href]").map((e) => e.getAttribute("href") as string);
      const own = ["/", "#", "http://iocgraph.test/", "data:image/svg+xml,"];
      expect(hrefs.filter((href) => !own.some((prefix) => href.startsWith(prefix)))).toEqual([
        "https://example.org/ok",
      ]);
      expect(dom.querySelector(`tr:has([data-value='${hostileUrl}']) a`)?.getAttribute("href")).toBe(
        `/iocs/${encodeURIComponent(hostileUrl)}`,
      );
    }
    const ioc = await page(`/iocs/${encodeURIComponent(hostileUrl)}`);
    expect(ioc.response.status).toBe(200);
    expect(ioc.body).not.toContain("<script>alert");
    expect(ioc.dom.querySelector("h1")?.text).toBe('hxxp://evil.example[.]com/"><script>alert(1)</script>');
  });

  it("refuses bad parameters with a 400 page and a reason, never a 500", async () => {
    const { collection } = await createCollection(t, owner, {
      name: "Params",
      iocs: [{ value: "p.example.org" }],
    });
    const path = `/collections/${encodeURIComponent(collection.id)}`;
    const badKind = await page(`${path}?type=email`);
    expect(badKind.response.status).toBe(400);
    expect(badKind.dom.querySelector("main p")?.text).toBe(
      'Unknown kind "email": use one of FILE, URL, DOMAIN, IP_ADDRESS.',
    );
    const badCursor = await page(`${path}?after=${encodeURIComponent("<x>")}`);
    expect(badCursor.response.status).toBe(400);
    expect(badCursor.dom.querySelector("main p")?.text).toBe('`after` is not a cursor of this list: "<x>".');
    const both = await page(`${path}?after=1&before=2`);
    expect(both.response.status).toBe(400);
  });

  it("answers HEAD like GET without a body, and unknown paths with the 404 page", async () => {
    const head = await t.app.yoga.fetch("http://iocgraph.test/", {
      method: "HEAD",
      headers: { accept: "text/html" },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const unknown = await page("/no/such/page");
    expect(unknown.response.status).toBe(404);
    expect(unknown.dom.querySelector("h1")?.text).toBe("Not found");
    const api = await t.app.yoga.fetch("http://iocgraph.test/no/such/page", {
      headers: { accept: "application/json" },
    });
    expect(api.status).toBe(404);
  });
});
