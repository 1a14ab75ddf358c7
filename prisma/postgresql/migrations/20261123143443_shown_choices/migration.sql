-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "shownChoices" TEXT;
