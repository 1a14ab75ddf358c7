-- AlterTable
ALTER TABLE "Province" ADD COLUMN     "directoryVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shippedThrough" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "successorId" INTEGER,
ADD COLUMN     "validFrom" TEXT,
ADD COLUMN     "validUntil" TEXT;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
