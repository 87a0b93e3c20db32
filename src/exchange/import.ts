// importCollection: a STIX, MISP, CSV or text document read into IoCs, then one call of the collection service
// (one transaction: a new collection, or more IoCs for one the viewer owns). The document is read completely
// before anything is written, so content that cannot be read writes nothing.

import { readableBy } from "../access/collections.js";
import { stricter } from "../access/tlp.js";
import { checkRawTextSize } from "../collections/inputs.js";
import { type AddReport, addIocs, createCollection, type ServiceContext } from "../collections/service.js";
import { AuthenticationRequiredError, ValidationError } from "../errors.js";
import type { Tlp, Visibility } from "../generated/prisma/client.js";
import { readCsv } from "./csv-import.js";
import type { ImportedDocument, ImportItem } from "./document.js";
import { readMisp } from "./misp-import.js";
import { readStix } from "./stix-import.js";

export const importFormats = {
  STIX: readStix,
  MISP: readMisp,
  CSV: readCsv,
  TEXT: (content: string): ImportedDocument => ({
    tags: [],
    iocs: [],
    rawText: content,
    skipped: [],
    invalid: [],
  }),
} as const;

export type ImportFormat = keyof typeof importFormats;

export interface ImportInput {
  format: ImportFormat;
  content: string;
  /** Add to this collection (the viewer's own) instead of creating one. */
  collectionId?: string | null;
  name?: string | null;
  visibility?: Visibility | null;
  /** A new collection's TLP; the document's own marking when absent. */
  tlp?: Tlp | null;
}

const tlpName = (tlp: Tlp) => `TLP:${tlp.replace("_", "+")}`;

/** A document marked `marked` may not go into a collection shared further than that. */
function checkTlp(marked: Tlp | undefined, target: Tlp, field: string, what: string): void {
  if (marked && stricter(marked, target) !== target) {
    throw new ValidationError(
      `The document is marked ${tlpName(marked)}: ${what} at ${tlpName(target)} would share it further than its source allows.`,
      field,
    );
  }
}

export interface ImportReport extends AddReport {
  skipped: ImportItem[];
}

export async function importCollection(
  ctx: ServiceContext,
  input: ImportInput,
  /** Told once the document is read, before its IoCs are stored (the CLI's progress). */
  onParsed?: (found: { iocs: number; skipped: number; invalid: number }) => void,
): Promise<{ collectionId: string; report: ImportReport }> {
  if (!ctx.viewer) throw new AuthenticationRequiredError();
  checkRawTextSize(input.content, ctx.limits);
  if (input.collectionId && (input.name != null || input.visibility != null || input.tlp != null)) {
    throw new ValidationError(
      "name, visibility and tlp are for a new collection: leave them out when adding to collectionId.",
      input.name != null ? "name" : input.visibility != null ? "visibility" : "tlp",
    );
  }
  const document = importFormats[input.format](input.content);
  if (input.collectionId) {
    // Not found or not the viewer's: addIocs says so below, as for any other add.
    const target = await ctx.db.collection.findFirst({
      where: { id: input.collectionId, ...readableBy(ctx.viewer) },
      select: { tlp: true },
    });
    if (target) checkTlp(document.tlp, target.tlp, "collectionId", "this collection");
  } else if (input.tlp) {
    checkTlp(document.tlp, input.tlp, "tlp", "a collection");
  }
  const iocs = document.iocs.map(({ type, value }) => ({ type, value }));
  onParsed?.({ iocs: iocs.length, skipped: document.skipped.length, invalid: document.invalid.length });
  let result: { collectionId: string; report: AddReport };
  if (input.collectionId) {
    result = await addIocs(ctx, input.collectionId, { iocs, rawText: document.rawText });
  } else {
    const name = input.name ?? document.name;
    if (!name?.trim()) {
      throw new ValidationError(
        `This ${input.format} document names no collection (a STIX report or grouping, a MISP event's info): give a name.`,
        "name",
      );
    }
    result = await createCollection(ctx, {
      name,
      description: document.description,
      tags: document.tags,
      visibility: input.visibility,
      tlp: input.tlp ?? document.tlp,
      iocs,
      rawText: document.rawText,
    });
  }
  return {
    collectionId: result.collectionId,
    report: {
      ...result.report,
      skipped: document.skipped,
      invalid: [...document.invalid, ...result.report.invalid],
    },
  };
}
