// The STIX 2.1 export: a bundle with an identity for the owner, per IoC an indicator, its cyber-observable and a
// `based-on` relationship between them, and a report for the collection that refers to all of them.
// Every id is deterministic, so a re-export names the same objects: SCOs as STIX 2.1 §2.9 prescribes, the others
// UUIDv5 in iocgraph's own namespace from what identifies them (an indicator: its collection and pattern).
// It streams: the objects are written in a first pass over the collection, and the report last, its
// `object_refs` written in a second pass that computes the same ids again, so nothing is held.
import { v5 as uuidv5 } from "uuid";
import type { Reference } from "../collections/fields.js";
import type { CollectionType } from "../generated/prisma/client.js";
import { kindOf } from "../iocs/kinds.js";
import type { ExportSource } from "./export.js";
import { namedUuid } from "./ids.js";
import type { ExportedIoc } from "./members.js";

/** STIX 2.1 §2.9: the namespace of deterministic SCO ids. */
const SCO_NAMESPACE = "00abedb4-aa42-466c-9c01-fed23315a9b7";

/** ID-contributing properties of the SCO types iocgraph writes (STIX 2.1 §6). */
const ID_CONTRIBUTING: Record<string, readonly string[]> = {
  file: ["hashes", "name", "extensions", "parent_directory_ref"],
  url: ["value"],
  "domain-name": ["value"],
  "ipv4-addr": ["value"],
  "ipv6-addr": ["value"],
};

/** Of a `hashes` dictionary, §2.9 uses one hash for the id: MD5, else SHA-1, else SHA-256, else SHA-512. */
const HASH_PREFERENCE = ["MD5", "SHA-1", "SHA-256", "SHA-512"];

/** RFC 8785 (JCS) canonical JSON of strings, arrays and objects: keys sorted by UTF-16 code units. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The deterministic id of a cyber-observable object (STIX 2.1 §2.9). */
export function scoId(sco: Record<string, unknown>): string {
  const type = String(sco.type);
  const contributing: Record<string, unknown> = {};
  for (const key of ID_CONTRIBUTING[type] ?? []) {
    if (sco[key] === undefined) continue;
    if (key === "hashes") {
      const hashes = sco.hashes as Record<string, string>;
      const chosen = HASH_PREFERENCE.find((name) => hashes[name]) ?? Object.keys(hashes)[0];
      contributing.hashes = { [chosen]: hashes[chosen] };
    } else {
      contributing[key] = sco[key];
    }
  }
  return `${type}--${uuidv5(canonicalJson(contributing), SCO_NAMESPACE)}`;
}

function sdoId(type: string, ...parts: string[]): string {
  return `${type}--${namedUuid(type, ...parts)}`;
}

const COMMON = { spec_version: "2.1" } as const;

/** STIX report-type-ov for a collection's type. */
const REPORT_TYPES: Record<CollectionType, string> = {
  REPORT: "threat-report",
  CAMPAIGN: "campaign",
  THREAT_ACTOR: "threat-actor",
  MALWARE_FAMILY: "malware",
  SOFTWARE_TOOLKIT: "tool",
  VULNERABILITY: "vulnerability",
  OTHER: "threat-report",
};

/** A reference as a STIX external reference (source_name is required: the title, else the site). */
function externalReference(reference: Reference) {
  return { source_name: reference.title ?? new URL(reference.url).hostname, url: reference.url };
}

/** The ids of an IoC's indicator, observable and relationship: the same on every pass and every export. */
function iocIds(item: ExportedIoc, collectionId: string) {
  const kind = kindOf(item.ioc.type);
  const pattern = kind.stix.pattern(item.ioc);
  const sco = kind.stix.observable(item.ioc, item.hashes);
  const indicatorId = sdoId("indicator", collectionId, pattern);
  const observableId = scoId(sco);
  const relationshipId = sdoId("relationship", indicatorId, "based-on", observableId);
  return { pattern, sco, indicatorId, observableId, relationshipId };
}

function iocObjects(item: ExportedIoc, source: ExportSource, identityId: string, markings: object) {
  const { pattern, sco, indicatorId, observableId, relationshipId } = iocIds(item, source.collection.id);
  const added = item.addedAt.toISOString();
  const labels = [...new Set([...source.collection.tags, ...(item.enrichment?.tags ?? [])])];
  const common = { created_by_ref: identityId, created: added, modified: added };
  return [
    {
      type: "indicator",
      ...COMMON,
      id: indicatorId,
      ...common,
      name: item.ioc.value,
      pattern,
      pattern_type: "stix",
      pattern_version: "2.1",
      valid_from: added,
      ...(labels.length > 0 ? { labels } : {}),
      ...markings,
    },
    { type: sco.type, ...COMMON, id: observableId, ...sco, ...markings },
    {
      type: "relationship",
      ...COMMON,
      id: relationshipId,
      ...common,
      relationship_type: "based-on",
      source_ref: indicatorId,
      target_ref: observableId,
      ...markings,
    },
  ];
}

export async function* writeStix(source: ExportSource): AsyncGenerator<string> {
  const c = source.collection;
  const marking = source.marking?.stix;
  const markings = marking ? { object_marking_refs: [marking.id] } : {};
  const identity = {
    type: "identity",
    ...COMMON,
    id: sdoId("identity", c.owner.id),
    created: c.owner.createdAt.toISOString(),
    modified: c.owner.createdAt.toISOString(),
    name: c.owner.name,
  };
  const bundleId = sdoId("bundle", c.id, c.updatedAt.toISOString(), source.types?.join(",") ?? "");
  yield `{"type":"bundle","id":"${bundleId}","objects":[\n${JSON.stringify(identity)}`;
  if (marking) yield `,\n${JSON.stringify(marking)}`;
  for await (const batch of source.batches()) {
    const lines = batch.flatMap((item) =>
      iocObjects(item, source, identity.id, markings).map((o) => JSON.stringify(o)),
    );
    yield `,\n${lines.join(",\n")}`;
  }
  const created = c.createdAt.toISOString();
  const report = JSON.stringify({
    type: "report",
    ...COMMON,
    id: sdoId("report", c.id),
    created_by_ref: identity.id,
    created,
    modified: (c.updatedAt > c.createdAt ? c.updatedAt : c.createdAt).toISOString(),
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    report_types: [REPORT_TYPES[c.collectionType]],
    published: created,
    ...(c.tags.length > 0 ? { labels: c.tags } : {}),
    ...(c.references.length > 0 ? { external_references: c.references.map(externalReference) } : {}),
    ...markings,
  });
  yield `,\n${report.slice(0, -1)},"object_refs":[`;
  let refs = 0;
  for await (const batch of source.batches({ enrichment: false })) {
    const ids = batch.flatMap((item) => {
      const { indicatorId, observableId, relationshipId } = iocIds(item, c.id);
      return [indicatorId, observableId, relationshipId];
    });
    yield `${refs === 0 ? "" : ","}${ids.map((id) => `"${id}"`).join(",")}`;
    refs += ids.length;
  }
  // A report refers to at least one object (§4.15): an empty collection's report names its author.
  if (refs === 0) yield `"${identity.id}"`;
  yield "]}\n]}\n";
}
