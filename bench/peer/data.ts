// The bench:peer dataset, written through iocgraph's own write path: a user from the CLI, every collection
// with createCollection over HTTP, enrichment with the offline import (storeImported). At scale S:
// 200·S collections, each a 500-IoC window over a pool of 50,000·S IoCs (windows start 250 apart, so every
// pool IoC is in exactly 2 collections), plus 10 hot IoCs in every collection. Every 20th collection is
// tagged "enriched"; its IoCs (and the hot ones) get offline VirusTotal-shaped enrichment.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { openDatabase } from "../../src/db.js";
import { storeImported } from "../../src/enrichment/import.js";
import type { VtObject } from "../../src/enrichment/mapping.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

export const COLLECTIONS_PER_SCALE = 200;
export const POOL_PER_SCALE = 50_000;
export const WINDOW = 500;
export const HOT = 10;
const ENRICHED_EVERY = 20;

type IocType = "FILE" | "DOMAIN" | "IP_ADDRESS" | "URL";

/** Pool IoC `i`: the four kinds in turn, each value unique and already canonical. */
export function poolIoc(i: number): { type: IocType; value: string } {
  const j = Math.floor(i / 4);
  switch (i % 4) {
    case 0:
      return { type: "FILE", value: createHash("sha256").update(`peer-${i}`).digest("hex") };
    case 1:
      return { type: "DOMAIN", value: `h${j}.peer-bench.com` };
    case 2:
      return { type: "IP_ADDRESS", value: `11.${(j >> 16) & 255}.${(j >> 8) & 255}.${j & 255}` };
    default:
      return { type: "URL", value: `http://u${j}.peer-bench.com/p${j}` };
  }
}

const hotIoc = (k: number) => ({ type: "DOMAIN" as const, value: `hot-${k}.peer-bench.com` });

/** Pool index 300 sits in collections 0 and 1 at every scale: the pivot shape starts there. */
export const PIVOT_IOC = poolIoc(300);

/** Collection k's IoCs: its window (starting WINDOW/2 after the previous one's), then the hot ones. */
function members(k: number, collections: number, pool: number) {
  const step = pool / collections;
  const window = Array.from({ length: WINDOW }, (_, t) => poolIoc((k * step + t) % pool));
  return [...window, ...Array.from({ length: HOT }, (_, h) => hotIoc(h))];
}

function vtObject({ type, value }: { type: IocType; value: string }, n: number): VtObject {
  const last_analysis_stats = { malicious: n % 40, suspicious: 1, harmless: 2, undetected: 60, timeout: 0 };
  const common = {
    last_analysis_stats,
    tags: [`family-${n % 7}`],
    reputation: -(n % 50),
    first_submission_date: 1_600_000_000 + n,
    last_submission_date: 1_700_000_000 + n,
  };
  if (type === "FILE") {
    const attributes = {
      ...common,
      sha256: value,
      size: 1000 + n,
      type_description: ["Win32 EXE", "PDF", "ZIP"][n % 3],
      names: [`sample-${n}.exe`],
    };
    return { id: value, type: "file", attributes };
  }
  if (type === "DOMAIN") {
    const attributes = {
      ...common,
      registrar: `Registrar ${n % 5}`,
      creation_date: 1_500_000_000 + n,
      categories: { vendor: ["malware", "phishing"][n % 2] },
    };
    return { id: value, type: "domain", attributes };
  }
  if (type === "IP_ADDRESS") {
    const attributes = {
      ...common,
      country: ["NL", "US", "RU"][n % 3],
      asn: 64_500 + (n % 20),
      as_owner: `AS ${n % 20}`,
      network: `${value.split(".").slice(0, 3).join(".")}.0/24`,
    };
    return { id: value, type: "ip_address", attributes };
  }
  const attributes = { ...common, url: value, title: "Gate", last_http_response_code: 200 };
  return { id: createHash("sha256").update(value).digest("hex"), type: "url", attributes };
}

async function graphql<T>(port: number, apiKey: string, query: string, variables: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-apikey": apiKey },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const CREATE = `mutation ($input: CreateCollectionInput!) { createCollection(input: $input) {
  __typename
  ... on CreateCollectionPayload { report { added duplicates invalid { input reason } } }
  ... on Error { message } } }`;

interface Created {
  createCollection: {
    __typename: string;
    message?: string;
    report?: { added: number; duplicates: number; invalid: unknown[] };
  };
}

export interface Generated {
  collections: number;
  enriched: number;
  seconds: number;
}

/** Fills the (migrated, empty) database behind the iocgraph server on `port`. */
export async function generate(
  databaseUrl: string,
  port: number,
  scale: number,
  log: (line: string) => void,
): Promise<Generated> {
  const started = performance.now();
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["bin/iocgraph.js", "user", "create", "--name", "peer-bench"],
    { cwd: root, env },
  );
  const { apiKey } = JSON.parse(stdout) as { apiKey: string };

  const collections = COLLECTIONS_PER_SCALE * scale;
  const pool = POOL_PER_SCALE * scale;
  const toEnrich = new Map<string, { type: IocType; value: string }>();
  for (let k = 0; k < collections; k++) {
    const iocs = members(k, collections, pool);
    const enriched = k % ENRICHED_EVERY === 0;
    if (enriched) for (const ioc of iocs) toEnrich.set(`${ioc.type}:${ioc.value}`, ioc);
    const input = { name: `peer ${k}`, tags: enriched ? ["enriched"] : [], iocs };
    const { createCollection: result } = await graphql<Created>(port, apiKey, CREATE, { input });
    const report = result.report;
    if (!report || report.invalid.length > 0 || report.added !== iocs.length) {
      throw new Error(
        `createCollection "peer ${k}" did not add all ${iocs.length}: ${JSON.stringify(result)}`,
      );
    }
    if ((k + 1) % Math.max(1, Math.floor(collections / 10)) === 0) {
      log(`  ${k + 1}/${collections} collections (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }

  const database = openDatabase({ databaseUrl, dataDir: "" });
  try {
    const objects = [...toEnrich.values()].map((ioc, n) => vtObject(ioc, n));
    for (let i = 0; i < objects.length; i += 500) {
      await storeImported(database.prisma, objects.slice(i, i + 500));
    }
  } finally {
    await database.close();
  }
  return { collections, enriched: toEnrich.size, seconds: (performance.now() - started) / 1000 };
}
