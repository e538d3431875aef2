import { useMutation } from '@apollo/client/react';
import { moneySchema, Provenance } from '@grassroots/domain';
import { Button, Col, Form, Input, InputNumber, Row, Select, Table, Typography } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import type { LiveSessionQuery } from '../../../gql/graphql';
import { enumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { RECORD_RESULTS } from '../graphql';

type Session = LiveSessionQuery['liveSession'];
const COUNTS = ['actualMinutes', 'viewers', 'peakViewers', 'newFollowers', 'orders'] as const;
const MONEY = ['gmv', 'adSpend', 'refunds'] as const;
type Figure = { value: string | number; provenance: string };
type Values = Record<(typeof COUNTS)[number] | (typeof MONEY)[number], Figure> & {
  items: { itemId: string; unitsSold?: number | null; gmv?: string | null }[];
};

/** Records (or corrects) an ended session's results; every figure says where it came from. */
export function ResultsForm({ session, onSaved }: { session: Session; onSaved: () => void }) {
  const { t, tv, enumLabel } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useSaveForm(form);
  const [record, r] = useMutation(RECORD_RESULTS);
  const provenanceOptions = enumOptions(enumLabel, 'Provenance', Object.values(Provenance));

  useEffect(() => {
    const res = session.results;
    const prov = (k: string) => (res?.provenance as Record<string, string | null> | undefined)?.[k] ?? 'MANUAL';
    form.setFieldsValue({
      ...Object.fromEntries(
        COUNTS.map((k) => [
          k,
          { value: res?.[k] ?? (k === 'actualMinutes' ? session.plannedMinutes : undefined), provenance: prov(k) },
        ]),
      ),
      ...Object.fromEntries(
        MONEY.map((k) => [k, { value: res?.[k] ?? (k === 'refunds' ? '0.00' : undefined), provenance: prov(k) }]),
      ),
      items: session.items.map((i) => ({ itemId: i.id, unitsSold: i.unitsSold, gmv: i.gmv })),
    } as Values);
  }, [session, form]);

  const onFinish = (v: Values) =>
    save(async () => {
      await record({
        variables: {
          input: {
            sessionId: session.id,
            version: session.version,
            ...Object.fromEntries(COUNTS.map((k) => [k, { value: Number(v[k].value), provenance: v[k].provenance }])),
            ...Object.fromEntries(MONEY.map((k) => [k, { value: String(v[k].value), provenance: v[k].provenance }])),
            items: (v.items ?? []).map((i, n) => ({
              itemId: session.items[n].id,
              unitsSold: i.unitsSold ?? null,
              gmv: i.gmv || null,
            })),
          } as never,
        },
      });
      onSaved();
    });

  const label = (k: string) => t(`session.fig.${k}` as MessageKey);
  /** One figure: its value (errors show under it) and where it came from. */
  const figure = (k: (typeof COUNTS)[number] | (typeof MONEY)[number], money: boolean) => (
    <Col xs={24} sm={12} lg={8} key={k}>
      <Row gutter={4} wrap={false}>
        <Col flex="auto">
          <Form.Item
            name={[k, 'value']}
            label={label(k)}
            required
            dependencies={k === 'peakViewers' ? [['viewers', 'value']] : undefined}
            rules={[
              ...(money
                ? [zodRule(moneySchema, tv)]
                : [{ required: true, type: 'number' as const, min: 0, message: tv('live.wholeNumber') }]),
              ...(k === 'peakViewers'
                ? [
                    {
                      validator: async (_: unknown, v: number) => {
                        if (v != null && v > (form.getFieldValue(['viewers', 'value']) ?? Infinity))
                          throw new Error(tv('live.peakViewersCannotExceedTotal'));
                      },
                    },
                  ]
                : []),
            ]}
          >
            {money ? (
              <Input prefix="¥" aria-label={label(k)} />
            ) : (
              <InputNumber min={0} precision={0} aria-label={label(k)} style={{ width: '100%' }} />
            )}
          </Form.Item>
        </Col>
        <Col flex="120px">
          <Form.Item name={[k, 'provenance']} label={t('session.provenance')}>
            <Select options={provenanceOptions} aria-label={`${label(k)} ${t('session.provenance')}`} />
          </Form.Item>
        </Col>
      </Row>
    </Col>
  );

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} data-testid="results-form">
      <FormProblems form={form} />
      <Row gutter={16}>
        {COUNTS.map((k) => figure(k, false))}
        {MONEY.map((k) => figure(k, true))}
      </Row>
      {session.items.length > 0 && (
        <>
          <Typography.Text strong>{t('session.byProduct')}</Typography.Text>
          <Typography.Paragraph type="secondary">{t('session.byProductHint')}</Typography.Paragraph>
          <Form.List name="items">
            {(fields) => (
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                style={{ marginBottom: 16 }}
                columns={[
                  { title: t('session.product'), render: (_, f) => session.items[f.name]?.product?.name ?? '—' },
                  {
                    title: t('session.unitsSold'),
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'unitsSold']} style={{ margin: 0 }}>
                        <InputNumber min={0} precision={0} aria-label={`${t('session.unitsSold')} ${f.name + 1}`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('session.productGmv'),
                    render: (_, f) => (
                      <Form.Item
                        name={[f.name, 'gmv']}
                        style={{ margin: 0 }}
                        rules={[zodRule(moneySchema.nullish(), tv)]}
                      >
                        <Input
                          prefix="¥"
                          aria-label={`${t('session.productGmv')} ${f.name + 1}`}
                          style={{ width: 140 }}
                        />
                      </Form.Item>
                    ),
                  },
                ]}
              />
            )}
          </Form.List>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={r.loading}>
        {t('session.saveResults')}
      </Button>
    </Form>
  );
}
