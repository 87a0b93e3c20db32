// A collection's own fields as a caller sends them: validated and normalised before any write, so bad input
// writes nothing.
import { ValidationError } from "../errors.js";
import { unstorable } from "../extraction/values.js";
import type { CollectionType, Tlp, Visibility } from "../generated/prisma/client.js";
import { z } from "../rows.js";
import { industrySector, regionCode } from "./vocabularies.js";

// A type alias, not an interface: Prisma's JSON input type takes it as it is.
export type Reference = { url: string; title: string | null };

const referenceList = z.array(z.object({ url: z.string(), title: z.string().nullable().default(null) }));

/** A collection's stored references (a JSON column), checked into their type. */
export function referencesOf(json: unknown): Reference[] {
  return referenceList.parse(json ?? []);
}

export interface CollectionFields {
  name?: string | null;
  description?: string | null;
  tags?: readonly string[] | null;
  visibility?: Visibility | null;
  collectionType?: CollectionType | null;
  altNames?: readonly string[] | null;
  references?: readonly { url: string; title?: string | null }[] | null;
  targetedIndustries?: readonly string[] | null;
  targetedRegions?: readonly string[] | null;
  /** An empty string clears it (null means "leave as is", as for every field of an update). */
  sourceRegion?: string | null;
  tlp?: Tlp | null;
}

export interface CollectionData {
  name?: string;
  description?: string;
  tags?: string[];
  visibility?: Visibility;
  collectionType?: CollectionType;
  altNames?: string[];
  references?: Reference[];
  targetedIndustries?: string[];
  targetedRegions?: string[];
  sourceRegion?: string | null;
  tlp?: Tlp;
}

/** Every field of CollectionData, as stored: the columns an update compares and logs. */
export const DATA_FIELDS = [
  "name",
  "description",
  "tags",
  "visibility",
  "collectionType",
  "altNames",
  "references",
  "targetedIndustries",
  "targetedRegions",
  "sourceRegion",
  "tlp",
] as const satisfies readonly (keyof CollectionData)[];

/** The Prisma selection of DATA_FIELDS. */
export const dataSelect = {
  name: true,
  description: true,
  tags: true,
  visibility: true,
  collectionType: true,
  altNames: true,
  references: true,
  targetedIndustries: true,
  targetedRegions: true,
  sourceRegion: true,
  tlp: true,
} as const satisfies Record<(typeof DATA_FIELDS)[number], true>;

export const MAX_NAME = 200;
export const MAX_DESCRIPTION = 20_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 64;
export const MAX_ALT_NAMES = 50;
export const MAX_REFERENCES = 100;
export const MAX_URL = 2048;
export const MAX_TITLE = 300;

function storable(value: string, field: string): string {
  if (unstorable(value, { control: false })) {
    throw new ValidationError(`The ${field} holds a NUL character or an unpaired surrogate.`, field);
  }
  return value;
}

/** A tag as stored and matched: trimmed, lower-case. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase();
}

/** Validated, normalised collection fields; only those given (a name is required when creating). */
export function collectionData(fields: CollectionFields, creating: boolean): CollectionData {
  const data: CollectionData = {};
  if (fields.name != null || creating) {
    const name = storable(fields.name ?? "", "name").trim();
    if (!name) throw new ValidationError("A collection needs a name.", "name");
    if (name.length > MAX_NAME)
      throw new ValidationError(`A name has at most ${MAX_NAME} characters.`, "name");
    data.name = name;
  }
  if (fields.description != null) {
    if (fields.description.length > MAX_DESCRIPTION) {
      throw new ValidationError(`A description has at most ${MAX_DESCRIPTION} characters.`, "description");
    }
    data.description = storable(fields.description, "description").trim();
  }
  if (fields.tags != null) {
    const tags = [...new Set(fields.tags.map((tag) => normalizeTag(storable(tag, "tags"))).filter(Boolean))];
    if (tags.length > MAX_TAGS)
      throw new ValidationError(`A collection has at most ${MAX_TAGS} tags.`, "tags");
    const long = tags.find((tag) => tag.length > MAX_TAG);
    if (long) throw new ValidationError(`A tag has at most ${MAX_TAG} characters: "${long}".`, "tags");
    data.tags = tags;
  }
  if (fields.visibility != null) data.visibility = fields.visibility;
  if (fields.collectionType != null) data.collectionType = fields.collectionType;
  if (fields.tlp != null) data.tlp = fields.tlp;
  if (fields.altNames != null) data.altNames = altNames(fields.altNames);
  if (fields.references != null) data.references = references(fields.references);
  if (fields.targetedIndustries != null) {
    data.targetedIndustries = distinct(fields.targetedIndustries, "targetedIndustries", (raw) => {
      const sector = industrySector(raw);
      if (!sector) {
        throw new ValidationError(
          `"${raw}" is not an industry sector of STIX 2.1's industry-sector-ov (e.g. financial-services, government-national, healthcare).`,
          "targetedIndustries",
        );
      }
      return sector;
    });
  }
  if (fields.targetedRegions != null) {
    data.targetedRegions = distinct(fields.targetedRegions, "targetedRegions", (raw) =>
      region(raw, "targetedRegions"),
    );
  }
  if (fields.sourceRegion != null) {
    data.sourceRegion =
      fields.sourceRegion.trim() === "" ? null : region(fields.sourceRegion, "sourceRegion");
  }
  return data;
}

function region(raw: string, field: string): string {
  const code = regionCode(raw);
  if (!code) {
    throw new ValidationError(`"${raw}" is not an ISO 3166-1 alpha-2 country code (e.g. RU, US, DE).`, field);
  }
  return code;
}

/** Each item in its stored form, repeats dropped, in the order first given. */
function distinct(items: readonly string[], field: string, normalise: (raw: string) => string): string[] {
  const out = [...new Set(items.map((item) => normalise(storable(item, field))))];
  // Every vocabulary is small; a longer list repeats itself.
  if (out.length > 300) throw new ValidationError(`At most 300 ${field}.`, field);
  return out;
}

function altNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = storable(raw, "altNames").trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    if (name.length > MAX_NAME)
      throw new ValidationError(`An alternative name has at most ${MAX_NAME} characters.`, "altNames");
    seen.add(name.toLowerCase());
    out.push(name);
  }
  if (out.length > MAX_ALT_NAMES)
    throw new ValidationError(`A collection has at most ${MAX_ALT_NAMES} alternative names.`, "altNames");
  return out;
}

/** http(s) URLs only: a reference is a link an analyst follows (no javascript:, file: or data: URLs). */
function references(items: readonly { url: string; title?: string | null }[]): Reference[] {
  if (items.length > MAX_REFERENCES)
    throw new ValidationError(`A collection has at most ${MAX_REFERENCES} references.`, "references");
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const item of items) {
    const raw = storable(item.url, "references").trim();
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ValidationError(`Not a URL: "${raw}".`, "references");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ValidationError(
        `A reference is an http or https URL, not ${url.protocol} ("${raw}").`,
        "references",
      );
    }
    if (!url.hostname) throw new ValidationError(`A reference URL needs a host: "${raw}".`, "references");
    const href = url.href;
    if (href.length > MAX_URL)
      throw new ValidationError(`A reference URL has at most ${MAX_URL} characters.`, "references");
    const title = item.title == null ? "" : storable(item.title, "references").trim();
    if (title.length > MAX_TITLE)
      throw new ValidationError(`A reference title has at most ${MAX_TITLE} characters.`, "references");
    if (seen.has(href)) continue;
    seen.add(href);
    out.push({ url: href, title: title || null });
  }
  return out;
}
