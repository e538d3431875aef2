import { useMutation, useQuery } from '@apollo/client/react';
import { canSubmissionDo, type SubmissionStatus } from '@grassroots/domain';
import { Button, Card, Drawer, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { MySubmissionsQuery } from '../../../gql/graphql';
import { EnumTag } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { formatDateTime } from '../../../shared/time';
import { useSaveForm } from '../../../shared/useSaveForm';
import { MY_SUBMISSIONS, SUBMIT_ASSIGNMENT } from '../graphql';
import { PracticeFiles, RubricView } from './PracticeFiles';

type Item = MySubmissionsQuery['mySubmissions'][number];

/** The trainee's assignments, soonest due first, overdue ones flagged; open one to hand in or revise it. */
export function MyAssignments() {
  const { t } = useI18n();
  const { data, loading, refetch } = useQuery(MY_SUBMISSIONS);
  const [open, setOpen] = useState<Item | null>(null);
  return (
    <Card title={t('portal.myAssignments')} size="small">
      <List
        loading={loading}
        dataSource={data?.mySubmissions ?? []}
        locale={{ emptyText: <Empty description={t('portal.noAssignments')} /> }}
        renderItem={(s) => (
          <List.Item data-testid="portal-assignment" onClick={() => setOpen(s)} style={{ cursor: 'pointer' }}>
            <List.Item.Meta
              title={
                <Space wrap>
                  {s.assignment?.title}
                  <EnumTag type="SubmissionStatus" value={s.status} />
                  {s.overdue && <Tag color="red">{t('submission.overdue')}</Tag>}
                  {s.late && <Tag color="orange">{t('submission.late')}</Tag>}
                </Space>
              }
              description={
                <Space wrap>
                  <span>
                    {t('submission.due', { at: s.assignment?.dueAt ? formatDateTime(s.assignment.dueAt) : '—' })}
                  </span>
                  {s.score !== null && (
                    <b>
                      {t('submission.score')} {s.score} / {s.assignment?.maxScore}
                    </b>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <SubmitDrawer
        item={open}
        onClose={(changed) => {
          setOpen(null);
          if (changed) void refetch();
        }}
      />
    </Card>
  );
}

function SubmitDrawer({ item, onClose }: { item: Item | null; onClose: (changed: boolean) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ text: string; links: string }>();
  const save = useSaveForm(form);
  const [submit, { loading }] = useMutation(SUBMIT_ASSIGNMENT);
  useEffect(() => {
    if (item) form.setFieldsValue({ text: item.text, links: item.links.join('\n') });
  }, [item, form]);
  const mayHandIn = item && canSubmissionDo(item.status as SubmissionStatus, 'SUBMIT');
  const [files, setFiles] = useState<Item['files']>([]);
  useEffect(() => setFiles(item?.files ?? []), [item]);

  return (
    <Drawer
      open={!!item}
      placement="bottom"
      size="85%"
      title={item?.assignment?.title}
      onClose={() => onClose(files.length !== (item?.files.length ?? 0))}
      destroyOnHidden
    >
      {item && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {item.assignment?.instructions}
          </Typography.Paragraph>
          <RubricView rubric={item.assignment?.rubric} maxScore={item.assignment?.maxScore} />
          {item.feedback && (
            <Typography.Paragraph type="warning">
              {t('submission.feedback')}: {item.feedback}
            </Typography.Paragraph>
          )}
          {item.score !== null && (
            <Typography.Text strong>
              {t('submission.score')} {item.score} / {item.assignment?.maxScore}
            </Typography.Text>
          )}
          <Form
            form={form}
            layout="vertical"
            disabled={!mayHandIn}
            onFinish={(v) =>
              save(async () => {
                const links = v.links
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean);
                await submit({
                  variables: { input: { submissionId: item.id, version: item.version, text: v.text ?? '', links } },
                });
                onClose(true);
              })
            }
          >
            <FormProblems form={form} />
            <Form.Item name="text" label={t('submission.text')}>
              <Input.TextArea rows={6} />
            </Form.Item>
            <Form.Item name="links" label={t('submission.links')} extra={t('submission.linksHint')}>
              <Input.TextArea rows={2} inputMode="url" />
            </Form.Item>
            <PracticeFiles
              submissionId={item.id}
              files={files}
              editable={!!mayHandIn}
              onAdded={(f) => setFiles((all) => [...all, { ...f, createdAt: new Date().toISOString() }])}
            />
            {mayHandIn && (
              <Button type="primary" htmlType="submit" loading={loading} block size="large" style={{ marginTop: 16 }}>
                {item.status === 'RETURNED' ? t('submission.resubmit') : t('submission.submit')}
              </Button>
            )}
          </Form>
        </Space>
      )}
    </Drawer>
  );
}
