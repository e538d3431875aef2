import { useQuery } from '@apollo/client/react';
import { Permission } from '@grassroots/domain';
import { Button, Card, Empty, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import { useListState } from '../../../shared/useListState';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { InspectionForm } from '../components/InspectionForm';
import { INSPECTIONS, QC_TASKS } from '../graphql';

/** QC's day: the queue of products waiting for (re-)inspection, and every inspection on record. */
export function QcPage() {
  const { t, tv, enumLabel } = useI18n();
  const { can } = useAuth();
  const todo = useTodo();
  const tasks = useQuery(QC_TASKS, { variables: { todo }, fetchPolicy: 'cache-and-network' });
  const list = useListState({});
  const history = useQuery(INSPECTIONS, { variables: list.variables });
  const [inspecting, setInspecting] = useState<{ id: string; name: string } | null>(null);

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('nav.qc')} <TodoFilterTag todo={todo} total={tasks.data?.qcTasks.length} />
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'queue',
            label: t('qc.queue', { n: tasks.data?.qcTasks.length ?? 0 }),
            children: (
              <Table
                rowKey="id"
                loading={tasks.loading}
                dataSource={tasks.data?.qcTasks}
                pagination={false}
                locale={{ emptyText: <Empty description={t('qc.queueEmpty')} /> }}
                columns={[
                  { title: t('product.name'), render: (_, r) => r.product.name },
                  { title: t('product.supplier'), render: (_, r) => r.product.supplierName },
                  {
                    title: t('product.status'),
                    render: (_, r) => <Tag>{enumLabel('ProductStatus', r.product.status)}</Tag>,
                  },
                  {
                    title: t('qc.reason'),
                    render: (_, r) => tv({ message: r.reason, code: r.reasonCode, params: r.reasonParams }),
                  },
                  { title: t('qc.waitingSince'), render: (_, r) => formatDateTime(r.createdAt) },
                  {
                    title: t('common.actions'),
                    render: (_, r) =>
                      can(Permission.INSPECTIONS_WRITE) && (
                        <Button
                          type="primary"
                          size="small"
                          onClick={() => setInspecting({ id: r.product.id, name: r.product.name })}
                        >
                          {t('qc.inspectButton')}
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'history',
            label: t('qc.history'),
            children: (
              <Table
                rowKey="id"
                loading={history.loading}
                dataSource={history.data?.inspections.items}
                pagination={{ ...list.pagination(history.data?.inspections.total), pageSizeOptions: [10, 20, 50] }}
                locale={{ emptyText: <Empty description={t('qc.none')} /> }}
                scroll={{ x: 900 }}
                columns={[
                  { title: t('qc.when'), render: (_, r) => formatDateTime(r.inspectedAt) },
                  { title: t('product.name'), render: (_, r) => r.product?.name ?? '—' },
                  { title: t('qc.lotSize'), dataIndex: 'lotSize' },
                  { title: t('qc.sample'), dataIndex: 'sampleSize' },
                  {
                    title: t('qc.defects'),
                    render: (_, r) => `${r.criticalFound} / ${r.majorFound} / ${r.minorFound}`,
                  },
                  {
                    title: t('qc.result'),
                    render: (_, r) => (
                      <Tag color={r.result === 'PASS' ? 'green' : 'red'}>
                        {t(r.result === 'PASS' ? 'qc.pass' : 'qc.fail')}
                      </Tag>
                    ),
                  },
                  {
                    title: t('qc.validUntil'),
                    render: (_, r) => (r.result === 'PASS' ? formatDateTime(r.validUntil) : '—'),
                  },
                  { title: t('qc.inspector'), render: (_, r) => r.inspector?.name ?? '—' },
                  { title: t('qc.photos'), render: (_, r) => <Space>{r.photoFileIds.length}</Space> },
                ]}
              />
            ),
          },
        ]}
      />
      <InspectionForm
        product={inspecting}
        onClose={(result) => {
          setInspecting(null);
          if (result) {
            void tasks.refetch();
            void history.refetch();
          }
        }}
      />
    </Card>
  );
}
