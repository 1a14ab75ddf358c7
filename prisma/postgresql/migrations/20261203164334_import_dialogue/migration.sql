-- DropIndex
DROP INDEX "Task_planId_ref_key";

-- AlterTable
ALTER TABLE "PlanRevision" ADD COLUMN     "choices" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "file" BYTEA;

-- CreateIndex
CREATE INDEX "Task_planId_ref_idx" ON "Task"("planId", "ref");
