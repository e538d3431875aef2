import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FormOutlined,
  FundProjectionScreenOutlined,
  GlobalOutlined,
  LineChartOutlined,
  LogoutOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  ShoppingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserOutlined,
  VideoCameraOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { ApolloProvider, useMutation } from '@apollo/client/react';
import { canOpenScreen, type Role, screenOf, type ScreenPath, SCREENS } from '@grassroots/domain';
import { App as AntApp, Button, Dropdown, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';

import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { SET_MY_LOCALE } from '../features/notifications/graphql';
import { type NotificationMessageKey, useNt } from '../features/notifications/messages';
import { apolloClient } from './apollo';
import { useAuth } from './auth';
import { QUERY_FAILED_EVENT } from './events';
import { homePath } from './homePath';
import { useCompleteCatalog, useI18n } from './i18n';
import type { MessageKey } from './messages';

/** Label and icon of each screen; which screens a role is offered comes from SCREENS and the API's policy table. */
const NAV: Record<ScreenPath, { label: MessageKey | NotificationMessageKey; icon: React.ReactNode }> = {
  '/workbench': { label: 'nav.workbench', icon: <DashboardOutlined /> },
  '/portal': { label: 'nav.portal', icon: <ReadOutlined /> },
  '/sponsors': { label: 'nav.sponsors', icon: <BankOutlined /> },
  '/programs': { label: 'nav.programs', icon: <FundProjectionScreenOutlined /> },
  '/cohorts': { label: 'nav.cohorts', icon: <TeamOutlined /> },
  '/lessons': { label: 'nav.lessons', icon: <CalendarOutlined /> },
  '/assignments': { label: 'nav.assignments', icon: <FormOutlined /> },
  '/trainees': { label: 'nav.trainees', icon: <UserOutlined /> },
  '/teams': { label: 'nav.teams', icon: <ApartmentOutlined /> },
  '/sessions': { label: 'nav.sessions', icon: <VideoCameraOutlined /> },
  '/products': { label: 'nav.products', icon: <ShoppingOutlined /> },
  '/suppliers': { label: 'nav.suppliers', icon: <ShopOutlined /> },
  '/qc': { label: 'nav.qc', icon: <SafetyCertificateOutlined /> },
  '/tickets': { label: 'nav.tickets', icon: <CustomerServiceOutlined /> },
  '/reports': { label: 'nav.reports', icon: <LineChartOutlined /> },
  '/users': { label: 'nav.users', icon: <UsergroupAddOutlined /> },
  '/audit': { label: 'nav.audit', icon: <AuditOutlined /> },
  '/notifications/channels': { label: 'nav.channels', icon: <ApiOutlined /> },
  '/notifications/dead-letters': { label: 'nav.deadLetters', icon: <WarningOutlined /> },
};

/**
 * The notification pages (settings; ADMIN's robots and failed deliveries) are routed here, by the shell, rather than
 * in app/router.tsx: the router is part of the sign-in page's JavaScript, which is at its budget, and every route
 * there adds its chunk list to it.
 */
const NotificationsPages = lazy(() =>
  import('../features/notifications/pages/NotificationsPages').then((m) => ({ default: m.NotificationsPages })),
);

/**
 * The signed-in shell, with what only signed-in pages use: the Apollo Client and antd's App (message, modal and
 * notification hooks). The sign-in page loads neither (issue 12).
 */
export function AppLayout() {
  return (
    <ApolloProvider client={apolloClient}>
      <AntApp>
        <Shell />
      </AntApp>
    </ApolloProvider>
  );
}

function Shell() {
  const { me, loading, logout } = useAuth();
  const { t, locale, setLocale } = useI18n();
  const complete = useCompleteCatalog(); // the signed-in app's strings (sign-in loads only its own)
  const nt = useNt();
  const label = (k: MessageKey | NotificationMessageKey) =>
    k.startsWith('nav.channels') || k.startsWith('nav.deadLetters') ? nt(k) : t(k as MessageKey);
  // Notifications (in-app, SMS, email) are written in the language the person reads the admin in.
  const [saveLocale] = useMutation(SET_MY_LOCALE);
  const { message } = AntApp.useApp();
  useEffect(() => {
    const onFailed = () => message.error({ content: t('common.error'), key: QUERY_FAILED_EVENT });
    window.addEventListener(QUERY_FAILED_EVENT, onFailed);
    return () => window.removeEventListener(QUERY_FAILED_EVENT, onFailed);
  }, [message, t]);
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);

  if (loading || !complete) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  const role = me.role as Role;
  // Routes follow the menu: a page the role is not offered sends it home instead of showing an empty list.
  const screen = screenOf(location.pathname);
  if (screen && !canOpenScreen(screen, role)) return <Navigate to={homePath()} replace />;
  const items = SCREENS.filter((s) => canOpenScreen(s, role)).map((s) => ({ path: s.path, ...NAV[s.path] }));
  const selected = screen?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={setNarrow}
        theme="light"
        width={208}
      >
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16, color: '#389e0d' }}>🌱 {t('app.name')}</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items.map((n) => ({ key: n.path, icon: n.icon, label: <Link to={n.path}>{label(n.label)}</Link> }))}
          onClick={() => window.innerWidth < 992 && setCollapsed(true)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 12,
          }}
        >
          <NotificationBell role={me.role} />
          <Button
            type="text"
            icon={<GlobalOutlined />}
            onClick={() => {
              const next = locale === 'zh-CN' ? 'en' : 'zh-CN';
              void setLocale(next);
              void saveLocale({ variables: { input: { locale: next } } });
            }}
            data-testid="switch-language"
          >
            {t('common.language')}
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout') }],
              onClick: async () => {
                await logout();
                void navigate('/login');
              },
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
              <Typography.Text strong>{me.name}</Typography.Text>
              <Tag color="green">{t(`role.${me.role}` as MessageKey)}</Tag>
            </Space>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ margin: narrow ? '56px 12px 12px' : 16 }}>
          {location.pathname.startsWith('/notifications/') ? (
            <Suspense fallback={<Spin size="large" style={{ display: 'block', padding: '96px 0' }} />}>
              <NotificationsPages />
            </Suspense>
          ) : (
            <Outlet />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
