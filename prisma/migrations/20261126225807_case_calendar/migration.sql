-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "calendar" JSONB;

