-- CreateTable
CREATE TABLE "RuleSet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provinceId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "effectiveFrom" TEXT NOT NULL,
    "rules" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "importedBy" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'applied',
    CONSTRAINT "RuleSet_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "reminders" TEXT,
    CONSTRAINT "Plan_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("id", "importedAt", "issuedOn", "issuer", "key", "number", "provinceId", "reminders", "source", "templates", "title", "updatedAt") SELECT "id", "importedAt", "issuedOn", "issuer", "key", "number", "provinceId", "reminders", "source", "templates", "title", "updatedAt" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "Plan_provinceId_key_key" ON "Plan"("provinceId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RuleSet_provinceId_status_idx" ON "RuleSet"("provinceId", "status");
