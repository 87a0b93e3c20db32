// The inline script and style of every page, and the Content-Security-Policy that allows exactly them by hash
// (a hash rather than a nonce keeps responses byte-identical: the 404 of a private collection and of an unknown
// id cannot differ, and pages stay cacheable).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { stylesheet } from "./styles.js";

export const browserScript = readFileSync(new URL("./browser.js", import.meta.url), "utf8");

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

export const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src ${hash(browserScript)}`,
  `style-src ${hash(stylesheet)}`,
  // The favicon is an inline SVG.
  "img-src data:",
  // Live updates (EventSource on /graphql), the page's own refetch and copy-all's export fetch.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The headers of every page response. */
export function pageHeaders(options: { noindex?: boolean } = {}): Record<string, string> {
  return {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": contentSecurityPolicy,
    "x-content-type-options": "nosniff",
    // Page URLs hold IoC values and unlisted collections' ids: never hand them to another site.
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cache-control": "no-cache",
    ...(options.noindex ? { "x-robots-tag": "noindex" } : {}),
  };
}
