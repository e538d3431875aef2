import { FileTextOutlined, PaperClipOutlined, VideoCameraOutlined } from '@ant-design/icons';
import {
  PRACTICE_ACCEPT,
  PRACTICE_FILE_TYPES,
  PRACTICE_FILES_PER_SUBMISSION,
  PRACTICE_VIDEO_MAX_BYTES,
  type PracticeFileType,
} from '@grassroots/domain';
import { Alert, Button, List, Progress, Space, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { problemOf } from '../../../shared/forms';
import { fileUrl, formatBytes, type UploadedPracticeFile, uploadPracticeFile } from '../../../shared/upload';

type Shown = Pick<UploadedPracticeFile, 'id' | 'originalName' | 'contentType' | 'size'>;

/** The practice videos and scripts on a submission: links to open them, and (for its trainee, before handing in) an upload. */
export function PracticeFiles({
  submissionId,
  files,
  editable,
  onAdded,
}: {
  submissionId: string;
  files: Shown[];
  editable: boolean;
  onAdded?: (f: Shown) => void;
}) {
  const { t, tv } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File) => {
    setError(null);
    // The same caps as the server, checked first so a phone does not send 50 MB to be refused.
    const ext = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
    const spec = Object.values(PRACTICE_FILE_TYPES).find((s) => s.extensions.includes(ext));
    if (!spec) return setError(t('practice.badType'));
    if (file.size > spec.maxBytes) return setError(t('practice.tooLarge'));
    setProgress(0);
    try {
      onAdded?.(await uploadPracticeFile(submissionId, file, setProgress));
    } catch (e) {
      setError(tv(problemOf(e)));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div data-testid="practice-files">
      <Typography.Text strong>
        <PaperClipOutlined /> {t('practice.title')}
      </Typography.Text>
      <List
        size="small"
        dataSource={files}
        locale={{ emptyText: t('practice.none') }}
        renderItem={(f) => (
          <List.Item data-testid="practice-file">
            <Space>
              {PRACTICE_FILE_TYPES[f.contentType as PracticeFileType]?.video ? (
                <VideoCameraOutlined />
              ) : (
                <FileTextOutlined />
              )}
              <a href={fileUrl(f.id)} target="_blank" rel="noreferrer noopener">
                {f.originalName}
              </a>
              <Typography.Text type="secondary">{formatBytes(f.size)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {editable && files.length < PRACTICE_FILES_PER_SUBMISSION ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t('practice.hint', { video: formatBytes(PRACTICE_VIDEO_MAX_BYTES), n: PRACTICE_FILES_PER_SUBMISSION })}
          </Typography.Text>
          {progress !== null ? (
            <Progress percent={progress} data-testid="practice-progress" />
          ) : (
            <Button
              block
              icon={<PaperClipOutlined />}
              onClick={() => document.getElementById(`practice-input-${submissionId}`)?.click()}
            >
              {t('practice.add')}
            </Button>
          )}
          <input
            id={`practice-input-${submissionId}`}
            data-testid="practice-input"
            type="file"
            accept={PRACTICE_ACCEPT}
            style={{ display: 'none' }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void pick(file);
            }}
          />
        </Space>
      ) : null}
      {error ? <Alert type="error" showIcon message={error} data-testid="practice-error" /> : null}
    </div>
  );
}

/** The rubric a submission is graded by, shown to the trainee before they hand in. */
export function RubricView({
  rubric,
  maxScore,
}: {
  rubric: { name: string; points: number }[] | null | undefined;
  maxScore: number | undefined;
}) {
  const { t } = useI18n();
  if (!rubric?.length) return null;
  return (
    <List
      size="small"
      bordered
      data-testid="submission-rubric"
      header={<Typography.Text strong>{t('rubric.title', { max: maxScore ?? 0 })}</Typography.Text>}
      dataSource={rubric}
      renderItem={(c) => (
        <List.Item>
          <span>{c.name}</span>
          <Typography.Text type="secondary">{t('rubric.points', { n: c.points })}</Typography.Text>
        </List.Item>
      )}
    />
  );
}
