-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('SCRIPT', 'ADS', 'FILMING', 'PLANNER');

-- CreateEnum
CREATE TYPE "StreamPlatform" AS ENUM ('DOUYIN', 'KUAISHOU', 'TAOBAO_LIVE', 'WECHAT_CHANNELS', 'OTHER');

-- CreateEnum
CREATE TYPE "LiveSessionStatus" AS ENUM ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SupplierKind" AS ENUM ('FARM', 'COOPERATIVE', 'FACTORY', 'DEALER');

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'PENDING_QC', 'APPROVED', 'REJECTED', 'SUSPENDED');

-- CreateTable
CREATE TABLE "SupportTeam" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamAssignment" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "assignedById" TEXT NOT NULL,
    "endedById" TEXT,

    CONSTRAINT "TeamAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supplier" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SupplierKind" NOT NULL,
    "region" TEXT NOT NULL,
    "contact" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "originRegion" TEXT NOT NULL,
    "localSpecialty" BOOLEAN NOT NULL DEFAULT false,
    "unitPrice" DECIMAL(14,2) NOT NULL,
    "suggestedLivePrice" DECIMAL(14,2) NOT NULL,
    "commissionPct" DECIMAL(5,2) NOT NULL,
    "perishable" BOOLEAN NOT NULL DEFAULT false,
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "platform" "StreamPlatform" NOT NULL,
    "scheduledStart" TIMESTAMP(3) NOT NULL,
    "plannedMinutes" INTEGER NOT NULL,
    "scheduledEnd" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "scriptUrl" TEXT,
    "status" "LiveSessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelReason" TEXT,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "actualMinutes" INTEGER,
    "viewers" INTEGER,
    "peakViewers" INTEGER,
    "newFollowers" INTEGER,
    "orders" INTEGER,
    "gmv" DECIMAL(14,2),
    "adSpend" DECIMAL(14,2),
    "refunds" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "commission" DECIMAL(14,2),
    "netResult" DECIMAL(14,2),
    "provenance" JSONB NOT NULL DEFAULT '{}',
    "resultsRecordedAt" TIMESTAMP(3),
    "resultsRecordedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveSessionItem" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "productId" TEXT NOT NULL,
    "livePrice" DECIMAL(14,2) NOT NULL,
    "commissionPct" DECIMAL(5,2) NOT NULL,
    "unitsSold" INTEGER,
    "gmv" DECIMAL(14,2),

    CONSTRAINT "LiveSessionItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportTeam_cohortId_name_key" ON "SupportTeam"("cohortId", "name");

-- CreateIndex
CREATE INDEX "TeamMembership_teamId_leftAt_idx" ON "TeamMembership"("teamId", "leftAt");

-- CreateIndex
CREATE INDEX "TeamMembership_userId_leftAt_idx" ON "TeamMembership"("userId", "leftAt");

-- CreateIndex
CREATE INDEX "TeamAssignment_teamId_endedAt_idx" ON "TeamAssignment"("teamId", "endedAt");

-- CreateIndex
CREATE INDEX "TeamAssignment_traineeId_startedAt_idx" ON "TeamAssignment"("traineeId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_name_key" ON "Supplier"("name");

-- CreateIndex
CREATE INDEX "Product_status_idx" ON "Product"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Product_supplierId_name_key" ON "Product"("supplierId", "name");

-- CreateIndex
CREATE INDEX "LiveSession_traineeId_scheduledStart_idx" ON "LiveSession"("traineeId", "scheduledStart");

-- CreateIndex
CREATE INDEX "LiveSession_teamId_scheduledStart_idx" ON "LiveSession"("teamId", "scheduledStart");

-- CreateIndex
CREATE INDEX "LiveSession_cohortId_scheduledStart_idx" ON "LiveSession"("cohortId", "scheduledStart");

-- CreateIndex
CREATE INDEX "LiveSession_scheduledStart_idx" ON "LiveSession"("scheduledStart");

-- CreateIndex
CREATE INDEX "LiveSessionItem_productId_idx" ON "LiveSessionItem"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveSessionItem_sessionId_position_key" ON "LiveSessionItem"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LiveSessionItem_sessionId_productId_key" ON "LiveSessionItem"("sessionId", "productId");

-- AddForeignKey
ALTER TABLE "SupportTeam" ADD CONSTRAINT "SupportTeam_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "SupportTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMembership" ADD CONSTRAINT "TeamMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAssignment" ADD CONSTRAINT "TeamAssignment_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "SupportTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamAssignment" ADD CONSTRAINT "TeamAssignment_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "SupportTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionItem" ADD CONSTRAINT "LiveSessionItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionItem" ADD CONSTRAINT "LiveSessionItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: one current membership per person per team, one current team per trainee.
CREATE UNIQUE INDEX "TeamMembership_one_current_per_person" ON "TeamMembership"("teamId", "userId") WHERE "leftAt" IS NULL;
CREATE UNIQUE INDEX "TeamAssignment_one_current_per_trainee" ON "TeamAssignment"("traineeId") WHERE "endedAt" IS NULL;
-- Sanity the database keeps even if a code path forgets.
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_minutes_range" CHECK ("plannedMinutes" BETWEEN 15 AND 720);
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_end_after_start" CHECK ("scheduledEnd" > "scheduledStart");
ALTER TABLE "LiveSessionItem" ADD CONSTRAINT "LiveSessionItem_commission_pct" CHECK ("commissionPct" >= 0 AND "commissionPct" <= 100);
