-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "usedAt" TIMESTAMP(3);

