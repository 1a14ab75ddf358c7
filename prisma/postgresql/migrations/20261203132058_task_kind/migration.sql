-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "deadlineFrom" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'task';
