// Reading STIX 2.1 (and 2.0) content: a bundle, a bare list of objects, or one object. IoCs come from indicators'
// STIX patterns and from cyber-observable objects; the first report's or grouping's name, description and labels
// describe the collection. A pattern gives one IoC per comparison that names an exact value of one of our kinds,
// joined by OR; what a pattern says in any other way (AND, FOLLOWEDBY, qualifiers, other operators) is skipped
// with the reason, never read as something it does not say.
import { ValidationError } from "../errors.js";
import type { HashKind, IocType } from "../extraction/types.js";
import type { Tlp } from "../generated/prisma/client.js";
import { kindList, kindNouns } from "../iocs/kinds.js";
import { DocumentBuilder, excerpt, type ImportedDocument, isRecord, parseJson } from "./document.js";
import {
  type Comparison,
  type ObjectPath,
  type Observation,
  PatternSyntaxError,
  parsePattern,
} from "./stix-pattern.js";
import { knownMarkingTlp, stixMarkingTlp } from "./tlp.js";

/** Every object path read as an IoC, to its kind (and, for a hash, the kind of hash it must be). */
const PATHS = new Map<string, { type: IocType; hashKind: HashKind | null }>(
  kindList.flatMap((kind) =>
    Object.entries(kind.stix.paths).map(([path, hashKind]) => [path, { type: kind.type, hashKind }] as const),
  ),
);

/** Object types that say who, how or where — context of a document, not something an import reports. */
const CONTEXT_TYPES = new Set([
  "identity",
  "marking-definition",
  "relationship",
  "sighting",
  "note",
  "opinion",
  "language-content",
  "extension-definition",
]);

/** The SCO types of STIX 2.1 (§6), so a skipped one is described as an observable, not as a domain object. */
const OBSERVABLE_TYPES = new Set([
  "artifact",
  "autonomous-system",
  "directory",
  "domain-name",
  "email-addr",
  "email-message",
  "file",
  "ipv4-addr",
  "ipv6-addr",
  "mac-addr",
  "mutex",
  "network-traffic",
  "process",
  "software",
  "url",
  "user-account",
  "windows-registry-key",
  "x509-certificate",
]);

const OURS = kindNouns;

/** STIX's hash names, also as producers misspell them (`SHA256`, `sha-1`). */
function hashName(name: string): string {
  const upper = name.toUpperCase();
  const sha = /^SHA-?(1|224|256|384|512)$/.exec(upper);
  return sha ? `SHA-${sha[1]}` : upper;
}

function pathKey(path: ObjectPath): string {
  let key = `${path.objectType}:`;
  path.components.forEach((component, i) => {
    if (typeof component === "number" || component === "*") key += `[${component}]`;
    else {
      const name = path.components[i - 1] === "hashes" ? hashName(component) : component;
      key += i === 0 ? name : `.${name}`;
    }
  });
  return key;
}

function readTest(test: Extract<Comparison, { kind: "test" }>, doc: DocumentBuilder): void {
  const path = pathKey(test.path);
  const target = PATHS.get(path);
  if (!target) {
    doc.skip(test.text, `${path} is not an IoC kind of iocgraph (${OURS})`);
  } else if (test.negated) {
    doc.skip(test.text, "a negated comparison (NOT) names what an IoC is not");
  } else if (test.operator !== "=" && test.operator !== "IN") {
    doc.skip(test.text, `the ${test.operator} operator does not name exact values (only = and IN do)`);
  } else {
    for (const literal of test.values) {
      if (literal.type !== "string")
        doc.reject(test.text, `${path}: expected a string, not a ${literal.type}`);
      else doc.value(literal.value, target.type, path, target.hashKind);
    }
  }
}

function readComparison(node: Comparison, doc: DocumentBuilder): void {
  if (node.kind === "test") readTest(node, doc);
  else if (node.kind === "or") for (const item of node.items) readComparison(item, doc);
  else doc.skip(node.text, "comparisons joined by AND describe one object together, not separate IoCs");
}

function readObservation(node: Observation, doc: DocumentBuilder): void {
  switch (node.kind) {
    case "or":
      for (const item of node.items) readObservation(item, doc);
      return;
    case "and":
      doc.skip(node.text, "observations joined by AND must all be seen together: not separate IoCs");
      return;
    case "followedby":
      doc.skip(node.text, "a FOLLOWEDBY sequence describes events in order: not separate IoCs");
      return;
    case "qualified":
      doc.skip(node.text, `qualified by ${node.qualifier}: a condition over time, not an IoC`);
      return;
    case "observation":
      readComparison(node.comparison, doc);
  }
}

