// Finding indicators in pasted text: one linear scan with SCANNER, then each candidate is refanged,
// trimmed to the boundaries of the document it sits in, validated and canonicalised.
import { DOT_SEPARATOR, HEX_RUN, SCANNER } from "./patterns.js";
import { refang, refangScheme } from "./refang.js";
import type { CanonicalIoc, ExtractedIoc, IocType } from "./types.js";
import { checkDomain, checkHash, checkIPv4, checkIPv6, checkUrl } from "./values.js";

interface Found {
  ioc: CanonicalIoc;
  defanged: boolean;
}

// Longest URL kept; longer "URLs" are binary junk or encoded blobs, not indicators.
const MAX_URL_LENGTH = 8192;

export function extractIocs(text: string): ExtractedIoc[] {
  const found: ExtractedIoc[] = [];
  const firstOffsets: number[] = [];
  // One map per type keyed by value: cheaper than building "type value" keys for every occurrence.
  const seen: Record<IocType, Map<string, ExtractedIoc>> = {
    FILE: new Map(),
    URL: new Map(),
    DOMAIN: new Map(),
    IP_ADDRESS: new Map(),
  };
  const record = (candidate: Found, offset: number): void => {
    const { ioc, defanged } = candidate;
    const existing = seen[ioc.type].get(ioc.value);
    if (existing) {
      existing.count++;
      existing.defanged ||= defanged;
      return;
    }
    // Built field by field: object spread is a slow runtime call in this hot path.
    const extracted: ExtractedIoc = { type: ioc.type, value: ioc.value, count: 1, defanged, firstLine: 0 };
    if (ioc.hashKind) extracted.hashKind = ioc.hashKind;
    seen[ioc.type].set(ioc.value, extracted);
    found.push(extracted);
    firstOffsets.push(offset);
  };

  const scanner = new RegExp(SCANNER.source, SCANNER.flags);
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    const [token, scheme, separator, body, ipv6, dotted, hex] = match;
    const start = match.index;
    if (scheme !== undefined) {
      const url = urlCandidate(scheme, separator, body);
      if (url) record(url, start);
    } else if (ipv6 !== undefined) {
      const address = ipv6Candidate(ipv6);
      if (address) record(address, start);
    } else if (dotted !== undefined) {
      const host = dottedCandidate(dotted, text, start, start + token.length);
      if (host) record(host, start);
      else if (dotted.length >= 32) for (const hash of hashesInside(dotted)) record(hash, start);
    } else if (hex !== undefined) {
      const hash = hashCandidate(hex, text.charCodeAt(start + hex.length));
      if (hash) record(hash, start);
    }
  }

  assignLines(text, found, firstOffsets);
  return found;
}

function urlCandidate(rawScheme: string, separator: string, rawBody: string): Found | null {
  const scheme = refangScheme(rawScheme);
  if (!scheme) return null;
  const body = trimUrlBody(rawBody);
  if (body === "" || body.length > MAX_URL_LENGTH) return null;
  const rest = refang(body);
  const url = checkUrl(scheme.scheme, rest.text);
  if (!url.ok) return null;
  return {
    ioc: { type: "URL", value: url.value },
    defanged: scheme.changed || separator !== "://" || rest.changed,
  };
}

const DEFANG_GROUP = /^\\?\[(?:\.|dot|:|\/|\/\/|:\/\/|:\/|@|at)\\?\]$/i;
const TRAILING_PUNCTUATION = /[.,;:!?*'"]/;

/** Cut a URL body where the surrounding document (prose, markdown, asciidoc) takes over again. */
function trimUrlBody(body: string): string {
  let end = body.length;
  for (;;) {
    const last = body[end - 1];
    if (end === 0) return "";
    if (TRAILING_PUNCTUATION.test(last)) {
      end--;
    } else if (last === ")" && unbalanced(body, end, "(", ")")) {
      end--; // "(see hxxp://evil[.]com/x)" or a markdown link target
    } else if (last === "]") {
      // A trailing bracketed group that is not a defang is asciidoc link text: URL[text]. A group
      // followed by more URL ("/file/[PDF]report.zip") never reaches this point and stays literal.
      const open = body.lastIndexOf("[", end - 1);
      const group = body.slice(open > 0 && body[open - 1] === "\\" ? open - 1 : open, end);
      if (open <= 0 || DEFANG_GROUP.test(group)) break;
      end = open;
    } else {
      break;
    }
  }
  return body.slice(0, end);
}

function unbalanced(text: string, end: number, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close) depth--;
  }
  return depth < 0;
}

