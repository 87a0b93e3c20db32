// refreshEnrichment: an owner asks for fresh lookups of a collection's IoCs. Stale ones (or all, with force)
// are queued; the worker does the rest within the quota. IoCs that TLP keeps from the provider are not (the
// queue refuses them): a RED collection's IoCs are refreshed only when a shareable collection holds them too.

import { assertOwned } from "../access/collections.js";
import { requireWriter, type Viewer } from "../auth/api-keys.js";
import type { Db } from "../db.js";
import { DomainError } from "../errors.js";
import { Prisma } from "../generated/prisma/client.js";
import { decodeRows, idRow } from "../rows.js";
import { outdated } from "./freshness.js";
import type { Enrichment } from "./service.js";

/** No provider looks IoCs up on this server (ENRICHMENT_PROVIDER is none or offline). */
export class EnrichmentUnavailableError extends DomainError {
  override name = "EnrichmentUnavailableError";
  constructor() {
    super("This server has no enrichment provider that looks IoCs up (see ENRICHMENT_PROVIDER).");
  }
}

export async function refreshCollection(
  ctx: { db: Db; viewer: Viewer | null; enrichment: Enrichment },
  collectionId: string,
  force: boolean,
): Promise<{ collectionId: string; queued: number }> {
  const viewer = requireWriter(ctx.viewer);
  await assertOwned(ctx.db, collectionId, viewer, { lock: false });
  const enrichment = ctx.enrichment;
  if (!enrichment.provider) throw new EnrichmentUnavailableError();
  const provider = enrichment.provider;
  const stale = force
    ? Prisma.sql`TRUE`
    : Prisma.sql`(e."iocId" IS NULL OR e.status = 'ERROR'
        OR ${outdated("e", enrichment.config.ttlMs)})`;
  const rows = decodeRows(
    idRow,
    await ctx.db.$queryRaw`
    SELECT m."iocId" AS id FROM "CollectionIoc" m
    LEFT JOIN "Enrichment" e ON e."iocId" = m."iocId" AND e.provider = ${provider}
    WHERE m."collectionId" = ${collectionId} AND ${stale}`,
  );
  const queued = await enrichment.enqueue(
    ctx.db,
    rows.map((row) => row.id),
  );
  return { collectionId, queued };
}
