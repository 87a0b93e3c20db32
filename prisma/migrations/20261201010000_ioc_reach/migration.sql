-- Who may see an IoC: the scopes whose collections reach it ("*" = public collections, else a user id for
-- that user's own), through the IoCs they hold and along the edges from them (src/access/reach.ts).
CREATE TABLE "IocReach" (
    "scope" TEXT NOT NULL,
    "iocId" TEXT NOT NULL,

    CONSTRAINT "IocReach_pkey" PRIMARY KEY ("scope","iocId")
);

CREATE INDEX "IocReach_iocId_idx" ON "IocReach"("iocId");

ALTER TABLE "IocReach" ADD CONSTRAINT "IocReach_iocId_fkey" FOREIGN KEY ("iocId") REFERENCES "Ioc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The reach of the data already there: every held IoC, for its owner and (public collections) for everyone,
-- then on along the edges.
INSERT INTO "IocReach" (scope, "iocId")
WITH RECURSIVE r(scope, id) AS (
  SELECT * FROM (
    SELECT c."ownerId", m."iocId" FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
    UNION
    SELECT '*', m."iocId" FROM "CollectionIoc" m JOIN "Collection" c ON c.id = m."collectionId"
    WHERE c.visibility = 'PUBLIC'
  ) seeds
  UNION
  SELECT r.scope, e."targetId" FROM r JOIN "IocRelation" e ON e."sourceId" = r.id
)
SELECT scope, id FROM r;

-- Scoped API keys: READ keys query and subscribe, WRITE keys also change collections.
CREATE TYPE "ApiKeyScope" AS ENUM ('READ', 'WRITE');

ALTER TABLE "ApiKey" ADD COLUMN "scope" "ApiKeyScope" NOT NULL DEFAULT 'WRITE';
