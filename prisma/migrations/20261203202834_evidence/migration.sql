-- AlterTable
ALTER TABLE "Chat" ADD COLUMN "evidenceTaskId" INTEGER;
ALTER TABLE "Chat" ADD COLUMN "evidenceUntil" DATETIME;

-- AlterTable
ALTER TABLE "FileLink" ADD COLUMN "taskId" INTEGER;

-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB,
    "receivedAt" DATETIME NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "supersededAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "reviewedAt" DATETIME,
    "reviewedBy" TEXT,
    "reason" TEXT,
    CONSTRAINT "Evidence_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Evidence_taskId_unitId_idx" ON "Evidence"("taskId", "unitId");

-- CreateIndex
CREATE INDEX "Evidence_unitId_idx" ON "Evidence"("unitId");
