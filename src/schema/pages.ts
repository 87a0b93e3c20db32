// What the GraphQL API says about the human pages (src/pages/): where a collection's and an IoC's pages are.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import { collectionPath, iocPath } from "../pages/paths.js";
import { CollectionRef } from "./collection.js";
import { IocRef } from "./ioc.js";

builder.prismaObjectField(CollectionRef, "permalink", (t) =>
  t.string({
    description:
      "The collection's page, as an absolute URL to link from a blog post or a report: a server-rendered " +
      "page with its IoCs (defanged), their enrichment and live updates. Built from the server's PUBLIC_URL " +
      "when it is set, else from the address this request reached.",
    select: { id: true },
    resolve: (collection, _args, ctx) =>
      `${ctx.baseUrl}${collectionPath(encodeGlobalID("Collection", collection.id))}`,
  }),
);

builder.prismaInterfaceField(IocRef, "permalink", (t) =>
  t.string({
    description:
      "The IoC's page, as an absolute URL: its enrichment, relationships and the collections holding it " +
      "(PUBLIC_URL when set, else this request's address).",
    select: { value: true },
    resolve: (ioc, _args, ctx) => `${ctx.baseUrl}${iocPath(ioc.value)}`,
  }),
);
