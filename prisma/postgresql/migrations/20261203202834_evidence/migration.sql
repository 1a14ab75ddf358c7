-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "evidenceTaskId" INTEGER,
ADD COLUMN     "evidenceUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FileLink" ADD COLUMN     "taskId" INTEGER;

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'sent',
    "reviewedAt" TIMESTAMP(3),
    "reviewedBy" TEXT,
    "reason" TEXT,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evidence_taskId_unitId_idx" ON "Evidence"("taskId", "unitId");

-- CreateIndex
CREATE INDEX "Evidence_unitId_idx" ON "Evidence"("unitId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
