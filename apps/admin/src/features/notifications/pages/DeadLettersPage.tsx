import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';

import { DEAD_LETTERS, RETRY_DELIVERY } from '../graphql';
import { useNt } from '../messages';

/** ADMIN: deliveries that failed after their retries, with the last error, and a button to send one again. */
export function DeadLettersPage() {
  const nt = useNt();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const { data, loading } = useQuery(DEAD_LETTERS, {
    variables: { page, pageSize: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const [retry, retrying] = useMutation(RETRY_DELIVERY, { refetchQueries: [DEAD_LETTERS] });
  return (
    <Card title={nt('dead.title')}>
      <Typography.Paragraph type="secondary">{nt('dead.intro')}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.deadLetters.items ?? []}
        pagination={{ current: page, pageSize: 20, total: data?.deadLetters.total ?? 0, onChange: setPage }}
        scroll={{ x: 800 }}
        columns={[
          { title: nt('prefs.kind'), dataIndex: 'title' },
          {
            title: nt('dead.target'),
            key: 'target',
            render: (_, r) => (
              <>
                <Tag>{r.target}</Tag>
                {r.targetName}
              </>
            ),
          },
          { title: nt('dead.attempts'), dataIndex: 'attempts', width: 90 },
          {
            title: nt('dead.error'),
            dataIndex: 'lastError',
            render: (e: string | null) => <Typography.Text type="danger">{e}</Typography.Text>,
          },
          {
            title: nt('dead.when'),
            dataIndex: 'updatedAt',
            width: 130,
            render: (d: string) => dayjs(d).format('MM-DD HH:mm'),
          },
          {
            key: 'retry',
            width: 110,
            render: (_, r) => (
              <Button
                size="small"
                loading={retrying.loading}
                onClick={async () => {
                  await retry({ variables: { id: r.id } });
                  message.success(nt('dead.retried'));
                }}
              >
                {nt('dead.retry')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
