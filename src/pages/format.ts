// How numbers, dates and sizes read on the pages: UTC dates (analysts compare them across time zones),
// grouped digits, binary-prefixed sizes.
import { type IocKind, iocKinds } from "../iocs/kinds.js";
import type { IocType, PageCollectionCardFragment } from "./gql/graphql.js";

export type Counts = PageCollectionCardFragment["counts"];

const numbers = new Intl.NumberFormat("en-US");

export const formatCount = (n: number) => numbers.format(n);

/** `2024-05-01` from an ISO date-time. */
export const formatDate = (iso: string) => iso.slice(0, 10);

/** `2024-05-01 12:34 UTC` from an ISO date-time. */
export const formatDateTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** `1 file`, `3 IP addresses`. */
export function countOf(n: number, kind: Pick<IocKind, "noun">): string {
  return `${formatCount(n)} ${n === 1 ? kind.noun.one : kind.noun.many}`;
}

export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The kinds in the registry's order, with how many of each `counts` holds. */
export function kindCounts(counts: Counts) {
  return Object.values(iocKinds).map((kind) => ({
    kind,
    type: kind.type satisfies IocType,
    count: counts[kind.countField],
  }));
}

/** `12 IoCs: 3 files, 9 domains`: the kinds present, for previews and the page header. */
export function countsSummary(counts: Counts): string {
  const parts = kindCounts(counts)
    .filter((entry) => entry.count > 0)
    .map((entry) => countOf(entry.count, entry.kind));
  const total = `${formatCount(counts.total)} ${counts.total === 1 ? "IoC" : "IoCs"}`;
  return parts.length > 0 ? `${total}: ${parts.join(", ")}` : total;
}

/** The first `max` characters of a text, cut at a word, on one line. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}
