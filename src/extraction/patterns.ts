// The scanner's regular expression. Matches may only begin at the start of a token (the look-behinds),
// so a long run of token characters is attempted from its first character, not again from every offset
// inside it: scanning stays linear on adversarial input (megabytes of hex, dots or brackets). Deciding
// what a candidate really is happens in code, not here.
//
// V8's irregexp backtracks with an explicit stack of at most 64 MB, and throws "Maximum call stack size
// exceeded" when it is full. A greedy loop over one character class ("[a-z]+") pushes one entry for the
// whole run, but every iteration of a group ("(?:\.[a-z]+)+", "(?:x|y)*") and of a counted loop
// ("[0-9a-f]{32,}") pushes its own: a few megabytes of "a." or of hex digits fill the stack. So here a
// repeated group is bounded (MAX_GROUP_REPEAT) and single-character loops are written as "+" or "*";
// when a bounded group stops at its bound, the extractor carries the token on to where the unbounded
// pattern would have ended, with the *_REST expressions below (see continueRun), in bounded steps.

// Characters of a host name label, including the Unicode letters of internationalised names and "_"
// (valid in DNS labels like "_dmarc"; the validator keeps it out of registrable names, so "foo_bar.com"
// is one rejected token rather than "bar.com").
const LABEL_CHARS = String.raw`a-z0-9_\-\u00c0-\u024f\u0370-\u1fff\u2c00-\u2dff\u3040-\ud7ff\uf900-\ufdcf\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc`;

// A dot, possibly defanged: [.] (.) {.} [dot] (dot) {dot}, markdown-escaped \[.\], regex-escaped \.
// (Not the ideographic full stop: IDNA reads it as a dot, but in CJK text it ends sentences.)
const DOT = String.raw`(?:\.?(?:\\?\[(?:\.|dot)\\?\]|\((?:\.|dot)\)|\{(?:\.|dot)\})\.?|\\\.|\.)`;

// http and friends (including mining pools' stratum+tcp), defanged (hxxp, hXXps, h**p, fxp), bracketed
// ([http], (hxxps), http[s]).
const SCHEME_NAME = String.raw`(?:h[tx*]{2}ps?|h[tx]{2}p\[s\]|f[tx]ps?|sftp|wss?|stratum\+(?:tcp|ssl|tls)|tcp|udp|ssh|smb|irc|rtsp|ldaps?|rmi)`;
export const SCHEME = String.raw`(?:\[${SCHEME_NAME}\]|\(${SCHEME_NAME}\)|${SCHEME_NAME})`;

// "://" and its defanged or escaped spellings: [:]// (:)// [://] :[//] :\/\/ ...
const COLON = String.raw`(?::|\[:\]|\(:\)|\{:\})`;
const SLASHES = String.raw`(?:\/\/|\\\/\\\/|\[\/\/\]|\[\/\]\[\/\]|\/\[\/\]|\[\/\]\/)`;
export const SEPARATOR = String.raw`(?:${COLON}${SLASHES}|\[:\/\/\]|\(:\/\/\)|\{:\/\/\}|\[:\/\]\/)`;

// URL body: anything but white space, quotes, angle brackets, backticks, table pipes and CSV commas.
// Brackets, braces and backslashes are only taken as a whole group ("[.]", "[PDF]", "{.}", "\.", the JSON
// escape "\/", markdown escapes like "\_"); the extractor decides what a bracketed group means.
const URL_CHAR = String.raw`[^\x00-\x20\x7f"'<>\\[\]{}|,\`\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\ufeff\uff01-\uff0f\uff1a-\uff20\uff5b-\uff65\ufff0-\uffff]`;
const URL_GROUP = String.raw`\\?\[[^\x00-\x20[\]\\]{0,64}\\?\]|\{(?:\.|dot|:|\/)\}|\\[./_*~#&!+()-]`;

/**
 * Iterations of a repeated group per match: small enough that one match's backtracking stack stays far
 * below V8's limit, large enough that real indicators (a host has at most 127 labels, a URL is cut at
 * 8192 characters in extract.ts, usually long before) rarely need continuing.
 */
export const MAX_GROUP_REPEAT = 512;
const BOUNDED = `{1,${MAX_GROUP_REPEAT}}`;

const URL_PIECE = `(?:${URL_CHAR}|${URL_GROUP})`;
// Not inside a longer scheme ("stratum+tcp", "git+ssh") or host name.
const URL = `(?<![a-z0-9][+.\\-])(${SCHEME})(${SEPARATOR})(${URL_PIECE}{0,${MAX_GROUP_REPEAT}})`;

// Colon-hex runs that could be IPv6 (a colon within the first five characters, then more hex or colon);
// the whole run is taken so that a certificate serial is never cut into an "address".
const IPV6_PIECE = String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}|::?|\[::?\])`;
const IPV6 = String.raw`(?<![\w:.\-])(?=[0-9a-f]{0,4}(?::|\[::?\])(?:[0-9a-f]|:|\[::?\]))${IPV6_PIECE}${BOUNDED}`;

// Dotted tokens: host names, IPv4 addresses, and everything else with dots (file names, versions, code).
const DOTTED_PIECE = `(?:${DOT}[${LABEL_CHARS}]+)`;
const DOTTED = `(?<![${LABEL_CHARS}])[${LABEL_CHARS}]+${DOTTED_PIECE}${BOUNDED}`;

// Hex runs long enough to be a hash; "_" and "-" may border a hash ("sample_<md5>").
// Written "{32}" then "*": V8 runs "{32,}" as a counted loop that pushes per character.
const HEX = "(?<![0-9a-z])[0-9a-f]{32}[0-9a-f]*";

/**
 * Capture groups: 1 scheme, 2 separator, 3 URL body, 4 IPv6 run, 5 dotted token, 6 hex run. The shared
 * look-behind up front rejects the inside of words with one test instead of one per alternative.
 */
export const SCANNER = new RegExp(`(?<![a-z0-9])(?:${URL}|(${IPV6})|(${DOTTED})|(${HEX}))`, "gi");

export const HEX_RUN = new RegExp(HEX, "gi");

export const DOT_SEPARATOR = new RegExp(DOT, "gi");

// The continuations of the bounded groups above: each match is one more bounded step of the same token.
export const URL_REST = new RegExp(`${URL_PIECE}${BOUNDED}`, "iy");
export const IPV6_REST = new RegExp(`${IPV6_PIECE}${BOUNDED}`, "iy");
export const DOTTED_REST = new RegExp(`${DOTTED_PIECE}${BOUNDED}`, "iy");

/**
 * Where a token whose bounded group may have stopped at its bound really ends: `from` carried on by as
 * many steps of `rest` (one of the *_REST expressions) as match. Each step matches greedily what the
 * unbounded group would have (nothing follows these groups in SCANNER, so they never give back), so the
 * token is the same as without the bound.
 */
export function continueRun(rest: RegExp, text: string, from: number): number {
  let end = from;
  for (rest.lastIndex = end; rest.test(text); rest.lastIndex = end) end = rest.lastIndex;
  return end;
}
