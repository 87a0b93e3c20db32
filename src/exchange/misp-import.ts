// Reading MISP events as MISP exports them: `{"Event": …}`, a `{"response": […]}` wrapper (restSearch), a list of
// events, or `{"response": {"Attribute": […]}}` (an attribute search). Attributes, and the attributes of MISP
// objects, whose type names one of our kinds become IoCs; composite types (`domain|ip`, `ip-dst|port`,
// `filename|sha256`…) give their IoC parts. Everything else MISP holds is reported as skipped, with its type.
import { ValidationError } from "../errors.js";
import type { HashKind, IocType } from "../extraction/types.js";
import { kindList, stixHashNames } from "../iocs/kinds.js";
import { DocumentBuilder, type ImportedDocument, isRecord, parseJson } from "./document.js";
import { requireTlp } from "./tlp.js";

/** A `tlp:` tag marks the collection's TLP (it is not kept as a tag); true when the tag was one. */
function readTlpTag(name: string, doc: DocumentBuilder): boolean {
  if (!/^tlp:/i.test(name.trim())) return false;
  doc.mark(requireTlp(name, `the MISP tag "${name}"`));
  return true;
}

function readAttributeTags(attribute: Record<string, unknown>, doc: DocumentBuilder): void {
  if (!Array.isArray(attribute.Tag)) return;
  for (const tag of attribute.Tag)
    if (isRecord(tag) && typeof tag.name === "string") readTlpTag(tag.name, doc);
}

/** MISP attribute types read as IoCs, to their kind (a hash type is also the kind of hash it must be). */
const TYPES = new Map<string, { type: IocType; hashKind: HashKind | null }>(
  kindList.flatMap((kind) =>
    kind.misp.importTypes.map((name) => {
      const hashKind = Object.hasOwn(stixHashNames, name) ? (name as HashKind) : null;
      return [name, { type: kind.type, hashKind }] as const;
    }),
  ),
);

/** Composite types whose parts are not named as attribute types of their own. */
const COMPOSITES: Record<string, [string, string]> = {
  "domain|ip": ["domain", "ip-dst"],
  "malware-sample": ["filename", "md5"],
};

function attributeParts(type: string, value: string): { type: string; value: string }[] | string {
  const parts = COMPOSITES[type] ?? type.split("|");
  if (parts.length !== 2) return [{ type, value }];
  // The right part (a hash, an address, a port) never holds a `|`; a file name might.
  const at = value.lastIndexOf("|");
  if (at < 0) return `${type}: expected two parts separated by |`;
  return [
    { type: parts[0], value: value.slice(0, at) },
    { type: parts[1], value: value.slice(at + 1) },
  ];
}

function readAttribute(attribute: unknown, doc: DocumentBuilder, where: string): void {
  if (!isRecord(attribute)) {
    doc.reject(attribute, `${where}: not a MISP attribute`);
    return;
  }
  const { type } = attribute;
  readAttributeTags(attribute, doc);
  const value = typeof attribute.value === "number" ? String(attribute.value) : attribute.value;
  if (typeof type !== "string" || typeof value !== "string") {
    doc.reject(attribute, `${where}: a MISP attribute needs a type and a value`);
  } else if (attribute.deleted === true) {
    doc.skip(value, `${type}: deleted in MISP`);
  } else if (type === "link") {
    doc.skip(value, "link: a reference, not an IoC");
  } else if (type === "uri" && value.trim().startsWith("/")) {
    doc.skip(value, "uri: a path without a host, not a URL");
  } else {
    const parts = attributeParts(type, value);
    if (typeof parts === "string") {
      doc.reject(value, parts);
      return;
    }
    const iocParts = parts.filter((part) => TYPES.has(part.type));
    const context = where === "attribute" ? "" : ` (in ${where})`;
    if (iocParts.length === 0) doc.skip(value, `${type}${context} is not an IoC kind of iocgraph`);
    for (const part of iocParts) {
      const target = TYPES.get(part.type);
      if (target) doc.value(part.value, target.type, type, target.hashKind);
    }
  }
}

function readEvent(event: Record<string, unknown>, doc: DocumentBuilder): void {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  for (const attribute of list(event.Attribute)) readAttribute(attribute, doc, "attribute");
  for (const object of list(event.Object)) {
    if (!isRecord(object)) continue;
    const where = `a ${String(object.name ?? "")} object`;
    if (object.deleted === true) {
      doc.skip(object.name ?? where, "the object is deleted in MISP");
      continue;
    }
    for (const attribute of list(object.Attribute)) readAttribute(attribute, doc, where);
  }
  for (const tag of list(event.Tag)) {
    if (isRecord(tag) && typeof tag.name === "string" && !readTlpTag(tag.name, doc)) doc.tag(tag.name);
  }
  for (const galaxy of list(event.Galaxy)) {
    if (!isRecord(galaxy)) continue;
    for (const cluster of list(galaxy.GalaxyCluster)) {
      if (!isRecord(cluster)) continue;
      const kind = String(galaxy.name ?? galaxy.type ?? "galaxy");
      doc.skip(
        `${kind}: ${String(cluster.value ?? "")}`,
        "a galaxy cluster (an actor, a tool, an ATT&CK pattern…), not an IoC",
      );
    }
  }
}

function eventsOf(parsed: unknown): Record<string, unknown>[] {
  const unwrap = (item: unknown) => (isRecord(item) && isRecord(item.Event) ? item.Event : item);
  const response = isRecord(parsed) && "response" in parsed ? parsed.response : parsed;
  // An attribute search answers `{"response": {"Attribute": […]}}`: attributes without an event.
  if (isRecord(response) && Array.isArray(response.Attribute) && !("info" in response)) return [response];
  const items = Array.isArray(response) ? response.map(unwrap) : [unwrap(response)];
  const events = items.filter(
    (item): item is Record<string, unknown> =>
      isRecord(item) && ("info" in item || Array.isArray(item.Attribute) || Array.isArray(item.Object)),
  );
  if (events.length === 0 || events.length !== items.length) {
    throw new ValidationError(
      'The content is not MISP: expected an event ({"Event": {…}}), {"response": [events]} or a list of events.',
      "content",
    );
  }
  return events;
}

export function readMisp(content: string): ImportedDocument {
  const events = eventsOf(parseJson(content, "MISP"));
  const doc = new DocumentBuilder();
  const info = events.find((event) => typeof event.info === "string")?.info;
  if (typeof info === "string") {
    doc.name = events.length > 1 ? `${info} (and ${events.length - 1} more events)` : info;
  }
  for (const event of events) readEvent(event, doc);
  return doc.build();
}
