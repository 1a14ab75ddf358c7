-- CreateTable
CREATE TABLE "IntakeTicket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "IntakeTicket_unitId_startedAt_idx" ON "IntakeTicket"("unitId", "startedAt");

-- CreateIndex
CREATE INDEX "IntakeTicket_channel_chatId_startedAt_idx" ON "IntakeTicket"("channel", "chatId", "startedAt");
