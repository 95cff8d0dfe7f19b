-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "ticketId" TEXT,
ALTER COLUMN "applicationId" DROP NOT NULL,
ALTER COLUMN "applicantId" DROP NOT NULL,
ALTER COLUMN "itemCode" DROP NOT NULL;

-- CreateTable
CREATE TABLE "TicketApplication" (
    "ticketId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,

    CONSTRAINT "TicketApplication_pkey" PRIMARY KEY ("ticketId","applicationId")
);

-- CreateIndex
CREATE INDEX "TicketApplication_applicationId_idx" ON "TicketApplication"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_ticketId_key" ON "Rating"("ticketId");

-- AddForeignKey
ALTER TABLE "TicketApplication" ADD CONSTRAINT "TicketApplication_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketApplication" ADD CONSTRAINT "TicketApplication_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

