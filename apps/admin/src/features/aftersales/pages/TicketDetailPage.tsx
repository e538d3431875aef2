import { useMutation, useQuery } from '@apollo/client/react';
import { moneySchema, Permission, RootCause } from '@grassroots/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import type { TicketAction, TicketQuery } from '../../../gql/graphql';
import { enumOptions } from '../../../shared/EnumTag';
import { formatDateTime, formatYuan } from '../../../shared/format';
import { FormProblems } from '../../../shared/FormProblems';
import { problemOf, zodRule } from '../../../shared/forms';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { useSaveForm } from '../../../shared/useSaveForm';
import {
  ASSIGN_TICKET,
  COMMENT_TICKET,
  MOVE_TICKET,
  RESOLUTION_PREVIEW,
  TICKET,
  TICKET_HELPERS,
  UPDATE_TICKET,
} from '../graphql';

type Clock = TicketQuery['ticket']['clocks']['firstResponse'];

/** One ticket: its clocks, the moves open to it, assignment, refund/return dates, and the timeline with replies. */
export function TicketDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tv, enumLabel } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(TICKET, {
    variables: { id: id! },
    fetchPolicy: 'cache-and-network',
  });
  const write = can(Permission.TICKETS_WRITE);
  const helpers = useQuery(TICKET_HELPERS, { skip: !write });
  const [move, mv] = useMutation(MOVE_TICKET);
  const [comment, cm] = useMutation(COMMENT_TICKET);
  const [assign] = useMutation(ASSIGN_TICKET);
  const [update, up] = useMutation(UPDATE_TICKET);
  const [resolving, setResolving] = useState(false);
  const [reply, setReply] = useState('');
  const [internal, setInternal] = useState(false);
  const [resolveForm] = Form.useForm<{ rootCause: string; refundAmount?: string; note?: string }>();
  const [moneyForm] = Form.useForm<{ refundAmount?: string }>();
  const saveResolve = useSaveForm(resolveForm);
  const rootCause = Form.useWatch('rootCause', resolveForm);
  // Resolving as a quality problem can trip the feedback loop: the dialog says so before the agent confirms.
  const preview = useQuery(RESOLUTION_PREVIEW, {
    variables: { ticketId: id! },
    skip: !resolving || rootCause !== 'QUALITY',
    fetchPolicy: 'network-only',
  });
  const suspends =
    rootCause === 'QUALITY' && preview.data?.ticketResolutionPreview.suspendsProduct
      ? preview.data.ticketResolutionPreview
      : null;

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/tickets" onRetry={refetch} />;
  const tk = data.ticket;
  const fail = (e: unknown) => {
    const p = problemOf(e);
    message.error(tv(p));
    if (p.code === 'CONFLICT') void refetch();
  };
  const act = async (action: TicketAction) => {
    if (action === 'RESOLVE') {
      resolveForm.setFieldsValue({ refundAmount: tk.refundAmount ?? tk.amountClaimed });
      setResolving(true);
      return;
    }
    try {
      await move({ variables: { input: { ticketId: tk.id, version: tk.version, action } } });
      await refetch();
    } catch (e) {
      fail(e);
    }
  };
  const clockTag = (c: Clock) =>
    c.stoppedAt ? (
      <Tag color={c.breached ? 'red' : 'green'}>{t(c.breached ? 'ticket.metLate' : 'ticket.met')}</Tag>
    ) : c.breached ? (
      <Tag color="red">{t('ticket.breached')}</Tag>
    ) : c.paused ? (
      <Tag>{t('ticket.paused')}</Tag>
    ) : (
      <Tag color={c.dueSoon ? 'orange' : 'blue'}>{t('ticket.dueAt', { at: formatDateTime(c.dueAt) })}</Tag>
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {tk.number}
            </Typography.Title>
            <Tag data-testid="ticket-status">{enumLabel('TicketStatus', tk.status)}</Tag>
          </Space>
        }
        extra={
          write && (
            <Space wrap>
              {tk.actions.map((a) => (
                <Button
                  key={a}
                  type={a === 'RESOLVE' ? 'primary' : 'default'}
                  loading={mv.loading}
                  onClick={() => act(a)}
                >
                  {t(`ticket.action.${a}` as MessageKey)}
                </Button>
              ))}
            </Space>
          )
        }
      >
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('ticket.product')}>{tk.product?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('ticket.session')}>
                {tk.session ? (
                  <>
                    {can(Permission.SESSIONS_READ) ? (
                      <Link to={`/sessions/${tk.session.id}`}>{tk.session.title}</Link>
                    ) : (
                      tk.session.title
                    )}{' '}
                    · {tk.session.streamerName} · {formatDateTime(tk.session.scheduledStart)}
                  </>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('ticket.type')}>{enumLabel('TicketType', tk.type)}</Descriptions.Item>
              <Descriptions.Item label={t('ticket.priority')}>
                {enumLabel('TicketPriority', tk.priority)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ticket.customer')}>
                {tk.customerName} · {tk.customerPhone}
              </Descriptions.Item>
              <Descriptions.Item label={t('ticket.orderRef')}>{tk.orderRef}</Descriptions.Item>
              <Descriptions.Item label={t('ticket.amountClaimed')}>{formatYuan(tk.amountClaimed)}</Descriptions.Item>
              <Descriptions.Item label={t('ticket.refundAmount')}>{formatYuan(tk.refundAmount)}</Descriptions.Item>
              {tk.rootCause && (
                <Descriptions.Item label={t('ticket.rootCause')}>
                  {enumLabel('RootCause', tk.rootCause)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('ticket.assignee')}>
                {write ? (
                  <Select
                    size="small"
                    style={{ width: 160 }}
                    allowClear
                    value={tk.assigneeId ?? undefined}
                    aria-label={t('ticket.assignee')}
                    options={helpers.data?.afterSalesAgents.map((a) => ({ value: a.id, label: a.name }))}
                    onChange={async (v?: string) => {
                      try {
                        await assign({
                          variables: { input: { ticketId: tk.id, version: tk.version, assigneeId: v ?? null } },
                        });
                        await refetch();
                      } catch (e) {
                        fail(e);
                      }
                    }}
                  />
                ) : (
                  (tk.assignee?.name ?? '—')
                )}
              </Descriptions.Item>
            </Descriptions>
          </Col>
          <Col xs={24} lg={10}>
            <Descriptions column={1} size="small" bordered data-testid="ticket-clocks">
              <Descriptions.Item label={t('ticket.firstResponse')}>
                {clockTag(tk.clocks.firstResponse)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ticket.resolution')}>{clockTag(tk.clocks.resolution)}</Descriptions.Item>
              <Descriptions.Item label={t('ticket.noReasonReturn')}>
                {tk.clocks.returnEligible ? (
                  tk.clocks.returnWindowClosesAt ? (
                    t('ticket.windowCloses', { at: formatDateTime(tk.clocks.returnWindowClosesAt) })
                  ) : (
                    t('ticket.windowOnDelivery')
                  )
                ) : (
                  <Tag>{t('ticket.notEligible')}</Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('ticket.refundDue')}>
                {tk.clocks.refundDueAt ? (
                  <Tag color={tk.clocks.refundOverdue ? 'red' : 'blue'}>{formatDateTime(tk.clocks.refundDueAt)}</Tag>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
            </Descriptions>
          </Col>
        </Row>
        {write && tk.status !== 'CLOSED' && (
          <Space wrap style={{ marginTop: 16 }}>
            <Button
              size="small"
              onClick={async () => {
                try {
                  await update({
                    variables: {
                      input: { ticketId: tk.id, version: tk.version, returnReceivedAt: new Date().toISOString() },
                    },
                  });
                  await refetch();
                } catch (e) {
                  fail(e);
                }
              }}
            >
              {t('ticket.markReturnReceived')}
            </Button>
            <Form
              form={moneyForm}
              layout="inline"
              onFinish={async (v) => {
                try {
                  await update({
                    variables: {
                      input: {
                        ticketId: tk.id,
                        version: tk.version,
                        refundAmount: v.refundAmount,
                        refundedAt: new Date().toISOString(),
                      },
                    },
                  });
                  message.success(t('ticket.refunded'));
                  await refetch();
                } catch (e) {
                  fail(e);
                }
              }}
            >
              <Form.Item name="refundAmount" rules={[zodRule(moneySchema, tv)]}>
                <Input prefix="¥" placeholder={t('ticket.refundAmount')} style={{ width: 140 }} />
              </Form.Item>
              <Button size="small" htmlType="submit" loading={up.loading}>
                {t('ticket.markRefunded')}
              </Button>
            </Form>
          </Space>
        )}
      </Card>

      <Card title={t('ticket.timeline')}>
        <Timeline
          items={tk.events.map((e) => ({
            color: e.kind === 'STATUS' ? 'blue' : e.kind === 'SYSTEM' ? 'red' : e.internal ? 'gray' : 'green',
            content: (
              <Space orientation="vertical" size={0}>
                <Typography.Text type="secondary">
                  {formatDateTime(e.at)} · {e.author?.name ?? '—'}
                  {e.kind === 'COMMENT' && (
                    <Tag style={{ marginInlineStart: 8 }}>
                      {t(e.internal ? 'ticket.internal' : 'ticket.toCustomer')}
                    </Tag>
                  )}
                </Typography.Text>
                {e.kind === 'STATUS' ? (
                  <Typography.Text>
                    {enumLabel('TicketStatus', e.fromStatus ?? '—')} → {enumLabel('TicketStatus', e.toStatus ?? '—')}
                    {e.body ? `：${e.body}` : ''}
                  </Typography.Text>
                ) : (
                  <Typography.Text>
                    {e.messageCode ? tv({ message: e.body, code: e.messageCode, params: e.messageParams }) : e.body}
                  </Typography.Text>
                )}
              </Space>
            ),
          }))}
        />
        {write && tk.status !== 'CLOSED' && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea
              rows={3}
              value={reply}
              onChange={(e) => setReply(e.target.value)}
              placeholder={t('ticket.replyPlaceholder')}
              aria-label={t('ticket.reply')}
            />
            <Space wrap>
              <Select
                style={{ width: 200 }}
                showSearch
                optionFilterProp="label"
                placeholder={t('ticket.canned')}
                aria-label={t('ticket.canned')}
                value={null}
                loading={helpers.loading}
                options={(helpers.data?.cannedReplies ?? []).map((c) => ({ value: c.id, label: c.title }))}
                onChange={(key: string) => setReply(helpers.data?.cannedReplies.find((c) => c.id === key)?.body ?? '')}
              />
              <Checkbox checked={internal} onChange={(e) => setInternal(e.target.checked)}>
                {t('ticket.internalNote')}
              </Checkbox>
              <Button
                type="primary"
                loading={cm.loading}
                disabled={!reply.trim()}
                onClick={async () => {
                  try {
                    await comment({ variables: { input: { ticketId: tk.id, body: reply, internal } } });
                    setReply('');
                    await refetch();
                  } catch (e) {
                    fail(e);
                  }
                }}
              >
                {t(internal ? 'ticket.addNote' : 'ticket.sendReply')}
              </Button>
            </Space>
          </Space>
        )}
      </Card>

      <Modal
        open={resolving}
        title={t('ticket.resolveTitle')}
        onCancel={() => setResolving(false)}
        onOk={() => resolveForm.submit()}
        okText={suspends ? t('ticket.resolveAndSuspend') : undefined}
        okButtonProps={{ loading: mv.loading, danger: !!suspends }}
        destroyOnHidden
      >
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ticket.resolveHint')} />
        {suspends && (
          <Alert
            type="warning"
            showIcon
            data-testid="resolve-suspends"
            style={{ marginBottom: 12 }}
            title={t('ticket.resolveSuspends', {
              product: suspends.productName,
              n: suspends.qualityTickets,
              days: suspends.windowDays,
              units: suspends.unitsSold,
            })}
          />
        )}
        <Form
          form={resolveForm}
          layout="vertical"
          onFinish={(v) =>
            saveResolve(async () => {
              await move({
                variables: {
                  input: {
                    ticketId: tk.id,
                    version: tk.version,
                    action: 'RESOLVE',
                    rootCause: v.rootCause as never,
                    refundAmount: v.refundAmount || null,
                    note: v.note ?? null,
                  },
                },
              });
              setResolving(false);
              await refetch();
            })
          }
        >
          <FormProblems form={resolveForm} />
          <Form.Item
            name="rootCause"
            label={t('ticket.rootCause')}
            rules={[{ required: true, message: tv('aftersales.rootCauseRequired') }]}
          >
            <Select options={enumOptions(enumLabel, 'RootCause', Object.values(RootCause))} />
          </Form.Item>
          <Form.Item name="refundAmount" label={t('ticket.refundAmount')} rules={[zodRule(moneySchema.optional(), tv)]}>
            <Input prefix="¥" />
          </Form.Item>
          <Form.Item name="note" label={t('ticket.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
