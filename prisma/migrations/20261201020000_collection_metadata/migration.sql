-- Collection metadata (issue 12): what a collection is about, where it points, whom it concerns, and how far it
-- may travel (TLP 2.0, which also decides whether its IoCs may be sent to the enrichment provider).
CREATE TYPE "CollectionType" AS ENUM ('REPORT', 'CAMPAIGN', 'THREAT_ACTOR', 'MALWARE_FAMILY', 'SOFTWARE_TOOLKIT', 'VULNERABILITY', 'OTHER');

CREATE TYPE "Tlp" AS ENUM ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED');

-- References become {url, title} objects; the URLs stored so far are kept, untitled.
ALTER TABLE "Collection" ADD COLUMN "referenceList" JSONB NOT NULL DEFAULT '[]';
UPDATE "Collection" c SET "referenceList" = (
  SELECT coalesce(jsonb_agg(jsonb_build_object('url', r.url, 'title', NULL) ORDER BY r.ord), '[]'::jsonb)
  FROM unnest(c."references") WITH ORDINALITY AS r(url, ord)
) WHERE cardinality(c."references") > 0;
ALTER TABLE "Collection" DROP COLUMN "references";
ALTER TABLE "Collection" RENAME COLUMN "referenceList" TO "references";

ALTER TABLE "Collection" ADD COLUMN "collectionType" "CollectionType" NOT NULL DEFAULT 'REPORT',
ADD COLUMN "targetedIndustries" TEXT[],
ADD COLUMN "targetedRegions" TEXT[],
ADD COLUMN "sourceRegion" TEXT,
ADD COLUMN "tlp" "Tlp" NOT NULL DEFAULT 'CLEAR';

CREATE INDEX "Collection_targetedRegions_idx" ON "Collection" USING GIN ("targetedRegions");

CREATE INDEX "Collection_targetedIndustries_idx" ON "Collection" USING GIN ("targetedIndustries");

CREATE INDEX "Collection_collectionType_idx" ON "Collection"("collectionType");

CREATE INDEX "Collection_tlp_idx" ON "Collection"("tlp");
