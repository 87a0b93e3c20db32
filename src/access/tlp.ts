// How far a collection's content may travel (TLP 2.0), written once. The enrichment provider is a third party
// that learns every value it is asked about (a URL lookup hands over the URL itself), so an IoC goes to it
// only when some collection that may be shared beyond its owner's organisation holds it: CLEAR, GREEN or
// AMBER. An IoC held only by AMBER_STRICT or RED collections is never sent. Held by no collection at all (a
// provider-reported neighbour, a value derived from one), nothing restricts it.
import { Prisma, type Tlp } from "../generated/prisma/client.js";

/** Least to most restricted. */
export const TLP_LEVELS = [
  "CLEAR",
  "GREEN",
  "AMBER",
  "AMBER_STRICT",
  "RED",
] as const satisfies readonly Tlp[];

/** The levels whose IoCs may be sent to the enrichment provider. */
export const PROVIDER_TLPS: readonly Tlp[] = ["CLEAR", "GREEN", "AMBER"];

export function mayReachProvider(tlp: Tlp): boolean {
  return PROVIDER_TLPS.includes(tlp);
}

/** The more restricted of two levels. */
export function stricter(a: Tlp, b: Tlp): Tlp {
  return TLP_LEVELS[Math.max(TLP_LEVELS.indexOf(a), TLP_LEVELS.indexOf(b))];
}

const providerTlps = Prisma.sql`(${Prisma.join(PROVIDER_TLPS.map((tlp) => Prisma.sql`${tlp}::"Tlp"`))})`;

/** SQL: the IoC whose id is `iocId` is held by a collection that lets it reach the provider. */
export function releasableSql(iocId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "CollectionIoc" rm JOIN "Collection" rc ON rc.id = rm."collectionId"
    WHERE rm."iocId" = ${iocId} AND rc.tlp IN ${providerTlps})`;
}

/** SQL: the IoC is held, but only by collections that keep it from the provider (it must not be sent). */
export function withheldSql(iocId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "CollectionIoc" wm WHERE wm."iocId" = ${iocId})
    AND NOT ${releasableSql(iocId)})`;
}
