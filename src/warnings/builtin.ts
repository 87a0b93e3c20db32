// The lists iocgraph knows without configuration: special-use IP ranges (from ipaddr.js's range data),
// well-known public DNS resolvers, reserved and example domain names, and a few domains so common in
// benign traffic that their presence in a report rarely means compromise.
import ipaddr from "ipaddr.js";
import type { WarninglistsBuilder } from "./warninglists.js";

export const SPECIAL_USE_LIST = "Special-use IP addresses";
export const PUBLIC_DNS_LIST = "Public DNS resolvers";
export const RESERVED_DOMAINS_LIST = "Reserved domain names";
export const BENIGN_DOMAINS_LIST = "Ubiquitous benign domains";

// What ipaddr.js's range names (IPv4 and IPv6 share most) stand for; a range it adds later is still
// listed, under its own name.
const RANGE_LABELS: Record<string, string> = {
  unspecified: "unspecified address",
  broadcast: "limited broadcast address",
  multicast: "multicast",
  linkLocal: "link-local",
  loopback: "loopback",
  carrierGradeNat: "carrier-grade NAT shared space (RFC 6598)",
  private: "private network (RFC 1918)",
  reserved: "reserved for documentation, benchmarking, IETF or future use",
  as112: "AS112 DNS sink (RFC 7534)",
  as112v6: "AS112 DNS sink (RFC 7534)",
  amt: "AMT relay anycast (RFC 7450)",
  uniqueLocal: "unique local address (RFC 4193)",
  ipv4Mapped: "IPv4-mapped address",
  deprecatedSiteLocal: "site-local, deprecated (RFC 3879)",
  discard: "discard-only prefix (RFC 6666)",
  rfc6145: "IPv4-translated address (RFC 6145)",
  rfc6052: "IPv4/IPv6 translation prefix (RFC 6052)",
  "6to4": "6to4 prefix (RFC 3056)",
  teredo: "Teredo tunnelling (RFC 4380)",
  benchmarking: "benchmarking (RFC 5180)",
  deprecatedOrchid: "ORCHID, deprecated (RFC 4843)",
  orchid2: "ORCHIDv2 (RFC 7343)",
  droneRemoteIdProtocolEntityTags: "drone remote ID tags (RFC 9374)",
  segmentRouting: "segment routing SIDs (RFC 9602)",
};

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

const isRange = (value: unknown): value is Range =>
  Array.isArray(value) &&
  value.length === 2 &&
  (value[0] instanceof ipaddr.IPv4 || value[0] instanceof ipaddr.IPv6) &&
  typeof value[1] === "number";

/**
 * ipaddr.js's table behind `range()`, `{ name: [address, prefix] | [address, prefix][] }`: kept on the
 * classes' prototypes and absent from its type declarations, so it is checked here where it enters.
 */
function specialRanges(prototype: object): Array<{ name: string; range: Range }> {
  const table: unknown = Reflect.get(prototype, "SpecialRanges");
  if (typeof table !== "object" || table === null) throw new Error("ipaddr.js has no SpecialRanges table");
  return Object.entries(table).flatMap(([name, value]: [string, unknown]) => {
    const ranges: unknown[] = isRange(value) ? [value] : Array.isArray(value) ? value : [];
    if (ranges.length === 0 || !ranges.every(isRange))
      throw new Error(`ipaddr.js range "${name}" is malformed`);
    return ranges.map((range) => ({ name, range }));
  });
}

// Anycast addresses of resolvers anyone may use: a host talking to them is resolving names, not
// beaconing. Only the main service addresses of each operator (their filtering variants left out).
const PUBLIC_DNS: Record<string, string[]> = {
  "Google Public DNS": ["8.8.8.8", "8.8.4.4", "2001:4860:4860::8888", "2001:4860:4860::8844"],
  "Cloudflare DNS": ["1.1.1.1", "1.0.0.1", "2606:4700:4700::1111", "2606:4700:4700::1001"],
  Quad9: ["9.9.9.9", "149.112.112.112", "2620:fe::fe", "2620:fe::9"],
  OpenDNS: ["208.67.222.222", "208.67.220.220", "2620:119:35::35", "2620:119:53::53"],
  "AdGuard DNS": ["94.140.14.14", "94.140.15.15", "2a10:50c0::ad1:ff", "2a10:50c0::ad2:ff"],
  "Level 3 (Lumen) DNS": ["4.2.2.1", "4.2.2.2"],
  "Yandex DNS": ["77.88.8.8", "77.88.8.1", "2a02:6b8::feed:ff", "2a02:6b8:0:1::feed:ff"],
};

// Names that never resolve on the public Internet, or resolve only to documentation hosts
// (RFC 2606, RFC 6761, RFC 6762, RFC 8375); each matches its subdomains too.
const RESERVED_DOMAINS: Record<string, string> = {
  example: "reserved for documentation (RFC 2606)",
  "example.com": "reserved for documentation (RFC 2606)",
  "example.net": "reserved for documentation (RFC 2606)",
  "example.org": "reserved for documentation (RFC 2606)",
  test: "reserved for testing (RFC 2606)",
  invalid: "reserved, never resolves (RFC 2606)",
  localhost: "the local host (RFC 6761)",
  local: "multicast DNS on the local link (RFC 6762)",
  "home.arpa": "home networks (RFC 8375)",
};

// Domains of the largest platforms, seen in benign traffic everywhere (operating system updates, search,
// mail, code hosting). Kept short on purpose: hosting and sharing services where anyone can publish
// (githubusercontent.com, amazonaws.com, dropbox.com, ...) are left out, as attackers host payloads there.
// A warning still marks a URL on github.com, whose content may be an attacker's; it never drops it.
const BENIGN_DOMAINS: Record<string, string> = {
  "google.com": "Google",
  "gstatic.com": "Google static content",
  "youtube.com": "YouTube",
  "microsoft.com": "Microsoft",
  "windowsupdate.com": "Windows Update",
  "windows.com": "Microsoft Windows",
  "office.com": "Microsoft Office",
  "apple.com": "Apple",
  "icloud.com": "Apple iCloud",
  "github.com": "GitHub",
  "mozilla.org": "Mozilla",
  "wikipedia.org": "Wikipedia",
};

export function addBuiltinLists(builder: WarninglistsBuilder): void {
  const special = builder.addList(SPECIAL_USE_LIST);
  for (const prototype of [ipaddr.IPv4.prototype, ipaddr.IPv6.prototype]) {
    for (const { name, range } of specialRanges(prototype)) {
      const [network, prefix] = range;
      const cidr = `${network.toString()}/${prefix}`;
      builder.addCidr(special, cidr, `${cidr}: ${RANGE_LABELS[name] ?? `special-use range "${name}"`}`);
    }
  }
  const dns = builder.addList(PUBLIC_DNS_LIST);
  for (const [operator, addresses] of Object.entries(PUBLIC_DNS))
    for (const address of addresses) builder.addCidr(dns, address, `${address}: ${operator} resolver`);
  const reserved = builder.addList(RESERVED_DOMAINS_LIST);
  for (const [name, why] of Object.entries(RESERVED_DOMAINS))
    builder.addHostname(reserved, name, `${name}: ${why}`);
  const benign = builder.addList(BENIGN_DOMAINS_LIST);
  for (const [name, owner] of Object.entries(BENIGN_DOMAINS))
    builder.addHostname(benign, name, `${name}: ${owner}`);
}
