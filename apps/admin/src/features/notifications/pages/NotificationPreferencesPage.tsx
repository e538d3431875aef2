import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Space, Switch, Table, Tag, Typography } from 'antd';

import { PREFERENCES, SET_PREFERENCE } from '../graphql';
import { useNt } from '../messages';

/** One's own choices: for each kind one can receive, SMS and email on or off (in-app is always on). */
export function NotificationPreferencesPage() {
  const nt = useNt();
  const { data, loading } = useQuery(PREFERENCES);
  const [save, saving] = useMutation(SET_PREFERENCE, { refetchQueries: [PREFERENCES] });
  const prefs = data?.notificationPreferences ?? [];
  const kinds = [...new Set(prefs.map((p) => p.kind))];
  const cell = (kind: string, channel: 'SMS' | 'EMAIL') => {
    const p = prefs.find((x) => x.kind === kind && x.channel === channel);
    if (!p) return null;
    if (!p.available) return <Tag>{nt('prefs.unavailable')}</Tag>;
    return (
      <Switch
        size="small"
        checked={p.enabled}
        loading={saving.loading}
        data-testid={`pref-${kind}-${channel}`}
        onChange={(enabled) => void save({ variables: { input: { kind, channel, enabled } } })}
      />
    );
  };
  return (
    <Card title={nt('prefs.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{nt('prefs.intro')}</Typography.Paragraph>
        <Table
          rowKey="kind"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={kinds.map((kind) => ({ kind }))}
          columns={[
            { title: nt('prefs.kind'), dataIndex: 'kind', render: (k: string) => nt(`kind.${k}`) },
            { title: nt('prefs.sms'), key: 'sms', width: 100, render: (_, r) => cell(r.kind, 'SMS') },
            { title: nt('prefs.email'), key: 'email', width: 100, render: (_, r) => cell(r.kind, 'EMAIL') },
          ]}
        />
      </Space>
    </Card>
  );
}
