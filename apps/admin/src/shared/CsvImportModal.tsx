import { InboxOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { decodeCsvBytes, importFileType, type ImportProblem, MAX_IMPORT_BYTES } from '@grassroots/domain';
import { Alert, App, Modal, Progress, Space, Steps, Table, Typography, Upload } from 'antd';
import { type ReactNode, useRef, useState } from 'react';

import { type Said, useI18n } from '../app/i18n';
import type { MessageKey } from '../app/messages';
import { problemOf } from './forms';
import { IMPORT_JOB } from './import-job';

/** An import job as the server reports it. */
export interface ImportJobState {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  phase: string;
  progress: number;
  total: number;
  error?: string | null;
  /** Why it failed, as a message code with params (error is its English text). */
  errorCode?: string | null;
  errorParams?: unknown;
  report?: { imported: number; problems: ShownProblem[] } | null;
}

/** A problem of a file: found in the browser (the shared rules: `code`) or by the server (`messageCode`). */
type ShownProblem = Pick<ImportProblem, 'row' | 'column' | 'message'> & Said;

/** What an import mutation is sent: the file's bytes (base64) and its name (.csv or .xlsx: how the server reads it). */
export interface ImportFile {
  file: string;
  fileName: string;
}

const POLL_MS = 500;

/** Bytes to base64 in slices (String.fromCharCode on 2 MB at once overflows the call stack). */
function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where the saving step's bar stands: queued, checking, writing (by rows), done. */
function jobPercent(j: ImportJobState): number {
  if (j.status === 'SUCCEEDED' || j.status === 'FAILED') return 100;
  if (j.phase === 'writing') return 90 + Math.round((9 * j.progress) / Math.max(j.total, 1));
  if (j.phase === 'checking') return 85;
  return j.status === 'RUNNING' ? 80 : 75;
}

/**
 * The one import dialog: read the file (progress), check a CSV in the browser with the shared rules (instant
 * report; a CSV in GBK is decoded as the server will), send the file's bytes (the server decodes CSV or .xlsx in one
 * place, queues a job that re-checks and writes all rows or none; the dialog follows it until it has finished), and
 * show every problem by row and column. An .xlsx is checked on the server only: exceljs stays out of the admin.
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
  send: (file: ImportFile) => Promise<ImportJobState | undefined>;
  onClose: (changed: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [step, setStep] = useState(-1);
  const [percent, setPercent] = useState(0);
  const [problems, setProblems] = useState<ShownProblem[]>([]);
  const [phase, setPhase] = useState<string>();
  const client = useApolloClient();
  const watching = useRef(0);

  const reset = () => {
    watching.current++; // stops following a job the user closed the dialog on (it still runs on the server)
    setStep(-1);
    setPercent(0);
    setProblems([]);
    setPhase(undefined);
  };

  /** Polls the job until it has finished; undefined if the dialog was closed or reset meanwhile. */
  const follow = async (first: ImportJobState): Promise<ImportJobState | undefined> => {
    const mine = watching.current;
    let job = first;
    while (job.status === 'QUEUED' || job.status === 'RUNNING') {
      setPhase(job.phase);
      setPercent(jobPercent(job));
      await sleep(POLL_MS);
      if (watching.current !== mine) return undefined;
      const { data } = await client.query({
        query: IMPORT_JOB,
        variables: { id: job.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return undefined;
      job = data.importJob as ImportJobState;
    }
    return watching.current === mine ? job : undefined;
  };

  const run = async (file: File) => {
    reset();
    const type = importFileType(file.name);
    if (!type) {
      setProblems([{ row: 0, column: '', code: 'training.csvXlsxFile', message: 'A .csv or .xlsx file' }]);
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setProblems([
        { row: 0, column: '', code: 'training.fileLargerThan2Mb', message: 'The file is larger than 2 MB' },
      ]);
      return;
    }
    setStep(0);
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => e.lengthComputable && setPercent(Math.round((50 * e.loaded) / e.total));
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(file);
    });
    setStep(1);
    setPercent(60);
    const local = type === 'csv' ? check(decodeCsvBytes(bytes)) : [];
    if (local.length) {
      setProblems(local);
      setStep(-1);
      return;
    }
    setStep(2);
    setPercent(80);
    try {
      const started = await send({ file: toBase64(bytes), fileName: file.name });
      const job = started && (await follow(started));
      if (!job) return;
      setPercent(100);
      const r = job.report;
      if (job.status === 'FAILED') {
        setStep(-1);
        message.error(
          tv(
            job.errorCode ? { code: job.errorCode, params: job.errorParams, message: job.error ?? '' } : 'jobs.failed',
          ),
        );
      } else if (r && r.problems.length) {
        setProblems(r.problems);
        setStep(-1);
      } else {
        message.success(t('import.ok', { n: r?.imported ?? 0 }));
        reset();
        onClose(true);
      }
    } catch (e) {
      setStep(-1);
      message.error(tv(problemOf(e)));
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      footer={null}
      width={760}
      onCancel={() => {
        reset();
        onClose(false);
      }}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
          <div onClickCapture={() => problems.length && reset()}>{controls}</div>
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${template.csv}`)}`}
            download={template.name}
          >
            {t('import.template')}
          </a>
        </Space>
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(f) => {
            void run(f);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('import.drop')}</p>
        </Upload.Dragger>
        {step >= 0 && (
          <>
            <Steps
              size="small"
              current={step}
              items={[{ title: t('import.reading') }, { title: t('import.checking') }, { title: t('import.saving') }]}
            />
            <Progress percent={percent} />
            {step === 2 && phase && (
              <Typography.Text type="secondary" data-testid="import-phase">
                {t(`import.phase.${phase}` as MessageKey)}
              </Typography.Text>
            )}
          </>
        )}
        {problems.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('import.failed', { n: problems.length })}
              data-testid="import-failed"
            />
            <Table
              size="small"
              rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
              dataSource={problems}
              pagination={problems.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 70 },
                { title: t('import.column'), dataIndex: 'column', width: 120 },
                {
                  title: t('import.reason'),
                  dataIndex: 'message',
                  render: (_: string, p: ShownProblem) => <Typography.Text>{tv(p)}</Typography.Text>,
                },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
