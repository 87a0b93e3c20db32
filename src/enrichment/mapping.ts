// VirusTotal API v3 objects ({id, type, attributes}) to stored enrichment columns, IoCs and edges.
// Pure functions: the HTTP client, the offline import and the tests all go through them.
import { canonicalize } from "../extraction/canonical.js";
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import { kindList } from "../iocs/kinds.js";
import type { FileHashes } from "../iocs/merge.js";
import type { EnrichmentFields } from "./fields.js";

/** One object of the documented envelope `{ data: { id, type, attributes, relationships? } }`. */
export interface VtObject {
  id: string;
  type: string;
  attributes?: Record<string, unknown>;
  relationships?: Record<string, { data?: VtObject | VtObject[] | null }>;
  /** Relationship items carry attributes of the link itself (e.g. a resolution's date) here. */
  context_attributes?: Record<string, unknown>;
}

/** The IoC kind of each VirusTotal object type (`file`, `url`, …), from the kinds registry. */
const vtTypes = new Map<string, IocType>(kindList.map((kind) => [kind.virustotal.objectType, kind.type]));

function int(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : null;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function strings(value: unknown, max = 200): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((item): item is string => typeof item === "string" && item !== ""))].slice(
    0,
    max,
  );
}

/** VirusTotal dates are Unix seconds. */
function date(value: unknown): Date | null {
  const seconds = int(value);
  return seconds === null || seconds <= 0 ? null : new Date(seconds * 1000);
}

function hash(value: unknown, length: number): string | null {
  return typeof value === "string" && new RegExp(`^[0-9a-f]{${length}}$`, "i").test(value)
    ? value.toLowerCase()
    : null;
}

// Engines that cannot analyse a file type say nothing about it, so VirusTotal leaves them out of its "x/y".
const notCounted = new Set(["type-unsupported"]);

export function mapAttributes(object: VtObject): EnrichmentFields {
  const a = object.attributes ?? {};
  const stats = (a.last_analysis_stats ?? null) as Record<string, unknown> | null;
  let total: number | null = null;
  if (stats && typeof stats === "object") {
    total = 0;
    for (const [key, count] of Object.entries(stats)) if (!notCounted.has(key)) total += int(count) ?? 0;
  }
  const categories = a.categories && typeof a.categories === "object" ? Object.values(a.categories) : [];
  return {
    malicious: int(stats?.malicious),
    suspicious: int(stats?.suspicious),
    harmless: int(stats?.harmless),
    undetected: int(stats?.undetected),
    timeout: int(stats?.timeout),
    total,
    firstSeen: date(a.first_submission_date) ?? date(a.first_seen_date) ?? date(a.first_seen_itw_date),
    lastSeen: date(a.last_submission_date) ?? date(a.last_seen_date) ?? date(a.last_seen_itw_date),
    size: int(a.size),
    typeDescription: text(a.type_description),
    meaningfulName: text(a.meaningful_name),
    names: strings(a.names, 50),
    tags: strings(a.tags).map((tag) => tag.toLowerCase()),
    reputation: int(a.reputation),
    registrar: text(a.registrar),
    creationDate: date(a.creation_date),
    categories: [...new Set(strings(categories).map((category) => category.toLowerCase()))].sort(),
    country: text(a.country)?.toUpperCase() ?? null,
    asn: int(a.asn),
    asOwner: text(a.as_owner),
    network: text(a.network),
    finalUrl: text(a.last_final_url),
    title: text(a.title),
    httpResponseCode: int(a.last_http_response_code),
  };
}

export function fileHashes(object: VtObject): FileHashes {
  const a = object.attributes ?? {};
  return {
    md5: hash(a.md5, 32),
    sha1: hash(a.sha1, 40),
    sha256: hash(a.sha256, 64) ?? hash(object.id, 64),
  };
}

/** The IoC a VirusTotal object describes, canonical; null for objects that are not IoCs (or a URL given by id only). */
export function objectIoc(object: VtObject): CanonicalIoc | null {
  const type = vtTypes.get(object.type);
  if (!type) return null;
  let value: string | null;
  if (type === "FILE") {
    const hashes = fileHashes(object);
    value = hashes.sha256 ?? hashes.sha1 ?? hashes.md5;
  } else if (type === "URL") {
    // A URL's id is a hash of it; only the attribute gives the URL back.
    value = text(object.attributes?.url) ?? text(object.context_attributes?.url);
  } else {
    value = text(object.id);
  }
  if (!value) return null;
  const result = canonicalize(value, type);
  return result.ok ? result.ioc : null;
}

/** The A/AAAA addresses of a domain's `last_dns_records`, canonical. */
export function dnsAddresses(object: VtObject): CanonicalIoc[] {
  const records = object.attributes?.last_dns_records;
  if (!Array.isArray(records)) return [];
  const found = new Map<string, CanonicalIoc>();
  for (const record of records as { type?: unknown; value?: unknown }[]) {
    if ((record?.type !== "A" && record?.type !== "AAAA") || typeof record.value !== "string") continue;
    const result = canonicalize(record.value, "IP_ADDRESS");
    if (result.ok) found.set(result.ioc.value, result.ioc);
  }
  return [...found.values()];
}

export interface RelatedItem {
  target: CanonicalIoc;
  /** When the link was observed, if the provider says (a resolution's date). */
  seen: Date | null;
  /** The full object when the provider sent its attributes: enrichment for the target at no extra cost. */
  object: VtObject | null;
}

/** The IoC at the other end of one relationship item, seen from `source`. */
export function relatedItem(source: IocType, item: VtObject): RelatedItem | null {
  if (item.type === "resolution") {
    // A resolution links a host name and an address; which end is "other" depends on the source.
    const a = item.attributes ?? {};
    const value = source === "DOMAIN" ? text(a.ip_address) : text(a.host_name);
    if (!value) return null;
    const result = canonicalize(value, source === "DOMAIN" ? "IP_ADDRESS" : "DOMAIN");
    return result.ok ? { target: result.ioc, seen: date(a.date), object: null } : null;
  }
  const target = objectIoc(item);
  if (!target) return null;
  const seen = date(item.context_attributes?.date) ?? null;
  const hasAttributes = item.attributes !== undefined && "last_analysis_stats" in item.attributes;
  return { target, seen, object: hasAttributes ? item : null };
}

/** Relationship descriptors embedded in an object (`?relationships=` requests, exports). */
export function embeddedRelationships(object: VtObject): { relation: string; items: VtObject[] }[] {
  const out: { relation: string; items: VtObject[] }[] = [];
  for (const [relation, value] of Object.entries(object.relationships ?? {})) {
    const data = value?.data;
    if (!data) continue;
    out.push({ relation, items: Array.isArray(data) ? data : [data] });
  }
  return out;
}

/** A short "55/70" like VirusTotal's. */
export function detectionRatio(malicious: number | null, total: number | null): string | null {
  return malicious === null || total === null ? null : `${malicious}/${total}`;
}
