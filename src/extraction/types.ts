// The kinds of IoC are the database enum's (prisma/schema.prisma); src/iocs/kinds.ts describes each.
export type { IocType } from "../generated/prisma/enums.js";

import type { IocType } from "../generated/prisma/enums.js";

export type HashKind = "md5" | "sha1" | "sha256";

/** One indicator in its canonical form; `hashKind` is set iff `type` is "FILE". */
export interface CanonicalIoc {
  type: IocType;
  value: string;
  hashKind?: HashKind;
}

export type CanonicalResult = { ok: true; ioc: CanonicalIoc } | { ok: false; reason: string };

/** An indicator found in a text, with where and how it occurred. */
export interface ExtractedIoc extends CanonicalIoc {
  /** Number of occurrences in the text (after canonicalisation). */
  count: number;
  /** True if at least one occurrence was written in a defanged form (hxxp, [.], ...). */
  defanged: boolean;
  /** 1-based line of the first occurrence. */
  firstLine: number;
}
