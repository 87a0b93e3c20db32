// Scalars, shared enums and the error types every mutation result can carry.
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { builder } from "../builder.js";
import {
  AuthenticationRequiredError,
  DomainError,
  ForbiddenError,
  LimitExceededError,
  NotFoundError,
  ValidationError,
} from "../errors.js";
import type { IocType } from "../extraction/types.js";
import { iocKinds } from "../iocs/kinds.js";

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("JSON", JSONResolver);

export const IocTypeEnum = builder.enumType("IocType", {
  description: "The kinds of indicator of compromise iocgraph stores.",
  values: Object.fromEntries(
    Object.values(iocKinds).map((kind) => [kind.type, { value: kind.type, description: kind.description }]),
  ) as { [T in IocType]: { value: T; description: string } },
});

export const VisibilityEnum = builder.enumType("Visibility", {
  description: "Who can see a collection.",
  values: {
    PUBLIC: { description: "Everyone, including anonymous readers; listed in searches." },
    UNLISTED: { description: "Anyone who has its id; not listed in searches or on its IoCs." },
    PRIVATE: { description: "Only its owner." },
  } as const,
});

export const CollectionTypeEnum = builder.enumType("CollectionType", {
  description: "What a collection is about (VirusTotal's collection types).",
  values: {
    REPORT: { description: "A report: the IoCs of one publication or investigation (the default)." },
    CAMPAIGN: { description: "A campaign: a set of intrusions with a common goal." },
    THREAT_ACTOR: { description: "A threat actor or intrusion set." },
    MALWARE_FAMILY: { description: "A malware family." },
    SOFTWARE_TOOLKIT: { description: "A tool or toolkit (legitimate or offensive) used by attackers." },
    VULNERABILITY: { description: "A vulnerability and its exploitation." },
    OTHER: { description: "Anything else." },
  } as const,
});

export const TlpEnum = builder.enumType("Tlp", {
  description:
    "Traffic Light Protocol 2.0 (FIRST): how far the collection may be shared. Exports carry it (STIX " +
    "marking-definitions, MISP `tlp:` tags) and imports read it. AMBER_STRICT and RED also keep the " +
    "collection's IoCs from the enrichment provider: an IoC held only by such collections is never looked up.",
  values: {
    CLEAR: { description: "TLP:CLEAR — no limit on disclosure (the default)." },
    GREEN: { description: "TLP:GREEN — the recipient's community, not public channels." },
    AMBER: {
      description: "TLP:AMBER — the recipient's organisation and its clients, on a need-to-know basis.",
    },
    AMBER_STRICT: {
      description:
        "TLP:AMBER+STRICT — the recipient's organisation only. Never sent to the enrichment provider.",
    },
    RED: { description: "TLP:RED — the named recipients only. Never sent to the enrichment provider." },
  } as const,
});

export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description:
    "An expected failure: the request was understood but not carried out, and nothing was written.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

builder.objectType(DomainError, {
  name: "BaseError",
  description: "A failure with no more specific type.",
  interfaces: [ErrorInterface],
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was malformed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true, description: "The input field at fault, when one is." }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "The object does not exist, or is not visible to you.",
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "You can see the object but not change it: only its owner can.",
  interfaces: [ErrorInterface],
});

builder.objectType(AuthenticationRequiredError, {
  name: "AuthenticationRequiredError",
  description: "The operation needs an API key.",
  interfaces: [ErrorInterface],
});

builder.objectType(LimitExceededError, {
  name: "LimitExceededError",
  description: "The request is larger than the server's configured caps.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ limit: t.exposeInt("limit", { description: "The cap that was exceeded." }) }),
});

/** The expected errors of a mutation that changes a collection. */
export const collectionErrors = [
  ValidationError,
  NotFoundError,
  ForbiddenError,
  AuthenticationRequiredError,
  LimitExceededError,
];
