import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Empty, Form, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { PromotionChoicesQuery } from '../../../gql/graphql';
import { problemOf } from '../../../shared/forms';
import { TraineeName } from '../../../shared/TraineeName';
import { PROMOTE_GRADUATES, PROMOTION_CHOICES } from '../graphql';

type Row = PromotionChoicesQuery['graduationReport'][number];
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10} %`);

/**
 * Short-term → long-term: picks graduates of a short-term cohort (with their results) and a long-term cohort of the
 * same program, and promotes them all at once; the API's problems show beside the field or the row they concern.
 */
export function PromoteModal({
  cohort,
  open,
  onClose,
}: {
  cohort: { id: string; name: string; programId: string };
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ toCohortId?: string }>();
  const [selected, setSelected] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ general: string[]; byTrainee: Record<string, string> }>({
    general: [],
    byTrainee: {},
  });
  const { data, loading } = useQuery(PROMOTION_CHOICES, {
    variables: { cohortId: cohort.id, programId: cohort.programId },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const [promote, { loading: saving }] = useMutation(PROMOTE_GRADUATES);
  // Graduates not yet moved on (a promoted one is ENROLLED again, in the long-term cohort).
  const graduates = (data?.graduationReport ?? []).filter((r) => r.trainee.status === 'GRADUATED');
  const targets = data?.cohorts.items ?? [];

  const submit = async () => {
    const { toCohortId } = await form.validateFields();
    setProblems({ general: [], byTrainee: {} });
    try {
      await promote({
        variables: { input: { fromCohortId: cohort.id, toCohortId: toCohortId!, traineeIds: selected } },
      });
      message.success(
        t('promotion.done', { n: selected.length, name: targets.find((c) => c.id === toCohortId)?.name ?? '' }),
      );
      setSelected([]);
      form.resetFields();
      onClose(true);
    } catch (e) {
      const p = problemOf(e);
      const byTrainee: Record<string, string> = {};
      const general: string[] = [];
      for (const f of p.fields) {
        const m = /^traineeIds\.(\d+)$/.exec(f.field);
        if (m) byTrainee[selected[Number(m[1])]] = tv(f);
        else if (f.field === 'toCohortId') form.setFields([{ name: 'toCohortId', errors: [tv(f)] }]);
        else general.push(tv(f));
      }
      if (!p.fields.length) general.push(tv(p));
      setProblems({ general, byTrainee });
    }
  };

  return (
    <Modal
      open={open}
      width={860}
      title={t('promotion.title', { name: cohort.name })}
      okText={t('promotion.submit')}
      okButtonProps={{ disabled: selected.length === 0, loading: saving }}
      onOk={submit}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Form form={form} layout="vertical">
          <Form.Item
            name="toCohortId"
            label={t('promotion.target')}
            rules={[{ required: true, message: tv('enrolments.chooseLongTermCohort') }]}
            extra={!loading && !targets.length ? t('promotion.noTarget') : undefined}
          >
            <Select
              loading={loading}
              options={targets.map((c) => ({
                value: c.id,
                label: t('promotion.targetOption', { name: c.name, n: c.seatsLeft }),
              }))}
            />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary" data-testid="promote-hint">
          {t('promotion.hint', { n: graduates.length, k: selected.length })}
        </Typography.Text>
        {problems.general.map((g) => (
          <Alert key={g} type="error" showIcon title={g} />
        ))}
        <Table<Row>
          rowKey={(r) => r.trainee.id}
          size="small"
          loading={loading}
          dataSource={graduates}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          pagination={graduates.length > 10 ? { pageSize: 10, size: 'small' } : false}
          locale={{ emptyText: <Empty description={t('promotion.empty')} /> }}
          columns={[
            { title: t('trainee.name'), render: (_, r) => <TraineeName trainee={r.trainee} /> },
            { title: t('attendance.rate'), render: (_, r) => pct(r.attendanceRate), width: 100 },
            { title: t('graduation.average'), render: (_, r) => pct(r.averageScoreShare), width: 110 },
            { title: t('promotion.sessions'), dataIndex: 'liveSessions', width: 90 },
            { title: t('promotion.gmv'), dataIndex: 'gmv', width: 110 },
            {
              title: '',
              key: 'problem',
              render: (_, r) =>
                problems.byTrainee[r.trainee.id] && (
                  <Typography.Text type="danger">{problems.byTrainee[r.trainee.id]}</Typography.Text>
                ),
            },
          ]}
        />
      </Space>
    </Modal>
  );
}
