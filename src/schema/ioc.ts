// Indicators of compromise: the Ioc interface, its four node types, lookup and extraction preview.

import { visibleIocs } from "../access/iocs.js";
import { builder } from "../builder.js";
import { checkRawTextSize } from "../collections/inputs.js";
import { ValidationError } from "../errors.js";
import { canonicalize, defang } from "../extraction/canonical.js";
import { extractIocs } from "../extraction/extract.js";
import type { ExtractedIoc, IocType } from "../extraction/types.js";
import { iocKinds } from "../iocs/kinds.js";
import { iocReadsOnlyColumns, visibleIocByValue } from "../iocs/read.js";
import { iocWhere } from "../iocs/store.js";
import type { IocWarning } from "../warnings/warninglists.js";
import { IocTypeEnum } from "./common.js";

export const IocWarningRef = builder.objectRef<IocWarning>("IocWarning").implement({
  description:
    "The IoC is on a list of known-benign or special values: a private or documentation address, a " +
    "public DNS resolver, an example domain, a ubiquitous platform, or an entry of a MISP warninglist " +
    "this server loads (`WARNINGLIST_DIR`). Likely a false positive, or context rather than an " +
    "indicator; it is kept all the same.",
  fields: (t) => ({
    list: t.exposeString("list", {
      description:
        "The list: `Special-use IP addresses`, `Public DNS resolvers`, `Reserved domain names`, " +
        "`Ubiquitous benign domains`, or a MISP warninglist's `name`.",
    }),
    reason: t.exposeString("reason", {
      description:
        "The entry it matched and what that is, e.g. `10.0.0.0/8: private network (RFC 1918)` or " +
        "`google.com: Google`.",
    }),
  }),
});

/** An IoC of a request or a text that is on warninglists. */
export interface WarnedIoc {
  type: IocType;
  value: string;
  warnings: IocWarning[];
}

export const WarnedIocRef = builder.objectRef<WarnedIoc>("WarnedIoc").implement({
  description:
    "An IoC that is on one or more warninglists: probably a false positive (a private address, a " +
    "public resolver, an example domain) or context rather than an indicator. It was kept all the same.",
  fields: (t) => ({
    type: t.expose("type", { type: IocTypeEnum }),
    value: t.exposeString("value", { description: "The canonical value." }),
    warnings: t.field({ type: [IocWarningRef], resolve: (ioc) => ioc.warnings }),
  }),
});

const warningsDescription =
  "The warninglists this IoC is on (at most one warning per list), empty when none. An IP address is " +
  "checked against special-use ranges and address lists, a domain by itself and its parent domains, a " +
  "URL by its host and by its whole value; a file only against loaded MISP lists of hashes.";

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
    warnings: t.field({
      type: [IocWarningRef],
      description: warningsDescription,
      resolve: (ioc, _args, ctx) =>
        ctx.warninglists.check(
          ioc,
          [ioc.md5, ioc.sha1, ioc.sha256].filter((hash): hash is string => typeof hash === "string"),
        ),
    }),
  }),
});

function iocVariant(type: IocType) {
  return builder.prismaNode("Ioc", {
    variant: iocKinds[type].typeName,
    description: iocKinds[type].description,
    interfaces: [IocRef],
    id: { field: "id" },
    nullable: true,
    // A global id names its type (a Domain id never loads a File), and is not a permission: `node` applies
    // the same visibility rule as `ioc`.
    findUnique: (id, ctx) => ({ id, type, AND: [visibleIocs(ctx.viewer)] }),
  });
}

// One object type per kind of the registry: a kind missing here fails to compile.
const variants = {
  FILE: iocVariant("FILE"),
  URL: iocVariant("URL"),
  DOMAIN: iocVariant("DOMAIN"),
  IP_ADDRESS: iocVariant("IP_ADDRESS"),
} satisfies Record<IocType, unknown>;
export const { FILE: FileRef, URL: UrlRef, DOMAIN: DomainRef, IP_ADDRESS: IpAddressRef } = variants;

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
      if (iocReadsOnlyColumns(query)) return visibleIocByValue(ctx.db, result.ioc, ctx.viewer);
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
    warnings: t.field({
      type: [IocWarningRef],
      description: warningsDescription,
      resolve: (ioc, _args, ctx) => ctx.warninglists.check(ioc),
    }),
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
