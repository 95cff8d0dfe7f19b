-- CreateEnum
CREATE TYPE "ServiceLine" AS ENUM ('ACCEPTANCE', 'COLLECTION', 'ENQUIRY');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('WAITING', 'CALLED', 'SERVED', 'ABSENT');

-- CreateEnum
CREATE TYPE "GreenChannelGround" AS ENUM ('ELDERLY', 'DISABLED', 'SERVICE_MEMBER', 'KEY_PROJECT');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'ARRIVED', 'CANCELLED');

-- CreateTable
CREATE TABLE "TicketCounter" (
    "line" "ServiceLine" NOT NULL,
    "day" TEXT NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "TicketCounter_pkey" PRIMARY KEY ("line","day")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "line" "ServiceLine" NOT NULL,
    "day" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "idNumber" TEXT,
    "qrToken" TEXT NOT NULL,
    "takenBy" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'WAITING',
    "appointmentId" TEXT,
    "dueAt" TIMESTAMP(3),
    "applicantId" TEXT,
    "greenGround" "GreenChannelGround",
    "greenReason" TEXT,
    "greenMarkedBy" TEXT,
    "greenMarkedAt" TIMESTAMP(3),
    "window" TEXT,
    "calledBy" TEXT,
    "calledAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "line" "ServiceLine" NOT NULL,
    "slotStart" TIMESTAMP(3) NOT NULL,
    "applicantId" TEXT NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "bookedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentSlot" (
    "line" "ServiceLine" NOT NULL,
    "slotStart" TIMESTAMP(3) NOT NULL,
    "booked" INTEGER NOT NULL,

    CONSTRAINT "AppointmentSlot_pkey" PRIMARY KEY ("line","slotStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_qrToken_key" ON "Ticket"("qrToken");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_appointmentId_key" ON "Ticket"("appointmentId");

-- CreateIndex
CREATE INDEX "Ticket_day_status_idx" ON "Ticket"("day", "status");

-- CreateIndex
CREATE INDEX "Ticket_idNumber_takenAt_idx" ON "Ticket"("idNumber", "takenAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_line_day_number_key" ON "Ticket"("line", "day", "number");

-- CreateIndex
CREATE INDEX "Appointment_applicantId_slotStart_idx" ON "Appointment"("applicantId", "slotStart");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

