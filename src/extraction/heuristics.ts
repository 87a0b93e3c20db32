// False-positive rules: candidates that are syntactically valid indicators but, judging by how they are
// written or what surrounds them, are something else. The rules about how a host or address is written
// only apply to plainly written values: a defanged value was marked as an indicator by its author.

// File extensions that are also top-level domains, for file names reports mention next to indicators.
// Extensions that are at least as common as TLDs of malicious hosts (.cc, .ai, .pl, .ml, .tk) are left out.
const FILE_EXTENSION_TLDS = new Set([
  "zip",
  "mov",
  "sh",
  "so",
  "py",
  "rs",
  "md",
  "cr",
  "ps",
  "pm",
  "app",
  "one",
  "run",
  "cab",
  "java",
  "map",
]);
// Extensions seen before one of those in double extensions ("invoice.pdf.zip", "bundle.js.map").
const INNER_FILE_EXTENSIONS = new Set([
  "pdf",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "txt",
  "jpg",
  "png",
  "exe",
  "tar",
  "js",
]);
// Roots of code expressions whose last member happens to be a TLD ("document.location.host").
const CODE_ROOTS = new Set([
  "document",
  "window",
  "this",
  "self",
  "navigator",
  "location",
  "console",
  "globalthis",
]);
// TLDs that are far more often a property name in code ("args.id", "user.name", "ev.data") than the
// suffix of a malicious host. Suffixes with real malicious use (.email, .host, .media) are left out.
const PROPERTY_TLDS = new Set([
  "id",
  "name",
  "data",
  "date",
  "style",
  "watch",
  "bio",
  "post",
  "author",
  "foo",
]);
// First labels of reverse-DNS identifiers (Java packages, Android application ids: "com.example.app").
const REVERSE_DNS_ROOTS = new Set(["com", "org", "net", "io", "edu"]);
// Words of antivirus detection names ("Trojan.Win32.Agent.ad", "Backdoor.Linux.Mirai.b").
const DETECTION_WORDS =
  /^(?:trojan|backdoor|worm|virus|exploit|downloader|dropper|ransom|riskware|adware|hacktool|heur|generic|win32|win64|w32|w64|msil|linux|osx|macos|androidos|android|multi|script|js|vbs|html)(?:-|$)/;

/** True for a plain dotted token that ends in a real TLD but is not a host name. */
export function looksLikeNonHost(token: string, text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  // "Win32/Korplug.TC", "/usr/lib/libfoo.so", "C:\Temp\run.sh"; "//host" is a scheme-less URL.
  if (before === "\\" || (before === "/" && text[start - 2] !== "/")) return true;
  // A call ("logger.info(", "app.run(") or an assignment or comparison ("b.style = x", "x.name === y").
  if (/^(?:\(|\s*={1,3}(?!=))/.test(text.slice(end, end + 5))) return true;
  const labels = token.split(".");
  const first = labels[0].toLowerCase();
  const tld = labels[labels.length - 1];
  if (CODE_ROOTS.has(first)) return true;
  if (PROPERTY_TLDS.has(tld) && labels.every((label) => /^[a-z]+$/i.test(label))) return true;
  if (labels.length >= 3 && REVERSE_DNS_ROOTS.has(first)) return true;
  if (/[A-Z]/.test(token) && labels.slice(0, -1).some((label) => DETECTION_WORDS.test(label.toLowerCase()))) {
    return true;
  }
  // Detection name variants are upper-case ("Agent.ET"), as is the ".NET" of "ASP.NET"; plainly written
  // host names are lower-case.
  if (tld === "NET" || (/[a-z]/.test(token) && !/[a-z]/.test(tld))) return true;
  const lowerTld = tld.toLowerCase();
  if (FILE_EXTENSION_TLDS.has(lowerTld)) {
    if (labels.length === 2) return true;
    if (INNER_FILE_EXTENSIONS.has(labels[labels.length - 2].toLowerCase())) return true;
  }
  return false;
}

// Labels of hex values that have a hash's length but do not identify a file: import hashes, TLS
// fingerprints, certificate serials and thumbprints, keys.
const NON_FILE_HASH_LABEL =
  /\b(?:imphash|imp hash|import hash|authentihash|pehash|rich ?hash|ssdeep|tlsh|ja3s?|jarm|hassh|thumbprint|fingerprint|serial(?: number)?|guid|uuid|key|token|secret|nonce|salt|iv)\s*(?:\(\w+\))?\s*[:=|-]?\s*[`'"]?$/i;

/** True if the hash at `start` is introduced by a label saying it is not a file hash ("Imphash: ..."). */
export function isLabelledNonFileHash(text: string, start: number): boolean {
  return NON_FILE_HASH_LABEL.test(lineBefore(text, start, 40));
}

// Words that introduce a version number: "version", "FileVersion:", "ver.", "build", "rev", "v".
const VERSION_WORD = String.raw`\b(?:(?:file|product|assembly)?versions?|vers?|builds?|releases?|revisions?|rev|v)\.?`;
// Words between such a word and its number: "versions prior to 1.2.3.4", "builds from 1.0.0.1".
const VERSION_RANGE =
  "(?:prior to|before|after|up to|from|since|until|below|above|older than|newer than|earlier than|later than|<=?|>=?)";
// One number of a list of versions and what joins it to the next: "1.2.3.4, 2.0.0.1 and 3.0.0.1",
// "1.0.0.1 to 1.0.0.9". White space is taken by one branch or the other, never both, so a failed match
// backtracks linearly.
const LISTED_VERSION = String.raw`v?\d+(?:\.\d+)*(?:\s*(?:,|;|&|\/|-|–|and|or|to|through|thru)\s*|\s+)`;
// The end of a line's text before a version number: a version word, maybe a range word and earlier
// numbers of the same list; or a product name and a slash ("Chrome/120.0.0.0").
const VERSION_CONTEXT = new RegExp(
  String.raw`(?:${VERSION_WORD}\s*(?:[:=#(]\s*)?(?:${VERSION_RANGE}\s+)?(?:${LISTED_VERSION})*|[a-z\d]\/)$`,
  "i",
);
// Enough of a line for a version word and a list of four numbers after it.
const VERSION_CONTEXT_LENGTH = 120;

/**
 * True if the IPv4-looking token at `start` is a version: "version 1.0.2.3", "Affected versions 1.2.3.4
 * and 2.0.0.1", "ver. 1.2.0.3", "Chrome/120.0.0.0". A version word in an earlier sentence, or followed by
 * other words ("version 2.1 beacons to 1.2.3.4"), does not make one.
 */
export function isVersionNumber(text: string, start: number): boolean {
  return VERSION_CONTEXT.test(lineBefore(text, start, VERSION_CONTEXT_LENGTH));
}

/** Up to `length` characters before `start`, not reaching back past the start of the line. */
function lineBefore(text: string, start: number, length: number): string {
  // Slice first: searching the whole text for the line start would be quadratic on one huge line.
  const window = text.slice(Math.max(0, start - length), start);
  return window.slice(window.lastIndexOf("\n") + 1);
}

// Control characters (other than white space), C1 controls and the replacement character of undecodable
// bytes: text around them is binary data decoded as text, where short host-like strings occur by chance.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const BINARY_CHARACTER = /[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]/;

/** True if the token between `start` and `end` sits in binary data rather than in text. */
export function isInBinaryData(text: string, start: number, end: number): boolean {
  return BINARY_CHARACTER.test(text.slice(Math.max(0, start - 16), end + 16));
}
