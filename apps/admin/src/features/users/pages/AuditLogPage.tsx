import { useQuery } from '@apollo/client/react';
import { Card, Input, Space, Table, Typography } from 'antd';
import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { EnumTag } from '../../../shared/EnumTag';
import { formatDateTime } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { AUDIT_LOG } from '../graphql';

export function AuditLogPage() {
  const { t, locale } = useI18n();
  const list = useListState<{ action?: string }>({});
  const { data, loading } = useQuery(AUDIT_LOG, { variables: { page: list.page, pageSize: list.pageSize, action: list.search || undefined } });
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('nav.audit')}</Typography.Title>
        <Input.Search allowClear placeholder="Mutation.create…" onSearch={list.setSearch} style={{ width: 240 }} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.auditLog.items}
        pagination={{ ...list.pagination(data?.auditLog.total), showTotal: (n) => t('common.total', { n }) }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, locale), width: 170 },
          { title: t('audit.actor'), render: (_, r) => (r.actorRole ? `${t(`role.${r.actorRole}` as MessageKey)} · ${r.actorId?.slice(-6)}` : '—') },
          { title: t('audit.action'), dataIndex: 'action' },
          { title: t('audit.result'), dataIndex: 'result', render: (v: string) => <EnumTag type="AuditResult" value={v} /> },
          { title: t('audit.targets'), render: (_, r) => [r.targetType, ...r.targetIds.map((x) => x.slice(-6))].filter(Boolean).join(' ') },
          { title: '', dataIndex: 'detail', ellipsis: true },
        ]}
      />
    </Card>
  );
}
