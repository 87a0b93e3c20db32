// The bench:scale dataset, defined once as pure functions of the scale S, so the bulk loader
// (bench/scale/load.ts) and the write-path check (bench/scale/check.ts, the same data through the API) build the
// same thing. At S = 1: 10,000,000 IoCs, 100,000 collections, 1,000 owners.
//
// - IoC i (0 ≤ i < N) is, by i % 20: 0–7 a FILE (a sha256), 8–12 a DOMAIN (registrable, d<i>-bench.com),
//   13–16 an IP address (11.x.y.z), 17–19 a URL on one of its block's domains (a derived network_location
//   edge to that domain).
// - Collection k holds, in this order (repeats dropped, as the API drops them):
//   1. its primary range [N·√(k/C), N·√((k+1)/C)): every IoC is in exactly one, sizes heavy-tailed (collection
//      0 holds N/√C, 31,623 at S = 1; the median ~140; the last ~50);
//   2. the first FOLLOW_UP IoCs of collection k−1's range (a follow-up report shares IoCs with the one before);
//   3. the IoCs i ≡ (7919·k) mod C with i % 3 = 0, and those ≡ (104729·k + 17) mod C with i % 5 = 0 (random
//      overlap across the whole set: each IoC is in ~1.5 collections on average);
//   4. hub h (h < HUBS, IoC 20·h + 8, a domain) when k % (10 + 5h) = 0: hub 0 is in C/10 collections (10,000).
// - Collections are created one a minute from BASE_TIME in order k; every 20th is PRIVATE (k % 20 = 7), every
//   20th UNLISTED (k % 20 = 13); owner k % U.
// - 30% of the IoCs of each kind and the hubs are enriched (offline import, VirusTotal-shaped objects).
import { createHash } from "node:crypto";
import type { VtObject } from "../../src/enrichment/mapping.js";

export type IocType = "FILE" | "DOMAIN" | "IP_ADDRESS" | "URL";

export const FULL_IOCS = 10_000_000;
export const FULL_COLLECTIONS = 100_000;
export const FULL_USERS = 1_000;
export const HUBS = 20;
export const FOLLOW_UP = 20;
export const BASE_TIME = Date.UTC(2025, 0, 1);
const MINUTE = 60_000;

export interface Sizes {
  scale: number;
  iocs: number;
  collections: number;
  users: number;
}

export function sizesFor(scale: number): Sizes {
  // N a multiple of 20, so every URL's block has its domains.
  const iocs = Math.max(400, Math.round((FULL_IOCS * scale) / 20) * 20);
  const collections = Math.max(10, Math.round(FULL_COLLECTIONS * scale));
  const users = Math.max(3, Math.round(FULL_USERS * scale));
  return { scale, iocs, collections, users };
}

export function iocType(i: number): IocType {
  const r = i % 20;
  return r < 8 ? "FILE" : r < 13 ? "DOMAIN" : r < 17 ? "IP_ADDRESS" : "URL";
}

const domainValue = (i: number) => `d${i}-bench.com`;

/** The domain a URL's host is: one of the domains of its block of 20. */
export const urlDomainIndex = (i: number) => i - (i % 20) + 8 + ((i % 20) - 17);

/** IoC i's canonical value. */
export function iocValue(i: number): string {
  switch (iocType(i)) {
    case "FILE":
      return createHash("sha256").update(`scale-${i}`).digest("hex");
    case "DOMAIN":
      return domainValue(i);
    case "IP_ADDRESS":
      return `11.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    default:
      return `http://${domainValue(urlDomainIndex(i))}/p${i}`;
  }
}

export const hubIndex = (h: number) => 20 * h + 8;

/** 30% of every kind (the residue turns with the block of 20), and every hub. */
export const isEnriched = (i: number) => (i + Math.floor(i / 20)) % 10 < 3 || (i % 20 === 8 && i < 20 * HUBS);

export function primaryRange(k: number, s: Sizes): [number, number] {
  const at = (x: number) => Math.floor(s.iocs * Math.sqrt(x / s.collections));
  return [at(k), k + 1 === s.collections ? s.iocs : at(k + 1)];
}

