-- CreateTable
CREATE TABLE "Submission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "template" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "complete" BOOLEAN NOT NULL,
    "rowsTotal" INTEGER NOT NULL,
    "rowsValid" INTEGER NOT NULL,
    "official" INTEGER NOT NULL,
    "reserve" INTEGER NOT NULL,
    "findings" TEXT NOT NULL,
    "supersededAt" DATETIME,
    CONSTRAINT "Submission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubmissionRow" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "submissionId" INTEGER NOT NULL,
    "excelRow" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "valid" BOOLEAN NOT NULL,
    "phone" TEXT,
    "data" TEXT NOT NULL,
    CONSTRAINT "SubmissionRow_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Completion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "doneAt" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "undoneAt" DATETIME,
    "undoneBy" TEXT,
    CONSTRAINT "Completion_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Completion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provinceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "number" TEXT,
    "issuedOn" TEXT,
    "issuer" TEXT,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "templates" TEXT NOT NULL DEFAULT '[]',
    "rubric" TEXT,
    CONSTRAINT "Plan_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("id", "importedAt", "issuedOn", "issuer", "key", "number", "provinceId", "source", "title", "updatedAt") SELECT "id", "importedAt", "issuedOn", "issuer", "key", "number", "provinceId", "source", "title", "updatedAt" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_provinceId_key_key" ON "Plan"("provinceId", "key");
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "parentRef" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "deadlineText" TEXT,
    "due" TEXT,
    "effectiveDue" TEXT,
    "templates" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("deadlineText", "due", "effectiveDue", "id", "parentRef", "planId", "position", "ref", "title") SELECT "deadlineText", "due", "effectiveDue", "id", "parentRef", "planId", "position", "ref", "title" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_planId_ref_key" ON "Task"("planId", "ref");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Submission_unitId_template_idx" ON "Submission"("unitId", "template");

-- CreateIndex
CREATE INDEX "SubmissionRow_submissionId_idx" ON "SubmissionRow"("submissionId");

-- CreateIndex
CREATE INDEX "SubmissionRow_phone_idx" ON "SubmissionRow"("phone");

-- CreateIndex
CREATE INDEX "Completion_taskId_unitId_idx" ON "Completion"("taskId", "unitId");
