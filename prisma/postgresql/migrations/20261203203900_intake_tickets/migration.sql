-- CreateTable
CREATE TABLE "IntakeTicket" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "IntakeTicket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntakeTicket_unitId_startedAt_idx" ON "IntakeTicket"("unitId", "startedAt");

-- CreateIndex
CREATE INDEX "IntakeTicket_channel_chatId_startedAt_idx" ON "IntakeTicket"("channel", "chatId", "startedAt");
