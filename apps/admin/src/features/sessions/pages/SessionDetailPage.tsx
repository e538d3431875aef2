import { CaretRightOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { earlyStartMinutes, Permission } from '@grassroots/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Popconfirm,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime, formatYuan } from '../../../shared/format';
import { problemOf } from '../../../shared/forms';
import { ReasonModal } from '../../../shared/ReasonModal';
import { RecordUnavailable } from '../../../shared/RecordUnavailable';
import { zoneName } from '../../../shared/time';
import { TraineeName } from '../../../shared/TraineeName';
import { ResultsForm } from '../components/ResultsForm';
import { ScheduleForm } from '../components/ScheduleForm';
import { CANCEL_SESSION, END_SESSION, LIVE_SESSION, START_SESSION } from '../graphql';

const PROVENANCE_COLOR: Record<string, string> = { PLATFORM_EXPORT: 'green', MANUAL: 'blue', ESTIMATE: 'orange' };

export function SessionDetailPage() {
  const { id } = useParams<{ id: string }>();
  const { t, tv, locale, enumLabel } = useI18n();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const { data, loading, error, refetch } = useQuery(LIVE_SESSION, { variables: { id: id! } });
  const [start, st] = useMutation(START_SESSION);
  const [end, en] = useMutation(END_SESSION);
  const [cancel, ca] = useMutation(CANCEL_SESSION);
  const [cancelling, setCancelling] = useState(false);
  const [editing, setEditing] = useState(false);
  const [editingResults, setEditingResults] = useState(false);

  if (loading && !data) return <Spin />;
  if (error || !data) return <RecordUnavailable error={error} back="/sessions" onRetry={refetch} />;
  const s = data.liveSession;
  const write = can(Permission.SESSIONS_WRITE);
  const run = async (f: () => Promise<unknown>) => {
    try {
      await f();
      await refetch();
    } catch (e) {
      const p = problemOf(e);
      message.error(tv(p));
    }
  };
  const res = s.results;
  const prov = (k: string) => {
    const p = (res?.provenance as Record<string, string | null> | undefined)?.[k];
    return p ? (
      <Tag color={PROVENANCE_COLOR[p]} style={{ marginInlineStart: 6 }}>
        {enumLabel('Provenance', p)}
      </Tag>
    ) : null;
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {s.title}
            </Typography.Title>
            <EnumTag type="LiveSessionStatus" value={s.status} />
          </Space>
        }
        extra={
          write && (
            <Space wrap>
              {s.status === 'SCHEDULED' && (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              )}
              {s.status === 'SCHEDULED' && (
                <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)}>
                  {t('session.cancel')}
                </Button>
              )}
              {s.status === 'SCHEDULED' && (
                <Button
                  type="primary"
                  icon={<CaretRightOutlined />}
                  loading={st.loading}
                  onClick={() => {
                    const goLive = () => run(() => start({ variables: { id: s.id } }));
                    // More than 30 minutes before its time: probably the wrong session, so ask first.
                    const early = earlyStartMinutes(new Date(s.scheduledStart), new Date());
                    if (early === null) return goLive();
                    modal.confirm({
                      title: t('session.startEarlyTitle'),
                      content: t('session.startEarly', {
                        at: formatDateTime(s.scheduledStart, s.timeZone),
                        minutes: early,
                      }),
                      okText: t('session.start'),
                      cancelText: t('common.cancel'),
                      onOk: goLive,
                    });
                  }}
                >
                  {t('session.start')}
                </Button>
              )}
              {s.status === 'LIVE' && (
                <Popconfirm
                  title={t('session.endConfirm')}
                  onConfirm={() => run(() => end({ variables: { id: s.id } }))}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                >
                  <Button type="primary" danger loading={en.loading}>
                    {t('session.end')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('session.streamer')}>
            {s.trainee ? <TraineeName trainee={s.trainee} link /> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('session.team')}>
            {s.team ? <Link to={`/teams/${s.team.id}`}>{s.team.name}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('session.platform')}>
            <EnumTag type="StreamPlatform" value={s.platform} />
          </Descriptions.Item>
          <Descriptions.Item
            label={`${t('session.when')} · ${zoneName(s.timeZone, t)}`}
          >{`${formatDateTime(s.scheduledStart, s.timeZone)} · ${s.plannedMinutes} ${t('session.min')}`}</Descriptions.Item>
          {s.startedAt && (
            <Descriptions.Item label={t('session.startedAt')}>
              {formatDateTime(s.startedAt, s.timeZone)}
            </Descriptions.Item>
          )}
          {s.endedAt && (
            <Descriptions.Item label={t('session.endedAt')}>{formatDateTime(s.endedAt, s.timeZone)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('session.script')}>
            {s.scriptUrl ? (
              <a href={s.scriptUrl} target="_blank" rel="noreferrer noopener">
                {s.scriptUrl}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          {s.team && (
            <Descriptions.Item label={t('team.members')}>
              {s.team.members.map((m) => `${enumLabel('TeamRole', m.role)} ${m.user.name}`).join('、')}
            </Descriptions.Item>
          )}
          {s.cancelReason && <Descriptions.Item label={t('session.cancelReason')}>{s.cancelReason}</Descriptions.Item>}
        </Descriptions>
      </Card>

      <Card title={t('session.runOfShow')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.items}
          locale={{ emptyText: <Empty description={t('session.noProducts')} /> }}
          columns={[
            { title: '#', dataIndex: 'position', width: 50 },
            {
              title: t('session.product'),
              render: (_, i) => (
                <Space>
                  {i.product?.name ?? '—'}
                  {i.product && i.product.status !== 'APPROVED' && (
                    <Tooltip title={t('session.gateFails')}>
                      <Tag color="red">{enumLabel('ProductStatus', i.product.status)}</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            { title: t('session.livePrice'), render: (_, i) => formatYuan(i.livePrice) },
            { title: t('session.commission'), render: (_, i) => `${i.commissionPct} %` },
            { title: t('session.unitsSold'), render: (_, i) => i.unitsSold ?? '—' },
            { title: t('session.productGmv'), render: (_, i) => formatYuan(i.gmv) },
          ]}
        />
      </Card>

      {s.status === 'ENDED' && (
        <Card
          title={t('session.results')}
          extra={
            res &&
            write &&
            !editingResults && <Button onClick={() => setEditingResults(true)}>{t('session.correctResults')}</Button>
          }
        >
          {res && !editingResults ? (
            <Space orientation="vertical" style={{ width: '100%' }} size={16} data-testid="results">
              <Row gutter={[16, 16]}>
                <Col xs={12} md={6}>
                  <Statistic
                    title={
                      <>
                        {t('session.fig.gmv')}
                        {prov('gmv')}
                      </>
                    }
                    value={formatYuan(res.gmv)}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title={
                      <>
                        {t('session.netResult')}
                        {prov('netResult')}
                      </>
                    }
                    value={formatYuan(res.netResult)}
                    valueStyle={{ color: res.netResult.startsWith('-') ? '#cf1322' : '#389e0d' }}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic
                    title={t('session.conversion')}
                    value={res.conversionRate == null ? '—' : `${(res.conversionRate * 100).toFixed(2)} %`}
                  />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('session.gmvPerViewer')} value={formatYuan(res.gmvPerViewer)} />
                </Col>
              </Row>
              <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
                <Descriptions.Item label={t('session.fig.viewers')}>
                  {res.viewers.toLocaleString(locale)}
                  {prov('viewers')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.fig.peakViewers')}>
                  {res.peakViewers.toLocaleString(locale)}
                  {prov('peakViewers')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.fig.newFollowers')}>
                  {res.newFollowers.toLocaleString(locale)}
                  {prov('newFollowers')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.fig.orders')}>
                  {res.orders.toLocaleString(locale)}
                  {prov('orders')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.fig.actualMinutes')}>
                  {res.actualMinutes}
                  {prov('actualMinutes')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.fig.adSpend')}>
                  {formatYuan(res.adSpend)}
                  {prov('adSpend')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.fig.refunds')}>
                  {formatYuan(res.refunds)}
                  {prov('refunds')}
                </Descriptions.Item>
                <Descriptions.Item label={t('session.commissionTotal')}>
                  {formatYuan(res.commission)}
                  {prov('commission')}
                </Descriptions.Item>
              </Descriptions>
              <Typography.Text type="secondary">{t('session.netFormula')}</Typography.Text>
            </Space>
          ) : write ? (
            <>
              {!res && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('session.noResultsYet')} />}
              <ResultsForm
                session={s}
                onSaved={() => {
                  setEditingResults(false);
                  void refetch();
                }}
              />
            </>
          ) : (
            <Empty description={t('session.noResultsYet')} />
          )}
        </Card>
      )}

      <ScheduleForm
        open={editing}
        session={{
          id: s.id,
          traineeName: s.trainee?.name ?? '',
          timeZone: s.timeZone,
          platform: s.platform,
          scheduledStart: s.scheduledStart,
          plannedMinutes: s.plannedMinutes,
          title: s.title,
          scriptUrl: s.scriptUrl ?? '',
          items: s.items.map((i) => ({
            productId: i.productId,
            livePrice: i.livePrice,
            commissionPct: i.commissionPct,
          })),
        }}
        onClose={(saved) => {
          setEditing(false);
          if (saved) void refetch();
        }}
      />
      <ReasonModal
        open={cancelling}
        title={t('session.cancelTitle')}
        label={t('session.cancelReason')}
        requiredMessage={tv('live.giveReasonCancelling')}
        loading={ca.loading}
        onCancel={() => setCancelling(false)}
        onSubmit={async (reason) => {
          await cancel({ variables: { input: { id: s.id, reason } } });
          setCancelling(false);
          await refetch();
        }}
      />
    </Space>
  );
}
