-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Province" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "directoryVersion" INTEGER NOT NULL DEFAULT 0,
    "shippedThrough" TEXT
);
INSERT INTO "new_Province" ("id", "name") SELECT "id", "name" FROM "Province";
DROP TABLE "Province";
ALTER TABLE "new_Province" RENAME TO "Province";
CREATE UNIQUE INDEX "Province_name_key" ON "Province"("name");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provinceId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" INTEGER,
    "abbreviations" TEXT NOT NULL DEFAULT '[]',
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "resolved" BOOLEAN NOT NULL DEFAULT true,
    "validFrom" TEXT,
    "validUntil" TEXT,
    "successorId" INTEGER,
    CONSTRAINT "Unit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Unit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Unit" ("abbreviations", "aliases", "id", "kind", "name", "parentId", "provinceId", "resolved") SELECT "abbreviations", "aliases", "id", "kind", "name", "parentId", "provinceId", "resolved" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_provinceId_name_key" ON "Unit"("provinceId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
