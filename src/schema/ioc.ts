// Indicators of compromise: the Ioc interface, its four node types, lookup and extraction preview.

import { visibleIocs } from "../access/iocs.js";
import { builder } from "../builder.js";
import { checkRawTextSize } from "../collections/inputs.js";
import { ValidationError } from "../errors.js";
import { canonicalize, defang } from "../extraction/canonical.js";
import { extractIocs } from "../extraction/extract.js";
import type { ExtractedIoc, IocType } from "../extraction/types.js";
import { iocKinds } from "../iocs/kinds.js";
import { iocWhere } from "../iocs/store.js";
import { IocTypeEnum } from "./common.js";

export const IocRef = builder.prismaInterface("Ioc", {
  name: "Ioc",
  description:
    "An indicator of compromise. Each is stored once, in canonical form, and shared by every collection " +
    "that holds it.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (ioc) => iocKinds[ioc.type].typeName,
  fields: (t) => ({
    type: t.expose("type", { type: IocTypeEnum }),
    value: t.string({
      description:
        "The canonical value. With `defanged: true`, a form safe to paste in a report (hxxp, [.]).",
      args: { defanged: t.arg.boolean({ defaultValue: false }) },
      resolve: (ioc, args) => (args.defanged ? defang(ioc) : ioc.value),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When iocgraph first saw it." }),
  }),
});

function iocVariant(type: IocType, description: string) {
  return builder.prismaNode("Ioc", {
    variant: iocKinds[type].typeName,
    description,
    interfaces: [IocRef],
    id: { field: "id" },
    nullable: true,
    // A global id names its type (a Domain id never loads a File), and is not a permission: `node` applies
    // the same visibility rule as `ioc`.
    findUnique: (id, ctx) => ({ id, type, AND: [visibleIocs(ctx.viewer)] }),
  });
}

export const FileRef = iocVariant("FILE", "A file, known by one or more of its hashes.");
export const UrlRef = iocVariant("URL", "A URL.");
export const DomainRef = iocVariant("DOMAIN", "A domain name.");
export const IpAddressRef = iocVariant("IP_ADDRESS", "An IPv4 or IPv6 address.");

builder.prismaObjectFields(FileRef, (t) => ({
  md5: t.exposeString("md5", { nullable: true }),
  sha1: t.exposeString("sha1", { nullable: true }),
  sha256: t.exposeString("sha256", { nullable: true }),
}));

builder.queryField("ioc", (t) =>
  t.prismaField({
    type: IocRef,
    nullable: true,
    description:
      "An IoC by value: a hash, URL, domain or IP address, defanged or not (`hxxp://evil[.]com`). " +
      "Null when iocgraph does not know it.",
    args: { value: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const result = canonicalize(args.value);
      if (!result.ok) throw new ValidationError(`Not an IoC: ${result.reason}`, "value");
      return ctx.db.ioc.findFirst({
        ...query,
        where: { AND: [iocWhere(result.ioc), visibleIocs(ctx.viewer)] },
      });
    },
  }),
);

const ExtractedIocRef = builder.objectRef<ExtractedIoc>("ExtractedIoc").implement({
  description: "An IoC found in a text.",
  fields: (t) => ({
    type: t.expose("type", { type: IocTypeEnum }),
    value: t.exposeString("value", { description: "The canonical value." }),
    hashKind: t.string({
      nullable: true,
      description: "md5, sha1 or sha256 for a FILE.",
      resolve: (ioc) => ioc.hashKind ?? null,
    }),
    count: t.exposeInt("count", { description: "How many times it occurs in the text." }),
    defanged: t.exposeBoolean("defanged", { description: "Whether any occurrence was written defanged." }),
    firstLine: t.exposeInt("firstLine", { description: "The line (from 1) of its first occurrence." }),
  }),
});

const IocExtractionRef = builder.objectRef<{ iocs: ExtractedIoc[] }>("IocExtraction").implement({
  description: "What `extractIocs` found: a preview, nothing is saved.",
  fields: (t) => ({
    iocs: t.field({ type: [ExtractedIocRef], resolve: (extraction) => extraction.iocs }),
  }),
});

builder.queryField("extractIocs", (t) =>
  t.field({
    type: IocExtractionRef,
    description:
      "Finds the IoCs in a pasted text (a report, a CSV, a pastebin dump), defanged forms included, " +
      "in order of first appearance. A preview: it writes nothing.",
    args: { text: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => {
      checkRawTextSize(args.text, ctx.limits);
      return { iocs: extractIocs(args.text) };
    },
  }),
);
