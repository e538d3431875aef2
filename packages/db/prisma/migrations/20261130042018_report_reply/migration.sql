-- AlterTable
ALTER TABLE "SponsorReport" ADD COLUMN     "previousSnapshot" JSONB,
ADD COLUMN     "previousSnapshotHash" TEXT,
ADD COLUMN     "reply" TEXT;

-- CreateTable
CREATE TABLE "SponsorReportAttachment" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SponsorReportAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SponsorReportAttachment_fileId_key" ON "SponsorReportAttachment"("fileId");

-- CreateIndex
CREATE INDEX "SponsorReportAttachment_reportId_idx" ON "SponsorReportAttachment"("reportId");

-- AddForeignKey
ALTER TABLE "SponsorReportAttachment" ADD CONSTRAINT "SponsorReportAttachment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SponsorReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorReportAttachment" ADD CONSTRAINT "SponsorReportAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What was sent with a resubmission stays with it, as the report's events do.
CREATE OR REPLACE FUNCTION sponsor_report_attachment_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'SponsorReportAttachment is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "SponsorReportAttachment_append_only" BEFORE UPDATE OR DELETE ON "SponsorReportAttachment" FOR EACH ROW EXECUTE FUNCTION sponsor_report_attachment_append_only();
