-- DropIndex
DROP INDEX "Task_planId_ref_key";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlanRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER,
    "source" TEXT NOT NULL,
    "proposed" TEXT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '[]',
    "reason" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "baseRevisionId" INTEGER,
    "edit" TEXT,
    "file" BLOB,
    "choices" TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO "new_PlanRevision" ("baseRevisionId", "changes", "createdAt", "createdBy", "decidedAt", "edit", "id", "planId", "proposed", "reason", "source", "status") SELECT "baseRevisionId", "changes", "createdAt", "createdBy", "decidedAt", "edit", "id", "planId", "proposed", "reason", "source", "status" FROM "PlanRevision";
DROP TABLE "PlanRevision";
ALTER TABLE "new_PlanRevision" RENAME TO "PlanRevision";
CREATE INDEX "PlanRevision_planId_status_idx" ON "PlanRevision"("planId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Task_planId_ref_idx" ON "Task"("planId", "ref");
