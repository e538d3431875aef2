import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { type Role, ROLES } from '@grassroots/domain';
import { App, Button, Card, Empty, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import type { UsersQuery } from '../../../gql/graphql';
import { problemOf } from '../../../shared/forms';
import { useListState } from '../../../shared/useListState';
import { UserForm } from '../components/UserForm';
import { SET_USER_ACTIVE, USERS } from '../graphql';

type User = UsersQuery['users']['items'][number];

export function UsersPage() {
  const { t, tv } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const list = useListState<{ role?: Role; active?: boolean }>({});
  const { data, loading, refetch } = useQuery(USERS, { variables: list.variables });
  const [setActive] = useMutation(SET_USER_ACTIVE);
  const [editing, setEditing] = useState<User | null | undefined>(undefined);

  const toggle = async (u: User, active: boolean) => {
    try {
      await setActive({ variables: { input: { id: u.id, active } } });
    } catch (e) {
      message.error(tv(problemOf(e).fields[0] ?? problemOf(e)));
    }
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.users')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('user.role')}
            style={{ width: 140 }}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
            onChange={(v) => list.setFilter('role', v as Role)}
          />
          <Select
            allowClear
            placeholder={t('user.active')}
            style={{ width: 110 }}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
            onChange={(v) => list.setFilter('active', v === undefined ? undefined : v === 'true')}
          />
          <Input.Search allowClear placeholder={t('common.search')} onSearch={list.setSearch} style={{ width: 200 }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('user.new')}
          </Button>
        </Space>
      </Space>
      <Table<User>
        rowKey="id"
        loading={loading}
        dataSource={data?.users.items}
        pagination={{ ...list.pagination(data?.users.total), showTotal: (n) => t('common.total', { n }) }}
        locale={{ emptyText: <Empty description={t('user.empty')} /> }}
        scroll={{ x: 760 }}
        columns={[
          { title: t('user.name'), dataIndex: 'name' },
          { title: t('user.email'), dataIndex: 'email' },
          {
            title: t('user.role'),
            dataIndex: 'role',
            render: (r: string) => <Tag>{t(`role.${r}` as MessageKey)}</Tag>,
          },
          {
            title: t('user.active'),
            dataIndex: 'active',
            render: (active: boolean, u) =>
              active ? (
                <Popconfirm
                  title={t('user.deactivateConfirm')}
                  onConfirm={() => toggle(u, false)}
                  disabled={u.id === me?.id}
                >
                  <Switch checked disabled={u.id === me?.id} aria-label={t('user.deactivate')} />
                </Popconfirm>
              ) : (
                <Switch checked={false} onChange={() => toggle(u, true)} aria-label={t('user.activate')} />
              ),
          },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, u) => (
              <Button size="small" onClick={() => setEditing(u)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UserForm
        open={editing !== undefined}
        user={editing}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) void refetch();
        }}
      />
    </Card>
  );
}
