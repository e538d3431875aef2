-- Customer phones move to ciphertext + blind indexes. SQL cannot encrypt (the key is not in the database): the rows
-- are encrypted, and their plain "customerPhone" cleared, by backfillCustomerPhones (packages/db/src/pii.ts), which
-- every start runs with the PII key right after checking it.
-- AlterTable
ALTER TABLE "AfterSalesTicket" ADD COLUMN     "customerPhoneCipher" TEXT,
ADD COLUMN     "customerPhoneHash" TEXT,
ADD COLUMN     "customerPhoneMaskHash" TEXT,
ADD COLUMN     "customerPhoneTailHash" TEXT,
ALTER COLUMN "customerPhone" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AfterSalesTicket_customerPhoneHash_idx" ON "AfterSalesTicket"("customerPhoneHash");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_customerPhoneTailHash_idx" ON "AfterSalesTicket"("customerPhoneTailHash");

-- CreateIndex
CREATE INDEX "AfterSalesTicket_customerPhoneMaskHash_idx" ON "AfterSalesTicket"("customerPhoneMaskHash");
