import { useQuery } from '@apollo/client/react';
import { Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { AUDIT_LOG, USERS } from '../graphql';

/** Action prefixes the "kind" filter offers (the API filters by prefix). */
const KINDS: { value: string; label: MessageKey }[] = [
  { value: 'auth.', label: 'audit.op.auth.login' },
  { value: 'Mutation.', label: 'audit.kind.changes' },
  { value: 'Query.', label: 'audit.kind.lookups' },
  { value: 'file.', label: 'audit.kind.files' },
  { value: 'Trainee.phone.read', label: 'audit.op.Trainee.phone.read' },
  { value: 'Trainee.nationalId.reveal', label: 'audit.op.Trainee.nationalId.reveal' },
  { value: 'exportReport.', label: 'audit.op.exportReport' },
];

/** "Mutation.createTrainee" → "Create a trainee"; unknown operations keep their name. */
function useActionLabel(): (action: string) => string {
  const { t, has } = useI18n();
  return (action) => {
    const [head, ...rest] = action.split('.');
    const name = rest.join('.');
    if (has(`audit.op.${action}`)) return t(`audit.op.${action}` as MessageKey);
    if (head === 'Mutation' && has(`audit.op.${name}`)) return t(`audit.op.${name}` as MessageKey);
    if (head === 'Query') return t('audit.query', { name });
    if (head === 'FilesController') return t(name === 'upload' ? 'audit.op.file.upload' : 'audit.op.file.download');
    if (head === 'exportReport') return `${t('audit.op.exportReport')} (${name.toUpperCase()})`;
    return action;
  };
}

export function AuditLogPage() {
  const { t } = useI18n();
  const actionLabel = useActionLabel();
  const list = useListState<{ action?: string; actorId?: string; fromDate?: string; toDate?: string }>({});
  // People are found by name on the server: the first 20 matches of what is typed.
  const [personSearch, setPersonSearch] = useState('');
  const people = useQuery(USERS, { variables: { page: 1, pageSize: 20, search: personSearch || undefined } });
  const todo = useTodo();
  const { data, loading } = useQuery(AUDIT_LOG, {
    variables: { page: list.page, pageSize: list.pageSize, ...list.filters, todo },
  });
  const onDates = (range: [Dayjs | null, Dayjs | null] | null) => {
    list.setFilter('fromDate', range?.[0]?.format('YYYY-MM-DD'));
    list.setFilter('toDate', range?.[1]?.format('YYYY-MM-DD'));
  };
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.audit')} <TodoFilterTag todo={todo} total={data?.auditLog.total} />
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label={t('audit.person')}
            placeholder={t('audit.person')}
            allowClear
            showSearch={{ filterOption: false, onSearch: setPersonSearch }}
            style={{ width: 200 }}
            value={list.filters.actorId}
            onChange={(v?: string) => list.setFilter('actorId', v)}
            options={people.data?.users.items.map((u) => ({ value: u.id, label: u.name }))}
          />
          <Select
            aria-label={t('audit.kind')}
            placeholder={t('audit.kind')}
            allowClear
            style={{ width: 200 }}
            value={list.filters.action}
            onChange={(v?: string) => list.setFilter('action', v)}
            options={KINDS.map((k) => ({ value: k.value, label: t(k.label) }))}
          />
          <DatePicker.RangePicker
            aria-label={t('audit.at')}
            onChange={(r) => onDates(r as [Dayjs | null, Dayjs | null] | null)}
          />
        </Space>
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.auditLog.items}
        pagination={{ ...list.pagination(data?.auditLog.total), showTotal: (n) => t('common.total', { n }) }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v), width: 170 },
          {
            title: t('audit.actor'),
            render: (_, r) =>
              r.actorRole
                ? `${r.actorName ?? r.actorId?.slice(-6)} · ${t(`role.${r.actorRole}` as MessageKey)}`
                : t('audit.anonymous'),
          },
          { title: t('audit.action'), dataIndex: 'action', render: (v: string) => actionLabel(v) },
          {
            title: t('audit.result'),
            dataIndex: 'result',
            render: (v: string) => <EnumTag type="AuditResult" value={v} />,
          },
          {
            title: t('audit.targets'),
            render: (_, r) => r.targets.map((x) => x.name ?? `#${x.id.slice(-6)}`).join('、'),
          },
          { title: '', dataIndex: 'detail', ellipsis: true },
        ]}
      />
    </Card>
  );
}
