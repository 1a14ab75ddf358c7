-- AlterTable
ALTER TABLE "PlanRevision" ADD COLUMN "baseRevisionId" INTEGER;
ALTER TABLE "PlanRevision" ADD COLUMN "edit" TEXT;

-- CreateTable
CREATE TABLE "InboxUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "updateKey" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "receivedAt" DATETIME NOT NULL,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "InboxUpdate_status_id_idx" ON "InboxUpdate"("status", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InboxUpdate_channel_updateKey_key" ON "InboxUpdate"("channel", "updateKey");
