// The human pages in a real browser (Debian's Chromium, headless): IoCs defanged by default, the switch with
// JavaScript on and off, filtering and paging by links, live updates over SSE without a reload, hostile
// strings that stay inert under the page's CSP, and no serious accessibility violation (axe-core).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { launchBrowser, seriousAxeViolations } from "./helpers/browser.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";
import { enrichedCollection } from "./helpers/pages.js";

let t: TestApp;
let port: number;
let browser: Browser;
let owner: TestUser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await startTestApp();
  port = await t.app.start(0);
  browser = await launchBrowser();
  owner = await t.createUser("analyst");
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

const RemoveIocs = graphql(`
  mutation PageLiveRemove($input: RemoveIocsInput!) {
    removeIocs(input: $input) { __typename ... on RemoveIocsPayload { report { removed } } }
  }
`);

const UpdateCollection = graphql(`
  mutation PageLiveRename($input: UpdateCollectionInput!) {
    updateCollection(input: $input) { __typename }
  }
`);

const DeleteCollection = graphql(`
  mutation PageLiveDelete($input: DeleteCollectionInput!) {
    deleteCollection(input: $input) { __typename }
  }
`);

interface Opened {
  page: Page;
  status: number | undefined;
  csp: string | undefined;
  dialogs: string[];
  /** Console errors and uncaught exceptions: a CSP violation would show here. */
  problems: string[];
}

async function open(
  path: string,
  options: { javaScript?: boolean; colorScheme?: "light" | "dark" } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? "light",
  });
  contexts.push(context);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().includes("404")) problems.push(message.text());
  });
  const response = await page.goto(`http://127.0.0.1:${port}${path}`);
  return {
    page,
    status: response?.status(),
    csp: response?.headers()["content-security-policy"],
    dialogs,
    problems,
  };
}

const collectionPath = (id: string) => `/collections/${encodeURIComponent(id)}`;

/** What the table shows, top to bottom. */
const shownValues = (page: Page) => page.locator("tbody [data-defanged]").allTextContents();

describe("the defang switch", () => {
  it("shows IoCs defanged by default and flips them in place with JavaScript on", async () => {
    const { collection, sample } = await enrichedCollection(t, owner, { seed: "flip" });
    const { page, problems } = await open(collectionPath(collection.id));
    const defanged = [
      "hxxps://update-check-flip[.]net/api/v2?id=42",
      "185.220.101[.]4",
      "cdn-flip[.]com",
      "update-check-flip[.]net",
      sample.file.sha256,
    ];
    expect(await shownValues(page)).toEqual(defanged);
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const toggle = page.locator("[data-fang-switch]");
    await toggle.click();
    expect(await shownValues(page)).toEqual([
      sample.url,
      sample.ip,
      sample.cdn,
      sample.domain,
      sample.file.sha256,
    ]);
    expect(await toggle.getAttribute("aria-checked")).toBe("true");
    expect(new URL(page.url()).searchParams.get("defanged")).toBe("false");
    // The kind tabs and copy-all follow the switch.
    expect(await page.locator(".kinds a").first().getAttribute("href")).toBe(
      `${collectionPath(collection.id)}?defanged=false`,
    );
    expect(await page.locator("a[data-copy]").first().getAttribute("href")).toBe(
      `${collectionPath(collection.id)}/export/txt?types=FILE`,
    );
    await toggle.press("Space");
    expect(await shownValues(page)).toEqual(defanged);
    expect(await page.evaluate(() => "notReloaded" in window)).toBe(true);
    expect(problems).toEqual([]);
  });

  it("works as links without JavaScript: the switch, the kind filter and the pages", async () => {
    const values = Array.from({ length: 60 }, (_, i) => `n${String(i).padStart(2, "0")}.nojs.example.net`);
    const { collection } = await createCollection(t, owner, {
      name: "No script",
      iocs: [...values.map((value) => ({ value })), { value: "198.51.100.23" }],
    });
    const { page } = await open(collectionPath(collection.id), { javaScript: false });
    expect((await shownValues(page)).slice(0, 2)).toEqual(["198.51.100[.]23", "n59.nojs.example[.]net"]);
    await page.locator("[data-fang-switch]").click();
    await page.waitForURL(/defanged=false/);
    expect((await shownValues(page)).slice(0, 2)).toEqual(["198.51.100.23", "n59.nojs.example.net"]);
    await page.getByRole("link", { name: "IP addresses 1" }).click();
    await page.waitForURL(/type=IP_ADDRESS/);
    expect(await shownValues(page)).toEqual(["198.51.100.23"]);
    await page.getByRole("link", { name: "Domains 60" }).click();
    await page.waitForURL(/type=DOMAIN/);
    expect(await shownValues(page)).toHaveLength(50);
    await page.getByRole("link", { name: "Older ›" }).click();
    await page.waitForURL(/before=/);
    expect(await shownValues(page)).toEqual(values.slice(0, 10).reverse());
    expect(new URL(page.url()).searchParams.get("defanged")).toBe("false");
  });
});

