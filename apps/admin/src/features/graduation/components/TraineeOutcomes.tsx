import { useMutation, useQuery } from '@apollo/client/react';
import { OUTCOME_MONTHS, OutcomeStatus, Permission, recordOutcomeSchema } from '@grassroots/domain';
import { Button, Card, Col, Form, Input, Modal, Row, Select, Statistic, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { EnumTag, useEnumOptions } from '../../../shared/EnumTag';
import { formatYuan } from '../../../shared/format';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';

const OUTCOMES = graphql(`
  query TraineeOutcomes($id: ID!) {
    trainee(id: $id) {
      id
      status
      outcomes {
        monthsAfter
        status
        monthlyIncome
        note
      }
    }
  }
`);
const RECORD = graphql(`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      monthsAfter
      status
      monthlyIncome
      note
    }
  }
`);

/** The 1-, 3- and 6-month follow-ups sponsors ask about. */
export function TraineeOutcomes({ traineeId }: { traineeId: string }) {
  const { t, tv } = useI18n();
  const { can } = useAuth();
  const { data, refetch } = useQuery(OUTCOMES, { variables: { id: traineeId } });
  const [record, { loading }] = useMutation(RECORD);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const save = useSaveForm(form);
  const statusOptions = useEnumOptions('OutcomeStatus', Object.values(OutcomeStatus));
  const finished = data?.trainee.status === 'GRADUATED' || data?.trainee.status === 'DROPPED';
  const outcomes = data?.trainee.outcomes ?? [];

  return (
    <Card
      title={t('outcome.title')}
      extra={
        can(Permission.OUTCOMES_WRITE) && (
          <Button
            disabled={!finished}
            onClick={() => {
              form.resetFields();
              setOpen(true);
            }}
          >
            {t('outcome.record')}
          </Button>
        )
      }
    >
      {!finished && <Typography.Paragraph type="secondary">{t('outcome.onlyAfter')}</Typography.Paragraph>}
      <Row gutter={16}>
        {OUTCOME_MONTHS.map((m) => {
          const o = outcomes.find((x) => x.monthsAfter === m);
          return (
            <Col xs={24} md={8} key={m}>
              <Statistic
                title={t('outcome.months', { n: m })}
                valueRender={() => (o ? <EnumTag type="OutcomeStatus" value={o.status} /> : '—')}
                value={o?.status ?? '—'}
              />
              {o?.monthlyIncome && (
                <Typography.Text>
                  {t('outcome.income')}: {formatYuan(o.monthlyIncome)}
                </Typography.Text>
              )}
              {o?.note && (
                <div>
                  <Typography.Text type="secondary">{o.note}</Typography.Text>
                </div>
              )}
            </Col>
          );
        })}
      </Row>
      <Modal
        open={open}
        title={t('outcome.record')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            monthsAfter: OUTCOME_MONTHS.find((m) => !outcomes.some((o) => o.monthsAfter === m)) ?? 1,
            status: 'STREAMING_INDEPENDENTLY',
          }}
          onFinish={(v) =>
            save(async () => {
              await record({
                variables: { input: { traineeId, ...v, monthlyIncome: v.monthlyIncome || null, note: v.note || null } },
              });
              setOpen(false);
              void refetch();
            })
          }
        >
          <FormProblems form={form} />
          <Form.Item name="monthsAfter" label={t('outcome.monthsAfter')}>
            <Select options={OUTCOME_MONTHS.map((m) => ({ value: m, label: t('outcome.months', { n: m }) }))} />
          </Form.Item>
          <Form.Item name="status" label={t('outcome.status')}>
            <Select options={statusOptions} />
          </Form.Item>
          <Form.Item
            name="monthlyIncome"
            label={t('outcome.income')}
            rules={[zodRule(recordOutcomeSchema.shape.monthlyIncome, tv)]}
          >
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
          <Form.Item name="note" label={t('outcome.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
