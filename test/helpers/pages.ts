// Fixtures and plain-HTTP helpers for the page tests: a collection whose IoCs are enriched through the
// offline import (what `iocgraph enrich import` does), and page fetches through yoga.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importJsonl } from "../../src/enrichment/import.js";
import type { IocInput, Visibility } from "../gql/graphql.js";
import type { TestApp, TestUser } from "./app.js";
import { createCollection } from "./factories.js";
import { vtDomain, vtFile, vtIp, vtUrl } from "./vt-standin.js";

const hash = (algorithm: string, text: string) => createHash(algorithm).update(text).digest("hex");

/** A small realistic set: one file by its three hashes, two domains, an IP, a URL on one of the domains. */
export function sampleIocs(seed: string) {
  const file = { md5: hash("md5", seed), sha1: hash("sha1", seed), sha256: hash("sha256", seed) };
  const domain = `update-check-${seed}.net`;
  const cdn = `cdn-${seed}.com`;
  const ip = "185.220.101.4";
  const url = `https://${domain}/api/v2?id=42`;
  return {
    file,
    domain,
    cdn,
    ip,
    url,
    iocs: [
      { value: file.sha256 },
      { value: domain },
      { value: cdn },
      { value: ip },
      { value: url },
    ] satisfies IocInput[],
    enrichment: [
      vtFile(file, { type_description: "Win32 DLL", size: 1_482_304 }),
      vtDomain(domain),
      vtDomain(cdn, { last_analysis_stats: { malicious: 0, suspicious: 0, harmless: 70, undetected: 24 } }),
      vtIp(ip, { country: "DE", asn: 24940, as_owner: "Hetzner Online GmbH" }),
      vtUrl(url),
    ],
  };
}

/** Stores VirusTotal-shaped objects as offline enrichment, as `iocgraph enrich import FILE.jsonl` does. */
export async function importEnrichment(t: TestApp, objects: readonly object[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "iocgraph-pages-"));
  try {
    const path = join(dir, "enrichment.jsonl");
    await writeFile(path, objects.map((object) => JSON.stringify({ data: object })).join("\n"));
    await importJsonl(t.app.database.prisma, path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A collection of `sampleIocs(seed)`, enriched. */
export async function enrichedCollection(
  t: TestApp,
  owner: TestUser,
  input: { seed: string; name?: string; description?: string; tags?: string[]; visibility?: Visibility },
) {
  const sample = sampleIocs(input.seed);
  const created = await createCollection(t, owner, {
    name: input.name ?? `Operation ${input.seed}`,
    description: input.description,
    tags: input.tags,
    visibility: input.visibility,
    iocs: sample.iocs,
  });
  await importEnrichment(t, sample.enrichment);
  return { ...created, sample };
}

/** GET a page through yoga, as a browser asks for it. */
export function getPage(t: TestApp, path: string, headers: Record<string, string> = {}) {
  return t.app.yoga.fetch(`http://iocgraph.test${path}`, {
    headers: { accept: "text/html", ...headers },
    redirect: "manual",
  });
}