function readIndicator(object: Record<string, unknown>, doc: DocumentBuilder): void {
  const { pattern, pattern_type: patternType } = object;
  const label = typeof object.name === "string" ? object.name : String(object.id);
  if (object.revoked === true) {
    doc.skip(pattern ?? label, "the indicator is revoked");
  } else if (patternType !== undefined && patternType !== "stix") {
    doc.skip(pattern ?? label, `a ${String(patternType)} pattern: only STIX patterns are read`);
  } else if (typeof pattern !== "string") {
    doc.reject(label, "an indicator without a pattern");
  } else {
    try {
      readObservation(parsePattern(pattern), doc);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      doc.reject(pattern, `not a STIX pattern: ${error.message}`);
    }
  }
}

function readObservable(object: Record<string, unknown>, doc: DocumentBuilder): void {
  const type = String(object.type);
  if (type === "file") {
    const hashes = isRecord(object.hashes) ? object.hashes : {};
    let found = false;
    for (const [name, value] of Object.entries(hashes)) {
      const target = PATHS.get(`file:hashes.${hashName(name)}`);
      if (!target || typeof value !== "string") continue;
      doc.value(value, target.type, `file:hashes.${hashName(name)}`, target.hashKind);
      found = true;
    }
    if (!found) doc.skip(object.name ?? hashes, "a file without an MD5, SHA-1 or SHA-256 hash");
    return;
  }
  const target = PATHS.get(`${type}:value`);
  if (target && typeof object.value === "string") doc.value(object.value, target.type, type, target.hashKind);
  else if (target) doc.reject(excerpt(object), `a ${type} without a value`);
  else doc.skip(object.value ?? object.name ?? object.id, `${type} is not an IoC kind of iocgraph (${OURS})`);
}

function readObject(object: unknown, doc: DocumentBuilder, container: { found: boolean }): void {
  if (!isRecord(object) || typeof object.type !== "string") {
    doc.reject(object, "not a STIX object (no type)");
    return;
  }
  const type = object.type;
  if (type === "indicator") readIndicator(object, doc);
  else if (OBSERVABLE_TYPES.has(type) || PATHS.has(`${type}:value`)) readObservable(object, doc);
  else if (type === "observed-data") {
    // STIX 2.0 embeds its observables; 2.1 refers to them (they are then objects of the bundle).
    const embedded = isRecord(object.objects) ? Object.values(object.objects) : [];
    for (const sco of embedded) {
      if (isRecord(sco) && typeof sco.type === "string") readObservable(sco, doc);
      else doc.reject(sco, "not a STIX object (no type)");
    }
  } else if (type === "report" || type === "grouping") {
    if (container.found) return;
    container.found = true;
    if (typeof object.name === "string") doc.name = object.name;
    if (typeof object.description === "string") doc.description = object.description;
    if (Array.isArray(object.labels))
      for (const label of object.labels) if (typeof label === "string") doc.tag(label);
  } else if (!CONTEXT_TYPES.has(type)) {
    const name = typeof object.name === "string" ? `${type} "${object.name}"` : String(object.id ?? type);
    doc.skip(name, `${/^[aeiou]/.test(type) ? "an" : "a"} ${type} is not an IoC`);
  }
}

function objectsOf(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (isRecord(parsed) && parsed.type === "bundle") {
    if (parsed.objects === undefined) return [];
    if (Array.isArray(parsed.objects)) return parsed.objects;
    throw new ValidationError("The STIX bundle's objects is not a list.", "content");
  }
  if (isRecord(parsed) && typeof parsed.type === "string") return [parsed];
  throw new ValidationError(
    'The content is not STIX: expected a bundle ({"type": "bundle", "objects": […]}), a list of objects or one object.',
    "content",
  );
}

/** The TLP of every marking-definition the document defines (a non-TLP marking is left out). */
function tlpDefinitions(objects: unknown[]): Map<string, Tlp> {
  const definitions = new Map<string, Tlp>();
  for (const object of objects) {
    if (!isRecord(object) || object.type !== "marking-definition") continue;
    const tlp = stixMarkingTlp(object);
    if (tlp) definitions.set(String(object.id), tlp);
  }
  return definitions;
}

/** The TLP markings an object refers to (object_marking_refs), defined in the document or well known. */
function readMarkings(object: unknown, definitions: Map<string, Tlp>, doc: DocumentBuilder): void {
  if (!isRecord(object) || !Array.isArray(object.object_marking_refs)) return;
  for (const ref of object.object_marking_refs) {
    const tlp = typeof ref === "string" ? (definitions.get(ref) ?? knownMarkingTlp(ref)) : null;
    if (tlp) doc.mark(tlp);
  }
}

export function readStix(content: string): ImportedDocument {
  const doc = new DocumentBuilder();
  const container = { found: false };
  const objects = objectsOf(parseJson(content, "STIX"));
  const definitions = tlpDefinitions(objects);
  for (const object of objects) {
    readObject(object, doc, container);
    readMarkings(object, definitions, doc);
  }
  return doc.build();
}
