-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "idNumber" TEXT;

-- CreateIndex
CREATE INDEX "Appointment_idNumber_slotStart_idx" ON "Appointment"("idNumber", "slotStart");

