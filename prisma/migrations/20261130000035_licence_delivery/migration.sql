-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('COLLECTION', 'DELIVERY');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('CHOSEN', 'BOOKED', 'ACCEPTED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED');

-- CreateTable
CREATE TABLE "Delivery" (
    "applicationId" TEXT NOT NULL,
    "method" "DeliveryMethod" NOT NULL,
    "address" JSONB,
    "waybill" TEXT,
    "status" "DeliveryStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_waybill_key" ON "Delivery"("waybill");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

