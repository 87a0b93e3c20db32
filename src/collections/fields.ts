// A collection's own fields as a caller sends them: validated and normalised before any write, so bad input
// writes nothing.
import { ValidationError } from "../errors.js";
import { unstorable } from "../extraction/values.js";
import type { Visibility } from "../generated/prisma/client.js";

export interface CollectionFields {
  name?: string | null;
  description?: string | null;
  tags?: readonly string[] | null;
  visibility?: Visibility | null;
}

export interface CollectionData {
  name?: string;
  description?: string;
  tags?: string[];
  visibility?: Visibility;
}

export const MAX_NAME = 200;
export const MAX_DESCRIPTION = 20_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 64;

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
  return data;
}
