-- CreateTable
CREATE TABLE "StoredFileContent" (
    "storageKey" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "StoredFileContent_pkey" PRIMARY KEY ("storageKey")
);

-- AddForeignKey
ALTER TABLE "StoredFileContent" ADD CONSTRAINT "StoredFileContent_storageKey_fkey" FOREIGN KEY ("storageKey") REFERENCES "StoredFile"("storageKey") ON DELETE CASCADE ON UPDATE CASCADE;

-- Photos and PDFs are already compressed: store them out of line without trying to compress them again.
ALTER TABLE "StoredFileContent" ALTER COLUMN "data" SET STORAGE EXTERNAL;
