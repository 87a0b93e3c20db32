// The offline provider: `iocgraph enrich import FILE.jsonl` stores VirusTotal-shaped objects as enrichment,
// merges a file's hashes, stores DNS and embedded relationship edges, creates IoCs it did not know, and reports
// the lines it could not use.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEnrichment } from "../src/config.js";
import { importJsonl } from "../src/enrichment/import.js";
import { graphql } from "./gql/index.js";
import { startTestApp, type TestApp } from "./helpers/app.js";
import { createCollection } from "./helpers/factories.js";
import { vtDomain, vtFile, vtUrl } from "./helpers/vt-standin.js";

let t: TestApp;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "iocgraph-import-"));
  t = await startTestApp({ enrichment: { ...defaultEnrichment, provider: "offline" } });
});
afterAll(async () => {
  await t?.stop();
  await rm(dir, { recursive: true, force: true });
});

const Imported = graphql(`
  query Imported($id: ID!) {
    collection(id: $id) {
      aggregatedTags { tag count }
      iocs(first: 10) {
        edges {
          node {
            __typename value detectionRatio
            enrichment { provider status tags }
            ... on File { md5 sha1 sha256 typeDescription }
            ... on Domain { registrar resolvedAddresses { address } }
            ... on Url { title }
          }
        }
      }
    }
  }
`);

const Lookup = graphql(`
  query ImportedLookup($value: String!) {
    ioc(value: $value) { __typename value enrichment { provider status } ... on Domain { registrar } }
  }
`);

async function jsonl(name: string, lines: unknown[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(
    path,
    lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"),
  );
  return path;
}

const IocValue = graphql(`query EnrichImportIocValue($value: String!) { ioc(value: $value) { value } }`);

describe("iocgraph enrich import", () => {
  it("stores imported objects as enrichment of existing and new IoCs, with their edges, and reports bad lines", async () => {
    const owner = await t.createUser();
    const file = { md5: "0a1b2c3d".repeat(4), sha1: "1b2c3d4e".repeat(5), sha256: "2c3d4e5f".repeat(8) };
    const created = await createCollection(t, owner, {
      iocs: [{ value: file.md5 }, { value: "import-evil.com" }, { value: "http://import-evil.com/a" }],
    });
    const withRelations = {
      ...vtFile(file),
      relationships: { contacted_domains: { data: [{ type: "domain", id: "import-c2.net" }] } },
    };
    const path = await jsonl("export.jsonl", [
      { data: withRelations },
      { data: vtDomain("import-evil.com") },
      vtUrl("http://import-evil.com/a"),
      "",
      { data: vtDomain("import-only.org", { registrar: "Only Registrar" }) },
      "{ not json",
      { data: { id: "abc", type: "url", attributes: {} } },
      { data: { id: "x", type: "comment", attributes: {} } },
    ]);
    const report = await importJsonl(t.app.database.prisma, path, { pubsub: t.app.services.pubsub });
    expect(report).toMatchObject({ lines: 8, stored: 4, skipped: 3 });
    expect(report.problems.map((p) => p.line)).toEqual([6, 7, 8]);
    expect(report.problems[0].reason).toBe("not JSON");

    const data = await t.run(Imported, { id: created.collection.id });
    const nodes = data.collection?.iocs.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => [n.__typename, n.enrichment?.provider, n.enrichment?.status])).toEqual([
      ["File", "offline", "FRESH"],
      ["Domain", "offline", "FRESH"],
      ["Url", "offline", "FRESH"],
    ]);
    expect(nodes[0]).toMatchObject({
      md5: file.md5,
      sha1: file.sha1,
      sha256: file.sha256,
      typeDescription: "Win32 EXE",
    });
    expect(nodes[1]).toMatchObject({
      registrar: "NameCheap, Inc.",
      resolvedAddresses: [{ address: "2001:db8::1" }, { address: "203.0.113.10" }],
    });
    expect(nodes[2]).toMatchObject({ title: "Sign in", detectionRatio: "9/94" });
    expect(data.collection?.aggregatedTags.map((tag) => tag.tag)).toContain("phishing");
    // The file was added by its md5, which stays its value; the import taught its other hashes, and any of the
    // three finds the one node.
    const byHash = await Promise.all(
      [file.md5, file.sha1, file.sha256].map(async (value) => (await t.run(IocValue, { value })).ioc?.value),
    );
    expect(byHash).toEqual([file.md5, file.md5, file.md5]);

    // IoCs only the export knew are created and enriched, but no collection holds them: nobody sees them yet.
    expect((await t.run(Lookup, { value: "import-only.org" })).ioc).toBeNull();
    // Adding one to a collection later finds it enriched.
    await createCollection(t, owner, { iocs: [{ value: "import-only.org" }] });
    const only = await t.run(Lookup, { value: "import-only.org" });
    expect(only.ioc).toMatchObject({
      registrar: "Only Registrar",
      enrichment: { provider: "offline", status: "FRESH" },
    });
    const edge = await t.app.database.prisma.iocRelation.findFirst({
      where: { relation: "contacted_domains", source: { sha256: file.sha256 } },
      select: { origin: true, target: { select: { value: true } } },
    });
    expect(edge).toEqual({ origin: "offline", target: { value: "import-c2.net" } });
    // Nothing is queued: the offline provider never calls out.
    expect(await t.app.database.prisma.enrichmentJob.count()).toBe(0);
  });

  it("runs as a CLI command and prints its report as one JSON line", async () => {
    const path = await jsonl("cli.jsonl", [{ data: vtDomain("cli-import.com") }, "oops"]);
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ["bin/iocgraph.js", "enrich", "import", path], {
      env: { ...process.env, DATABASE_URL: "memory://", LOG_LEVEL: "silent" },
    });
    expect(JSON.parse(stdout.trim())).toEqual({
      lines: 2,
      stored: 1,
      skipped: 1,
      problems: [{ line: 2, reason: "not JSON" }],
    });
  });
});
