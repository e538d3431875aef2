import { useMutation } from '@apollo/client/react';
import { readTraineeImport } from '@grassroots/domain';
import { Typography } from 'antd';

import { useI18n } from '../../../app/i18n';
import { CsvImportModal } from '../../../shared/CsvImportModal';
import { IMPORT_TRAINEES } from '../graphql';

const TEMPLATE =
  '姓名,身份证号,手机号,籍贯,平台账号,班级\n阿依古丽,65312119900307001X,13800000000,疏附县,抖音:ayg01; 快手:ayg_ks,\n';

/**
 * Bulk trainee import from a cohort's page: new trainees are created and enrolled here (or in the cohort a row
 * names), all rows or none; a CSV is checked in the browser first with the same rules, the server then checks IDs
 * against those already registered and the cohorts' places.
 */
export function ImportTraineesModal({
  open,
  cohortId,
  onClose,
}: {
  open: boolean;
  cohortId: string;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useI18n();
  const [importTrainees] = useMutation(IMPORT_TRAINEES);
  return (
    <CsvImportModal
      open={open}
      title={t('excel.importTraineesTitle')}
      controls={
        <Typography.Text type="secondary" style={{ maxWidth: 520, display: 'block' }}>
          {t('excel.importTraineesHelp')}
        </Typography.Text>
      }
      template={{ name: 'trainees-template.csv', csv: TEMPLATE }}
      check={(text) => readTraineeImport(text, true).problems}
      send={async (file) =>
        (await importTrainees({ variables: { input: { cohortId, ...file } } })).data?.importTrainees
      }
      onClose={onClose}
    />
  );
}
