-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "gradMinAttendancePct" INTEGER NOT NULL DEFAULT 80,
ADD COLUMN     "gradMinAveragePct" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "gradMinGmv" DECIMAL(14,2),
ADD COLUMN     "gradMinGraded" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "gradMinSessions" INTEGER;

-- AlterTable
ALTER TABLE "Trainee" ADD COLUMN     "statusReason" TEXT;
