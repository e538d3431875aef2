import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Modal, Progress, Segmented, Space, Steps, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { MAX_IMPORT_BYTES, readAttendanceCsv, readLessonCsv, type ImportProblem } from '@grassroots/domain';
import { useI18n } from '../../../app/i18n';
import { problemOf } from '../../../shared/forms';
import { IMPORT_ATTENDANCE, IMPORT_LESSONS } from '../graphql';

const TEMPLATES = {
  lessons: '日期,开始时间,结束时间,主题,类型,地点,讲师邮箱\n2026-12-01,09:30,12:00,直播间搭建与灯光,课堂,产业园 3 楼,support@grassroots.local\n',
  attendance: '日期,开始时间,手机号,出勤,备注\n2026-12-01,09:30,13800000000,出勤,\n',
};

/**
 * Imports a CSV of lessons or attendance marks. The file is checked in the browser with the same rules as the
 * server (instant report), then sent; the server re-checks everything and writes all rows or none.
 */
export function ImportModal({ open, cohort, onClose }: { open: boolean; cohort: { id: string; startDate: string; endDate: string }; onClose: (changed: boolean) => void }) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<'lessons' | 'attendance'>('lessons');
  const [step, setStep] = useState(-1);
  const [percent, setPercent] = useState(0);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [importLessons] = useMutation(IMPORT_LESSONS);
  const [importAttendance] = useMutation(IMPORT_ATTENDANCE);

  const reset = () => {
    setStep(-1);
    setPercent(0);
    setProblems([]);
  };

  const run = async (file: File) => {
    reset();
    if (file.size > MAX_IMPORT_BYTES) {
      setProblems([{ row: 0, column: '', message: 'The file is larger than 2 MB' }]);
      return;
    }
    setStep(0);
    const text = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => e.lengthComputable && setPercent(Math.round((50 * e.loaded) / e.total));
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(file, 'utf-8');
    });
    setStep(1);
    setPercent(60);
    const local = kind === 'lessons' ? readLessonCsv(text, cohort).problems : readAttendanceCsv(text).problems;
    if (local.length) {
      setProblems(local);
      setStep(-1);
      return;
    }
    setStep(2);
    setPercent(80);
    try {
      const variables = { input: { cohortId: cohort.id, csv: text } };
      const r = kind === 'lessons' ? (await importLessons({ variables })).data?.importLessons : (await importAttendance({ variables })).data?.importAttendance;
      setPercent(100);
      if (r && r.problems.length) {
        setProblems(r.problems);
        setStep(-1);
      } else {
        message.success(t('import.ok', { n: r?.imported ?? 0 }));
        reset();
        onClose(true);
      }
    } catch (e) {
      setStep(-1);
      message.error(tv(problemOf(e).message));
    }
  };

  return (
    <Modal open={open} title={t('import.title')} footer={null} width={720} onCancel={() => { reset(); onClose(false); }} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Segmented value={kind} onChange={(v) => { reset(); setKind(v as 'lessons' | 'attendance'); }} options={[{ value: 'lessons', label: t('import.lessons') }, { value: 'attendance', label: t('import.attendance') }]} />
          <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATES[kind]}`)}`} download={`${kind}-template.csv`}>{t('import.template')}</a>
        </Space>
        <Upload.Dragger accept=".csv,text/csv" showUploadList={false} beforeUpload={(f) => { void run(f); return false; }} data-testid="import-file">
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>{t('import.drop')}</p>
        </Upload.Dragger>
        {step >= 0 && (
          <>
            <Steps size="small" current={step} items={[{ title: t('import.reading') }, { title: t('import.checking') }, { title: t('import.saving') }]} />
            <Progress percent={percent} />
          </>
        )}
        {problems.length > 0 && (
          <>
            <Alert type="error" showIcon title={t('import.failed', { n: problems.length })} data-testid="import-failed" />
            <Table
              size="small"
              rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
              dataSource={problems}
              pagination={problems.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 70 },
                { title: t('import.column'), dataIndex: 'column', width: 120 },
                { title: t('import.reason'), dataIndex: 'message', render: (m: string) => <Typography.Text>{tv(m)}</Typography.Text> },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
