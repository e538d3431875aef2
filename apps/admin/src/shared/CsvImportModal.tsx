import { useState, type ReactNode } from 'react';
import { Alert, App, Modal, Progress, Space, Steps, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { MAX_IMPORT_BYTES, type ImportProblem } from '@grassroots/domain';
import { useI18n } from '../app/i18n';
import { problemOf } from './forms';

export interface ImportOutcome {
  imported: number;
  problems: ImportProblem[];
}

/**
 * The one CSV import dialog: read the file (progress), check it in the browser with the shared rules (instant
 * report), send it (the server re-checks and writes all rows or none), and show every problem by row and column.
 */
export function CsvImportModal({
  open,
  title,
  controls,
  template,
  check,
  send,
  onClose,
}: {
  open: boolean;
  title: string;
  /** Above the drop zone: what kind of file, which platform … */
  controls: ReactNode;
  template: { name: string; csv: string };
  check: (text: string) => ImportProblem[];
  send: (text: string) => Promise<ImportOutcome | undefined>;
  onClose: (changed: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [step, setStep] = useState(-1);
  const [percent, setPercent] = useState(0);
  const [problems, setProblems] = useState<ImportProblem[]>([]);

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
    const local = check(text);
    if (local.length) {
      setProblems(local);
      setStep(-1);
      return;
    }
    setStep(2);
    setPercent(80);
    try {
      const r = await send(text);
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
    <Modal open={open} title={title} footer={null} width={760} onCancel={() => { reset(); onClose(false); }} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
          <div onClickCapture={() => problems.length && reset()}>{controls}</div>
          <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${template.csv}`)}`} download={template.name}>{t('import.template')}</a>
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
