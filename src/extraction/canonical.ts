// One indicator as typed by a user (possibly defanged, possibly padded), to its canonical form; and back
// to a safe display form.
import { getDomain } from "tldts";
import { SCHEME, SEPARATOR } from "./patterns.js";
import { refang, refangScheme } from "./refang.js";
import type { CanonicalIoc, CanonicalResult, IocType } from "./types.js";
import { checkDomain, checkHash, checkIPv4, checkIPv6, checkUrl, unstorable } from "./values.js";

const URL_SHAPE = new RegExp(`^(${SCHEME})(${SEPARATOR})(.*)$`, "is");

/**
 * Canonical form of one value. With `type`, the value must be of that type; without, the type is
 * inferred. Failures carry a reason meant for the person who typed the value.
 */
export function canonicalize(input: string, type?: IocType): CanonicalResult {
  const value = unwrap(input);
  if (value === "") return { ok: false, reason: "empty value" };
  switch (type ?? guessType(value)) {
    case "FILE":
      return canonicalHash(value);
    case "URL":
      return canonicalUrl(value);
    case "IP_ADDRESS":
      return canonicalIp(value);
    case "DOMAIN":
      return canonicalDomain(value);
  }
}

const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", "`": "`", "<": ">" };

// Surrounding white space (including BOM and zero-width characters), quotes, backticks and angle brackets
// come along when values are copied out of documents.
function unwrap(input: string): string {
  const trim = (s: string): string => s.replace(/^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g, "");
  let value = trim(input);
  while (value.length >= 2 && CLOSING_QUOTE[value[0]] === value[value.length - 1])
    value = trim(value.slice(1, -1));
  return value;
}

function guessType(value: string): IocType {
  if (URL_SHAPE.test(value)) return "URL";
  if (/^[0-9a-f]{16,}$/i.test(value)) return "FILE";
  const live = refang(value).text;
  if (/^\[?[0-9a-f:.]*:[0-9a-f:.]*\]?$/i.test(live) || /^[\d.]+$/.test(live)) return "IP_ADDRESS";
  return "DOMAIN";
}

function canonicalHash(value: string): CanonicalResult {
  const hash = checkHash(value);
  if (!hash.ok) return hash;
  return { ok: true, ioc: { type: "FILE", value: hash.value.hash, hashKind: hash.value.kind } };
}

function canonicalUrl(value: string): CanonicalResult {
  const shape = URL_SHAPE.exec(value);
  if (!shape) {
    const scheme = /^([a-z][a-z0-9+.\-[\]()]*)(?::|\[:\])/i.exec(value);
    return {
      ok: false,
      reason: scheme
        ? `not a valid URL: unsupported scheme '${scheme[1]}'`
        : "not a valid URL: missing scheme (for example http:// or hxxps://)",
    };
  }
  const [, rawScheme, , rawRest] = shape;
  if (/\s/.test(rawRest)) return { ok: false, reason: "not a valid URL: contains white space" };
  if (unstorable(rawRest, { control: true })) {
    return { ok: false, reason: "not a valid URL: contains a control character or an unpaired surrogate" };
  }
  const url = checkUrl(refangScheme(rawScheme).scheme, refang(rawRest).text);
  return url.ok ? { ok: true, ioc: { type: "URL", value: url.value } } : url;
}

function canonicalIp(value: string): CanonicalResult {
  const live = refang(value).text;
  const port = /^(?:[\d.]+|\[[0-9a-f:.]+\]):(\d+)$/i.exec(live);
  if (port) return { ok: false, reason: `not a valid IP address: remove the port ':${port[1]}'` };
  const ip = live.includes(":") ? checkIPv6(live) : checkIPv4(live);
  return ip.ok ? { ok: true, ioc: { type: "IP_ADDRESS", value: ip.value } } : ip;
}

function canonicalDomain(value: string): CanonicalResult {
  const live = refang(value).text;
  if (/[/:@\s]/.test(live)) {
    return { ok: false, reason: "not a valid domain: contains a scheme, path, port or white space" };
  }
  const domain = checkDomain(live);
  return domain.ok ? { ok: true, ioc: { type: "DOMAIN", value: domain.value } } : domain;
}

/** The host of a canonical URL as an IoC (a Domain or an IpAddress), or null when it is neither. */
export function urlHost(url: string): CanonicalIoc | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
  const ip = /^[\d.]+$/.test(host) || host.includes(":");
  const result = canonicalize(host, ip ? "IP_ADDRESS" : "DOMAIN");
  return result.ok ? result.ioc : null;
}

const DEFANGED_SCHEMES: Record<string, string> = { http: "hxxp", https: "hxxps", ftp: "fxp", ftps: "fxps" };

/** Safe display form: not clickable, not resolvable, and canonicalize() turns it back into the IoC. */
export function defang(ioc: CanonicalIoc): string {
  switch (ioc.type) {
    case "FILE":
      return ioc.value;
    case "DOMAIN":
      return defangLastSeparator(ioc.value, ".");
    case "IP_ADDRESS":
      return defangLastSeparator(ioc.value, ioc.value.includes(":") ? ":" : ".");
    case "URL":
      return defangUrl(ioc.value);
  }
}

function defangLastSeparator(value: string, separator: "." | ":"): string {
  const at = value.lastIndexOf(separator);
  return at < 0 ? value : `${value.slice(0, at)}[${separator}]${value.slice(at + 1)}`;
}

function defangUrl(url: string): string {
  const parts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(.*)$/s.exec(url);
  if (!parts) return url;
  const [, scheme, userinfo = "", host, rest] = parts;
  // Bracketed IPv6 hosts stay as they are: the defanged scheme already makes the URL inert.
  const safeHost = host.startsWith("[") ? host : defangLastSeparator(host, ".");
  return `${DEFANGED_SCHEMES[scheme] ?? scheme}://${userinfo}${safeHost}${rest}`;
}

/**
 * The registrable domain of a canonical domain. Private suffixes count (x.duckdns.org stops at itself), so
 * every customer of a dynamic-DNS or hosting service does not hang off one shared parent.
 */
export function registrableDomain(domain: string): string | null {
  if (domain.endsWith(".onion")) return domain.split(".").slice(-2).join(".");
  return getDomain(domain, { allowPrivateDomains: true, extractHostname: false, validateHostname: false });
}
