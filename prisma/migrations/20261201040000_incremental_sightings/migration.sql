-- New memberships add to the sightings they fall under instead of recomputing each IoC's rows from all its
-- memberships: a recomputation deletes and rewrites every row of the IoCs, and finding their memberships by
-- `iocId = ANY(…)` of 10,000 ids made the planner scan the whole membership table on each add — a cost that
-- grew with the database, not with the call. A new membership (the primary key keeps it new) counts once more
-- under its collection's scope, and can only widen the first/last sighting. Removals, moves and visibility
-- changes still recompute (iocgraph_refresh_sightings), under the same lock, so both stay exact.
CREATE OR REPLACE FUNCTION "iocgraph_sightings_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM added) THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(7243901119);
  INSERT INTO "Sighting" AS s (scope, "iocId", collections, "firstSighted", "lastSighted")
  SELECT CASE WHEN c.visibility = 'PUBLIC' THEN '*' ELSE c."ownerId" END, a."iocId", count(*)::int,
         min(a."addedAt"), max(a."addedAt")
  FROM added a JOIN "Collection" c ON c.id = a."collectionId"
  GROUP BY 1, 2
  ORDER BY 1, 2
  ON CONFLICT (scope, "iocId") DO UPDATE SET
    collections = s.collections + EXCLUDED.collections,
    "firstSighted" = LEAST(s."firstSighted", EXCLUDED."firstSighted"),
    "lastSighted" = GREATEST(s."lastSighted", EXCLUDED."lastSighted");
  RETURN NULL;
END $$;
