-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "greenGround" "GreenChannelGround",
ADD COLUMN     "greenMarkedAt" TIMESTAMP(3),
ADD COLUMN     "greenMarkedBy" TEXT,
ADD COLUMN     "greenReason" TEXT;

