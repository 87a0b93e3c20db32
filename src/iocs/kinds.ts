// The IoC kinds registry: everything that differs between kinds of indicator, in one entry per kind. The
// GraphQL enum and object types, the per-kind counts, the provider's paths and the exchange formats' mappings
// are all read from here. A new kind is the Prisma enum value (with its migration), then what the compiler
// asks for: its entry here, its object type in src/schema/ioc.ts, and its canonical form and pattern in
// src/extraction/ (canonical.ts, values.ts, patterns.ts). Raw rows decode kinds from the enum itself
// (src/rows.ts), so none is missed there.
import { registrableDomain } from "../extraction/canonical.js";
import type { CanonicalIoc, HashKind, IocType } from "../extraction/types.js";

export interface IocKind {
  type: IocType;
  /** The GraphQL object type implementing `Ioc`. */
  typeName: string;
  /** Describes the kind in the `IocType` enum. */
  description: string;
  /** The field of `CollectionCounts` that counts this kind. */
  countField: string;
  /** What people call one and several of it (the pages' labels). */
  noun: { one: string; many: string };
  /** VirusTotal API v3: the collection path segment (`/files/{id}`) and the object `type` it answers with. */
  virustotal: { collection: string; objectType: string };
  /**
   * STIX 2.1: the indicator pattern and the cyber-observable object of one IoC (`hashes` is every hash a FILE
   * is known by), and the object paths an import reads as this kind (for a hash, the kind of hash it must be).
   */
  stix: {
    pattern(ioc: CanonicalIoc): string;
    observable(ioc: CanonicalIoc, hashes?: Partial<Record<HashKind, string>>): Record<string, unknown>;
    paths: Readonly<Record<string, HashKind | null>>;
  };
  /** MISP: the attribute an export writes, and every attribute type an import reads as this kind. */
  misp: { attribute(ioc: CanonicalIoc): { type: string; category: string }; importTypes: readonly string[] };
}

/** The hashes a file is known by, shortest first. */
export const hashKinds: readonly HashKind[] = ["md5", "sha1", "sha256"];

/** STIX names hash algorithms in its own vocabulary (hash-algorithm-ov). */
export const stixHashNames: Readonly<Record<HashKind, string>> = {
  md5: "MD5",
  sha1: "SHA-1",
  sha256: "SHA-256",
};

/** A STIX pattern's string literal: backslashes and quotes escaped (STIX 2.1 §9.2). */
function literal(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

const isIpv6 = (ioc: CanonicalIoc) => ioc.value.includes(":");

export const iocKinds = {
  FILE: {
    type: "FILE",
    typeName: "File",
    description: "A file, known by its MD5, SHA-1 and/or SHA-256 hash.",
    countField: "files",
    noun: { one: "file", many: "files" },
    virustotal: { collection: "files", objectType: "file" },
    stix: {
      pattern: (ioc) =>
        `[file:hashes.${literal(stixHashNames[ioc.hashKind ?? "sha256"])} = ${literal(ioc.value)}]`,
      observable: (ioc, hashes = {}) => {
        const known = { ...hashes, [ioc.hashKind ?? "sha256"]: ioc.value };
        const entries = hashKinds.filter((kind) => known[kind]);
        return {
          type: "file",
          hashes: Object.fromEntries(entries.map((kind) => [stixHashNames[kind], known[kind]])),
        };
      },
      paths: {
        "file:hashes.MD5": "md5",
        "file:hashes.SHA-1": "sha1",
        "file:hashes.SHA-256": "sha256",
      },
    },
    misp: {
      attribute: (ioc) => ({ type: ioc.hashKind ?? "sha256", category: "Payload delivery" }),
      importTypes: ["md5", "sha1", "sha256"],
    },
  },
  URL: {
    type: "URL",
    typeName: "Url",
    description: "A URL.",
    countField: "urls",
    noun: { one: "URL", many: "URLs" },
    virustotal: { collection: "urls", objectType: "url" },
    stix: {
      pattern: (ioc) => `[url:value = ${literal(ioc.value)}]`,
      observable: (ioc) => ({ type: "url", value: ioc.value }),
      paths: { "url:value": null },
    },
    misp: { attribute: () => ({ type: "url", category: "Network activity" }), importTypes: ["url", "uri"] },
  },
  DOMAIN: {
    type: "DOMAIN",
    typeName: "Domain",
    description: "A domain name (a valid public suffix, or .onion).",
    countField: "domains",
    noun: { one: "domain", many: "domains" },
    virustotal: { collection: "domains", objectType: "domain" },
    stix: {
      pattern: (ioc) => `[domain-name:value = ${literal(ioc.value)}]`,
      observable: (ioc) => ({ type: "domain-name", value: ioc.value }),
      paths: { "domain-name:value": null },
    },
    misp: {
      // MISP calls a registrable domain a domain, and a name below one a hostname.
      attribute: (ioc) => ({
        type: registrableDomain(ioc.value) === ioc.value ? "domain" : "hostname",
        category: "Network activity",
      }),
      importTypes: ["domain", "hostname"],
    },
  },
  IP_ADDRESS: {
    type: "IP_ADDRESS",
    typeName: "IpAddress",
    description: "An IPv4 or IPv6 address.",
    countField: "ipAddresses",
    noun: { one: "IP address", many: "IP addresses" },
    virustotal: { collection: "ip_addresses", objectType: "ip_address" },
    stix: {
      pattern: (ioc) => `[${isIpv6(ioc) ? "ipv6-addr" : "ipv4-addr"}:value = ${literal(ioc.value)}]`,
      observable: (ioc) => ({ type: isIpv6(ioc) ? "ipv6-addr" : "ipv4-addr", value: ioc.value }),
      paths: { "ipv4-addr:value": null, "ipv6-addr:value": null },
    },
    misp: {
      attribute: () => ({ type: "ip-dst", category: "Network activity" }),
      importTypes: ["ip-dst", "ip-src"],
    },
  },
} as const satisfies { [T in IocType]: IocKind & { type: T } }; // a kind of the enum missing here fails to compile

/** What the registry lists the kinds as, in people's words: "files, URLs, domains and IP addresses". */
export const kindNouns: string = kindListWords(Object.values(iocKinds).map((kind) => kind.noun.many));

function kindListWords(words: string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** The kinds in their declared order. */
export const kindList: readonly IocKind[] = Object.values(iocKinds);

export function kindOf(type: IocType): IocKind {
  return iocKinds[type];
}
