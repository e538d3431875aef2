-- CreateEnum
CREATE TYPE "ExpenseCategory" AS ENUM ('TRAINING', 'STAFF', 'TRAFFIC', 'TRAVEL', 'EQUIPMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SponsorReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "completedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ProgramExpense" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "spentOn" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramExpense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SponsorReport" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "status" "SponsorReportStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB,
    "snapshotHash" TEXT,
    "returnComments" TEXT,
    "preparedById" TEXT NOT NULL,
    "preparedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "returnedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SponsorReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SponsorReportEvent" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "SponsorReportStatus",
    "toStatus" "SponsorReportStatus" NOT NULL,
    "comments" TEXT,
    "snapshotHash" TEXT,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SponsorReportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgramExpense_programId_spentOn_idx" ON "ProgramExpense"("programId", "spentOn");

-- CreateIndex
CREATE INDEX "SponsorReport_status_idx" ON "SponsorReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SponsorReport_programId_period_key" ON "SponsorReport"("programId", "period");

-- CreateIndex
CREATE INDEX "SponsorReportEvent_reportId_at_idx" ON "SponsorReportEvent"("reportId", "at");

-- AddForeignKey
ALTER TABLE "ProgramExpense" ADD CONSTRAINT "ProgramExpense_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorReport" ADD CONSTRAINT "SponsorReport_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorReportEvent" ADD CONSTRAINT "SponsorReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SponsorReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Graduations decided before this column existed: the cohort's end date is the best date we have.
UPDATE "Enrolment" e SET "completedAt" = c."endDate" FROM "Cohort" c WHERE c.id = e."cohortId" AND e.status = 'COMPLETED' AND e."completedAt" IS NULL;

-- An accepted report is locked: neither its figures, its hash nor its status may change, and it is never deleted.
-- A submitted or returned one is not deleted either (its history would lose its subject).
CREATE OR REPLACE FUNCTION sponsor_report_lock() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN RAISE EXCEPTION 'SponsorReport % was submitted and is kept', OLD.id; END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'ACCEPTED' THEN RAISE EXCEPTION 'SponsorReport % was accepted and is locked', OLD.id; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "SponsorReport_lock" BEFORE UPDATE OR DELETE ON "SponsorReport" FOR EACH ROW EXECUTE FUNCTION sponsor_report_lock();

CREATE OR REPLACE FUNCTION sponsor_report_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'SponsorReportEvent is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "SponsorReportEvent_append_only" BEFORE UPDATE OR DELETE ON "SponsorReportEvent" FOR EACH ROW EXECUTE FUNCTION sponsor_report_event_append_only();

-- Report aggregates: ended sessions of a cohort by start, products' inspections, outcomes by trainee.
CREATE INDEX "LiveSession_report_idx" ON "LiveSession"("cohortId", "scheduledStart") INCLUDE (gmv, orders, refunds) WHERE status = 'ENDED';
