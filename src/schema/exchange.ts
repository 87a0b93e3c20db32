// Sharing a collection with other tools: its export links (the downloads are served by src/exchange/http.ts)
// and importCollection, which reads STIX, MISP, CSV and text documents (src/exchange/).
import { builder } from "../builder.js";
import { exportPath } from "../exchange/http.js";
import { type ImportReport, importCollection } from "../exchange/import.js";
import { CollectionRef } from "./collection.js";
import { collectionField, collectionIdOf, InvalidIocRef } from "./collectionMutations.js";
import { collectionErrors, TlpEnum, VisibilityEnum } from "./common.js";

const ExportFormatEnum = builder.enumType("ExportFormat", {
  description: "A download format of `GET /collections/{id}/export/{format}` (the lower-case name).",
  values: {
    JSON: { description: "The collection with its IoCs and their enrichment." },
    CSV: {
      description:
        "One row per IoC: type, value, added at, detections, detection ratio, first/last seen, country, ASN, " +
        "AS owner, tags (RFC 4180; tags separated by `;`).",
    },
    TXT: { description: "One value per line, for blocklists and firewall imports." },
    STIX: {
      description:
        "A STIX 2.1 bundle: an identity for the owner, a report for the collection, and per IoC an indicator, " +
        "its observable and a based-on relationship. Ids are deterministic: a re-export names the same objects.",
    },
    MISP: { description: "A MISP event, as MISP's JSON import reads it." },
  } as const,
});

builder.prismaObjectField(CollectionRef, "exportUrl", (t) =>
  t.string({
    description:
      "Where to download the collection in `format`: authenticated like /graphql (x-apikey or Bearer); add " +
      "`?types=FILE,DOMAIN` to pick kinds and `?defanged=true` (JSON, CSV, TXT) for safe display values.",
    args: { format: t.arg({ type: ExportFormatEnum, required: true }) },
    select: { id: true },
    resolve: (collection, args, ctx) =>
      `${ctx.baseUrl}${exportPath(collection.id, args.format.toLowerCase() as Lowercase<typeof args.format>)}`,
  }),
);

const ImportFormatEnum = builder.enumType("ImportFormat", {
  description: "What `importCollection` reads.",
  values: {
    STIX: {
      description:
        "STIX 2.1 (or 2.0) JSON: a bundle, a list of objects or one object. Indicators' STIX patterns give one " +
        "IoC per exact comparison (=, IN) joined by OR; AND, FOLLOWEDBY, qualifiers and other operators are " +
        "skipped. Observables: file hashes, url, domain-name, ipv4-addr, ipv6-addr. A report's or grouping's " +
        "name, description and labels describe a new collection.",
    },
    MISP: {
      description:
        'A MISP event as MISP exports it ({"Event": …}, {"response": […]}, or a list of events): attributes and ' +
        "object attributes of types md5, sha1, sha256, url, uri, domain, hostname, ip-src, ip-dst and the IoC " +
        "parts of composite types (domain|ip, ip-dst|port, filename|sha256…). `info` names a new collection, " +
        "the event's tags tag it.",
    },
    CSV: {
      description:
        "CSV with a header row: a `value` column and optionally `type` (an IocType, or a MISP or STIX type name).",
    },
    TEXT: { description: "Any text: IoCs are extracted as from `rawText` (defanged ones too)." },
  } as const,
});

const SkippedItemRef = builder.objectRef<{ input: string; reason: string }>("SkippedItem").implement({
  description: "Something the document holds that iocgraph understood but does not store as an IoC, and why.",
  fields: (t) => ({ input: t.exposeString("input"), reason: t.exposeString("reason") }),
});

const ImportReportRef = builder.objectRef<ImportReport>("ImportCollectionReport").implement({
  description: "What happened to each item of the document.",
  fields: (t) => ({
    added: t.exposeInt("added", { description: "IoCs newly in the collection." }),
    duplicates: t.exposeInt("duplicates", { description: "IoCs that were in the collection already." }),
    skipped: t.field({
      type: [SkippedItemRef],
      description:
        "Items understood but not an IoC kind of iocgraph: email addresses, CIDR ranges, BTC wallets, file " +
        "names, ATT&CK patterns, MISP links, AND-joined pattern parts…",
      resolve: (report) => report.skipped,
    }),
    invalid: t.field({
      type: [InvalidIocRef],
      description: "Items of an IoC kind whose value is malformed (or a pattern that does not parse).",
      resolve: (report) => report.invalid,
    }),
  }),
});

const ImportCollectionPayload = builder
  .objectRef<{ collectionId: string; report: ImportReport }>("ImportCollectionPayload")
  .implement({
    fields: (t) => ({
      collection: collectionField(t),
      report: t.field({ type: ImportReportRef, resolve: (result) => result.report }),
    }),
  });

const ImportCollectionInput = builder.inputType("ImportCollectionInput", {
  fields: (t) => ({
    format: t.field({ type: ImportFormatEnum, required: true }),
    content: t.string({ required: true, description: "The document (at most MAX_RAW_TEXT_BYTES)." }),
    collectionId: t.id({ description: "Add to this collection (yours) instead of creating one." }),
    name: t.string({ description: "A new collection's name; the document's own when absent." }),
    visibility: t.field({
      type: VisibilityEnum,
      description: "A new collection's visibility; PUBLIC when absent.",
    }),
    tlp: t.field({
      type: TlpEnum,
      description:
        "A new collection's TLP; when absent, the most restricted TLP the document is marked with (STIX " +
        "object_marking_refs, MISP `tlp:` tags), else CLEAR. Never less restricted than the document's marking.",
    }),
  }),
});

builder.mutationField("importCollection", (t) =>
  t.field({
    type: ImportCollectionPayload,
    description:
      "Creates a collection from a STIX, MISP, CSV or text document, or adds its IoCs to `collectionId`, in one " +
      "transaction. Items that are not IoCs of ours are reported as skipped, malformed ones as invalid; content " +
      "that cannot be read at all is a ValidationError and writes nothing.",
    errors: { types: collectionErrors, directResult: true, union: { name: "ImportCollectionResult" } },
    args: { input: t.arg({ type: ImportCollectionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      importCollection(ctx, {
        ...input,
        collectionId:
          input.collectionId == null ? undefined : collectionIdOf(input.collectionId, "collectionId"),
      }),
  }),
);