describe("live updates", () => {
  it("shows additions, removals, a rename and the deletion without a reload", async () => {
    const { collection } = await createCollection(t, owner, {
      name: "Live board",
      iocs: [{ value: "first.live.example.org" }],
    });
    const { page, problems } = await open(collectionPath(collection.id));
    await page.waitForSelector("[data-live-collection][data-state=open]");
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const apiKey = owner.apiKey;

    await t.run(
      AddIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "added.live.example.org" }] } },
      { apiKey },
    );
    const added = page.locator('tbody tr:has([data-value="added.live.example.org"])');
    await added.waitFor();
    expect(await added.locator("[data-defanged]").textContent()).toBe("added.live.example[.]org");
    expect(await added.getAttribute("class")).toBe("added");
    expect(await page.locator(".kinds [aria-current=page]").textContent()).toBe("All 2");

    // Raw values stay raw across a refresh.
    await page.locator("[data-fang-switch]").click();
    await t.run(
      AddIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "raw.live.example.org" }] } },
      { apiKey },
    );
    await page.locator('tbody tr:has([data-value="raw.live.example.org"])').waitFor();
    expect(await shownValues(page)).toEqual([
      "raw.live.example.org",
      "added.live.example.org",
      "first.live.example.org",
    ]);

    await t.run(
      RemoveIocs,
      { input: { collectionId: collection.id, iocs: [{ value: "first.live.example.org" }] } },
      { apiKey },
    );
    await page.locator('tbody tr:has([data-value="first.live.example.org"])').waitFor({ state: "detached" });

    await t.run(UpdateCollection, { input: { id: collection.id, name: "Live board (renamed)" } }, { apiKey });
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Live board (renamed)");
    expect(await page.title()).toBe("Live board (renamed) · iocgraph");

    await t.run(DeleteCollection, { input: { id: collection.id } }, { apiKey });
    await page.waitForFunction(
      () => document.querySelector("[data-banner]")?.textContent === "This collection was deleted.",
    );
    expect(await page.locator("[data-live-collection]").getAttribute("data-state")).toBe("closed");
    expect(await page.evaluate(() => "notReloaded" in window)).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe("safety", () => {
  it("keeps hostile names, tags, descriptions and IoC values inert under the page's CSP", async () => {
    const hostileUrl = 'http://evil.example.com/"><svg/onload=alert(2)>';
    const created = await createCollection(t, owner, {
      name: "<img src=x onerror=alert(1)>",
      description: '"><script>alert(3)</script> <a href="javascript:alert(4)">x</a> javascript:alert(5)',
      tags: ['"><script>alert(6)</script>'],
      iocs: [{ value: hostileUrl }, { value: "inert.example.org" }],
    });
    expect(created.report.added).toBe(2);
    const { collection } = created;
    for (const path of [collectionPath(collection.id), `/iocs/${encodeURIComponent(hostileUrl)}`]) {
      const { page, csp, dialogs, problems } = await open(path);
      expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-/);
      await page.locator("[data-fang-switch]").click();
      await page.locator("[data-fang-switch][aria-checked=true]").waitFor();
      const injected = await page.evaluate(() => ({
        images: document.querySelectorAll("img").length,
        handlers: document.querySelectorAll("[onload], [onerror]").length,
        scripts: document.scripts.length,
        javascriptLinks: [...document.querySelectorAll("a")].filter((a) => a.protocol === "javascript:")
          .length,
        offSite: [...document.querySelectorAll("a")]
          .filter((a) => a.origin !== location.origin)
          .map((a) => a.href),
      }));
      expect(injected).toEqual({ images: 0, handlers: 0, scripts: 1, javascriptLinks: 0, offSite: [] });
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    }
    // Following the hostile URL's link leads to its IoC page, not to the URL.
    const { page } = await open(collectionPath(collection.id));
    await page.locator(`tbody a:has([data-value='${hostileUrl}'])`).click();
    await page.waitForURL(/\/iocs\//);
    expect(new URL(page.url()).pathname).toBe(`/iocs/${encodeURIComponent(hostileUrl)}`);
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe-core violation on any page, light or dark", async () => {
    const { collection, sample } = await enrichedCollection(t, owner, {
      seed: "axe",
      description: "See https://example.org/axe for the report.",
      tags: ["axe"],
    });
    const paths = [
      "/",
      collectionPath(collection.id),
      `/iocs/${encodeURIComponent(sample.domain)}`,
      `/iocs/${sample.file.sha256}`,
      "/collections/nothing-here",
    ];
    const found: { path: string; colorScheme: string; id: string; html: string[] }[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const path of paths) {
        const { page } = await open(path, { colorScheme });
        for (const violation of await seriousAxeViolations(page)) {
          found.push({ path, colorScheme, id: violation.id, html: violation.nodes.map((node) => node.html) });
        }
      }
    }
    expect(found).toEqual([]);
  });
});
