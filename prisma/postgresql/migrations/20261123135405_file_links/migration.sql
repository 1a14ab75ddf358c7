-- CreateTable
CREATE TABLE "FileLink" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" INTEGER,
    "fileName" TEXT,
    "content" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "FileLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FileLink_tokenHash_key" ON "FileLink"("tokenHash");

-- CreateIndex
CREATE INDEX "FileLink_expiresAt_idx" ON "FileLink"("expiresAt");
