import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { GlobalOutlined, LockOutlined, MailOutlined } from '@ant-design/icons';
import type { Role } from '@grassroots/domain';
import { useAuth } from '../../../app/auth';
import { homePath } from '../../../app/homePath';
import { useI18n } from '../../../app/i18n';
import { problemOf } from '../../../shared/forms';
import { LOGIN } from '../graphql';

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LOGIN);
  const [error, setError] = useState<string | null>(null);

  if (me) return <Navigate to={homePath(me.role as Role)} replace />;

  const onFinish = async (values: { email: string; password: string }) => {
    setError(null);
    try {
      const r = await login({ variables: { input: values } });
      await refresh();
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : homePath(r.data!.login.user.role as Role), { replace: true });
    } catch (e) {
      const p = problemOf(e);
      setError(p.code === 'UNAUTHENTICATED' ? t('auth.failed') : t('common.error'));
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: 'linear-gradient(160deg,#f6ffed,#e6fffb)', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            🌱 {t('app.name')}
          </Typography.Title>
          <Button size="small" type="text" icon={<GlobalOutlined />} onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('common.language')}
          </Button>
        </div>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.email') }]}>
            <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
