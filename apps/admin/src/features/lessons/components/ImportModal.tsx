import { useMutation } from '@apollo/client/react';
import { readAttendanceCsv, readLessonCsv } from '@grassroots/domain';
import { Segmented } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { CsvImportModal } from '../../../shared/CsvImportModal';
import { IMPORT_ATTENDANCE, IMPORT_LESSONS } from '../graphql';

const TEMPLATES = {
  lessons:
    '日期,开始时间,结束时间,主题,类型,地点,讲师邮箱\n2026-12-01,09:30,12:00,直播间搭建与灯光,课堂,产业园 3 楼,support@grassroots.local\n',
  attendance: '日期,开始时间,手机号,出勤,备注\n2026-12-01,09:30,13800000000,出勤,\n',
};

/** Imports a CSV of a cohort's lessons or attendance marks (checked in the browser, then all-or-nothing on the server). */
export function ImportModal({
  open,
  cohort,
  onClose,
}: {
  open: boolean;
  cohort: { id: string; startDate: string; endDate: string };
  onClose: (changed: boolean) => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'lessons' | 'attendance'>('lessons');
  const [importLessons] = useMutation(IMPORT_LESSONS);
  const [importAttendance] = useMutation(IMPORT_ATTENDANCE);
  return (
    <CsvImportModal
      open={open}
      title={t('import.title')}
      controls={
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as 'lessons' | 'attendance')}
          options={[
            { value: 'lessons', label: t('import.lessons') },
            { value: 'attendance', label: t('import.attendance') },
          ]}
        />
      }
      template={{ name: `${kind}-template.csv`, csv: TEMPLATES[kind] }}
      check={(text) => (kind === 'lessons' ? readLessonCsv(text, cohort).problems : readAttendanceCsv(text).problems)}
      send={async (file) => {
        const variables = { input: { cohortId: cohort.id, ...file } };
        return kind === 'lessons'
          ? (await importLessons({ variables })).data?.importLessons
          : (await importAttendance({ variables })).data?.importAttendance;
      }}
      onClose={onClose}
    />
  );
}
