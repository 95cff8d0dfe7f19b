-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "position" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "ServiceItem" ADD COLUMN     "draftedBy" TEXT,
ADD COLUMN     "editedBy" TEXT[],
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredBy" TEXT,
ADD COLUMN     "retiredReason" TEXT,
ADD COLUMN     "reviewedBy" TEXT,
ADD COLUMN     "sentBackReasons" JSONB,
ADD COLUMN     "status" "ItemStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "submittedForReviewAt" TIMESTAMP(3),
ALTER COLUMN "current" SET DEFAULT false;

-- AlterTable
ALTER TABLE "Material" ADD COLUMN     "when" JSONB;

-- CreateTable
CREATE TABLE "StageKind" (
    "code" TEXT NOT NULL,
    "position" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "excludedFromLimit" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageKind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CertificateKind" (
    "code" TEXT NOT NULL,
    "position" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "numberPattern" TEXT NOT NULL,
    "mintsUscc" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateKind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CatalogueLogEntry" (
    "position" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "CatalogueLogEntry_pkey" PRIMARY KEY ("position")
);

-- CreateIndex
CREATE UNIQUE INDEX "StageKind_position_key" ON "StageKind"("position");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateKind_position_key" ON "CertificateKind"("position");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueLogEntry_hash_key" ON "CatalogueLogEntry"("hash");

-- CreateIndex
CREATE INDEX "CatalogueLogEntry_subject_position_idx" ON "CatalogueLogEntry"("subject", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_position_key" ON "Agency"("position");


-- Versions from before the life cycle were published when they were created.
UPDATE "ServiceItem" SET "publishedAt" = "createdAt";

-- One current version per code, and one version in the making (a draft or in review) per code:
-- a second draft of the same code would race the first to publication.
CREATE UNIQUE INDEX "ServiceItem_one_current" ON "ServiceItem"("code") WHERE "current";
CREATE UNIQUE INDEX "ServiceItem_one_in_the_making" ON "ServiceItem"("code") WHERE "status" IN ('DRAFT', 'IN_REVIEW');
