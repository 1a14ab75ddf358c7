-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "rubric" TEXT,
ADD COLUMN     "templates" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "templates" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Submission" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "planId" INTEGER NOT NULL,
    "template" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "complete" BOOLEAN NOT NULL,
    "rowsTotal" INTEGER NOT NULL,
    "rowsValid" INTEGER NOT NULL,
    "official" INTEGER NOT NULL,
    "reserve" INTEGER NOT NULL,
    "findings" TEXT NOT NULL,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionRow" (
    "id" SERIAL NOT NULL,
    "submissionId" INTEGER NOT NULL,
    "excelRow" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "valid" BOOLEAN NOT NULL,
    "phone" TEXT,
    "data" TEXT NOT NULL,

    CONSTRAINT "SubmissionRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Completion" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "doneAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,

    CONSTRAINT "Completion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Submission_unitId_template_idx" ON "Submission"("unitId", "template");

-- CreateIndex
CREATE INDEX "SubmissionRow_submissionId_idx" ON "SubmissionRow"("submissionId");

-- CreateIndex
CREATE INDEX "SubmissionRow_phone_idx" ON "SubmissionRow"("phone");

-- CreateIndex
CREATE INDEX "Completion_taskId_unitId_idx" ON "Completion"("taskId", "unitId");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionRow" ADD CONSTRAINT "SubmissionRow_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
