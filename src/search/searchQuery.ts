// What an IoC search asks for: the filter, checked once, and the VirusTotal-Intelligence-style query string
// that parses into the same filter (one rule for both). Plain functions; src/search/iocSearch.ts runs the filter.
import { ValidationError } from "../errors.js";
import type { IocType } from "../extraction/types.js";

export const ENRICHMENT_STATUSES = ["PENDING", "FRESH", "STALE", "NOT_FOUND", "ERROR"] as const;
export type EnrichmentStatusName = (typeof ENRICHMENT_STATUSES)[number];

/** Every given condition must hold; a list means any of its values (tags: every one of them). */
export interface IocSearchFilter {
  types?: IocType[] | null;
  minMalicious?: number | null;
  maxMalicious?: number | null;
  countries?: string[] | null;
  asns?: number[] | null;
  tags?: string[] | null;
  firstSeenAfter?: Date | null;
  firstSeenBefore?: Date | null;
  lastSeenAfter?: Date | null;
  lastSeenBefore?: Date | null;
  minCollections?: number | null;
  valueContains?: string | null;
  enrichmentStatus?: EnrichmentStatusName | null;
}

export type FilterField = keyof IocSearchFilter;

const MAX_SUBSTRING = 256;
const MAX_LIST = 100;
const MAX_ASN = 4_294_967_295;

function count(value: number | null | undefined, field: FilterField): void {
  if (value == null) return;
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ValidationError(`\`${field}\` must be a whole number, 0 or more (got ${value}).`, field);
}

function list(values: readonly unknown[] | null | undefined, field: FilterField): void {
  if (values == null) return;
  if (values.length === 0) throw new ValidationError(`\`${field}\` is empty: leave it out instead.`, field);
  if (values.length > MAX_LIST)
    throw new ValidationError(`\`${field}\` takes at most ${MAX_LIST} values.`, field);
}

/** The filter as the search runs it: checked, countries upper-case, tags lower-case. Throws ValidationError. */
export function checkFilter(filter: IocSearchFilter): IocSearchFilter {
  for (const field of ["minMalicious", "maxMalicious", "minCollections"] as const)
    count(filter[field], field);
  for (const field of ["types", "countries", "asns", "tags"] as const) list(filter[field], field);
  const countries = filter.countries?.map((country) => {
    if (!/^[A-Za-z]{2}$/.test(country))
      throw new ValidationError(
        `\`countries\`: "${country}" is not an ISO 3166-1 alpha-2 code (two letters).`,
        "countries",
      );
    return country.toUpperCase();
  });
  for (const asn of filter.asns ?? [])
    if (!Number.isSafeInteger(asn) || asn < 0 || asn > MAX_ASN)
      throw new ValidationError(`\`asns\`: ${asn} is not an AS number.`, "asns");
  const tags = filter.tags?.map((tag) => {
    const trimmed = tag.trim().toLowerCase();
    if (trimmed === "" || trimmed.includes("\u0000"))
      throw new ValidationError("`tags`: a tag cannot be empty.", "tags");
    return trimmed;
  });
  for (const field of ["firstSeenAfter", "firstSeenBefore", "lastSeenAfter", "lastSeenBefore"] as const) {
    const date = filter[field];
    if (date != null && Number.isNaN(date.getTime()))
      throw new ValidationError(`\`${field}\` is not a date.`, field);
  }
  const text = filter.valueContains;
  if (text != null && (text.length === 0 || text.length > MAX_SUBSTRING || text.includes("\u0000")))
    throw new ValidationError(
      `\`valueContains\` takes 1 to ${MAX_SUBSTRING} characters (no NUL).`,
      "valueContains",
    );
  return { ...filter, countries, tags };
}

const TYPE_NAMES: Record<string, IocType> = {
  file: "FILE",
  hash: "FILE",
  url: "URL",
  domain: "DOMAIN",
  ip: "IP_ADDRESS",
  ip_address: "IP_ADDRESS",
  ipaddress: "IP_ADDRESS",
};

/** The modifiers of `query`, by every name they answer to. */
const MODIFIERS: Record<string, (value: string, into: IocSearchFilter) => void> = {
  type: (value, into) => {
    into.types = [...new Set([...(into.types ?? []), ...value.split(",").map(typeOf)])];
  },
  p: positives,
  positives,
  country: (value, into) => {
    into.countries = [...(into.countries ?? []), ...value.split(",")];
  },
  asn: (value, into) => {
    into.asns = [
      ...(into.asns ?? []),
      ...value.split(",").map((asn) => whole(asn.replace(/^as/i, ""), "asn")),
    ];
  },
  tag: (value, into) => {
    into.tags = [...(into.tags ?? []), value];
  },
  fs: (value, into) => dates(value, "fs", into, "firstSeenAfter", "firstSeenBefore"),
  firstseen: (value, into) => dates(value, "fs", into, "firstSeenAfter", "firstSeenBefore"),
  ls: (value, into) => dates(value, "ls", into, "lastSeenAfter", "lastSeenBefore"),
  lastseen: (value, into) => dates(value, "ls", into, "lastSeenAfter", "lastSeenBefore"),
  collections: (value, into) => {
    const match = /^(\d+)\+$/.exec(value);
    if (!match)
      throw new ValidationError(`\`collections:${value}\`: write collections:N+ (in N or more).`, "query");
    set(into, "minCollections", whole(match[1], "collections"), "collections");
  },
  status: (value, into) => {
    const status = value.toUpperCase();
    if (!(ENRICHMENT_STATUSES as readonly string[]).includes(status))
      throw new ValidationError(
        `\`status:${value}\`: one of ${ENRICHMENT_STATUSES.map((s) => s.toLowerCase()).join(", ")}.`,
        "query",
      );
    set(into, "enrichmentStatus", status as EnrichmentStatusName, "status");
  },
  value: (value, into) => set(into, "valueContains", value, "value"),
};

