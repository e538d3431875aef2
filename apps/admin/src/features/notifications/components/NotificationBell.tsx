import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { Badge, Button, Drawer, List, Space, Switch, Typography } from 'antd';
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { MARK_READ, NOTIFICATIONS, UNREAD_COUNT } from '../graphql';
import { notificationLink } from '../links';
import { useNt } from '../messages';

const PAGE_SIZE = 30;

/**
 * The header's bell: the unread count (polled every minute and on every navigation — no websockets), and a drawer
 * with the inbox: newest first, each entry opening its record and marking itself read.
 */
export function NotificationBell({ role }: { role: string }) {
  const nt = useNt();
  const location = useLocation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const count = useQuery(UNREAD_COUNT, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const list = useQuery(NOTIFICATIONS, { variables: { unreadOnly, page: 1, pageSize: PAGE_SIZE }, skip: !open, fetchPolicy: 'network-only' });
  const [mark] = useMutation(MARK_READ, { refetchQueries: [UNREAD_COUNT, NOTIFICATIONS] });
  const { refetch } = count;
  useEffect(() => {
    void refetch();
  }, [location.pathname, refetch]);

  const unread = list.data?.unreadNotificationCount ?? count.data?.unreadNotificationCount ?? 0;
  const items = list.data?.notifications.items ?? [];

  return (
    <>
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={nt('bell.title')} onClick={() => setOpen(true)} data-testid="notification-bell" />
      </Badge>
      <Drawer
        title={nt('bell.title')}
        open={open}
        onClose={() => setOpen(false)}
        size={Math.min(420, window.innerWidth)}
        extra={
          <Space>
            <Button size="small" disabled={unread === 0} onClick={() => void mark({ variables: { input: { all: true } } })} data-testid="mark-all-read">
              {nt('bell.markAll')}
            </Button>
            <Button
              size="small"
              type="text"
              icon={<SettingOutlined />}
              aria-label={nt('bell.settings')}
              onClick={() => {
                setOpen(false);
                navigate('/notifications/settings');
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
                setOpen(false);
                navigate(notificationLink(n.linkType, n.linkId, role));
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
                      {dayjs(n.createdAt).format('MM-DD HH:mm')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
