-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "statusReasonCode" TEXT,
ADD COLUMN     "statusReasonParams" JSONB;

-- Existing rows: the reasons the system wrote in English get their code and params, so that every reader sees them
-- in their language (what a person typed when suspending by hand stays text only, with no code).
UPDATE "Product" SET "statusReasonCode" = 'catalogue.changedAfterQc'
WHERE "statusReason" = 'Changed after QC: send it to QC again';

UPDATE "Product" p
SET "statusReasonCode" = 'qc.reason.qualityComplaints',
    "statusReasonParams" = jsonb_build_object('count', r.m[1]::int, 'days', r.m[2]::int, 'units', r.m[3]::int)
FROM (
  SELECT id, regexp_match("statusReason", '^(\d+) quality complaints? in (\d+) days against (\d+) units sold$') AS m
  FROM "Product"
  WHERE "statusReason" IS NOT NULL
) r
WHERE r.id = p.id AND r.m IS NOT NULL;

-- "Failed QC: major 11 (accept ≤ 10), minor 3 (accept ≤ 2)": one nested message per failed defect class.
UPDATE "Product" p
SET "statusReasonCode" = 'qc.failedQc',
    "statusReasonParams" = jsonb_build_object('classes', jsonb_build_object('words', c.words))
FROM (
  SELECT id,
         jsonb_agg(
           jsonb_build_object(
             'code', 'qc.failedClass',
             'params', jsonb_build_object(
               'defectClass', jsonb_build_object('code', 'qc.defectClass.' || x.m[1]),
               'found', x.m[2]::int,
               'accept', x.m[3]::int
             )
           )
           ORDER BY x.n
         ) AS words
  FROM "Product",
       regexp_matches("statusReason", '(critical|major|minor) (\d+) \(accept ≤ (\d+)\)', 'g') WITH ORDINALITY AS x(m, n)
  WHERE "statusReason" LIKE 'Failed QC: %'
  GROUP BY id
) c
WHERE c.id = p.id;
