-- Per-kind counts in one JSON object keyed by IocType ({"FILE": 3, "URL": 1}; a kind with none is absent),
-- so a new kind needs no column. The total stays a column: collections are ordered by it.
ALTER TABLE "Collection" ADD COLUMN "typeCounts" JSONB NOT NULL DEFAULT '{}';

UPDATE "Collection" SET "typeCounts" = jsonb_strip_nulls(jsonb_build_object(
  'FILE', NULLIF("fileCount", 0),
  'URL', NULLIF("urlCount", 0),
  'DOMAIN', NULLIF("domainCount", 0),
  'IP_ADDRESS', NULLIF("ipCount", 0)));

ALTER TABLE "Collection" DROP COLUMN "fileCount",
  DROP COLUMN "urlCount",
  DROP COLUMN "domainCount",
  DROP COLUMN "ipCount";
