// The columns of an Enrichment row, listed once with their kind: the mapping from provider documents, the
// set-based upsert, the loaders' reads and the decoding of their rows are all built from this list.
import { Prisma } from "../generated/prisma/client.js";
import { EnrichmentStatus } from "../generated/prisma/enums.js";
import { z } from "../rows.js";

const kinds = {
  int: z.number().int().nullable(),
  bigint: z.union([z.bigint(), z.number().transform((n) => BigInt(n))]).nullable(),
  date: z.date().nullable(),
  text: z.string().nullable(),
  list: z.array(z.string()),
};

type Kind = keyof typeof kinds;

/** What a provider document fills, column by column. */
export const providerFields = {
  malicious: "int",
  suspicious: "int",
  harmless: "int",
  undetected: "int",
  timeout: "int",
  total: "int",
  firstSeen: "date",
  lastSeen: "date",
  size: "bigint",
  typeDescription: "text",
  meaningfulName: "text",
  names: "list",
  tags: "list",
  reputation: "int",
  registrar: "text",
  creationDate: "date",
  categories: "list",
  country: "text",
  asn: "int",
  asOwner: "text",
  network: "text",
  finalUrl: "text",
  title: "text",
  httpResponseCode: "int",
} as const satisfies Record<string, Kind>;

export type ProviderField = keyof typeof providerFields;

export const providerFieldNames = Object.keys(providerFields) as ProviderField[];

type Plain<K extends Kind> = K extends "bigint" ? number | null : z.infer<(typeof kinds)[K]>;

/** A provider document's values (a size is a plain number until it is stored as bigint). */
export type EnrichmentFields = { [F in ProviderField]: Plain<(typeof providerFields)[F]> };

/** A stored enrichment row without its raw document (read only when asked for). */
export const enrichmentRow = z.object({
  iocId: z.string(),
  provider: z.string(),
  status: z.enum(EnrichmentStatus),
  fetchedAt: z.date().nullable(),
  error: z.string().nullable(),
  ...(Object.fromEntries(providerFieldNames.map((field) => [field, kinds[providerFields[field]]])) as {
    [F in ProviderField]: (typeof kinds)[(typeof providerFields)[F]];
  }),
});

export type EnrichmentView = z.infer<typeof enrichmentRow>;

/** A stored row as the loaders read it: with whether it is outdated (src/enrichment/freshness.ts). */
export const currentRow = enrichmentRow.extend({ outdated: z.boolean().nullable() });

export type CurrentEnrichment = z.infer<typeof currentRow>;

const quoted = (field: string) => `"${field}"`;

/** The row columns of `enrichmentRow`, read from the Enrichment row aliased `alias`. */
export function enrichmentColumns(alias: string): Prisma.Sql {
  const names = ["iocId", "provider", "fetchedAt", "error", ...providerFieldNames];
  return Prisma.raw(
    [`${alias}.status::text AS status`, ...names.map((name) => `${alias}.${quoted(name)}`)].join(", "),
  );
}

/** For the upsert: the provider columns, their values from the JSON row `r`, and their update. */
export const upsertSql = {
  columns: Prisma.raw(providerFieldNames.map(quoted).join(", ")),
  values: Prisma.raw(
    providerFieldNames
      .map((field) =>
        providerFields[field] === "list" ? `coalesce(r.${quoted(field)}, '{}')` : `r.${quoted(field)}`,
      )
      .join(", "),
  ),
  updates: Prisma.raw(
    providerFieldNames.map((field) => `${quoted(field)} = EXCLUDED.${quoted(field)}`).join(", "),
  ),
};

/**
 * The current enrichment of the IoC whose id is the SQL expression `iocId`, across providers: a looked-up row
 * over a PENDING one, then the latest fetched, then by provider name. The one place that rule is written, in
 * its two forms: this one reads it per IoC, `isCurrentEnrichment` tests a row (so a search can start from
 * the Enrichment indexes).
 */
export function currentEnrichment(iocId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT * FROM "Enrichment" x WHERE x."iocId" = ${iocId}
    ORDER BY (x.status = 'PENDING'), x."fetchedAt" DESC NULLS LAST, x.provider LIMIT 1`;
}

/** Whether the Enrichment row aliased `alias` is its IoC's current one: no other row ranks before it. */
export function isCurrentEnrichment(alias: string): Prisma.Sql {
  const e = Prisma.raw(`"${alias}"`);
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Enrichment" x WHERE x."iocId" = ${e}."iocId"
    AND x.provider <> ${e}.provider AND (
      (x.status = 'PENDING') < (${e}.status = 'PENDING')
      OR ((x.status = 'PENDING') = (${e}.status = 'PENDING') AND (
        (x."fetchedAt" IS NOT NULL AND (${e}."fetchedAt" IS NULL OR x."fetchedAt" > ${e}."fetchedAt"))
        OR (x."fetchedAt" IS NOT DISTINCT FROM ${e}."fetchedAt" AND x.provider < ${e}.provider)))))`;
}
