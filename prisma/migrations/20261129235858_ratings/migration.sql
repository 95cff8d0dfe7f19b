-- CreateEnum
CREATE TYPE "RatingLevel" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED');

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "level" "RatingLevel" NOT NULL,
    "tags" TEXT[],
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "followUpLevel" "RatingLevel",
    "followUpComment" TEXT,
    "followUpAt" TIMESTAMP(3),

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "returnCallDueAt" TIMESTAMP(3) NOT NULL,
    "returnCallAt" TIMESTAMP(3),
    "returnCallBy" TEXT,
    "returnCallNote" TEXT,
    "returnCallEscalatedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3) NOT NULL,
    "feedbackAt" TIMESTAMP(3),
    "feedbackBy" TEXT,
    "feedback" TEXT,
    "warnedAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "escalatedTo" TEXT,
    "version" INTEGER NOT NULL,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingInvitation" (
    "applicationId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingInvitation_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rating_applicationId_key" ON "Rating"("applicationId");

-- CreateIndex
CREATE INDEX "Rating_itemCode_idx" ON "Rating"("itemCode");

-- CreateIndex
CREATE INDEX "Rating_agencyCode_idx" ON "Rating"("agencyCode");

-- CreateIndex
CREATE INDEX "Rating_applicantId_createdAt_idx" ON "Rating"("applicantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_ratingId_key" ON "Rectification"("ratingId");

-- CreateIndex
CREATE INDEX "Rectification_agencyCode_createdAt_idx" ON "Rectification"("agencyCode", "createdAt");

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE CASCADE ON UPDATE CASCADE;

