-- DropIndex
DROP INDEX "Task_planId_ref_key";

-- AlterTable
ALTER TABLE "PlanRevision" ADD COLUMN     "choices" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "file" BYTEA;

-- CreateTable
CREATE TABLE "UnitAlias" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitAlias_province_name_key" ON "UnitAlias"("province", "name");

-- CreateIndex
CREATE INDEX "Task_planId_ref_idx" ON "Task"("planId", "ref");

-- AddForeignKey
ALTER TABLE "UnitAlias" ADD CONSTRAINT "UnitAlias_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
