import { SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { notificationPath } from '@grassroots/domain';
import { Button, Drawer, List, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { MARK_READ, NOTIFICATIONS, UNREAD_COUNT } from '../graphql';
import { useNt } from '../messages';

const PAGE_SIZE = 30;
const pad = (n: number) => String(n).padStart(2, '0');
/** "11-26 10:05" in the browser's time zone. */
const shortTime = (iso: string) => {
  const d = new Date(iso);
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The inbox: newest first, each entry opening its record and marking itself read. Loaded on the bell's first click. */
export function NotificationDrawer({ open, onClose, role }: { open: boolean; onClose: () => void; role: string }) {
  const nt = useNt();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(NOTIFICATIONS, {
    variables: { unreadOnly, page: 1, pageSize: PAGE_SIZE },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const [mark] = useMutation(MARK_READ, { refetchQueries: [UNREAD_COUNT, NOTIFICATIONS] });
  const unread = list.data?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications.items ?? [];
  return (
    <Drawer
      title={nt('bell.title')}
      open={open}
      onClose={onClose}
      size={Math.min(420, window.innerWidth)}
      extra={
        <Space>
          <Button
            size="small"
            disabled={unread === 0}
            onClick={() => void mark({ variables: { input: { all: true } } })}
            data-testid="mark-all-read"
          >
            {nt('bell.markAll')}
          </Button>
          <Button
            size="small"
            type="text"
            icon={<SettingOutlined />}
            aria-label={nt('bell.settings')}
            onClick={() => {
              onClose();
              void navigate('/notifications/settings');
            }}
          />
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} /> {nt('bell.unreadOnly')}
      </Space>
      <List
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: nt('bell.empty') }}
        data-testid="notification-list"
        renderItem={(n) => (
          <List.Item
            key={n.id}
            style={{ cursor: 'pointer', background: n.readAt ? undefined : '#f6ffed', paddingInline: 8 }}
            onClick={() => {
              if (!n.readAt) void mark({ variables: { input: { ids: [n.id] } } });
              onClose();
              void navigate(notificationPath(n.linkType, n.linkId, role));
            }}
            actions={
              n.readAt
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      onClick={(e) => {
                        e.stopPropagation();
                        void mark({ variables: { input: { ids: [n.id] } } });
                      }}
                    >
                      {nt('bell.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
              description={
                <>
                  <div>{n.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {shortTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
