import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';

import { UNREAD_COUNT } from '../graphql';
import { useNt } from '../messages';

const NotificationDrawer = lazy(() => import('./NotificationDrawer').then((m) => ({ default: m.NotificationDrawer })));

/**
 * The header's bell with the unread count, polled every minute and on every navigation (no websockets). The inbox
 * drawer is its own chunk, loaded on the first click, so the landing page after sign-in carries only the button.
 */
export function NotificationBell({ role }: { role: string }) {
  const nt = useNt();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const count = useQuery(UNREAD_COUNT, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const { refetch } = count;
  useEffect(() => {
    void refetch();
  }, [location.pathname, refetch]);
  const unread = count.data?.unreadNotificationCount ?? 0;
  return (
    <>
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={`${nt('bell.title')} (${unread})`}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
        data-testid="notification-bell"
        style={{ position: 'relative' }}
      >
        {unread > 0 && (
          <span
            data-testid="notification-count"
            style={{
              position: 'absolute',
              top: 2,
              right: 0,
              minWidth: 16,
              height: 16,
              padding: '0 4px',
              borderRadius: 8,
              background: '#ff4d4f',
              color: '#fff',
              fontSize: 11,
              lineHeight: '16px',
            }}
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <NotificationDrawer open={open} onClose={() => setOpen(false)} role={role} />
        </Suspense>
      )}
    </>
  );
}
