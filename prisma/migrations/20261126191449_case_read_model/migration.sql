-- DropIndex
DROP INDEX "ReviewTask_agencyCode_status_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "deadline" TIMESTAMP(3),
ADD COLUMN     "slaPausedSince" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ReviewTask_agencyCode_status_createdAt_idx" ON "ReviewTask"("agencyCode", "status", "createdAt");

