-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "reminders" TEXT;