/** Collection k's IoC indices, in the order they are added. */
export function members(k: number, s: Sizes): number[] {
  const [lo, hi] = primaryRange(k, s);
  const seen = new Set<number>();
  const out: number[] = [];
  const add = (i: number) => {
    if (i < s.iocs && !seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  };
  for (let i = lo; i < hi; i++) add(i);
  if (k > 0) {
    const [plo, phi] = primaryRange(k - 1, s);
    for (let i = plo; i < Math.min(phi, plo + FOLLOW_UP); i++) add(i);
  }
  const C = s.collections;
  const r1 = Number((BigInt(k) * 7919n) % BigInt(C));
  for (let i = r1; i < s.iocs; i += C) if (i % 3 === 0) add(i);
  const r2 = Number((BigInt(k) * 104729n + 17n) % BigInt(C));
  for (let i = r2; i < s.iocs; i += C) if (i % 5 === 0) add(i);
  for (let h = 0; h < HUBS; h++) if (k % (10 + 5 * h) === 0) add(hubIndex(h));
  return out;
}

export type Visibility = "PUBLIC" | "UNLISTED" | "PRIVATE";
export const visibilityOf = (k: number): Visibility =>
  k % 20 === 7 ? "PRIVATE" : k % 20 === 13 ? "UNLISTED" : "PUBLIC";

const TYPES = ["REPORT", "CAMPAIGN", "THREAT_ACTOR", "MALWARE_FAMILY", "OTHER"] as const;
const TLPS = ["CLEAR", "CLEAR", "GREEN", "AMBER"] as const;

/** Collection k's fields as createCollection takes them (without its IoCs). */
export function collectionFields(k: number) {
  return {
    name: `scale ${k}`,
    tags: [`family-${k % 50}`, ...(k % 3 === 0 ? ["apt"] : [])],
    collectionType: TYPES[k % TYPES.length],
    tlp: TLPS[k % TLPS.length],
    visibility: visibilityOf(k),
  };
}

export const ownerOf = (k: number, s: Sizes) => k % s.users;
export const userName = (u: number) => `scale-user-${u}`;
export const collectionTime = (k: number) => new Date(BASE_TIME + k * MINUTE);

/** The VirusTotal-shaped object the offline import stores for enriched IoC i. */
export function vtObject(i: number): VtObject {
  const type = iocType(i);
  const value = iocValue(i);
  const last_analysis_stats = { malicious: i % 40, suspicious: 1, harmless: 2, undetected: 60, timeout: 0 };
  const common = {
    last_analysis_stats,
    tags: [`family-${i % 7}`],
    reputation: -(i % 50),
    first_submission_date: 1_600_000_000 + (i % 10_000_000),
    last_submission_date: 1_700_000_000 + (i % 10_000_000),
  };
  if (type === "FILE") {
    const attributes = {
      ...common,
      sha256: value,
      size: 1000 + i,
      type_description: ["Win32 EXE", "PDF", "ZIP"][i % 3],
      names: [`sample-${i}.exe`],
    };
    return { id: value, type: "file", attributes };
  }
  if (type === "DOMAIN") {
    const attributes = {
      ...common,
      registrar: `Registrar ${i % 5}`,
      creation_date: 1_500_000_000 + (i % 10_000_000),
      categories: { vendor: ["malware", "phishing"][i % 2] },
    };
    return { id: value, type: "domain", attributes };
  }
  if (type === "IP_ADDRESS") {
    const attributes = {
      ...common,
      country: ["NL", "US", "RU"][i % 3],
      asn: 64_500 + (i % 20),
      as_owner: `AS ${i % 20}`,
      network: `${value.split(".").slice(0, 3).join(".")}.0/24`,
    };
    return { id: value, type: "ip_address", attributes };
  }
  const attributes = { ...common, url: value, title: "Gate", last_http_response_code: 200 };
  return { id: createHash("sha256").update(value).digest("hex"), type: "url", attributes };
}
