import { useMutation, useQuery } from '@apollo/client/react';
import { createTicketSchema, TicketPriority, TicketType } from '@grassroots/domain';
import { Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { dateTimeItemProps } from '../../../shared/DateField';
import { enumOptions } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { todayIn } from '../../../shared/time';
import { useTraineeLabel } from '../../../shared/TraineeName';
import { useSaveForm } from '../../../shared/useSaveForm';
import { PRODUCTS } from '../../sessions/graphql';
import { CREATE_TICKET, SESSIONS_WITH_PRODUCT } from '../graphql';

const f = createTicketSchema.shape;

/** Opens a ticket from a customer's after-sales request; linking the live session routes refunds into its result. */
export function TicketForm({ open, onClose }: { open: boolean; onClose: (id?: string) => void }) {
  const { t, tv, enumLabel } = useI18n();
  const traineeLabel = useTraineeLabel();
  const [form] = Form.useForm();
  const save = useSaveForm(form);
  const [productId, setProductId] = useState<string>();
  const products = useQuery(PRODUCTS, { skip: !open });
  const sessions = useQuery(SESSIONS_WITH_PRODUCT, {
    variables: { productId: productId ?? '', from: todayIn().subtract(60, 'day').format('YYYY-MM-DD') },
    skip: !productId,
  });
  const [create, c] = useMutation(CREATE_TICKET);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setProductId(undefined);
      form.setFieldsValue({ type: 'QUALITY_COMPLAINT', priority: 'NORMAL' });
    }
  }, [open, form]);

  const onFinish = (v: Record<string, string>) =>
    save(async () => {
      const r = await create({
        variables: { input: { ...v, sessionId: v.sessionId || null, deliveredAt: v.deliveredAt || null } as never },
      });
      onClose(r.data?.createTicket.id);
    });

  return (
    <Drawer open={open} title={t('ticket.new')} onClose={() => onClose()} size={600} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="orderRef" label={t('ticket.orderRef')} rules={[zodRule(f.orderRef, tv)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="type" label={t('ticket.type')}>
              <Select options={enumOptions(enumLabel, 'TicketType', Object.values(TicketType))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="productId" label={t('ticket.product')} rules={[zodRule(f.productId, tv)]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={products.loading}
            onChange={(v: string) => {
              setProductId(v);
              form.setFieldsValue({ sessionId: undefined });
            }}
            options={products.data?.products.items.map((p) => ({
              value: p.id,
              label: `${p.name} · ${p.supplierName}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="sessionId" label={t('ticket.session')} extra={t('ticket.sessionHint')}>
          <Select
            allowClear
            disabled={!productId}
            loading={sessions.loading}
            options={sessions.data?.liveSessions.items.map((s) => ({
              value: s.id,
              label: `${formatDateTime(s.scheduledStart)} · ${s.trainee ? traineeLabel(s.trainee) : ''} · ${s.title}`,
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="customerName" label={t('ticket.customer')} rules={[zodRule(f.customerName, tv)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="customerPhone" label={t('ticket.phone')} rules={[zodRule(f.customerPhone, tv)]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="priority" label={t('ticket.priority')}>
              <Select options={enumOptions(enumLabel, 'TicketPriority', Object.values(TicketPriority))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="amountClaimed" label={t('ticket.amountClaimed')} rules={[zodRule(f.amountClaimed, tv)]}>
              <Input prefix="¥" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="deliveredAt" label={t('ticket.deliveredAt')} {...dateTimeItemProps()}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('ticket.description')} rules={[zodRule(f.description, tv)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={c.loading}>
            {t('ticket.create')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
