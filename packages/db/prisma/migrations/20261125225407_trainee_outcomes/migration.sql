-- CreateEnum
CREATE TYPE "OutcomeStatus" AS ENUM ('STREAMING_INDEPENDENTLY', 'HIRED_BY_MCN', 'OTHER_EMPLOYMENT', 'NOT_WORKING', 'UNKNOWN');

-- CreateTable
CREATE TABLE "TraineeOutcome" (
    "id" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "monthsAfter" INTEGER NOT NULL,
    "status" "OutcomeStatus" NOT NULL,
    "monthlyIncome" DECIMAL(12,2),
    "note" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TraineeOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TraineeOutcome_monthsAfter_status_idx" ON "TraineeOutcome"("monthsAfter", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TraineeOutcome_traineeId_monthsAfter_key" ON "TraineeOutcome"("traineeId", "monthsAfter");

-- AddForeignKey
ALTER TABLE "TraineeOutcome" ADD CONSTRAINT "TraineeOutcome_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
