// The HTTP surface: the reviewed contract, query limits, error masking, health checks and offline GraphiQL.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printedSchema } from "../src/schema/print.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ limits: { maxPageSize: 50, maxDepth: 8, maxAliases: 5 } });
});
afterAll(() => t?.stop());

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await t.app.yoga.fetch("http://iocgraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
  };
}

describe("the contract", () => {
  it("schema.graphql is what the code serves (run `npm run codegen` after changing the schema)", () => {
    expect(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8")).toBe(printedSchema());
  });

  it("answers GET requests per GraphQL over HTTP", async () => {
    const response = await t.app.yoga.fetch(
      `http://iocgraph.test/graphql?query=${encodeURIComponent('{ extractIocs(text: "evil[.]com") { iocs { type value } } }')}`,
      { headers: { accept: "application/graphql-response+json" } },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { extractIocs: { iocs: [{ type: "DOMAIN", value: "evil.com" }] } },
    });
  });

  it("previews extraction with counts, defang flags and first lines, and writes nothing", async () => {
    const data = await t.run(
      graphql(`
        query Preview($text: String!) {
          extractIocs(text: $text) { iocs { type value count defanged firstLine } }
        }
      `),
      { text: "first line\nhxxp://bad[.]example[.]com/x and 192.168.1[.]10\n192.168.1.10 again" },
    );
    expect(data.extractIocs.iocs).toEqual([
      { type: "URL", value: "http://bad.example.com/x", count: 1, defanged: true, firstLine: 2 },
      { type: "IP_ADDRESS", value: "192.168.1.10", count: 2, defanged: true, firstLine: 2 },
    ]);
    const lookup = await t.run(graphql(`query PreviewLookup { ioc(value: "192.168.1.10") { id } }`));
    expect(lookup.ioc).toBeNull();
  });

  it("renders a value defanged on request", async () => {
    const owner = await t.createUser();
    await t.run(
      graphql(
        `mutation DefangSetup($input: CreateCollectionInput!) { createCollection(input: $input) { __typename } }`,
      ),
      { input: { name: "Defang", iocs: [{ value: "http://defang.example.com/path" }] } },
      { apiKey: owner.apiKey },
    );
    const data = await t.run(
      graphql(
        `query Defanged { ioc(value: "http://defang.example.com/path") { value safe: value(defanged: true) } }`,
      ),
    );
    expect(data.ioc?.value).toBe("http://defang.example.com/path");
    expect(data.ioc?.safe).not.toContain("http://");
    expect(data.ioc?.safe).not.toContain("defang.example.com");
  });

  it("reports an invalid lookup value as a clear error", async () => {
    const { body } = await post(`{ ioc(value: "not an ioc at all") { id } }`);
    expect(body.errors?.[0]?.message).toMatch(/^Not an IoC: /);
  });
});

describe("limits", () => {
  it("rejects a page over the maximum before execution, inline or through a variable", async () => {
    const inline = await post(`{ collections(first: 51) { edges { node { id } } } }`);
    expect(inline.body.errors?.[0]?.message).toBe("A page holds at most 50 items; asked for 51.");
    expect(inline.body.data).toBeUndefined();
    const variable = await post(`query($n: Int) { collections(first: $n) { edges { node { id } } } }`, {
      n: 500,
    });
    expect(variable.body.errors?.[0]?.message).toBe("A page holds at most 50 items; asked for 500.");
    const fine = await post(`{ collections(first: 50) { edges { node { id } } } }`);
    expect(fine.body.errors).toBeUndefined();
  });

  it("rejects queries that are too deep or use too many aliases", async () => {
    const deep = await post(
      `{ collections { edges { node { iocs { edges { node { collections { edges { node { iocs { edges { node { id } } } } } } } } } } } } }`,
    );
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i);
    const aliases =
      await post(`{ a: viewer { user { id } } b: viewer { user { id } } c: viewer { user { id } }
      d: viewer { user { id } } e: viewer { user { id } } f: viewer { user { id } } }`);
    expect(aliases.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("masks unexpected errors but not expected ones", async () => {
    const bad = await post(`{ collections(first: 1, after: "not-a-cursor") { totalCount } }`);
    expect(bad.body.errors?.[0]?.message).toBeTruthy();
    expect(JSON.stringify(bad.body)).not.toMatch(/stack|at .*\.ts/);
  });
});

describe("operations endpoints", () => {
  it("/healthz and /readyz answer 200 while the database answers", async () => {
    expect((await t.app.yoga.fetch("http://iocgraph.test/healthz")).status).toBe(200);
    expect((await t.app.yoga.fetch("http://iocgraph.test/readyz")).status).toBe(200);
  });

  it("serves GraphiQL to browsers with its assets inlined (no CDN)", async () => {
    const response = await t.app.yoga.fetch("http://iocgraph.test/graphql", {
      headers: { accept: "text/html" },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("iocgraph");
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toMatch(/<link[^>]+href="https?:\/\/[^"]+\.css"/);
  });
});
