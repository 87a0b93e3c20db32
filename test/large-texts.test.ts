// Pasted texts as large as the cap (10 MiB) made of the runs that once overflowed the scanner's regular
// expression stack (issue 9): extraction answers, and finds the IoCs before, between and after the runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { CollectionIocs } from "./helpers/documents.js";
import { createCollection } from "./helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

const Extract = graphql(`
  query ExtractLarge($text: String!) {
    extractIocs(text: $text) { iocs { type value count firstLine } }
  }
`);

const before = "C2: hxxp://before[.]example[.]com/gate.php\n";
const between = "\nbeacon to between-c2[.]net (203.0.113.9)\n";
const after = "\npayload d41d8cd98f00b204e9800998ecf8427e\n";

/** A text of `before`, a run of `unit` filling the cap, `between`, a shorter run and `after`. */
function textAround(unit: string, cap: number): string {
  const shortRun = unit.repeat(Math.ceil(100_000 / unit.length));
  const room = cap - Buffer.byteLength(before + between + after + shortRun);
  return before + unit.repeat(Math.floor(room / unit.length)) + between + shortRun + after;
}

const expected = [
  { type: "URL", value: "http://before.example.com/gate.php", count: 1, firstLine: 1 },
  { type: "DOMAIN", value: "between-c2.net", count: 1, firstLine: 3 },
  { type: "IP_ADDRESS", value: "203.0.113.9", count: 1, firstLine: 3 },
  { type: "FILE", value: "d41d8cd98f00b204e9800998ecf8427e", count: 1, firstLine: 5 },
];

// Each of these threw "Maximum call stack size exceeded" (an INTERNAL_SERVER_ERROR) at this size.
const runs: Array<[string, string]> = [
  ["hex digits", "0123456789abcdef"],
  ["dotted labels", "a."],
  ["hyphen labels", "a-."],
  ["underscore labels", "_."],
  ["escaped dots", "a\\."],
  ["digits and dots", "1."],
  ["colon hex", "a:"],
  ["defanged URLs", "hxxp://a[.]"],
  ["schemes", "hxxp://"],
  ["a URL path", "hxxp://evil[.]com/a("],
];

describe("extractIocs of a text at the size cap", () => {
  it.each(runs)("%s", async (_name, unit) => {
    const text = textAround(unit, t.config.limits.maxRawTextBytes);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(t.config.limits.maxRawTextBytes);
    const data = await t.run(Extract, { text });
    expect(data.extractIocs.iocs).toEqual(expected);
  });
});

describe("createCollection(rawText) of a text at the size cap", () => {
  it.each(runs.slice(0, 4))("%s", async (_name, unit) => {
    const owner = await t.createUser();
    const created = await createCollection(t, owner, {
      name: "Large text",
      rawText: textAround(unit, t.config.limits.maxRawTextBytes),
    });
    expect(created.report).toEqual({ added: 4, duplicates: 0, invalid: [] });
    const read = await t.run(CollectionIocs, { id: created.collection.id, first: 10 });
    expect(read.collection?.iocs.edges.map((edge) => [edge.node.type, edge.node.value])).toEqual(
      expected.map((ioc) => [ioc.type, ioc.value]),
    );
  });
});

describe("a pasted text of many IoCs", () => {
  it("adds every IoC the preview finds, though it is scanned in steps between turns of the event loop", async () => {
    // 5,000 indicators: the scan pauses twice (every 2,000 matches) and must resume where it stopped.
    const lines = Array.from({ length: 5000 }, (_, i) =>
      i % 2 ? `beacon host${i}.steps.example.org` : `callback to 198.51.${(i >> 8) & 255}.${i & 255}`,
    );
    const text = lines.join("\n");
    const preview = await t.run(Extract, { text });
    expect(preview.extractIocs.iocs).toHaveLength(5000);
    const owner = await t.createUser();
    const created = await createCollection(t, owner, { name: "Many", rawText: text });
    expect(created.report).toEqual({ added: 5000, duplicates: 0, invalid: [] });
  });
});
