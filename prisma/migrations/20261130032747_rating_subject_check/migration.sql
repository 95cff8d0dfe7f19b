-- DropForeignKey
ALTER TABLE "Rating" DROP CONSTRAINT "Rating_ticketId_fkey";

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A rating rates one thing: an ended case or a window visit, never both and never neither
-- (the satisfaction figures tell them apart by which is set).
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_one_subject" CHECK (num_nonnulls("applicationId", "ticketId") = 1);
