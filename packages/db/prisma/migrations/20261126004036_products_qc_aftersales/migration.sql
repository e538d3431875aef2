-- CreateEnum
CREATE TYPE "LicenceKind" AS ENUM ('BUSINESS_LICENCE', 'FOOD_PRODUCTION_LICENCE', 'FOOD_BUSINESS_LICENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "InspectionResult" AS ENUM ('PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "TicketType" AS ENUM ('REFUND_ONLY', 'RETURN_REFUND', 'EXCHANGE', 'QUALITY_COMPLAINT', 'LOGISTICS', 'OTHER');

-- CreateEnum
CREATE TYPE "TicketPriority" AS ENUM ('URGENT', 'HIGH', 'NORMAL', 'LOW');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'REOPENED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RootCause" AS ENUM ('QUALITY', 'DESCRIPTION_MISMATCH', 'LOGISTICS', 'CUSTOMER_CHANGED_MIND', 'OTHER');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "statusReason" TEXT;

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierLicence" (
    "id" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "kind" "LicenceKind" NOT NULL,
    "number" TEXT NOT NULL,
    "expiresOn" DATE NOT NULL,
    "evidenceFileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplierLicence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QcInspection" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "lotSize" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "aqlCritical" TEXT NOT NULL,
    "aqlMajor" TEXT NOT NULL,
    "aqlMinor" TEXT NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "criticalFound" INTEGER NOT NULL,
    "majorFound" INTEGER NOT NULL,
    "minorFound" INTEGER NOT NULL,
    "checklist" JSONB NOT NULL,
    "photoFileIds" TEXT[],
    "result" "InspectionResult" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "inspectorId" TEXT NOT NULL,
    "inspectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QcInspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QcTask" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "QcTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AfterSalesTicket" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "orderRef" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "sessionId" TEXT,
    "traineeId" TEXT,
    "customerName" TEXT NOT NULL,
    "customerPhone" TEXT NOT NULL,
    "type" "TicketType" NOT NULL,
    "priority" "TicketPriority" NOT NULL DEFAULT 'NORMAL',
    "status" "TicketStatus" NOT NULL DEFAULT 'NEW',
    "amountClaimed" DECIMAL(14,2) NOT NULL,
    "refundAmount" DECIMAL(14,2),
    "rootCause" "RootCause",
    "assigneeId" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "returnReceivedAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "firstRespondedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AfterSalesTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketEvent" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT true,
    "body" TEXT NOT NULL DEFAULT '',
    "fromStatus" "TicketStatus",
    "toStatus" "TicketStatus",
    "authorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "SupplierLicence_supplierId_idx" ON "SupplierLicence"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierLicence_supplierId_kind_number_key" ON "SupplierLicence"("supplierId", "kind", "number");

-- CreateIndex
CREATE INDEX "QcInspection_productId_inspectedAt_idx" ON "QcInspection"("productId", "inspectedAt");

-- CreateIndex
CREATE INDEX "QcTask_closedAt_createdAt_idx" ON "QcTask"("closedAt", "createdAt");

-- CreateIndex
CREATE INDEX "QcTask_productId_idx" ON "QcTask"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "AfterSalesTicket_number_key" ON "AfterSalesTicket"("number");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_status_priority_idx" ON "AfterSalesTicket"("status", "priority");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_productId_createdAt_idx" ON "AfterSalesTicket"("productId", "createdAt");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_sessionId_idx" ON "AfterSalesTicket"("sessionId");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_traineeId_idx" ON "AfterSalesTicket"("traineeId");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_assigneeId_status_idx" ON "AfterSalesTicket"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_at_idx" ON "TicketEvent"("ticketId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CannedReply_title_key" ON "CannedReply"("title");

-- AddForeignKey
ALTER TABLE "SupplierLicence" ADD CONSTRAINT "SupplierLicence_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QcInspection" ADD CONSTRAINT "QcInspection_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QcTask" ADD CONSTRAINT "QcTask_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AfterSalesTicket" ADD CONSTRAINT "AfterSalesTicket_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "AfterSalesTicket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: ticket numbers come from a sequence (AS-000001 …), so two agents never get the same number.
CREATE SEQUENCE "AfterSalesTicket_number_seq";
-- A ticket's timeline is append-only, like the audit log.
CREATE OR REPLACE FUNCTION ticket_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'TicketEvent is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "TicketEvent_append_only" BEFORE UPDATE OR DELETE ON "TicketEvent" FOR EACH ROW EXECUTE FUNCTION ticket_event_append_only();
-- One open QC task per product.
CREATE UNIQUE INDEX "QcTask_one_open_per_product" ON "QcTask"("productId") WHERE "closedAt" IS NULL;
