-- IoC search (Query.iocs) and sightings (Ioc.firstSighted/lastSighted/sightings, Ioc.collections by most
-- recent sighting).

-- Value substrings (`valueContains`, a bare word of `query`) through a trigram index: ILIKE '%…%' uses it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Ioc_value_trgm_idx" ON "Ioc" USING GIN ("value" gin_trgm_ops);

-- The enrichment filters and orders drive the search from these (each checked to be the IoC's current row).
CREATE INDEX "Enrichment_malicious_idx" ON "Enrichment"("malicious");
CREATE INDEX "Enrichment_country_idx" ON "Enrichment"("country");
CREATE INDEX "Enrichment_asn_idx" ON "Enrichment"("asn");
CREATE INDEX "Enrichment_firstSeen_idx" ON "Enrichment"("firstSeen");
CREATE INDEX "Enrichment_lastSeen_idx" ON "Enrichment"("lastSeen");
CREATE INDEX "Enrichment_status_idx" ON "Enrichment"("status");
CREATE INDEX "Enrichment_tags_idx" ON "Enrichment" USING GIN ("tags");

-- An IoC's collections, most recent sighting first, read from the index.
DROP INDEX "CollectionIoc_iocId_idx";
CREATE INDEX "CollectionIoc_iocId_addedAt_collectionId_idx" ON "CollectionIoc"("iocId", "addedAt" DESC, "collectionId");

-- Sightings per scope: for "*", the public collections holding an IoC; for a user's id, that user's own
-- collections that are not public (their public ones count under "*"). A viewer's sightings are the rows of
-- their scopes (src/access/iocs.ts), so the listed-collections rule holds and nothing is counted twice.
CREATE TABLE "Sighting" (
    "scope" TEXT NOT NULL,
    "iocId" TEXT NOT NULL,
    "collections" INTEGER NOT NULL,
    "firstSighted" TIMESTAMP(3) NOT NULL,
    "lastSighted" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sighting_pkey" PRIMARY KEY ("scope","iocId")
);

CREATE INDEX "Sighting_iocId_idx" ON "Sighting"("iocId");
CREATE INDEX "Sighting_scope_lastSighted_iocId_idx" ON "Sighting"("scope", "lastSighted", "iocId");
CREATE INDEX "Sighting_scope_firstSighted_iocId_idx" ON "Sighting"("scope", "firstSighted", "iocId");
CREATE INDEX "Sighting_scope_collections_iocId_idx" ON "Sighting"("scope", "collections", "iocId");

ALTER TABLE "Sighting" ADD CONSTRAINT "Sighting_iocId_fkey" FOREIGN KEY ("iocId") REFERENCES "Ioc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Kept exact by the database itself in the transaction of every change of membership or visibility, set-based
-- (statement-level triggers over transition tables): an IoC's rows are recomputed from its memberships. Under
-- the lock that orders reach changes (src/access/reach.ts), so concurrent changes recompute one after another,
-- each seeing what the one before committed.
CREATE FUNCTION "iocgraph_refresh_sightings"(iocs TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(iocs) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(7243901119);
  DELETE FROM "Sighting" WHERE "iocId" = ANY(iocs);
  INSERT INTO "Sighting" (scope, "iocId", collections, "firstSighted", "lastSighted")
  SELECT CASE WHEN c.visibility = 'PUBLIC' THEN '*' ELSE c."ownerId" END, m."iocId", count(*)::int,
         min(m."addedAt"), max(m."addedAt")
  FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
  WHERE m."iocId" = ANY(iocs)
  GROUP BY 1, 2;
END $$;

CREATE FUNCTION "iocgraph_sightings_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "iocgraph_refresh_sightings"(ARRAY(SELECT DISTINCT "iocId" FROM added));
  RETURN NULL;
END $$;

CREATE FUNCTION "iocgraph_sightings_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "iocgraph_refresh_sightings"(ARRAY(SELECT DISTINCT "iocId" FROM removed));
  RETURN NULL;
END $$;

CREATE FUNCTION "iocgraph_sightings_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "iocgraph_refresh_sightings"(ARRAY(
    SELECT "iocId" FROM removed UNION SELECT "iocId" FROM added));
  RETURN NULL;
END $$;

-- A collection's visibility or owner changed: its IoCs move between scopes. Every other update (counts,
-- updatedAt on each add) changes nothing here and takes no lock.
CREATE FUNCTION "iocgraph_sightings_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "iocgraph_refresh_sightings"(ARRAY(
    SELECT DISTINCT m."iocId" FROM added n JOIN removed o ON o.id = n.id
    JOIN "CollectionIoc" m ON m."collectionId" = n.id
    WHERE (o.visibility = 'PUBLIC') IS DISTINCT FROM (n.visibility = 'PUBLIC') OR o."ownerId" <> n."ownerId"));
  RETURN NULL;
END $$;

CREATE TRIGGER "CollectionIoc_sightings_insert" AFTER INSERT ON "CollectionIoc"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "iocgraph_sightings_added"();
CREATE TRIGGER "CollectionIoc_sightings_delete" AFTER DELETE ON "CollectionIoc"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "iocgraph_sightings_removed"();
CREATE TRIGGER "CollectionIoc_sightings_update" AFTER UPDATE ON "CollectionIoc"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
  EXECUTE FUNCTION "iocgraph_sightings_moved"();
CREATE TRIGGER "Collection_sightings_update" AFTER UPDATE ON "Collection"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
  EXECUTE FUNCTION "iocgraph_sightings_visibility"();

-- The sightings of the data already there.
INSERT INTO "Sighting" (scope, "iocId", collections, "firstSighted", "lastSighted")
SELECT CASE WHEN c.visibility = 'PUBLIC' THEN '*' ELSE c."ownerId" END, m."iocId", count(*)::int,
       min(m."addedAt"), max(m."addedAt")
FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
GROUP BY 1, 2;
