// The export formats and what each needs: a writer that turns a collection and its IoCs, read in batches, into
// text as it goes, the media type and file extension it is served with, and whether it reads enrichment.
import type { Db } from "../db.js";
import type { IocType } from "../extraction/types.js";
import { type ExportedCollection, type ExportedIoc, lastSeq, memberBatches } from "./members.js";
import { writeMisp } from "./misp-export.js";
import { writeCsv, writeJson, writeText } from "./plain.js";
import { writeStix } from "./stix-export.js";
import { tlpMarking } from "./tlp.js";

/** A marking every exported object carries (TLP, issue 12): a STIX marking-definition and a MISP tag. */
export interface ExportMarking {
  stix: Record<string, unknown> & { id: string };
  misp: { name: string };
}

export interface ExportSource {
  collection: ExportedCollection;
  /** The kinds exported; all when null. */
  types: readonly IocType[] | null;
  /** Values in their safe display form (formats that allow it). */
  defanged: boolean;
  /** Enrichment older than this shows as STALE. */
  enrichmentTtlMs: number;
  /** The collection's TLP as STIX and MISP say it. */
  marking?: ExportMarking;
  /**
   * The IoCs in the order they were added, a batch at a time; every call reads them again, the same ones
   * (without their enrichment when a pass does not need it).
   */
  batches(options?: { enrichment: boolean }): AsyncIterable<ExportedIoc[]>;
}

interface ExportFormat {
  contentType: string;
  extension: string;
  /** Whether the format carries enrichment (or tags from it). */
  enrichment: boolean;
  /** Whether values may be defanged; STIX patterns and MISP attributes must stay real. */
  defangs: boolean;
  write(source: ExportSource): AsyncIterable<string>;
}

export const exportFormats = {
  json: {
    contentType: "application/json; charset=utf-8",
    extension: "json",
    enrichment: true,
    defangs: true,
    write: writeJson,
  },
  csv: {
    contentType: "text/csv; charset=utf-8; header=present",
    extension: "csv",
    enrichment: true,
    defangs: true,
    write: writeCsv,
  },
  txt: {
    contentType: "text/plain; charset=utf-8",
    extension: "txt",
    enrichment: false,
    defangs: true,
    write: writeText,
  },
  stix: {
    contentType: "application/stix+json;version=2.1",
    extension: "stix.json",
    enrichment: true,
    defangs: false,
    write: writeStix,
  },
  misp: {
    contentType: "application/json; charset=utf-8",
    extension: "misp.json",
    enrichment: false,
    defangs: false,
    write: writeMisp,
  },
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof exportFormats;

export const exportFormatNames = Object.keys(exportFormats) as ExportFormatName[];

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(exportFormats, name);
}

export interface ExportRequest {
  format: ExportFormatName;
  types: readonly IocType[] | null;
  defanged: boolean;
  enrichmentTtlMs: number;
  batchSize?: number;
}

/** The export's text, written as the collection is read; it reads the IoCs the collection holds now. */
export async function exportCollection(
  db: Db,
  collection: ExportedCollection,
  request: ExportRequest,
): Promise<AsyncIterable<string>> {
  const format = exportFormats[request.format];
  const upTo = await lastSeq(db, collection.id);
  const scope = {
    collectionId: collection.id,
    types: request.types,
    enrichment: format.enrichment,
    ttlMs: request.enrichmentTtlMs,
    upTo,
    batchSize: request.batchSize ?? 1000,
  };
  return format.write({
    collection,
    types: request.types,
    defanged: request.defanged,
    enrichmentTtlMs: request.enrichmentTtlMs,
    marking: tlpMarking(collection.tlp),
    batches: (options) =>
      memberBatches(db, { ...scope, enrichment: scope.enrichment && (options?.enrichment ?? true) }),
  });
}

/** The download's file name: the collection's name made safe for a header and a file system. */
export function exportFileName(collection: ExportedCollection, format: ExportFormatName): string {
  const slug = collection.name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug || "collection"}.${exportFormats[format].extension}`;
}