function ipv6Candidate(run: string): Found | null {
  let address = refang(run);
  // A trailing single colon is punctuation ("... 2001:db8::1: the C2"), not part of the address.
  const text = /[^:]:$/.test(address.text) ? address.text.slice(0, -1) : address.text;
  address = { text, changed: address.changed };
  if (address.text.length > 45 || !address.text.includes(":")) return null;
  if (!/[0-9a-f]:+[0-9a-f]/i.test(address.text)) return null; // "::1", "a::": too little to be an IoC
  // Colon-separated byte pairs are certificate serials, fingerprints or MAC-like dumps, not addresses.
  if (/^[0-9a-f]{2}(?::[0-9a-f]{2})+$/i.test(address.text)) return null;
  const ipv6 = checkIPv6(address.text);
  if (!ipv6.ok) return null;
  return { ioc: { type: "IP_ADDRESS", value: ipv6.value }, defanged: address.changed };
}

function hashCandidate(hex: string, nextChar: number): Found | null {
  // A hex run glued to letters or digits is part of a longer word, not a hash.
  if (isWordChar(nextChar)) return null;
  const hash = checkHash(hex);
  if (!hash.ok) return null;
  return { ioc: { type: "FILE", value: hash.value.hash, hashKind: hash.value.kind }, defanged: false };
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Hashes in a dotted token that is not a host: "<sha256>.exe", "sample_<md5>.bin". */
function hashesInside(token: string): Found[] {
  const hashes: Found[] = [];
  for (const match of token.matchAll(HEX_RUN)) {
    const hash = hashCandidate(match[0], token.charCodeAt(match.index + match[0].length));
    if (hash) hashes.push(hash);
  }
  return hashes;
}

function dottedCandidate(token: string, text: string, start: number, end: number): Found | null {
  const live = /^[\w.-]+$/.test(token) ? token : token.replace(DOT_SEPARATOR, ".");
  const defanged = live !== token;
  const refanged = live.replace(/^[-_]+/, "");
  if (/^[\d.]+$/.test(refanged)) {
    const ipv4 = checkIPv4(refanged);
    return ipv4.ok ? { ioc: { type: "IP_ADDRESS", value: ipv4.value }, defanged } : null;
  }
  const domain = checkDomain(refanged);
  if (!domain.ok || (!defanged && looksLikeNonHost(token, text, start, end))) return null;
  return { ioc: { type: "DOMAIN", value: domain.value }, defanged };
}

// Extensions of files that reports name next to indicators and that happen to be top-level domains.
const FILE_EXTENSION_TLDS = new Set(["zip", "mov", "sh", "so", "py", "rs", "md", "cr", "ps", "pm", "app", "one"]);
// Extensions seen before such a TLD in double extensions ("invoice.pdf.zip").
const INNER_FILE_EXTENSIONS = new Set(["pdf", "doc", "docx", "xls", "xlsx", "txt", "jpg", "png", "exe", "tar", "js"]);
// Roots of code expressions whose last member happens to be a TLD ("document.location.host").
const CODE_ROOTS = new Set(["document", "window", "this", "self", "navigator", "location", "console", "globalthis"]);
// First words of antivirus detection names ("Trojan.Win32.Agent.ad").
const DETECTION_PREFIXES = new Set([
  "trojan",
  "backdoor",
  "worm",
  "virus",
  "exploit",
  "downloader",
  "dropper",
  "ransom",
  "riskware",
  "adware",
  "hacktool",
  "heur",
  "generic",
  "win32",
  "win64",
  "w32",
  "w64",
  "msil",
  "linux",
  "osx",
  "macos",
  "android",
  "js",
  "vbs",
  "html",
]);

/**
 * Heuristics for plain (not defanged) dotted tokens that end in a real TLD but are not host names.
 * Defanged tokens skip them: nobody defangs a file name.
 */
function looksLikeNonHost(token: string, text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  // "Win32/Korplug.TC", "/usr/lib/libfoo.so", "C:\Temp\run.sh"; "//host" is a scheme-less URL.
  if (before === "\\" || (before === "/" && text[start - 2] !== "/")) return true;
  // A call: "logger.info(", "app.run(".
  if (text[end] === "(") return true;
  const labels = token.split(".");
  const first = labels[0].toLowerCase();
  const tld = labels[labels.length - 1];
  if (CODE_ROOTS.has(first)) return true;
  if (DETECTION_PREFIXES.has(first) && /[A-Z]/.test(token)) return true;
  // Detection name variants are upper-case ("Agent.ET"); host names are written in one case.
  if (/[a-z]/.test(token) && !/[a-z]/.test(tld)) return true;
  const lowerTld = tld.toLowerCase();
  if (FILE_EXTENSION_TLDS.has(lowerTld)) {
    if (labels.length === 2) return true;
    if (INNER_FILE_EXTENSIONS.has(labels[labels.length - 2].toLowerCase())) return true;
  }
  return false;
}

/** Set firstLine (1-based) for IoCs whose first occurrences are at the given ascending offsets. */
function assignLines(text: string, iocs: ExtractedIoc[], offsets: number[]): void {
  let line = 1;
  let position = 0;
  for (let i = 0; i < iocs.length; i++) {
    for (; position < offsets[i]; position++) if (text.charCodeAt(position) === 10) line++;
    iocs[i].firstLine = line;
  }
}
