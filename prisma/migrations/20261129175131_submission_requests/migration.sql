-- CreateTable
CREATE TABLE "SubmissionRequest" (
    "applicationId" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionRequest_pkey" PRIMARY KEY ("applicationId")
);

