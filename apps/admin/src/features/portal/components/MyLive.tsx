import { ClockCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';

import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime, formatYuan } from '../../../shared/format';
import { todayIn } from '../../../shared/time';

const MY_LIVE = graphql(`
  query MyLive($traineeId: ID!, $today: String!, $from: String!) {
    myTrainee {
      id
      supportTeam {
        id
        name
        members {
          id
          role
          user {
            id
            name
          }
        }
      }
    }
    upcoming: liveSessions(traineeId: $traineeId, from: $today, status: SCHEDULED, pageSize: 5) {
      total
      items {
        id
        title
        platform
        scheduledStart
        plannedMinutes
        timeZone
        items {
          id
          product {
            id
            name
          }
        }
      }
    }
    recent: liveSessions(traineeId: $traineeId, from: $from, to: $today, status: ENDED, pageSize: 5) {
      items {
        id
        title
        scheduledStart
        timeZone
        results {
          gmv
          viewers
          orders
          netResult
        }
      }
    }
    traineePerformance(traineeId: $traineeId, from: $from, to: $today) {
      totals {
        sessions
        gmv
        netResult
        conversionRate
      }
      afterSalesTickets
      afterSalesRate
    }
    tickets(queue: ALL, pageSize: 5) {
      total
      items {
        id
        number
        type
        status
        createdAt
        product {
          id
          name
        }
      }
    }
  }
`);

/**
 * The trainee's own support team, next live sessions and recent results (nothing of anyone else). Times are shown
 * in each session's program zone; "today" is the trainee's program's.
 */
export function MyLive({ traineeId, timeZone }: { traineeId: string; timeZone?: string }) {
  const { t, enumLabel } = useI18n();
  const today = todayIn(timeZone).format('YYYY-MM-DD');
  const { data } = useQuery(MY_LIVE, {
    variables: { traineeId, today, from: todayIn(timeZone).subtract(29, 'day').format('YYYY-MM-DD') },
  });
  const team = data?.myTrainee?.supportTeam;
  const totals = data?.traineePerformance.totals;
  // Sessions that ended earlier today are not "upcoming"; the API filters by day, the page by the hour.
  const upcoming = (data?.upcoming.items ?? []).filter((s) =>
    dayjs(s.scheduledStart).add(s.plannedMinutes, 'minute').isAfter(dayjs()),
  );
  return (
    <>
      <Card title={t('portal.myTeam')} size="small" data-testid="portal-team">
        {!team ? (
          <Empty description={t('portal.noTeam')} />
        ) : (
          <Space orientation="vertical">
            <Typography.Text strong>{team.name}</Typography.Text>
            <Space wrap>
              {team.members.map((m) => (
                <Tag key={m.id} color="blue">
                  {enumLabel('TeamRole', m.role)} · {m.user.name}
                </Tag>
              ))}
            </Space>
          </Space>
        )}
      </Card>
      <Card title={t('portal.upcomingSessions')} size="small" data-testid="portal-sessions">
        <List
          dataSource={upcoming}
          locale={{ emptyText: <Empty description={t('portal.noSessions')} /> }}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space wrap>
                    {s.title}
                    <EnumTag type="StreamPlatform" value={s.platform} />
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={2}>
                    <span>
                      <ClockCircleOutlined /> {formatDateTime(s.scheduledStart, s.timeZone)} · {s.plannedMinutes}{' '}
                      {t('session.min')}
                    </span>
                    {s.items.length > 0 && <span>{s.items.map((i) => i.product?.name).join('、')}</span>}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('portal.myTickets')} size="small" data-testid="portal-tickets">
        <List
          size="small"
          dataSource={data?.tickets.items ?? []}
          locale={{ emptyText: <Empty description={t('portal.noTickets')} /> }}
          renderItem={(tk) => (
            <List.Item extra={<Tag>{enumLabel('TicketStatus', tk.status)}</Tag>}>
              <List.Item.Meta
                title={`${tk.product?.name ?? '—'} · ${enumLabel('TicketType', tk.type)}`}
                description={`${tk.number} · ${formatDateTime(tk.createdAt)}`}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('portal.myResults')} size="small">
        {totals && totals.sessions > 0 ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Row gutter={12}>
              <Col span={8}>
                <Statistic title={t('perf.sessions')} value={totals.sessions} />
              </Col>
              <Col span={8}>
                <Statistic title={t('session.gmv')} value={formatYuan(totals.gmv)} />
              </Col>
              <Col span={8}>
                <Statistic
                  title={t('session.conversion')}
                  value={totals.conversionRate == null ? '—' : `${(totals.conversionRate * 100).toFixed(1)} %`}
                />
              </Col>
            </Row>
            <List
              size="small"
              dataSource={data?.recent.items ?? []}
              renderItem={(s) => (
                <List.Item extra={formatYuan(s.results?.gmv)}>
                  <List.Item.Meta title={s.title} description={formatDateTime(s.scheduledStart, s.timeZone)} />
                </List.Item>
              )}
            />
          </Space>
        ) : (
          <Empty description={t('perf.none')} />
        )}
      </Card>
    </>
  );
}
