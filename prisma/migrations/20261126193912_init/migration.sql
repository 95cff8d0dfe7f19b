-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'CORRECTION_REQUIRED', 'APPROVED', 'REJECTED', 'ISSUED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Decision" AS ENUM ('APPROVE', 'REJECT', 'REQUEST_CORRECTION');

-- CreateTable
CREATE TABLE "Agency" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ServiceItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "statutoryDays" INTEGER NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "formSchema" JSONB NOT NULL,
    "processDefinition" JSONB NOT NULL,
    "guide" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceItemAgency" (
    "itemId" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ServiceItemAgency_pkey" PRIMARY KEY ("itemId","agencyCode")
);

-- CreateTable
CREATE TABLE "Material" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "condition" TEXT,
    "formats" TEXT[],
    "description" TEXT NOT NULL,

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "formData" JSONB NOT NULL,
    "idempotencyKey" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "deadline" TIMESTAMP(3),
    "slaPausedSince" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewTask" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "status" "TaskStatus" NOT NULL,
    "assignee" TEXT,
    "decision" "Decision",
    "comment" TEXT,
    "corrections" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),

    CONSTRAINT "ReviewTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEntry" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actor" TEXT,
    "agencyCode" TEXT,
    "action" TEXT NOT NULL,
    "detail" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "TimelineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditAccess" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readerId" TEXT NOT NULL,
    "readerRole" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,

    CONSTRAINT "AuditAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "serial" SERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "uscc" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceItem_code_current_idx" ON "ServiceItem"("code", "current");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItem_code_version_key" ON "ServiceItem"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Material_itemId_code_key" ON "Material"("itemId", "code");

-- CreateIndex
CREATE INDEX "Application_applicantId_submittedAt_idx" ON "Application"("applicantId", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_applicantId_idempotencyKey_key" ON "Application"("applicantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ReviewTask_agencyCode_status_createdAt_idx" ON "ReviewTask"("agencyCode", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewTask_applicationId_idx" ON "ReviewTask"("applicationId");

-- CreateIndex
CREATE INDEX "TimelineEntry_applicationId_at_idx" ON "TimelineEntry"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEntry_applicationId_eventKey_key" ON "TimelineEntry"("applicationId", "eventKey");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEntry_applicationId_position_key" ON "TimelineEntry"("applicationId", "position");

-- CreateIndex
CREATE INDEX "AuditAccess_applicationId_at_idx" ON "AuditAccess"("applicationId", "at");

-- CreateIndex
CREATE INDEX "AuditAccess_readerId_at_idx" ON "AuditAccess"("readerId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_serial_key" ON "Certificate"("serial");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_applicationId_key" ON "Certificate"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_uscc_key" ON "Certificate"("uscc");

-- AddForeignKey
ALTER TABLE "ServiceItemAgency" ADD CONSTRAINT "ServiceItemAgency_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceItemAgency" ADD CONSTRAINT "ServiceItemAgency_agencyCode_fkey" FOREIGN KEY ("agencyCode") REFERENCES "Agency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewTask" ADD CONSTRAINT "ReviewTask_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewTask" ADD CONSTRAINT "ReviewTask_agencyCode_fkey" FOREIGN KEY ("agencyCode") REFERENCES "Agency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntry" ADD CONSTRAINT "TimelineEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

