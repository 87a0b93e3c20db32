// The plain export formats, each written as it is read: text (one value per line, for blocklists and firewall
// imports), CSV (one row per IoC with its enrichment) and JSON (the collection with its IoCs).
import { stringify } from "csv-stringify/sync";
import { detectionRatio } from "../enrichment/mapping.js";
import { detectionsOf, shownStatus } from "../enrichment/view.js";
import { defang } from "../extraction/canonical.js";
import type { ExportSource } from "./export.js";
import type { ExportedIoc } from "./members.js";

function shownValue(item: ExportedIoc, defanged: boolean): string {
  return defanged ? defang(item.ioc) : item.ioc.value;
}

export async function* writeText(source: ExportSource): AsyncGenerator<string> {
  for await (const batch of source.batches()) {
    yield batch.map((item) => `${shownValue(item, source.defanged)}\n`).join("");
  }
}

const CSV_COLUMNS = [
  "type",
  "value",
  "added_at",
  "detections",
  "detection_ratio",
  "first_seen",
  "last_seen",
  "country",
  "asn",
  "as_owner",
  "tags",
];

// RFC 4180 (CRLF rows, fields quoted when they hold a comma, quote or line break). A cell that a spreadsheet
// would run as a formula (=, +, -, @ first) gets a leading apostrophe: AS owners and tags come from outside.
const csvOptions = { record_delimiter: "windows", escape_formulas: true } as const;

/** Tags inside one CSV cell. */
export const CSV_TAG_SEPARATOR = ";";

export async function* writeCsv(source: ExportSource): AsyncGenerator<string> {
  yield stringify([CSV_COLUMNS], csvOptions);
  for await (const batch of source.batches()) {
    const rows = batch.map((item) => {
      const e = item.enrichment;
      return [
        item.ioc.type,
        shownValue(item, source.defanged),
        item.addedAt.toISOString(),
        e?.malicious ?? "",
        (e && detectionRatio(e.malicious, e.total)) ?? "",
        e?.firstSeen?.toISOString() ?? "",
        e?.lastSeen?.toISOString() ?? "",
        e?.country ?? "",
        e?.asn ?? "",
        e?.asOwner ?? "",
        (e?.tags ?? []).join(CSV_TAG_SEPARATOR),
      ];
    });
    yield stringify(rows, csvOptions);
  }
}

function jsonIoc(item: ExportedIoc, source: ExportSource) {
  const e = item.enrichment;
  return {
    type: item.ioc.type,
    value: shownValue(item, source.defanged),
    addedAt: item.addedAt,
    ...(item.ioc.type === "FILE"
      ? { md5: item.hashes.md5 ?? null, sha1: item.hashes.sha1 ?? null, sha256: item.hashes.sha256 ?? null }
      : {}),
    enrichment: e && {
      provider: e.provider,
      status: shownStatus(e),
      fetchedAt: e.fetchedAt,
      detections: detectionsOf(e),
      detectionRatio: detectionRatio(e.malicious, e.total),
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      reputation: e.reputation,
      tags: e.tags,
      size: e.size === null ? null : Number(e.size),
      typeDescription: e.typeDescription,
      meaningfulName: e.meaningfulName,
      names: e.names,
      registrar: e.registrar,
      creationDate: e.creationDate,
      categories: e.categories,
      country: e.country,
      asn: e.asn,
      asOwner: e.asOwner,
      network: e.network,
      finalUrl: e.finalUrl,
      title: e.title,
      httpResponseCode: e.httpResponseCode,
    },
  };
}

export async function* writeJson(source: ExportSource): AsyncGenerator<string> {
  const c = source.collection;
  const head = JSON.stringify({
    id: c.globalId,
    name: c.name,
    description: c.description,
    tags: c.tags,
    visibility: c.visibility,
    tlp: c.tlp,
    collectionType: c.collectionType,
    altNames: c.altNames,
    references: c.references,
    targetedIndustries: c.targetedIndustries,
    targetedRegions: c.targetedRegions,
    sourceRegion: c.sourceRegion,
    owner: { name: c.owner.name },
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    counts: c.counts,
  });
  // The IoCs go last, one per line, so the document streams: `{...,"iocs":[` … `]}`.
  yield `${head.slice(0, -1)},"iocs":[`;
  let first = true;
  for await (const batch of source.batches()) {
    const lines = batch.map((item) => JSON.stringify(jsonIoc(item, source)));
    yield `${first ? "\n" : ",\n"}${lines.join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}
