// Validation and canonical forms of single, already refanged values. Shared by canonicalize() (one value
// typed by a user) and extractIocs() (values found in a text), so both agree on what is valid.
import { domainToASCII } from "node:url";
import ipaddr from "ipaddr.js";
import { parse as parseHost } from "tldts";
import type { HashKind } from "./types.js";

export type Check<T = string> = { ok: true; value: T } | { ok: false; reason: string };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NUL = /\x00/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\x00-\x1f\x7f]/;

/**
 * Text that cannot be stored: a NUL character (PostgreSQL refuses it) or half of a surrogate pair (UTF-8 cannot
 * encode it); with `control`, any control character (no IoC value holds one).
 */
export function unstorable(text: string, options: { control: boolean }): boolean {
  return (options.control ? CONTROL : NUL).test(text) || LONE_SURROGATE.test(text);
}

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

const HASH_KINDS: Record<number, HashKind> = { 32: "md5", 40: "sha1", 64: "sha256" };

/** The hash kind of a hex digest, by its length (32 md5, 40 sha1, 64 sha256). */
export function hashKindOf(hex: string): HashKind | undefined {
  return HASH_KINDS[hex.length];
}

export function checkHash(input: string): Check<{ hash: string; kind: HashKind }> {
  if (!/^[0-9a-f]+$/i.test(input)) return fail("not a valid hash: only hexadecimal digits are allowed");
  const kind = hashKindOf(input);
  if (!kind) {
    return fail(`not a valid hash: ${input.length} hex digits (MD5 has 32, SHA-1 40, SHA-256 64)`);
  }
  return { ok: true, value: { hash: input.toLowerCase(), kind } };
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function checkIPv4(input: string): Check {
  const octets = IPV4.exec(input);
  if (!octets) return fail("not a valid IPv4 address: expected four dot-separated numbers from 0 to 255");
  // Leading zeros are dropped rather than read as octal: reports pad octets ("010.001.002.003") for alignment.
  let value = "";
  for (let i = 1; i <= 4; i++) {
    const octet = Number(octets[i]);
    if (octet > 255) return fail(`not a valid IPv4 address: ${octet} is out of range (0-255)`);
    value += i === 1 ? octet : `.${octet}`;
  }
  return { ok: true, value };
}

export function checkIPv6(input: string): Check {
  const address = input.startsWith("[") && input.endsWith("]") ? input.slice(1, -1) : input;
  if (!/^[0-9a-f:.]+$/i.test(address) || !hasIPv6Groups(address) || !ipaddr.IPv6.isValid(address)) {
    return fail("not a valid IPv6 address");
  }
  return { ok: true, value: ipaddr.IPv6.parse(address).toRFC5952String() };
}

/**
 * Whether an address has the eight groups of IPv6 (or six and an IPv4 tail), or "::" standing for some.
 * Settles most colon-hex runs of a text without ipaddr.js, which takes microseconds to refuse one.
 */
function hasIPv6Groups(address: string): boolean {
  if (address.includes("::")) return true;
  let colons = 0;
  for (let i = 0; i < address.length; i++) if (address.charCodeAt(i) === 58) colons++;
  return colons === 7 || (colons === 6 && address.includes("."));
}

// v2 (16 characters) and v3 (56 characters) onion service names, possibly with subdomains.
const ONION_NAME = /(?:^|\.)(?:[a-z2-7]{16}|[a-z2-7]{56})\.onion$/;

/** Lower-case punycode form of a host name with a known public suffix (or a well-formed .onion name). */
export function checkDomain(input: string): Check {
  let host = input.toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host.length > 253 * 4) return fail("not a valid domain: too long");
  // domainToASCII also validates existing punycode labels; skip it for plain ASCII names (the common case).
  if (/[\u0080-\uffff]|xn--/.test(host)) {
    const ascii = domainToASCII(host);
    if (!ascii) return fail("not a valid domain: invalid internationalised (IDN) name");
    host = ascii;
  }
  if (host.length > 253) return fail("not a valid domain: longer than 253 characters");
  if (!HOST_NAME.test(host)) return fail(hostNameProblem(host));
  const tld = host.slice(host.lastIndexOf(".") + 1);
  if (tld === "onion") {
    if (!ONION_NAME.test(host)) {
      return fail("not a valid domain: a .onion name has 16 or 56 base32 characters before '.onion'");
    }
    return { ok: true, value: host };
  }
  const parsed = parseHost(host, { extractHostname: false, detectIp: false, validateHostname: false });
  if (!parsed.isIcann)
    return fail(`not a valid domain: unknown public suffix '${parsed.publicSuffix ?? tld}'`);
  if (parsed.domain === null) return fail(`not a valid domain: '${host}' is a public suffix, not a domain`);
  if (parsed.domain.includes("_"))
    return fail(`not a valid domain: '${parsed.domain}' contains an underscore`);
  return { ok: true, value: host };
}

// Labels of letters, digits, inner hyphens and underscores, at most 63 long; at least two labels.
// Underscores are valid DNS ("_dmarc.example.com") but not in registrable names, checked separately.
const HOST_NAME = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a name failed HOST_NAME, for the person who typed it. */
function hostNameProblem(host: string): string {
  const labels = host.split(".");
  if (labels.length < 2) return "not a valid domain: needs at least a name and a top-level domain";
  for (const label of labels) {
    if (label === "") return "not a valid domain: empty label (two dots in a row)";
    if (label.length > 63) return "not a valid domain: a label is longer than 63 characters";
    if (!/^[a-z0-9_-]+$/.test(label)) return `not a valid domain: invalid characters in '${label}'`;
    if (label.startsWith("-") || label.endsWith("-")) {
      return `not a valid domain: label '${label}' starts or ends with a hyphen`;
    }
  }
  return "not a valid domain";
}

const DEFAULT_PORTS: Record<string, string> = { http: "80", https: "443", ws: "80", wss: "443", ftp: "21" };

/**
 * Canonical URL from a live scheme and the refanged rest after "://". Scheme and host are lower-cased,
 * the default port dropped and an empty path becomes "/"; the path, query and fragment stay as written.
 */
export function checkUrl(scheme: string, rest: string): Check {
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  let path = authorityEnd < 0 ? "" : rest.slice(authorityEnd);
  if (path === "" || path[0] !== "/") path = `/${path}`;

  const at = authority.lastIndexOf("@");
  const userinfo = at < 0 ? "" : authority.slice(0, at + 1);
  const hostPort = authority.slice(at + 1);
  const portMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!portMatch) return fail("not a valid URL: malformed host or port");
  const [, rawHost, rawPort = ""] = portMatch;
  if (rawHost === "") return fail("not a valid URL: no host");

  const host = checkHost(rawHost);
  if (!host.ok) return fail(`not a valid URL (${host.reason})`);
  let port = rawPort.replace(/^0+(?=\d)/, "");
  if (port !== "" && Number(port) > 65535) return fail(`not a valid URL: port ${rawPort} is out of range`);
  if (port === DEFAULT_PORTS[scheme]) port = "";
  return { ok: true, value: `${scheme}://${userinfo}${host.value}${port ? `:${port}` : ""}${path}` };
}

function checkHost(host: string): Check {
  if (host.startsWith("[")) {
    const ipv6 = checkIPv6(host);
    return ipv6.ok ? { ok: true, value: `[${ipv6.value}]` } : ipv6;
  }
  if (/^[\d.]+$/.test(host)) return checkIPv4(host);
  return checkDomain(host);
}
