import { useMutation, useQuery } from '@apollo/client/react';
import { canSubmissionDo, type SubmissionStatus } from '@grassroots/domain';
import { Alert, Button, Descriptions, Drawer, Form, Input, InputNumber, Space, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { FormProblems } from '../../../shared/FormProblems';
import { useTraineeLabel } from '../../../shared/TraineeName';
import { useSaveForm } from '../../../shared/useSaveForm';
import { GRADE_SUBMISSION, RETURN_SUBMISSION, SUBMISSION } from '../graphql';
import { PracticeFiles } from './PracticeFiles';

/** Staff read a submission, then grade it (by rubric when there is one) or send it back with feedback. */
export function GradeDrawer({
  submissionId,
  onClose,
}: {
  submissionId: string | null;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useI18n();
  const traineeLabel = useTraineeLabel();
  const { data, loading } = useQuery(SUBMISSION, {
    variables: { id: submissionId ?? '' },
    skip: !submissionId,
    fetchPolicy: 'network-only',
  });
  const [grade, g] = useMutation(GRADE_SUBMISSION);
  const [giveBack, r] = useMutation(RETURN_SUBMISSION);
  const [form] = Form.useForm();
  const save = useSaveForm(form);
  const s = data?.submission;
  const rubric = s?.assignment?.rubric ?? null;

  useEffect(() => {
    form.resetFields();
  }, [submissionId, form]);

  const onGrade = () =>
    form.validateFields().then((v) =>
      save(async () => {
        await grade({
          variables: {
            input: {
              submissionId: s!.id,
              version: s!.version,
              feedback: v.feedback || null,
              total: rubric ? null : v.total,
              byCriterion: rubric ? rubric.map((c, i) => ({ name: c.name, score: v.criteria?.[i] ?? 0 })) : null,
            },
          },
        });
        onClose(true);
      }),
    );

  const onReturn = () =>
    save(async () => {
      await giveBack({
        variables: {
          input: { submissionId: s!.id, version: s!.version, feedback: form.getFieldValue('feedback') ?? '' },
        },
      });
      onClose(true);
    });

  return (
    <Drawer
      open={!!submissionId}
      size={560}
      title={s ? `${s.assignment?.title} · ${s.trainee ? traineeLabel(s.trainee) : ''}` : ''}
      onClose={() => onClose(false)}
      destroyOnHidden
    >
      {loading || !s ? (
        <Spin />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size={16}>
          <Space wrap>
            <EnumTag type="SubmissionStatus" value={s.status} />
            {s.late && <Tag color="red">{t('submission.late')}</Tag>}
            {s.overdue && <Tag color="red">{t('submission.overdue')}</Tag>}
            {s.score !== null && (
              <Tag color="green">
                {t('submission.score')} {s.score} / {s.assignment?.maxScore}
              </Tag>
            )}
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('submission.submitted')}>
              {s.submittedAt ? formatDateTime(s.submittedAt) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('submission.text')}>
              {s.text ? (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.text}</Typography.Paragraph>
              ) : (
                t('submission.nothing')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('submission.links')}>
              {s.links.map((l) => (
                <div key={l}>
                  <a href={l} target="_blank" rel="noreferrer noopener">
                    {l}
                  </a>
                </div>
              ))}
            </Descriptions.Item>
            {s.feedback && <Descriptions.Item label={t('submission.feedback')}>{s.feedback}</Descriptions.Item>}
          </Descriptions>
          <PracticeFiles submissionId={s.id} files={s.files} editable={false} />
          {canSubmissionDo(s.status as SubmissionStatus, 'GRADE') ? (
            <Form form={form} layout="vertical">
              <FormProblems form={form} />
              {rubric ? (
                rubric.map((c, i) => (
                  <Form.Item
                    key={c.name}
                    name={['criteria', i]}
                    label={`${c.name}（0–${c.points}）`}
                    rules={[{ required: true, message: t('submission.score') }]}
                  >
                    <InputNumber min={0} max={c.points} step={0.5} style={{ width: 160 }} />
                  </Form.Item>
                ))
              ) : (
                <Form.Item
                  name="total"
                  label={`${t('submission.total')}（0–${s.assignment?.maxScore}）`}
                  rules={[{ required: true, message: t('submission.score') }]}
                >
                  <InputNumber min={0} max={s.assignment?.maxScore} step={0.5} style={{ width: 160 }} />
                </Form.Item>
              )}
              <Form.Item name="feedback" label={t('submission.feedback')}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Space>
                <Button type="primary" onClick={onGrade} loading={g.loading}>
                  {t('submission.grade')}
                </Button>
                <Button onClick={onReturn} loading={r.loading}>
                  {t('submission.return')}
                </Button>
              </Space>
            </Form>
          ) : (
            s.status !== 'GRADED' && <Alert type="info" showIcon title={t('submission.nothing')} />
          )}
        </Space>
      )}
    </Drawer>
  );
}
