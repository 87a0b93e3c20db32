// What a collection is about and how far it may travel: its type, other names, references, targeted
// industries and regions, source region and TLP — on the type and, as the same fields, on the create and
// update inputs. Validation lives in src/collections/fields.ts.
import { builder } from "../builder.js";
import { type Reference, referencesOf } from "../collections/fields.js";
import { INDUSTRY_SECTORS } from "../collections/vocabularies.js";
import { CollectionRef } from "./collection.js";
import { CollectionTypeEnum, TlpEnum } from "./common.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const INDUSTRIES = `STIX 2.1 industry-sector-ov values: ${INDUSTRY_SECTORS.join(", ")}`;

export const ReferenceRef = builder.objectRef<Reference>("Reference").implement({
  description: "A link to a source of the collection: a report, an advisory, a blog post.",
  fields: (t) => ({
    url: t.exposeString("url", { description: "An absolute http or https URL." }),
    title: t.exposeString("title", { nullable: true }),
  }),
});

const ReferenceInput = builder.inputType("ReferenceInput", {
  description: "A link to a source: an http or https URL and an optional title.",
  fields: (t) => ({
    url: t.string({ required: true }),
    title: t.string(),
  }),
});

builder.prismaObjectFields(CollectionRef, (t) => ({
  collectionType: t.expose("collectionType", { type: CollectionTypeEnum }),
  altNames: t.exposeStringList("altNames", {
    description: "Other names the subject is known by (aliases of an actor, a family, a campaign).",
  }),
  references: t.field({
    type: [ReferenceRef],
    description: "Links to the collection's sources, in the order given.",
    select: { references: true },
    resolve: (collection) => referencesOf(collection.references),
  }),
  targetedIndustries: t.exposeStringList("targetedIndustries", {
    description: `Industries targeted, as ${INDUSTRIES}.`,
  }),
  targetedRegions: t.exposeStringList("targetedRegions", {
    description: "Countries targeted, as ISO 3166-1 alpha-2 codes (upper-case).",
  }),
  sourceRegion: t.exposeString("sourceRegion", {
    nullable: true,
    description: "The country the activity is attributed to, as an ISO 3166-1 alpha-2 code.",
  }),
  tlp: t.expose("tlp", {
    type: TlpEnum,
    description:
      "How far the collection may be shared (TLP 2.0). Its IoCs are sent to the enrichment provider only " +
      "when it, or another collection holding them, is CLEAR, GREEN or AMBER.",
  }),
}));

/** The metadata fields of CreateCollectionInput and UpdateCollectionInput (left out: unchanged). */
export function metadataInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) {
  return {
    collectionType: t.field({ type: CollectionTypeEnum, description: "REPORT when absent on create." }),
    altNames: t.stringList({ description: "Other names (replaces them on update)." }),
    references: t.field({
      type: [ReferenceInput],
      description: "Links to the sources (replaces them on update). http and https only.",
    }),
    targetedIndustries: t.stringList({
      description: `Industries targeted (replaces them on update): ${INDUSTRIES}. Case and spaces are forgiven.`,
    }),
    targetedRegions: t.stringList({
      description: "Countries targeted, ISO 3166-1 alpha-2 codes such as UA or DE (replaces them on update).",
    }),
    sourceRegion: t.string({
      description: 'The attributed country, an ISO 3166-1 alpha-2 code; "" clears it on update.',
    }),
    tlp: t.field({
      type: TlpEnum,
      description:
        "TLP 2.0 (CLEAR when absent on create). Lowering it from AMBER_STRICT or RED queues its IoCs for enrichment.",
    }),
  };
}
