// A VirusTotal API v3 stand-in on loopback (port 0): the documented envelope ({data:{id,type,links,attributes}}),
// relationship pages (links.next / meta.cursor), the documented errors ({error:{code,message}}), and scripted
// faults (429 with or without Retry-After, 503, slow answers, dropped connections). Tests point VT_API_URL at it,
// so the real provider code runs over real HTTP and nothing reaches the real VirusTotal.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { defaultEnrichment, type EnrichmentConfig } from "../../src/config.js";

export interface VtObject {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
}

export interface RecordedRequest {
  path: string;
  apiKey: string | null;
  /** Date.now() when the request arrived. */
  at: number;
  /** What it got: an HTTP status, or the scripted fault that replaced the answer. */
  outcome?: string;
}

export type Fault =
  | { status: number; code: string; message?: string; retryAfter?: string }
  | { delayMs: number }
  /** Never answers (until the client gives up or the stand-in closes). */
  | { hang: true }
  /** Drops the connection without an answer. */
  | { drop: true };

interface ScriptedFault {
  match: (path: string) => boolean;
  fault: Fault;
  times: number;
}

export const STANDIN_KEY = "standin-key-0123456789";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

const stats = (malicious: number, total = 70) => ({
  malicious,
  suspicious: 1,
  harmless: 0,
  undetected: total - malicious - 2,
  timeout: 1,
});

/** A file object as VirusTotal documents it (`/files/{id}`). */
export function vtFile(
  hashes: { md5: string; sha1: string; sha256: string },
  extra: Record<string, unknown> = {},
) {
  return {
    id: hashes.sha256,
    type: "file",
    attributes: {
      ...hashes,
      size: 482_304,
      type_description: "Win32 EXE",
      type_tag: "peexe",
      meaningful_name: "invoice.exe",
      names: ["invoice.exe", "invoice.pdf.exe"],
      tags: ["peexe", "overlay", "detect-debug-environment"],
      reputation: -37,
      first_submission_date: 1_700_000_000,
      last_submission_date: 1_710_000_000,
      last_analysis_date: 1_710_000_100,
      last_analysis_stats: { ...stats(55, 72), "confirmed-timeout": 0, failure: 1, "type-unsupported": 3 },
      last_analysis_results: { Engine1: { category: "malicious", result: "Trojan.Generic" } },
      ...extra,
    },
  } satisfies VtObject;
}

export function vtDomain(domain: string, extra: Record<string, unknown> = {}) {
  return {
    id: domain,
    type: "domain",
    attributes: {
      registrar: "NameCheap, Inc.",
      creation_date: 1_600_000_000,
      categories: {
        "Forcepoint ThreatSeeker": "malicious web sites",
        BitDefender: "Phishing",
        Webroot: "phishing",
      },
      last_dns_records: [
        { type: "A", value: "203.0.113.10", ttl: 300 },
        { type: "AAAA", value: "2001:DB8:0:0:0:0:0:1", ttl: 300 },
        { type: "MX", value: `mail.${domain}`, ttl: 300 },
      ],
      last_dns_records_date: 1_705_000_000,
      tags: ["dga"],
      reputation: -5,
      last_analysis_stats: stats(12, 94),
      ...extra,
    },
  } satisfies VtObject;
}

export function vtIp(ip: string, extra: Record<string, unknown> = {}) {
  return {
    id: ip,
    type: "ip_address",
    attributes: {
      country: "NL",
      continent: "EU",
      asn: 64_500,
      as_owner: "Example Hosting B.V.",
      network: "203.0.113.0/24",
      tags: [],
      reputation: 0,
      last_analysis_stats: stats(3, 94),
      ...extra,
    },
  } satisfies VtObject;
}

export function vtUrl(url: string, extra: Record<string, unknown> = {}) {
  return {
    id: sha256(url),
    type: "url",
    attributes: {
      url,
      last_final_url: `${url}?landing=1`,
      title: "Sign in",
      last_http_response_code: 200,
      first_submission_date: 1_690_000_000,
      last_submission_date: 1_700_000_000,
      tags: ["phishing"],
      reputation: -10,
      categories: { Sophos: "phishing" },
      last_analysis_stats: stats(9, 94),
      ...extra,
    },
  } satisfies VtObject;
}

