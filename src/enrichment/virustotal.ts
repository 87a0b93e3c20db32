// The VirusTotal API v3 client: object lookups and relationship pages over HTTP (fetch), with VirusTotal's
// documented errors turned into what the worker does next. It knows nothing of quotas or the database.
import { createHash } from "node:crypto";
import type { CanonicalIoc } from "../extraction/types.js";
import { iocKinds } from "../iocs/kinds.js";
import type { VtObject } from "./mapping.js";

/**
 * What went wrong, by what the worker should do about it:
 * - `auth`: the key is wrong or missing (401) or not allowed (403): stop calling, surface it.
 * - `throttled`: a quota answer (429): pause everyone, honouring `retryAfterMs` when given.
 * - `transient`: 5xx, timeouts, connection errors, unreadable answers: retry this job with backoff.
 * - `rejected`: the request itself is wrong (400): retrying cannot help.
 */
export type ProviderErrorKind = "auth" | "throttled" | "transient" | "rejected";

export class ProviderError extends Error {
  override name = "ProviderError";
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type LookupResult = { found: true; object: VtObject } | { found: false };

export interface RelationshipPage {
  items: VtObject[];
}

export interface VirusTotalOptions {
  apiUrl: string;
  apiKey: string;
  timeoutMs: number;
}

/** The URL identifier VirusTotal accepts: unpadded base64url of the URL, so VirusTotal canonicalises it itself. */
export function urlIdentifier(url: string): string {
  return Buffer.from(url, "utf8").toString("base64url");
}

/** The path of an IoC's object: `/files/{hash}`, `/urls/{id}`, `/domains/{domain}`, `/ip_addresses/{ip}`. */
export function objectPath(ioc: CanonicalIoc): string {
  const id = ioc.type === "URL" ? urlIdentifier(ioc.value) : ioc.value;
  return `/${iocKinds[ioc.type].virustotal.collection}/${encodeURIComponent(id)}`;
}

/** SHA-256 of the canonical URL: VirusTotal's own id of a URL object. */
export function urlSha256(url: string): string {
  return createHash("sha256").update(url).digest("hex");
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class VirusTotalClient {
  readonly base: string;

  constructor(private readonly options: VirusTotalOptions) {
    this.base = options.apiUrl.replace(/\/+$/, "");
  }

  async lookup(ioc: CanonicalIoc, signal?: AbortSignal): Promise<LookupResult> {
    const body = await this.get(`${this.base}${objectPath(ioc)}`, signal);
    if (body === null) return { found: false };
    const data = (body as { data?: VtObject }).data;
    if (!data || typeof data !== "object" || typeof data.id !== "string" || typeof data.type !== "string") {
      throw new ProviderError("transient", "VirusTotal answered without a data object");
    }
    return { found: true, object: data };
  }

  /**
   * The related objects of one relationship, following `links.next` (or `meta.cursor`) until `limit` items.
   * `beforePage` runs before every request (the worker takes a quota slot there). Unknown → empty.
   */
  async relationship(
    ioc: CanonicalIoc,
    relationship: string,
    limit: number,
    beforePage: () => Promise<void>,
    signal?: AbortSignal,
  ): Promise<VtObject[]> {
    const first = new URL(`${this.base}${objectPath(ioc)}/${encodeURIComponent(relationship)}`);
    first.searchParams.set("limit", String(Math.min(limit, 40)));
    const items: VtObject[] = [];
    let next: string | null = first.toString();
    while (next && items.length < limit) {
      await beforePage();
      const body = (await this.get(next, signal)) as {
        data?: VtObject | VtObject[] | null;
        links?: { next?: string };
        meta?: { cursor?: string };
      } | null;
      if (body === null) break;
      const data = body.data;
      if (Array.isArray(data)) items.push(...data);
      else if (data && typeof data === "object") items.push(data);
      next = this.nextPage(first, body.links?.next, body.meta?.cursor, Array.isArray(data) ? data.length : 0);
    }
    return items.slice(0, limit);
  }

  // The key goes with every request, so a `next` link is only followed on the configured API's origin;
  // otherwise the cursor is applied to the first URL.
  private nextPage(
    first: URL,
    link: string | undefined,
    cursor: string | undefined,
    got: number,
  ): string | null {
    if (got === 0) return null;
    if (link) {
      try {
        const url = new URL(link, first);
        if (url.origin === first.origin && url.pathname === first.pathname) return url.toString();
      } catch {
        // fall through to the cursor
      }
    }
    if (!cursor) return null;
    const url = new URL(first);
    url.searchParams.set("cursor", cursor);
    return url.toString();
  }

  /** GET a JSON document; null for NotFoundError (404). */
  private async get(url: string, signal?: AbortSignal): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "x-apikey": this.options.apiKey, accept: "application/json" },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      const reason = timeout.aborted
        ? `no answer within ${this.options.timeoutMs} ms`
        : (error as Error).message;
      throw new ProviderError("transient", `VirusTotal unreachable: ${reason}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (response.ok) {
      if (body === null)
        throw new ProviderError("transient", `VirusTotal sent an unreadable ${response.status} answer`);
      return body;
    }
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    const code = error?.code ?? `HTTP ${response.status}`;
    const message = `VirusTotal ${code}${error?.message ? `: ${error.message}` : ""}`;
    if (response.status === 404) return null;
    const { status } = response;
    if (status === 401 || status === 403) throw new ProviderError("auth", message, undefined, status);
    if (status === 429) {
      throw new ProviderError(
        "throttled",
        message,
        parseRetryAfter(response.headers.get("retry-after")),
        status,
      );
    }
    if (status >= 500 || status === 408) throw new ProviderError("transient", message, undefined, status);
    throw new ProviderError("rejected", message, undefined, status);
  }
}
