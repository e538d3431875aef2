import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission, TicketPriority } from '@grassroots/domain';
import { Button, Card, Empty, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import type { TicketPriority as Priority, TicketQueue, TicketsQuery } from '../../../gql/graphql';
import { enumOptions } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { XlsxExportButton } from '../../../shared/XlsxExportButton';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { TicketForm } from '../components/TicketForm';
import { TICKETS } from '../graphql';

type Ticket = TicketsQuery['tickets']['items'][number];
const PRIORITY_COLOR: Record<string, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'default' };

const QUEUES: TicketQueue[] = ['OPEN', 'MINE', 'DUE_SOON', 'BREACHED', 'ALL'];

/** The after-sales queue: open, mine, due soon, breached or all, with each ticket's resolution clock. */
export function TicketsPage() {
  const { t, enumLabel } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  // ?queue=… picks a queue; the workbench's cards link with ?todo=KEY (exactly the tickets the card counts).
  const [params] = useSearchParams();
  const fromUrl = params.get('queue') as TicketQueue | null;
  const list = useListState<{ queue: TicketQueue; priority?: Priority }>({
    queue: fromUrl && QUEUES.includes(fromUrl) ? fromUrl : ('OPEN' as TicketQueue),
  });
  const todo = useTodo();
  const { data, loading } = useQuery(TICKETS, {
    variables: { ...list.variables, todo },
    fetchPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);

  const clock = (r: Ticket) => {
    const c = r.clocks.resolution;
    if (r.status === 'RESOLVED' || r.status === 'CLOSED') return <Tag color="green">{t('ticket.done')}</Tag>;
    if (c.breached) return <Tag color="red">{t('ticket.breached')}</Tag>;
    if (c.paused) return <Tag>{t('ticket.paused')}</Tag>;
    return <Tag color={c.dueSoon ? 'orange' : 'blue'}>{t('ticket.dueAt', { at: formatDateTime(c.dueAt) })}</Tag>;
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.tickets')} <TodoFilterTag todo={todo} total={data?.tickets.total} />
        </Typography.Title>
        <Space wrap>
          <Segmented
            value={list.filters.queue}
            onChange={(v) => list.setFilter('queue', v as TicketQueue)}
            options={QUEUES.map((q) => ({ value: q, label: t(`ticket.queue.${q}` as MessageKey) }))}
            data-testid="ticket-queue"
          />
          <Select
            allowClear
            placeholder={t('ticket.priority')}
            style={{ width: 120 }}
            options={enumOptions(enumLabel, 'TicketPriority', Object.values(TicketPriority))}
            onChange={(v) => list.setFilter('priority', v as Priority)}
          />
          <Input.Search
            allowClear
            placeholder={t('ticket.searchHint')}
            onSearch={list.setSearch}
            style={{ width: 220 }}
          />
          <XlsxExportButton
            path="/exports/tickets.xlsx"
            query={() => ({
              queue: list.filters.queue,
              priority: list.filters.priority,
              search: list.variables.search,
            })}
            testId="export-tickets"
          />
          {can(Permission.TICKETS_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('ticket.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Ticket>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.tickets.items}
        pagination={{
          ...list.pagination(data?.tickets.total),
          pageSizeOptions: [10, 20, 50],
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: <Empty description={t('ticket.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/tickets/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('ticket.number'), dataIndex: 'number', render: (v: string) => <a>{v}</a> },
          { title: t('ticket.product'), render: (_, r) => r.product?.name ?? '—' },
          { title: t('ticket.customer'), dataIndex: 'customerName' },
          { title: t('ticket.type'), render: (_, r) => enumLabel('TicketType', r.type) },
          {
            title: t('ticket.priority'),
            render: (_, r) => <Tag color={PRIORITY_COLOR[r.priority]}>{enumLabel('TicketPriority', r.priority)}</Tag>,
          },
          {
            title: t('ticket.status'),
            render: (_, r) => <Tag>{enumLabel('TicketStatus', r.status)}</Tag>,
          },
          { title: t('ticket.resolution'), render: (_, r) => clock(r) },
          { title: t('ticket.created'), render: (_, r) => formatDateTime(r.createdAt) },
        ]}
      />
      <TicketForm
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) void navigate(`/tickets/${id}`);
        }}
      />
    </Card>
  );
}
