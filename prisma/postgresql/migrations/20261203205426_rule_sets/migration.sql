-- AlterTable
ALTER TABLE "Plan" DROP COLUMN "rubric";

-- CreateTable
CREATE TABLE "RuleSet" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "rules" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "importedBy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'applied',

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RuleSet_provinceId_status_idx" ON "RuleSet"("provinceId", "status");

-- AddForeignKey
ALTER TABLE "RuleSet" ADD CONSTRAINT "RuleSet_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;
