// Finding indicators in pasted text: one linear scan with SCANNER, then each candidate is refanged,
// trimmed to the boundaries of the document it sits in, validated and canonicalised.
import { isInBinaryData, isLabelledNonFileHash, isVersionNumber, looksLikeNonHost } from "./heuristics.js";
import {
  continueRun,
  DOT_SEPARATOR,
  DOTTED_REST,
  HEX_RUN,
  IPV6_REST,
  MAX_GROUP_REPEAT,
  SCANNER,
  URL_REST,
} from "./patterns.js";
import { refang, refangScheme } from "./refang.js";
import type { CanonicalIoc, ExtractedIoc, IocType } from "./types.js";
import { checkDomain, checkHash, checkIPv4, checkIPv6, checkUrl } from "./values.js";

interface Found {
  ioc: CanonicalIoc;
  defanged: boolean;
}

// Longest URL kept; longer "URLs" are binary junk or encoded blobs, not indicators.
const MAX_URL_LENGTH = 8192;

/** Matches of the scanner looked at between two pauses of `extractionSteps`. */
const MATCHES_PER_STEP = 2000;

export function extractIocs(text: string): ExtractedIoc[] {
  const steps = extractionSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * extractIocs in steps: the generator pauses (yields) every MATCHES_PER_STEP scanner matches and returns what
 * extractIocs returns, so a caller can give the event loop a turn between steps — a pasted report of 10,000
 * indicators takes some 100 ms to scan, long enough to stall every other request if done at once.
 */
export function* extractionSteps(text: string): Generator<void, ExtractedIoc[]> {
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
  let matches = 0;
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    // The scanner resumes at its lastIndex, which nothing else moves meanwhile.
    if (++matches % MATCHES_PER_STEP === 0) yield;
    const [, scheme, separator, matchedBody, matchedIpv6, matchedDotted, hex] = match;
    const start = match.index;
    if (scheme !== undefined) {
      const body = continued(matchedBody, URL_REST, text, scanner);
      const url = urlCandidate(scheme, separator, body, text[start - 1]);
      if (url) record(url, start);
    } else if (matchedIpv6 !== undefined) {
      const address = ipv6Candidate(continued(matchedIpv6, IPV6_REST, text, scanner));
      if (address) record(address, start);
    } else if (matchedDotted !== undefined) {
      const dotted = continued(matchedDotted, DOTTED_REST, text, scanner);
      const host = dottedCandidate(dotted, text, start, start + dotted.length);
      if (host) record(host, start);
      else if (dotted.length >= 32 && !isLabelledNonFileHash(text, start)) {
        for (const hash of hashesInside(dotted)) record(hash, start);
      }
    } else if (hex !== undefined) {
      const hash = hashCandidate(hex, text.charCodeAt(start + hex.length));
      if (hash && !isLabelledNonFileHash(text, start)) record(hash, start);
    }
  }

  assignLines(text, found, firstOffsets);
  return found;
}

/**
 * The whole of a token the scanner matched (ending at `scanner.lastIndex`), whose last group is bounded
 * in SCANNER: a part shorter than the bound is whole, a longer one is carried on and the scanner moved
 * past it.
 */
function continued(part: string, rest: RegExp, text: string, scanner: RegExp): string {
  if (part.length < MAX_GROUP_REPEAT) return part;
  const end = scanner.lastIndex;
  scanner.lastIndex = continueRun(rest, text, end);
  return scanner.lastIndex === end ? part : part + text.slice(end, scanner.lastIndex);
}

