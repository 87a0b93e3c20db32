// The relation vocabulary: which stored edges a relation name reads, in which direction. An edge is stored
// once (source → target); the other end reads it under its reverse name, so `parent` edges are also every
// domain's `subdomains`, and `network_location` edges are a domain's or an IP's `urls`.
import type { IocType } from "../extraction/types.js";

/** The origin of edges computed from IoC values alone (no provider). */
export const DERIVED = "derived";

/** Stored relation → the name it is read under from its target. Symmetric relations map to themselves. */
export const reverseNames: Readonly<Record<string, string>> = {
  parent: "subdomains",
  network_location: "urls",
  last_serving_ip_address: "urls",
  contacted_domains: "communicating_files",
  contacted_ips: "communicating_files",
  contacted_urls: "communicating_files",
  dropped_files: "dropped_by",
  execution_parents: "execution_children",
  redirects_to: "redirecting_urls",
  // A domain resolves to an IP, the IP resolves to the domain: a provider may store either end.
  resolutions: "resolutions",
};

/** What a read asks for: stored names read forwards, stored names read backwards, and node types. */
export interface RelationSpec {
  /** Stored relation names read from source to target; null means every name. */
  outgoing: string[] | null;
  /** Stored relation names read from target to source (each shown under its reverse name). */
  incoming: string[];
  /** Only nodes of these types; null means any. */
  types: IocType[] | null;
}

/**
 * The spec for a relation name as a client asks for it: the name read forwards, plus every stored relation
 * whose reverse reading has that name. Without a name: every outgoing edge and every reverse reading.
 */
export function specFor(name: string | null | undefined, types: IocType[] | null = null): RelationSpec {
  if (name == null) return { outgoing: null, incoming: Object.keys(reverseNames), types };
  const incoming = Object.entries(reverseNames)
    .filter(([, reverse]) => reverse === name)
    .map(([stored]) => stored);
  return { outgoing: [name], incoming, types };
}

/** The spec for a relation read from its target end only (e.g. `Domain.urls`). */
export function reverseSpec(stored: string[], types: IocType[] | null = null): RelationSpec {
  return { outgoing: [], incoming: stored, types };
}
