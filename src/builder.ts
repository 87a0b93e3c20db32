// The Pothos builder: generics and plugins only. Types are defined in src/schema/<domain>.ts.
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.js";
import { DomainError } from "./errors.js";
import type PrismaTypes from "./generated/pothos-prisma-types.js";
import { getDatamodel } from "./generated/pothos-prisma-types.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number | bigint };
  };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    // The configured page maximum is enforced before execution (src/plugins/page-size.ts), with a clear error;
    // this only stops Pothos from silently truncating pages at its own default of 100.
    maxConnectionSize: Number.MAX_SAFE_INTEGER,
    defaultConnectionSize: 20,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Query.node and Query.nodes are defined in src/schema/ids.ts: they answer null for an id that does not
    // decode, where the plugin's own fields would fail the whole request.
    nodeQueryOptions: false,
    pageInfoTypeOptions: { description: "Where a page of a connection sits in the whole list (Relay)." },
    nodeTypeOptions: {
      description: "An object with a global id: refetch it with `node(id)` (Relay's Object Identification).",
    },
    nodesQueryOptions: false,
  },
  errors: { defaultTypes: [DomainError] },
});