function urlCandidate(
  rawScheme: string,
  separator: string,
  rawBody: string,
  before: string | undefined,
): Found | null {
  const scheme = refangScheme(rawScheme);
  let body = trimUrlBody(cutGluedText(rawBody));
  // Markup around the URL: "_https://x/_" (emphasis), "+https://x/+" (asciidoc passthrough).
  if ((before === "_" || before === "+" || before === "~") && body.endsWith(before))
    body = trimUrlBody(body.slice(0, -1));
  if (body === "" || body.length > MAX_URL_LENGTH) return null;
  const rest = refang(body);
  const url = checkUrl(scheme.scheme, rest.text);
  if (!url.ok) return null;
  return {
    ioc: { type: "URL", value: url.value },
    defanged: scheme.changed || /[[({]/.test(separator) || rest.changed,
  };
}

/** The body up to non-Latin text glued to an ASCII host ("http://evil.com是"); paths keep any script. */
function cutGluedText(body: string): string {
  const authorityEnd = body.search(/[/?#]/);
  const authority = authorityEnd < 0 ? body : body.slice(0, authorityEnd);
  const glued = /[a-z0-9][\u0370-\uffff]/i.exec(authority);
  return glued ? body.slice(0, glued.index + 1) : body;
}

const DEFANG_GROUP = /^\\?\[(?:\.|dot|:|\/|\/\/|:\/\/|:\/|@|at)\\?\]$/i;
const TRAILING_PUNCTUATION = /[.,;:!?*'"]/;

/** Cut a URL body where the surrounding document (prose, markdown, asciidoc) takes over again. */
function trimUrlBody(body: string): string {
  let end = body.length;
  // Closing parentheses without an opening one belong to the prose or markdown around the URL. Counted
  // once and updated while trimming, so that trimming stays linear.
  let depth = parenthesisDepth(body, 0, end);
  let linkTextCut = false;
  while (end > 0) {
    const last = body[end - 1];
    if (TRAILING_PUNCTUATION.test(last)) {
      end--;
    } else if (last === ")" && depth < 0) {
      end--;
      depth++;
    } else if (last === "]" && !linkTextCut) {
      // A trailing bracketed group that is not a defang is asciidoc link text: URL[text]. A group
      // followed by more URL ("/file/[PDF]report.zip") never reaches this point and stays literal.
      linkTextCut = true;
      const open = body.lastIndexOf("[", end - 1);
      const group = body.slice(open > 0 && body[open - 1] === "\\" ? open - 1 : open, end);
      if (open <= 0 || DEFANG_GROUP.test(group)) break;
      depth -= parenthesisDepth(body, open, end);
      end = open;
    } else {
      break;
    }
  }
  return body.slice(0, end);
}

function parenthesisDepth(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41) depth--;
  }
  return depth;
}

// Longest run that can hold an address: 45 characters live, each ":" written at most as "[:]".
const MAX_IPV6_RUN = 3 * 45;

function ipv6Candidate(run: string): Found | null {
  if (run.length > MAX_IPV6_RUN) return null;
  const { text: live, changed } = refang(run);
  // A trailing single colon is punctuation ("... 2001:db8::1: the C2"), not part of the address.
  const address = /[^:]:$/.test(live) ? live.slice(0, -1) : live;
  // Too long, or too little to be an indicator ("::1", "fe80::").
  if (address.length > 45 || !/[0-9a-f]:+[0-9a-f]/i.test(address)) return null;
  // Colon-separated byte pairs are certificate serials, fingerprints or MAC-like dumps, not addresses.
  if (/^[0-9a-f]{2}(?::[0-9a-f]{2})+$/i.test(address)) return null;
  const ipv6 = checkIPv6(address);
  if (!ipv6.ok) return null;
  return { ioc: { type: "IP_ADDRESS", value: ipv6.value }, defanged: changed };
}

function hashCandidate(hex: string, nextChar: number): Found | null {
  if (gluedToWord(hex, nextChar)) return null;
  const hash = checkHash(hex);
  if (!hash.ok) return null;
  return { ioc: { type: "FILE", value: hash.value.hash, hashKind: hash.value.kind }, defanged: false };
}

/**
 * True if the hex run continues into a word, so it is part of something longer. A change of case is a
 * boundary, though: cells of a web table pasted without separators glue "...8427e" to "Math".
 */
function gluedToWord(hex: string, next: number): boolean {
  const digit = next >= 48 && next <= 57;
  const upper = next >= 65 && next <= 90;
  const lower = next >= 97 && next <= 122;
  if (digit) return true;
  if (upper) return /[A-F]/.test(hex) || !/[a-f]/.test(hex);
  if (lower) return /[a-f]/.test(hex) || !/[A-F]/.test(hex);
  return false;
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

// Longest dotted token that can still be a host name once refanged (253 characters, some defanged dots).
const MAX_HOST_TOKEN = 1024;
// Non-Latin letters glued to an ASCII host: words of scripts written without spaces ("域名evil.com是").
// Registries do not mix such scripts with ASCII in one label, so they are surrounding text.
const GLUED_PREFIX = /^[^.]*[\u0370-\uffff](?=[a-z0-9])/i;
const GLUED_SUFFIX = /(?<=[a-z0-9])[\u0370-\uffff][^.]*$/i;

function dottedCandidate(token: string, text: string, start: number, end: number): Found | null {
  if (token.length > MAX_HOST_TOKEN) return null;
  const live = /^[\w.-]+$/.test(token) ? token : token.replace(DOT_SEPARATOR, ".");
  const defanged = live !== token;
  let host = live.replace(/^-+/, "");
  if (/[\u0370-\uffff]/.test(host)) host = host.replace(GLUED_PREFIX, "").replace(GLUED_SUFFIX, "");
  if (/^[\d.]+$/.test(host)) {
    const ipv4 = checkIPv4(host);
    if (!ipv4.ok || (!defanged && isVersionNumber(text, start)) || isInBinaryData(text, start, end))
      return null;
    return { ioc: { type: "IP_ADDRESS", value: ipv4.value }, defanged };
  }
  const domain = checkDomain(host);
  if (
    !domain.ok ||
    (!defanged && looksLikeNonHost(token, text, start, end)) ||
    isInBinaryData(text, start, end)
  ) {
    return null;
  }
  return { ioc: { type: "DOMAIN", value: domain.value }, defanged };
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
