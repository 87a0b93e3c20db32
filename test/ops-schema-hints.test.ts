// Field suggestions are on while introspection is (both configurable); unknown paths are a plain 404 and
// no page the server sends loads anything from elsewhere.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { startTestApp, type TestApp } from "./helpers/app.js";

const Typo: TypedDocumentNode<unknown, Record<string, never>> = parse(
  "{ collectionz(first: 1) { totalCount } }",
);
const Introspect: TypedDocumentNode<unknown, Record<string, never>> = parse(
  "{ __schema { queryType { name } } }",
);

let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe("schema hints", () => {
  it("suggests field names by default, as introspection is on", async () => {
    t = await startTestApp();
    const typo = await t.execute(Typo);
    expect(typo.errors?.[0]?.message).toBe(
      'Cannot query field "collectionz" on type "Query". Did you mean "collection" or "collections"?',
    );
    expect((await t.execute(Introspect)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("hides suggestions and refuses introspection when configured so", async () => {
    t = await startTestApp({ settings: { introspection: false, fieldSuggestions: false } });
    const typo = await t.execute(Typo);
    expect(typo.errors?.[0]?.message).not.toContain("Did you mean");
    const refused = await t.execute(Introspect);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    expect(refused.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("reads GRAPHQL_INTROSPECTION and GRAPHQL_FIELD_SUGGESTIONS, suggestions following introspection", () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: "off" })).toMatchObject({
      introspection: false,
      fieldSuggestions: false,
    });
    expect(loadConfig({ GRAPHQL_FIELD_SUGGESTIONS: "off" })).toMatchObject({
      introspection: true,
      fieldSuggestions: false,
    });
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "maybe" })).toThrow(
      'GRAPHQL_INTROSPECTION must be on or off, got "maybe"',
    );
  });
});

describe("no stray pages", () => {
  it("answers unknown paths with a plain 404, never yoga's landing page, and loads nothing external", async () => {
    t = await startTestApp();
    for (const path of ["/nope", "/graphql/extra", "/favicon.ico"]) {
      const html = await t.app.yoga.fetch(`http://iocgraph.test${path}`, {
        headers: { accept: "text/html" },
      });
      expect(html.status).toBe(404);
      const body = await html.text();
      expect(body).not.toMatch(/yoga/i);
      expect(body).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
      const json = await t.app.yoga.fetch(`http://iocgraph.test${path}`);
      expect(json.status).toBe(404);
    }
    const graphiql = await t.app.yoga.fetch("http://iocgraph.test/graphql", {
      headers: { accept: "text/html" },
    });
    expect(graphiql.status).toBe(200);
    const page = await graphiql.text();
    expect(page).toContain("iocgraph");
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?(https?:)?\/\//);
  });
});