/** Written like `http://…` in a query, these are a value to look for, not a modifier. */
const SCHEMES = new Set(["http", "https", "hxxp", "hxxps", "ftp", "fxp"]);

function typeOf(name: string): IocType {
  const type = TYPE_NAMES[name.toLowerCase()];
  if (!type)
    throw new ValidationError(`\`type:${name}\`: one of ${Object.keys(TYPE_NAMES).join(", ")}.`, "query");
  return type;
}

function whole(text: string, modifier: string): number {
  if (!/^\d{1,15}$/.test(text))
    throw new ValidationError(`\`${modifier}:${text}\`: expected a whole number.`, "query");
  return Number(text);
}

function set<F extends FilterField>(
  into: IocSearchFilter,
  field: F,
  value: IocSearchFilter[F],
  modifier: string,
): void {
  if (into[field] != null) throw new ValidationError(`\`${modifier}:\` is given twice.`, "query");
  into[field] = value;
}

/** `p:5+` at least 5 malicious verdicts, `p:5-` at most 5, `p:5` exactly 5. */
function positives(value: string, into: IocSearchFilter): void {
  const match = /^(\d+)([+-]?)$/.exec(value);
  if (!match) throw new ValidationError(`\`p:${value}\`: write p:N, p:N+ or p:N-.`, "query");
  const n = whole(match[1], "p");
  if (match[2] !== "-") set(into, "minMalicious", n, "p");
  if (match[2] !== "+") set(into, "maxMalicious", n, "p");
}

const DAY_MS = 86_400_000;

/** `fs:2024-01-01+` on or after, `fs:2024-01-01-` before, `fs:2024-01-01` that day (UTC). */
function dates(
  value: string,
  modifier: string,
  into: IocSearchFilter,
  after: "firstSeenAfter" | "lastSeenAfter",
  before: "firstSeenBefore" | "lastSeenBefore",
): void {
  const match = /^(\d{4}-\d{2}-\d{2}(?:T[0-9:.]+Z?)?)([+-]?)$/.exec(value);
  const date = match ? new Date(match[1].length === 10 ? `${match[1]}T00:00:00Z` : match[1]) : null;
  if (!match || !date || Number.isNaN(date.getTime()))
    throw new ValidationError(
      `\`${modifier}:${value}\`: write ${modifier}:YYYY-MM-DD followed by + (on or after) or - (before).`,
      "query",
    );
  if (match[2] !== "-") set(into, after, date, modifier);
  if (match[2] === "-") set(into, before, date, modifier);
  if (match[2] === "") set(into, before, new Date(date.getTime() + DAY_MS), modifier);
}

/**
 * Parses a query such as `type:domain p:5+ country:RU asn:12345 tag:c2 fs:2024-01-01+ ls:2025-01-01-
 * collections:3+ evil` into a filter: modifiers `name:value` (names case-insensitive; type, country and asn
 * take comma lists), and one bare word, a substring of the value (`value:…` or double quotes for one with a
 * colon). An unknown modifier or a malformed value is a ValidationError naming it.
 */
export function parseSearchQuery(query: string): IocSearchFilter {
  const into: IocSearchFilter = {};
  const tokens = query.match(/"[^"]*"|\S+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('"')) {
      if (token.length < 2 || !token.endsWith('"'))
        throw new ValidationError("A quoted word is not closed.", "query");
      set(into, "valueContains", token.slice(1, -1), "a bare word");
      continue;
    }
    const match = /^([A-Za-z][A-Za-z_]*):(.*)$/.exec(token);
    if (!match || SCHEMES.has(match[1].toLowerCase())) {
      if (into.valueContains != null)
        throw new ValidationError(
          `Only one bare word (a value substring) is allowed; "${token}" is a second one.`,
          "query",
        );
      into.valueContains = token;
      continue;
    }
    const [, name, value] = match;
    const modifier = MODIFIERS[name.toLowerCase()];
    if (!modifier)
      throw new ValidationError(
        `Unknown search modifier \`${name}:\`. Known: type, p, country, asn, tag, fs, ls, collections, status, value.`,
        "query",
      );
    if (value === "") throw new ValidationError(`\`${name}:\` needs a value.`, "query");
    modifier(value, into);
  }
  return into;
}

/** The filter argument and the parsed query together; a condition given in both is refused. */
export function combineFilters(filter: IocSearchFilter, fromQuery: IocSearchFilter): IocSearchFilter {
  const combined: IocSearchFilter = { ...filter };
  for (const [field, value] of Object.entries(fromQuery) as [FilterField, unknown][]) {
    if (value == null) continue;
    if (filter[field] != null)
      throw new ValidationError(`\`${field}\` is given both in \`filter\` and in \`query\`.`, "query");
    Object.assign(combined, { [field]: value });
  }
  return combined;
}
