// How an IoC is named when it has to be matched by value: `TYPE:value` keys, a FILE by each of its hashes,
// and the canonical value a stored row is looked up by.
import type { CanonicalIoc, IocType } from "../extraction/types.js";
import { hashKindOf } from "../extraction/values.js";

/** The key that identifies a canonical IoC by value: `TYPE:value`. */
export function iocKey(ioc: { type: string; value: string }): string {
  return `${ioc.type}:${ioc.value}`;
}

/** A stored IoC row: its value, and a FILE's hashes. */
export interface IocIdentity {
  type: IocType;
  value: string;
  md5?: string | null;
  sha1?: string | null;
  sha256?: string | null;
}

/** Every key a stored IoC is known by: its own, and a FILE's by each of its hashes. */
export function iocKeysOf(ioc: IocIdentity): string[] {
  const keys = new Set([iocKey(ioc)]);
  for (const hash of [ioc.md5, ioc.sha1, ioc.sha256])
    if (hash) keys.add(iocKey({ type: "FILE", value: hash }));
  return [...keys];
}

/** A stored value as a canonical IoC: a FILE by its strongest known hash. */
export function canonicalOf(ioc: IocIdentity): CanonicalIoc {
  if (ioc.type !== "FILE") return { type: ioc.type, value: ioc.value };
  const value = ioc.sha256 ?? ioc.sha1 ?? ioc.md5 ?? ioc.value;
  return { type: "FILE", value, hashKind: hashKindOf(value) };
}

/** A canonical type and value, as a watchlist stores them, with a FILE's hash kind restored. */
export function canonicalFromValue(type: IocType, value: string): CanonicalIoc {
  return type === "FILE" ? { type, value, hashKind: hashKindOf(value) } : { type, value };
}
