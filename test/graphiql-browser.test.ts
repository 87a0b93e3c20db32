// GraphiQL in a real browser (Debian's Chromium, headless): a subscription typed there authenticates with the
// API key of its headers tab, as a query does, so it follows a PRIVATE collection; without the key it is
// refused with a message naming the global id that was sent.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestUser } from "./helpers/app.js";
import { launchBrowser } from "./helpers/browser.js";
import { AddIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
let port: number;
let browser: Browser;
let owner: TestUser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  t = await startTestApp();
  port = await t.app.start(0);
  browser = await launchBrowser();
  owner = await t.createUser("graphiql");
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** Opens GraphiQL with `query` in its editor and, when given, `headers` typed into its headers tab. */
async function graphiql(query: string, headers?: Record<string, string>): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent(query)}`);
  await page.waitForSelector(".graphiql-container .monaco-editor", { timeout: 60_000 });
  if (headers) {
    await page.getByRole("button", { name: "Headers", exact: true }).click();
    const editor = page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor").first();
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(JSON.stringify(headers));
  }
  await page.getByRole("button", { name: "Execute query (Ctrl-Enter)" }).click();
  return page;
}

/** Waits until GraphiQL's result pane shows `text`. */
async function showsResult(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.locator(".graphiql-response").innerText()).replace(/\s+/g, " "), {
      timeout: 30_000,
    })
    .toContain(text);
}

it("runs a subscription on a PRIVATE collection with the key from the headers tab and shows its events", async () => {
  const { collection } = await createCollection(t, owner, {
    name: "graphiql private",
    visibility: "PRIVATE",
  });
  const page = await graphiql(
    `subscription { collectionUpdated(id: "${collection.id}") { kind iocs { value } } }`,
    { "x-apikey": owner.apiKey },
  );
  // Subscribed once the hub has a listener; then a change made elsewhere appears in the result pane.
  await expect.poll(() => t.app.services.hub.listenerCount, { timeout: 30_000 }).toBeGreaterThan(0);
  const added = await t.run(
    AddIocs,
    { input: { collectionId: collection.id, iocs: [{ value: "graphiql-live.example.net" }] } },
    { apiKey: owner.apiKey },
  );
  expect(added.addIocs.__typename).toBe("AddIocsPayload");
  await showsResult(page, '"kind": "IOCS_ADDED"');
  await showsResult(page, '"value": "graphiql-live.example.net"');
});

it("refuses the same subscription without a key, naming the global id that was sent", async () => {
  const { collection } = await createCollection(t, owner, { name: "graphiql hidden", visibility: "PRIVATE" });
  const page = await graphiql(`subscription { collectionUpdated(id: "${collection.id}") { kind } }`);
  await showsResult(page, `No collection with id \\"${collection.id}\\"`);
});
