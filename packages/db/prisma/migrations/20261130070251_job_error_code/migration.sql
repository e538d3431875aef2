-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "errorCode" TEXT,
ADD COLUMN     "errorParams" JSONB;
