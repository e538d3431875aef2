import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Permission, TraineeStatus } from '@grassroots/domain';
import { Button, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { TraineesQuery, TraineeStatus as Status } from '../../../gql/graphql';
import { EnumTag, useEnumOptions } from '../../../shared/EnumTag';
import { TraineeName } from '../../../shared/TraineeName';
import { useListState } from '../../../shared/useListState';
import { TodoFilterTag, useTodo } from '../../workbench/components/TodoFilter';
import { TraineeForm } from '../components/TraineeForm';
import { TRAINEES } from '../graphql';

type Trainee = TraineesQuery['trainees']['items'][number];

export function TraineesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const list = useListState<{ status?: Status }>({});
  const todo = useTodo();
  const { data, loading } = useQuery(TRAINEES, { variables: { ...list.variables, todo } });
  const [creating, setCreating] = useState(false);
  const statusOptions = useEnumOptions('TraineeStatus', Object.values(TraineeStatus));

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.trainees')} <TodoFilterTag todo={todo} total={data?.trainees.total} />
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('trainee.status')}
            style={{ width: 140 }}
            options={statusOptions}
            onChange={(v) => list.setFilter('status', v as Status)}
          />
          <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 220 }} />
          {can(Permission.TRAINEES_WRITE) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('trainee.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table<Trainee>
        rowKey="id"
        loading={loading}
        dataSource={data?.trainees.items}
        pagination={{ ...list.pagination(data?.trainees.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t('trainee.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/trainees/${r.id}`), style: { cursor: 'pointer' } })}
        scroll={{ x: 860 }}
        columns={[
          {
            title: t('trainee.name'),
            render: (_, r) => (
              <a>
                <TraineeName trainee={r} />
              </a>
            ),
          },
          { title: t('trainee.phone'), dataIndex: 'phone' },
          { title: t('trainee.nationalId'), dataIndex: 'nationalIdMasked' },
          { title: t('trainee.hometown'), dataIndex: 'hometown' },
          {
            title: t('trainee.status'),
            dataIndex: 'status',
            render: (v: string) => <EnumTag type="TraineeStatus" value={v} />,
          },
          {
            title: t('trainee.platformAccounts'),
            render: (_, r) =>
              r.platformAccounts.map((a) => (
                <EnumTag key={a.platform + a.handle} type="StreamPlatform" value={a.platform} />
              )),
          },
        ]}
      />
      <TraineeForm
        open={creating}
        onClose={(id) => {
          setCreating(false);
          if (id) void navigate(`/trainees/${id}`);
        }}
      />
    </Card>
  );
}
