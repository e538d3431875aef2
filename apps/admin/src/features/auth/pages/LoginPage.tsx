import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Form, theme } from 'antd';
// The two inputs by themselves: antd's Input index also brings TextArea, Search and OTP (with tooltips).
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { GlobalOutlined, LockOutlined, MailOutlined } from '@ant-design/icons';
import { retryAfterMinutes } from '@grassroots/domain';
import { useAuth } from '../../../app/auth';
import { homePath } from '../../../app/homePath';
import { useI18n } from '../../../app/i18n';
import { requestGraphQL } from '../../../app/session';
import { LOGIN } from '../graphql';

export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { token } = theme.useToken();

  if (me) return <Navigate to={homePath()} replace />;

  const onFinish = async (input: { email: string; password: string }) => {
    setError(null);
    setLoading(true);
    try {
      const r = await requestGraphQL(LOGIN, { input });
      if (!r.data?.login) {
        const code = r.problem?.code;
        setError(
          code === 'UNAUTHENTICATED' ? t('auth.failed')
          : code === 'TOO_MANY_REQUESTS' ? t('auth.throttled', { n: retryAfterMinutes(r.problem?.retryAfter ?? 60) })
          : t('common.error'),
        );
        return;
      }
      await refresh();
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : homePath(), { replace: true });
    } catch {
      setError(t('common.error'));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: 'linear-gradient(160deg,#f6ffed,#e6fffb)', padding: 16 }}>
      {/* Plain elements styled like antd's Card and Typography: those components bring tabs, menus and tooltips
          the first page of every visit does not need (issue 12). */}
      <main style={{ width: '100%', maxWidth: 380, fontFamily: token.fontFamily, padding: token.paddingLG, background: token.colorBgContainer, borderRadius: token.borderRadiusLG, border: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <h1 style={{ margin: '0 0 8px', fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, fontWeight: token.fontWeightStrong, color: token.colorTextHeading }}>
            🌱 {t('app.name')}
          </h1>
          <Button size="small" type="text" icon={<GlobalOutlined />} onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('common.language')}
          </Button>
        </div>
        <p style={{ margin: `0 0 ${token.marginMD}px`, color: token.colorTextSecondary }}>{t('app.tagline')}</p>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.email') }]}>
            <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.password') }]}>
            <Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('auth.submit')}
          </Button>
        </Form>
      </main>
    </div>
  );
}
