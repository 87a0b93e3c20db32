-- AlterTable
ALTER TABLE "Enrichment" ADD COLUMN     "finalUrl" TEXT,
ADD COLUMN     "httpResponseCode" INTEGER,
ADD COLUMN     "meaningfulName" TEXT,
ADD COLUMN     "title" TEXT,
ADD COLUMN     "total" INTEGER;

-- CreateTable
CREATE TABLE "ProviderQuota" (
    "provider" TEXT NOT NULL,
    "recent" BIGINT[],
    "day" TEXT NOT NULL DEFAULT '',
    "dayCount" INTEGER NOT NULL DEFAULT 0,
    "pausedUntil" TIMESTAMP(3),
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "problem" TEXT,
    "problemKey" TEXT,
    "problemUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderQuota_pkey" PRIMARY KEY ("provider")
);
