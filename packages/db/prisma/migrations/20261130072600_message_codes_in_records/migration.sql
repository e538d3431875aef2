-- AlterTable
ALTER TABLE "QcTask" ADD COLUMN     "reasonCode" TEXT,
ADD COLUMN     "reasonParams" JSONB;

-- AlterTable
ALTER TABLE "TicketEvent" ADD COLUMN     "messageCode" TEXT,
ADD COLUMN     "messageParams" JSONB;
