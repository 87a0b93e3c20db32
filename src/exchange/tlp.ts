// TLP in exchanged documents. STIX: the TLP 2.0 marking-definition objects OASIS publishes (the TLP 2.0
// extension, extension-definition--60a3c5c5-…, in oasis-open/cti-stix-common-objects), written as they are and
// referred to by every exported object; on import also the TLP 1.0 markings of the STIX 2.1 spec (§7.2.1.4,
// WHITE read as CLEAR) and any marking-definition in the bundle that says its TLP. MISP: the `tlp:` tags of
// MISP's TLP taxonomy (`tlp:clear`, `tlp:green`, `tlp:amber`, `tlp:amber+strict`, `tlp:red`; `tlp:white`).
import { ValidationError } from "../errors.js";
import type { Tlp } from "../generated/prisma/client.js";
import { isRecord } from "./document.js";
import type { ExportMarking } from "./export.js";

const TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
const TLP2_IDENTITY = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01";

/** TLP 2.0 marking-definition ids (OASIS). */
const TLP2_IDS: Record<Tlp, string> = {
  CLEAR: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  GREEN: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  AMBER: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  AMBER_STRICT: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  RED: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

/** TLP 1.0 marking-definition ids of the STIX 2.1 spec (§7.2.1.4). */
const TLP1_IDS: Record<string, Tlp> = {
  "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": "CLEAR",
  "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": "GREEN",
  "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": "AMBER",
  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": "RED",
};

const KNOWN_IDS = new Map<string, Tlp>([
  ...Object.entries(TLP1_IDS),
  ...Object.entries(TLP2_IDS).map(([tlp, id]) => [id, tlp as Tlp] as const),
]);

/** A TLP as documents spell it ("amber+strict", "TLP:AMBER+STRICT", "white"), or null when it is none. */
export function tlpOf(text: string): Tlp | null {
  const level = text
    .trim()
    .toLowerCase()
    .replace(/^tlp:\s*/, "");
  const levels: Record<string, Tlp> = {
    clear: "CLEAR",
    white: "CLEAR",
    green: "GREEN",
    amber: "AMBER",
    "amber+strict": "AMBER_STRICT",
    amber_strict: "AMBER_STRICT",
    red: "RED",
  };
  return levels[level] ?? null;
}

/** How TLP 2.0 names a level: AMBER_STRICT is "amber+strict". */
const level = (tlp: Tlp) => tlp.toLowerCase().replace("_", "+");

/** The marking an export of a collection at `tlp` carries: the OASIS marking-definition and the MISP tag. */
export function tlpMarking(tlp: Tlp): ExportMarking {
  return {
    stix: {
      type: "marking-definition",
      spec_version: "2.1",
      id: TLP2_IDS[tlp],
      created_by_ref: TLP2_IDENTITY,
      created: "2022-10-01T00:00:00.000Z",
      name: `TLP:${level(tlp).toUpperCase()}`,
      extensions: { [TLP2_EXTENSION]: { extension_type: "property-extension", tlp_2_0: level(tlp) } },
    },
    misp: { name: `tlp:${level(tlp)}` },
  };
}

/**
 * The TLP a STIX marking-definition object states (TLP 2.0 extension, 1.0 `definition.tlp`, or a `TLP:` name);
 * null when it is another kind of marking (a statement, a copyright); a ValidationError for a TLP we do not know.
 */
export function stixMarkingTlp(object: Record<string, unknown>): Tlp | null {
  const known = KNOWN_IDS.get(String(object.id));
  if (known) return known;
  const extension = isRecord(object.extensions) ? object.extensions[TLP2_EXTENSION] : undefined;
  const definition = isRecord(object.definition) ? object.definition : undefined;
  const stated =
    (isRecord(extension) && typeof extension.tlp_2_0 === "string" && extension.tlp_2_0) ||
    (object.definition_type === "tlp" && typeof definition?.tlp === "string" && definition.tlp) ||
    (typeof object.name === "string" && /^tlp:/i.test(object.name) && object.name);
  if (!stated) return null;
  return requireTlp(stated, `marking-definition ${String(object.id)}`);
}

/** A stated TLP level, or a ValidationError naming it. */
export function requireTlp(text: string, where: string): Tlp {
  const tlp = tlpOf(text);
  if (!tlp) {
    throw new ValidationError(
      `Unknown TLP "${text}" in ${where}: TLP 2.0 has CLEAR, GREEN, AMBER, AMBER+STRICT and RED.`,
      "content",
    );
  }
  return tlp;
}

/** The TLP of a marking-definition id that no object of the document defines (the well-known ones). */
export function knownMarkingTlp(id: string): Tlp | null {
  return KNOWN_IDS.get(id) ?? null;
}
