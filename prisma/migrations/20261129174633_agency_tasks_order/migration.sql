-- CreateIndex
CREATE INDEX "ReviewTask_agencyCode_createdAt_idx" ON "ReviewTask"("agencyCode", "createdAt");

