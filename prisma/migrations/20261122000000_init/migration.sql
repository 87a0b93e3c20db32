-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "IocType" AS ENUM ('FILE', 'URL', 'DOMAIN', 'IP_ADDRESS');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'UNLISTED', 'PRIVATE');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('CREATED', 'IOCS_ADDED', 'IOCS_REMOVED', 'UPDATED', 'DELETED');

-- CreateEnum
CREATE TYPE "EnrichmentStatus" AS ENUM ('PENDING', 'FRESH', 'STALE', 'NOT_FOUND', 'ERROR');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[],
    "references" TEXT[],
    "altNames" TEXT[],
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileCount" INTEGER NOT NULL DEFAULT 0,
    "urlCount" INTEGER NOT NULL DEFAULT 0,
    "domainCount" INTEGER NOT NULL DEFAULT 0,
    "ipCount" INTEGER NOT NULL DEFAULT 0,
    "iocCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ioc" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "type" "IocType" NOT NULL,
    "value" TEXT NOT NULL,
    "md5" TEXT,
    "sha1" TEXT,
    "sha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ioc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionIoc" (
    "collectionId" TEXT NOT NULL,
    "iocId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedById" TEXT,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "CollectionIoc_pkey" PRIMARY KEY ("collectionId","iocId")
);

-- CreateTable
CREATE TABLE "CollectionChange" (
    "id" BIGSERIAL NOT NULL,
    "collectionId" TEXT NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "iocIds" TEXT[],
    "details" JSONB,

    CONSTRAINT "CollectionChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrichment" (
    "iocId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" "EnrichmentStatus" NOT NULL DEFAULT 'PENDING',
    "fetchedAt" TIMESTAMP(3),
    "error" TEXT,
    "malicious" INTEGER,
    "suspicious" INTEGER,
    "harmless" INTEGER,
    "undetected" INTEGER,
    "timeout" INTEGER,
    "firstSeen" TIMESTAMP(3),
    "lastSeen" TIMESTAMP(3),
    "size" BIGINT,
    "typeDescription" TEXT,
    "names" TEXT[],
    "tags" TEXT[],
    "reputation" INTEGER,
    "registrar" TEXT,
    "creationDate" TIMESTAMP(3),
    "categories" TEXT[],
    "country" TEXT,
    "asn" INTEGER,
    "asOwner" TEXT,
    "network" TEXT,
    "raw" JSONB,

    CONSTRAINT "Enrichment_pkey" PRIMARY KEY ("iocId","provider")
);

-- CreateTable
CREATE TABLE "EnrichmentJob" (
    "id" BIGSERIAL NOT NULL,
    "iocId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrichmentJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IocRelation" (
    "sourceId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "firstSeen" TIMESTAMP(3),
    "lastSeen" TIMESTAMP(3),
    "origin" TEXT NOT NULL,

    CONSTRAINT "IocRelation_pkey" PRIMARY KEY ("sourceId","relation","targetId")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_name_key" ON "User"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "ApiKey_userId_idx" ON "ApiKey"("userId");

-- CreateIndex
CREATE INDEX "Collection_ownerId_idx" ON "Collection"("ownerId");

-- CreateIndex
CREATE INDEX "Collection_visibility_createdAt_idx" ON "Collection"("visibility", "createdAt");

-- CreateIndex
CREATE INDEX "Collection_visibility_updatedAt_idx" ON "Collection"("visibility", "updatedAt");

-- CreateIndex
CREATE INDEX "Collection_visibility_iocCount_idx" ON "Collection"("visibility", "iocCount");

-- CreateIndex
CREATE INDEX "Collection_tags_idx" ON "Collection" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "Ioc_md5_key" ON "Ioc"("md5");

-- CreateIndex
CREATE UNIQUE INDEX "Ioc_sha1_key" ON "Ioc"("sha1");

-- CreateIndex
CREATE UNIQUE INDEX "Ioc_sha256_key" ON "Ioc"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Ioc_type_value_key" ON "Ioc"("type", "value");

-- CreateIndex
CREATE INDEX "CollectionIoc_iocId_idx" ON "CollectionIoc"("iocId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionIoc_collectionId_seq_key" ON "CollectionIoc"("collectionId", "seq");

-- CreateIndex
CREATE INDEX "CollectionChange_collectionId_id_idx" ON "CollectionChange"("collectionId", "id");

-- CreateIndex
CREATE INDEX "EnrichmentJob_runAt_idx" ON "EnrichmentJob"("runAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnrichmentJob_iocId_provider_key" ON "EnrichmentJob"("iocId", "provider");

-- CreateIndex
CREATE INDEX "IocRelation_targetId_relation_idx" ON "IocRelation"("targetId", "relation");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Collection" ADD CONSTRAINT "Collection_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionIoc" ADD CONSTRAINT "CollectionIoc_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionIoc" ADD CONSTRAINT "CollectionIoc_iocId_fkey" FOREIGN KEY ("iocId") REFERENCES "Ioc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionIoc" ADD CONSTRAINT "CollectionIoc_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrichment" ADD CONSTRAINT "Enrichment_iocId_fkey" FOREIGN KEY ("iocId") REFERENCES "Ioc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IocRelation" ADD CONSTRAINT "IocRelation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Ioc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IocRelation" ADD CONSTRAINT "IocRelation_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Ioc"("id") ON DELETE CASCADE ON UPDATE CASCADE;
