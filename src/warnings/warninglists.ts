// Which known-benign or special lists an IoC is on (MISP's warninglists): built-in lists and MISP-format
// files, indexed once at start-up so that a check costs a few map lookups and a binary search, whatever
// the size of the lists. Warnings inform; they never drop an IoC.
import ipaddr from "ipaddr.js";
import { urlHost } from "../extraction/canonical.js";
import type { CanonicalIoc, HashKind, IocType } from "../extraction/types.js";
import { hashKindOf } from "../extraction/values.js";
import { hashKinds, kindList } from "../iocs/kinds.js";
import { addressKey, CidrIndex } from "./cidr.js";

export interface IocWarning {
  /** The list's name. */
  list: string;
  /** Why the IoC is on it: the entry it matched, and what that entry is. */
  reason: string;
}

/** What a list may apply to: an IoC type, files told apart by hash (as MISP's attribute types are). */
export type MatchKind = Exclude<IocType, "FILE"> | HashKind;

/** Every kind of the registry, files by each kind of hash. */
export const ALL_KINDS: ReadonlySet<MatchKind> = new Set<MatchKind>(
  kindList.flatMap((kind): readonly MatchKind[] => (kind.type === "FILE" ? hashKinds : [kind.type])),
);

interface Hit {
  list: number;
  reason: string;
}

interface List {
  name: string;
  kinds: ReadonlySet<MatchKind>;
}

const kindOf = (ioc: CanonicalIoc): MatchKind | undefined =>
  ioc.type === "FILE" ? hashKindOf(ioc.value) : ioc.type;

