// The offline provider: VirusTotal-shaped objects from a JSONL file (one `{"data": {...}}` per line, or the
// bare object), stored as enrichment, for teams without API access or with their own exports. IoCs that
// iocgraph does not know yet are created, so adding them to a collection later finds them enriched.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Db } from "../db.js";
import type { PubSub } from "../pubsub.js";
import { dnsAddresses, embeddedRelationships, objectIoc, relatedItem, type VtObject } from "./mapping.js";
import { OFFLINE } from "./service.js";
import { type Edge, publishUpdates, type StoreItem, storeEdges, storeObjects } from "./store.js";

export interface ImportReport {
  lines: number;
  stored: number;
  skipped: number;
  /** The first problems, by line number. */
  problems: { line: number; reason: string }[];
}

const MAX_PROBLEMS = 20;

function objectsOf(parsed: unknown): VtObject[] | string {
  const data =
    parsed && typeof parsed === "object" && "data" in parsed ? (parsed as { data: unknown }).data : parsed;
  const list = Array.isArray(data) ? data : [data];
  const objects: VtObject[] = [];
  for (const item of list) {
    if (!item || typeof item !== "object") return "not a VirusTotal object";
    const { id, type } = item as VtObject;
    if (typeof id !== "string" || typeof type !== "string") return "an object needs string id and type";
    objects.push(item as VtObject);
  }
  return objects;
}

/** Stores a batch of objects with their DNS and embedded relationship edges; returns the rows updated. */
export async function storeImported(
  db: Db,
  objects: readonly VtObject[],
  provider = OFFLINE,
): Promise<string[]> {
  const stored = await storeObjects(
    db,
    provider,
    objects.map((object) => ({ object })),
  );
  const edges: Edge[] = [];
  const related: StoreItem[] = [];
  const types = new Map(objects.map((object) => [object, objectIoc(object)?.type]));
  for (const { iocId, object } of stored) {
    const type = types.get(object) ?? objectIoc(object)?.type;
    if (!type) continue;
    const dnsDate = object.attributes?.last_dns_records_date;
    const seen = typeof dnsDate === "number" ? new Date(dnsDate * 1000) : null;
    if (type === "DOMAIN") {
      for (const target of dnsAddresses(object))
        edges.push({ sourceId: iocId, relation: "resolutions", target, seen });
    }
    for (const { relation, items } of embeddedRelationships(object)) {
      for (const item of items) {
        const link = relatedItem(type, item);
        if (!link) continue;
        edges.push({ sourceId: iocId, relation, target: link.target, seen: link.seen });
        if (link.object) related.push({ object: link.object });
      }
    }
  }
  await storeEdges(db, provider, edges);
  const updated = stored.map((s) => s.iocId);
  if (related.length > 0) for (const s of await storeObjects(db, provider, related)) updated.push(s.iocId);
  return updated;
}

export async function importJsonl(
  db: Db,
  path: string,
  options: {
    pubsub?: PubSub;
    batchSize?: number;
    /** Told after each stored batch: bytes of the file read so far and the report's counts. */
    onProgress?: (progress: { bytes: number; lines: number; stored: number; skipped: number }) => void;
  } = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 500;
  const report: ImportReport = { lines: 0, stored: 0, skipped: 0, problems: [] };
  const problem = (line: number, reason: string) => {
    report.skipped++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push({ line, reason });
  };
  let batch: VtObject[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const objects = batch;
    batch = [];
    const named = objects.filter((object) => objectIoc(object) !== null);
    const updated = await storeImported(db, named);
    report.stored += named.length;
    if (options.pubsub) await publishUpdates(db, options.pubsub, updated);
    const { lines, stored, skipped } = report;
    options.onProgress?.({ bytes: consumed, lines, stored, skipped });
  };
  // Bytes of the lines handled so far (the stream itself reads ahead of them).
  let consumed = 0;
  const lines = createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const text of lines) {
    report.lines++;
    consumed += Buffer.byteLength(text) + 1;
    if (text.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problem(report.lines, "not JSON");
      continue;
    }
    const objects = objectsOf(parsed);
    if (typeof objects === "string") {
      problem(report.lines, objects);
      continue;
    }
    for (const object of objects) {
      if (objectIoc(object) === null) {
        problem(report.lines, `no IoC in a "${object.type}" object (a URL needs attributes.url)`);
        continue;
      }
      batch.push(object);
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return report;
}
