// What an import reads out of a document, whatever its format: the collection's name, description and tags, the
// distinct IoCs, and every item it did not take with the reason — `skipped` when it is understood but not an IoC
// kind of ours (an email address, a CIDR range, an ATT&CK pattern…), `invalid` when it is malformed.

import { stricter } from "../access/tlp.js";
import { MAX_DESCRIPTION, MAX_NAME, MAX_TAG, MAX_TAGS, normalizeTag } from "../collections/fields.js";
import { ValidationError } from "../errors.js";
import { canonicalize } from "../extraction/canonical.js";
import type { CanonicalIoc, HashKind, IocType } from "../extraction/types.js";
import type { Tlp } from "../generated/prisma/client.js";
import { iocKey } from "../iocs/identity.js";

export interface ImportItem {
  input: string;
  reason: string;
}

export interface ImportedDocument {
  name?: string;
  description?: string;
  tags: string[];
  /** The most restricted TLP the document marks anything with; absent when it marks nothing. */
  tlp?: Tlp;
  iocs: CanonicalIoc[];
  /** Text whose IoCs the collection service extracts (TEXT imports). */
  rawText?: string;
  skipped: ImportItem[];
  invalid: ImportItem[];
}

const HASH_DIGITS: Record<HashKind, number> = { md5: 32, sha1: 40, sha256: 64 };
const CIDR = /^[\d.:a-f[\]]+\/\d{1,3}$/i;

/** A short, one-line rendering of something a document held, for a report item. */
export function excerpt(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // Nested deeper than JSON.stringify's stack allows: say what it is, not what it holds.
    text = Array.isArray(value) ? "[…]" : "{…}";
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function shortened(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

export class DocumentBuilder {
  name?: string;
  description?: string;
  private tlp?: Tlp;
  private readonly tags = new Set<string>();
  private readonly seen = new Set<string>();
  readonly iocs: CanonicalIoc[] = [];
  readonly skipped: ImportItem[] = [];
  readonly invalid: ImportItem[] = [];

  skip(input: unknown, reason: string): void {
    this.skipped.push({ input: excerpt(input), reason });
  }

  reject(input: unknown, reason: string): void {
    this.invalid.push({ input: excerpt(input), reason });
  }

  /**
   * A value the document says is of kind `type` (inferred when undefined; `label` says where it said so: a MISP
   * type, a STIX path):
   * taken in canonical form once, skipped when it is a range, invalid when malformed or of another hash kind.
   */
  value(input: string, type: IocType | undefined, label: string, hashKind?: HashKind | null): void {
    if ((type ?? "IP_ADDRESS") === "IP_ADDRESS" && CIDR.test(input.trim())) {
      this.skip(input, `${label}: a CIDR range, not one address`);
      return;
    }
    const result = canonicalize(input, type);
    if (!result.ok) {
      this.reject(input, `${label}: ${result.reason}`);
      return;
    }
    const { ioc } = result;
    if (hashKind && ioc.hashKind !== hashKind) {
      const digits = ioc.value.length;
      this.reject(
        input,
        `${label}: a ${hashKind} hash has ${HASH_DIGITS[hashKind]} hex digits, not ${digits}`,
      );
      return;
    }
    const key = iocKey(ioc);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.iocs.push(ioc);
  }

  /** The document marks something with `tlp`: the collection takes the most restricted marking. */
  mark(tlp: Tlp): void {
    this.tlp = this.tlp ? stricter(this.tlp, tlp) : tlp;
  }

  /** A tag for the collection; past the collection's caps it is skipped, saying which cap. */
  tag(raw: string): void {
    const tag = normalizeTag(raw);
    if (!tag || this.tags.has(tag)) return;
    if (tag.length > MAX_TAG) this.skip(raw, `a tag has at most ${MAX_TAG} characters`);
    else if (this.tags.size >= MAX_TAGS) this.skip(raw, `a collection has at most ${MAX_TAGS} tags`);
    else this.tags.add(tag);
  }

  build(): ImportedDocument {
    return {
      name: this.name ? shortened(this.name, MAX_NAME) : undefined,
      description: this.description ? shortened(this.description, MAX_DESCRIPTION) : undefined,
      tags: [...this.tags],
      ...(this.tlp ? { tlp: this.tlp } : {}),
      iocs: this.iocs,
      skipped: this.skipped,
      invalid: this.invalid,
    };
  }
}

/** The document as JSON, or a ValidationError saying where it stops being JSON. */
export function parseJson(content: string, format: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new ValidationError(`The ${format} content is not JSON: ${(error as Error).message}.`, "content");
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
