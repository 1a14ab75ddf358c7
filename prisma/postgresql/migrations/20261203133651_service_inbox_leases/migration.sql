-- AlterTable
ALTER TABLE "PlanRevision" ADD COLUMN     "baseRevisionId" INTEGER,
ADD COLUMN     "edit" TEXT;

-- CreateTable
CREATE TABLE "InboxUpdate" (
    "id" SERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "updateKey" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "InboxUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "InboxUpdate_status_id_idx" ON "InboxUpdate"("status", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InboxUpdate_channel_updateKey_key" ON "InboxUpdate"("channel", "updateKey");
