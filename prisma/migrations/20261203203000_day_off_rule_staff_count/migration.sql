-- AlterTable
ALTER TABLE "Province" ADD COLUMN "dayOffRule" TEXT NOT NULL DEFAULT 'next';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "staffCount" INTEGER;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "payload" TEXT;