export class VtStandin {
  readonly requests: RecordedRequest[] = [];
  private readonly objects = new Map<string, VtObject>();
  private readonly relationships = new Map<string, VtObject[]>();
  private readonly faults: ScriptedFault[] = [];
  private readonly inFlight = new Map<string, number>();
  /** The most requests for one path that were in flight at once. */
  maxConcurrentPerPath = 0;
  /** Items per relationship page, whatever `limit` asks (forces pagination in tests). */
  pageSize = 2;
  private readonly open = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<VtStandin> {
    let standin: VtStandin | undefined;
    const server = createServer((req, res) => standin?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    standin = new VtStandin(server, `http://127.0.0.1:${port}/api/v3`);
    return standin;
  }

  /** Serves an object at its documented path(s): a file under each hash, a URL under both id forms. */
  add(object: VtObject): this {
    const a = object.attributes;
    if (object.type === "file") {
      for (const hash of [a.md5, a.sha1, a.sha256])
        if (typeof hash === "string") this.objects.set(`/files/${hash}`, object);
    } else if (object.type === "url") {
      this.objects.set(`/urls/${b64url(String(a.url))}`, object);
      this.objects.set(`/urls/${sha256(String(a.url))}`, object);
    } else if (object.type === "domain") {
      this.objects.set(`/domains/${object.id}`, object);
    } else if (object.type === "ip_address") {
      this.objects.set(`/ip_addresses/${object.id}`, object);
    }
    return this;
  }

  /** Serves a relationship's items at `/{collection}/{id}/{relationship}`, paged. */
  relate(objectPath: string, relationship: string, items: VtObject[]): this {
    this.relationships.set(`${objectPath}/${relationship}`, items);
    return this;
  }

  /** The next `times` requests whose path matches get `fault` instead of an answer. */
  fail(match: string | RegExp | ((path: string) => boolean), fault: Fault, times = 1): this {
    const test =
      typeof match === "function"
        ? match
        : typeof match === "string"
          ? (path: string) => path === match
          : (path: string) => match.test(path);
    this.faults.push({ match: test, fault, times });
    return this;
  }

  requestsTo(path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => (typeof path === "string" ? r.path === path : path.test(r.path)));
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, code: string, message: string, headers = {}) {
    this.send(res, status, { error: { code, message } }, headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const prefix = new URL(this.url).pathname;
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const apiKey = (req.headers["x-apikey"] as string | undefined) ?? null;
    const record: RecordedRequest = { path, apiKey, at: Date.now() };
    this.requests.push(record);
    const count = (this.inFlight.get(path) ?? 0) + 1;
    this.inFlight.set(path, count);
    this.maxConcurrentPerPath = Math.max(this.maxConcurrentPerPath, count);
    this.open.add(res);
    res.on("finish", () => {
      record.outcome ??= String(res.statusCode);
    });
    res.on("close", () => {
      this.open.delete(res);
      this.inFlight.set(path, (this.inFlight.get(path) ?? 1) - 1);
    });

    if (apiKey === null)
      return this.error(res, 401, "AuthenticationRequiredError", "X-Apikey header is missing");
    if (apiKey !== STANDIN_KEY) return this.error(res, 401, "WrongCredentialsError", "Wrong API key");

    const scripted = this.faults.find((f) => f.times > 0 && f.match(path));
    if (scripted) {
      scripted.times--;
      const fault = scripted.fault;
      record.outcome =
        "hang" in fault ? "hang" : "drop" in fault ? "drop" : "delayMs" in fault ? "slow" : undefined;
      if ("hang" in fault) return;
      if ("drop" in fault) {
        res.socket?.destroy();
        return;
      }
      if ("delayMs" in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      else {
        const headers: Record<string, string> = fault.retryAfter ? { "retry-after": fault.retryAfter } : {};
        return this.error(res, fault.status, fault.code, fault.message ?? fault.code, headers);
      }
    }
    if (res.destroyed) return;

    const object = this.objects.get(decodeURIComponent(path));
    if (object) return this.send(res, 200, { data: { ...object, links: { self: `${this.url}${path}` } } });

    const items = this.relationships.get(decodeURIComponent(path));
    if (items) {
      const start = Number(url.searchParams.get("cursor") ?? "0");
      const limit = Math.min(Number(url.searchParams.get("limit") ?? "10"), this.pageSize);
      const page = items.slice(start, start + limit);
      const more = start + limit < items.length;
      const next = new URL(url);
      next.searchParams.set("cursor", String(start + limit));
      return this.send(res, 200, {
        data: page.map((item) => ({ ...item, links: { self: `${this.url}/${item.type}s/${item.id}` } })),
        meta: { count: items.length, ...(more ? { cursor: String(start + limit) } : {}) },
        links: { self: url.toString(), ...(more ? { next: next.toString() } : {}) },
      });
    }
    const kind = path.split("/")[1] ?? "resource";
    return this.error(res, 404, "NotFoundError", `${kind} "${path}" not found`);
  }
}

/** Enrichment settings for a test app against `standin`: fast polls and retries, a generous quota. */
export function standinEnrichment(
  standin: VtStandin,
  overrides: Partial<EnrichmentConfig> = {},
): EnrichmentConfig {
  return {
    ...defaultEnrichment,
    provider: "virustotal",
    vtApiKey: STANDIN_KEY,
    vtApiUrl: standin.url,
    ratePerWindow: 10_000,
    rateWindowMs: 1000,
    dailyQuota: 100_000,
    requestTimeoutMs: 5000,
    pollMs: 50,
    retryBaseMs: 50,
    leaseMs: 10_000,
    concurrency: 2,
    ...overrides,
  };
}