function push<K>(map: Map<K, Hit[]>, key: K, hit: Hit): void {
  const hits = map.get(key);
  if (hits) hits.push(hit);
  else map.set(key, [hit]);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Collects lists and their entries; `build()` indexes them into a Warninglists. */
export class WarninglistsBuilder {
  private readonly lists: List[] = [];
  private readonly names = new Set<string>();
  private readonly cidrs = new CidrIndex<Hit>();
  /** Host names that match themselves and their subdomains. */
  private readonly hostnames = new Map<string, Hit[]>();
  /** Values that match exactly. */
  private readonly strings = new Map<string, Hit[]>();
  private readonly substrings = new Map<number, Map<string, string>>();
  private readonly regexes: Array<{ regex: RegExp; hit: Hit }> = [];

  /** A new list; its entries are added with the returned id. Names are unique. */
  addList(name: string, kinds: ReadonlySet<MatchKind> = ALL_KINDS): number {
    if (this.names.has(name)) throw new Error(`two warninglists are named "${name}"`);
    this.names.add(name);
    this.lists.push({ name, kinds });
    return this.lists.length - 1;
  }

  /** An address range ("10.0.0.0/8") or a single address. Throws on anything else. */
  addCidr(list: number, cidr: string, reason: string): void {
    const range = cidr.includes("/");
    // ipaddr.js also reads "10" or "0x0a.1" as IPv4 addresses; a list entry is written in full.
    if (
      !cidr.includes(":") &&
      !ipaddr.IPv4[range ? "isValidCIDRFourPartDecimal" : "isValidFourPartDecimal"](cidr)
    )
      throw new Error(`not an IPv4 address or range: ${cidr}`);
    if (range) {
      const [network, prefix] = ipaddr.parseCIDR(cidr);
      this.cidrs.add(network, prefix, { list, reason });
    } else {
      const address = ipaddr.parse(cidr);
      this.cidrs.add(address, address.kind() === "ipv4" ? 32 : 128, { list, reason });
    }
  }

  /** A host name, matching itself and every subdomain (MISP's "hostname"). */
  addHostname(list: number, hostname: string, reason: string): void {
    push(this.hostnames, hostname, { list, reason });
  }

  /** A value matching only itself (MISP's "string"). */
  addString(list: number, value: string, reason: string): void {
    push(this.strings, value, { list, reason });
  }

  /** A substring of matching values (MISP's "substring"). */
  addSubstring(list: number, substring: string, reason: string): void {
    const entries = this.substrings.get(list) ?? new Map<string, string>();
    this.substrings.set(list, entries);
    entries.set(substring, reason);
  }

  /** A regular expression that matching values match (MISP's "regex"). */
  addRegex(list: number, regex: RegExp, reason: string): void {
    this.regexes.push({ regex, hit: { list, reason } });
  }

  build(): Warninglists {
    this.cidrs.build();
    // One alternation per list: V8 runs it in one pass over the value, where looping over the entries
    // would cost one pass per entry. The matched text names the entry.
    const substrings = [...this.substrings].map(([list, entries]) => {
      const regex = new RegExp([...entries.keys()].map(escapeRegExp).join("|"));
      regex.test(""); // compiled now rather than on the first check
      return { list, regex, reasons: entries };
    });
    return new Warninglists(this.lists, this.cidrs, this.hostnames, this.strings, substrings, this.regexes);
  }
}

export class Warninglists {
  constructor(
    private readonly lists: readonly List[],
    private readonly cidrs: CidrIndex<Hit>,
    private readonly hostnames: ReadonlyMap<string, Hit[]>,
    private readonly strings: ReadonlyMap<string, Hit[]>,
    private readonly substrings: ReadonlyArray<{ list: number; regex: RegExp; reasons: Map<string, string> }>,
    private readonly regexes: ReadonlyArray<{ regex: RegExp; hit: Hit }>,
  ) {}

  /** Names of the lists loaded, built-in ones first. */
  get names(): string[] {
    return this.lists.map((list) => list.name);
  }

  /**
   * The lists an IoC (in canonical form) is on, at most one warning per list, in the order of the lists.
   * IPs are checked against address ranges and host names; domains by themselves and their parent
   * domains; URLs by their host, and by their whole value for exact, substring and regex entries. A file
   * known by several hashes is checked by each (`otherHashes`).
   */
  check(ioc: CanonicalIoc, otherHashes: readonly string[] = []): IocWarning[] {
    // The first hit of a list wins: the innermost range, the longest host name.
    const reasons = new Map<number, string>();
    this.collect(ioc, reasons);
    for (const hash of otherHashes)
      if (hash !== ioc.value) this.collect({ type: "FILE", value: hash }, reasons);
    return [...reasons]
      .sort(([a], [b]) => a - b)
      .map(([list, reason]) => ({ list: this.lists[list].name, reason }));
  }

  private collect(ioc: CanonicalIoc, reasons: Map<number, string>): void {
    const kind = kindOf(ioc);
    if (kind === undefined) return;
    const take = (hits: readonly Hit[] | undefined): void => {
      if (!hits) return;
      for (const { list, reason } of hits)
        if (!reasons.has(list) && this.lists[list].kinds.has(kind)) reasons.set(list, reason);
    };

    take(this.strings.get(ioc.value));
    const host = ioc.type === "URL" ? urlHost(ioc.value) : ioc;
    if (host?.type === "IP_ADDRESS") {
      const address = ipaddr.parse(host.value);
      take(this.cidrs.match(addressKey(address)));
      // An IPv4-mapped IPv6 address is also the IPv4 address it carries.
      if (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress())
        take(this.cidrs.match(addressKey(address.toIPv4Address())));
      take(this.hostnames.get(host.value));
    } else if (host?.type === "DOMAIN") {
      // The name itself, then each parent domain: a.b.example.com, b.example.com, example.com, com.
      let name = host.value;
      for (;;) {
        take(this.hostnames.get(name));
        const dot = name.indexOf(".");
        if (dot < 0) break;
        name = name.slice(dot + 1);
      }
    }
    for (const { list, regex, reasons: entries } of this.substrings) {
      if (reasons.has(list) || !this.lists[list].kinds.has(kind)) continue;
      const match = regex.exec(ioc.value);
      if (match) reasons.set(list, entries.get(match[0]) ?? match[0]);
    }
    for (const { regex, hit } of this.regexes) if (regex.test(ioc.value)) take([hit]);
  }
}
