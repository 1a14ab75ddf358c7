-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "parentRef" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'task',
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "deadlineText" TEXT,
    "due" TEXT,
    "effectiveDue" TEXT,
    "deadlineFrom" TEXT,
    "templates" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("deadlineText", "due", "effectiveDue", "id", "parentRef", "planId", "position", "ref", "templates", "title") SELECT "deadlineText", "due", "effectiveDue", "id", "parentRef", "planId", "position", "ref", "templates", "title" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_planId_ref_key" ON "Task"("planId", "ref");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
