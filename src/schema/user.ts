// Users and their API keys.

import { issueApiKey, revokeOwnApiKey } from "../auth/api-keys.js";
import { builder } from "../builder.js";
import { AuthenticationRequiredError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { announceChange } from "../pubsub.js";
import { idOf } from "./ids.js";

export const UserRef = builder.prismaNode("User", {
  description: "A person or team that owns collections.",
  id: { field: "id" },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const ApiKeyScopeEnum = builder.enumType("ApiKeyScope", {
  description: "What an API key may do.",
  values: {
    READ: { description: "Query and subscribe: every mutation with it is refused with ForbiddenError." },
    WRITE: { description: "Everything the user may do." },
  } as const,
});

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  description: "An API key. Its secret is shown once, when it is created; only a hash is stored.",
  id: { field: "id" },
  nullable: true,
  // An API key is visible to its owner only, including through `node`.
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    prefix: t.exposeString("prefix", { description: "The first characters of the key, to tell keys apart." }),
    scope: t.expose("scope", { type: ApiKeyScopeEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

const ViewerRef = builder.prismaObject("User", {
  variant: "Viewer",
  description: "The authenticated user, with what only they may see.",
  fields: (t) => ({
    user: t.variant(UserRef),
    apiKeys: t.relation("apiKeys", { query: { orderBy: { createdAt: "desc" } } }),
  }),
});

builder.queryField("viewer", (t) =>
  t.prismaField({
    type: ViewerRef,
    nullable: true,
    description: "The user whose API key made this request; null when anonymous.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.db.user.findUnique({ ...query, where: { id: ctx.viewer.id } }) : null,
  }),
);

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  fields: (t) => ({
    name: t.string({ required: false, description: "A label, e.g. the machine using it." }),
    scope: t.field({
      type: ApiKeyScopeEnum,
      defaultValue: "WRITE",
      description: "What the key may do: READ for a key a dashboard embeds (it can never write).",
    }),
  }),
});

const CreateApiKeyPayload = builder
  .objectRef<{ id: string; secret: string }>("CreateApiKeyPayload")
  .implement({
    fields: (t) => ({
      apiKey: t.prismaField({
        type: ApiKeyRef,
        resolve: (query, payload, _args, ctx) =>
          ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: payload.id } }),
      }),
      secret: t.exposeString("secret", {
        description: "The key itself. It is shown this once and never again.",
      }),
    }),
  });

builder.mutationField("createApiKey", (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description: "Creates another API key for the authenticated user.",
    errors: {
      types: [AuthenticationRequiredError, ForbiddenError, ValidationError],
      directResult: true,
      union: { name: "CreateApiKeyResult" },
    },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) => issueApiKey(ctx.db, ctx.viewer, input),
  }),
);

const RevokeApiKeyInput = builder.inputType("RevokeApiKeyInput", {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const RevokeApiKeyPayload = builder.objectRef<{ id: string }>("RevokeApiKeyPayload").implement({
  fields: (t) => ({
    apiKey: t.prismaField({
      type: ApiKeyRef,
      resolve: (query, payload, _args, ctx) =>
        ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: payload.id } }),
    }),
  }),
});

builder.mutationField("revokeApiKey", (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    description: "Revokes one of your API keys at once (the key making the request included).",
    errors: {
      types: [AuthenticationRequiredError, ForbiddenError, NotFoundError],
      directResult: true,
      union: { name: "RevokeApiKeyResult" },
    },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // An id that does not decode names no key of yours: the same NotFoundError as an unknown one.
      const id = idOf(String(input.id), "ApiKey") ?? "";
      await revokeOwnApiKey(ctx.db, ctx.viewer, id, () => announceChange(ctx.pubsub));
      return { id };
    },
  }),
);
