-- AlterTable
ALTER TABLE "ServiceItem" ADD COLUMN     "slaWarningDays" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "overdueSince" TIMESTAMP(3),
ADD COLUMN     "slaExtendedWorkingDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "slaPausedWorkingDays" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReviewTask" ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalatedTo" TEXT,
ADD COLUMN     "pausedSince" TIMESTAMP(3),
ADD COLUMN     "pausedWorkingDays" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "warnedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "holidays" JSONB NOT NULL,
    "workdays" JSONB NOT NULL,
    "reason" TEXT,
    "loadedBy" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year","version")
);

-- CreateIndex
CREATE INDEX "ReviewTask_agencyCode_escalatedAt_idx" ON "ReviewTask"("agencyCode", "escalatedAt");

