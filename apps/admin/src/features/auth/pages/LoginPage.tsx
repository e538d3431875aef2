import { GlobalOutlined, LockOutlined, MailOutlined } from '@ant-design/icons';
import { retryAfterMinutes } from '@grassroots/domain';
import { Alert, Button, theme } from 'antd';
// The two inputs by themselves: antd's Input index also brings TextArea, Search and OTP (with tooltips).
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';

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
  const [values, setValues] = useState({ email: '', password: '' });
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const { token } = theme.useToken();

  if (me) return <Navigate to={homePath()} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input = { email: values.email.trim(), password: values.password };
    const gaps = { email: !input.email, password: !input.password };
    setMissing(gaps);
    if (!gaps.email && !gaps.password) void signIn(input);
  };

  const signIn = async (input: { email: string; password: string }) => {
    setError(null);
    setLoading(true);
    try {
      const r = await requestGraphQL(LOGIN, { input });
      if (!r.data?.login) {
        const code = r.problem?.code;
        setError(
          code === 'UNAUTHENTICATED'
            ? t('auth.failed')
            : code === 'TOO_MANY_REQUESTS'
              ? t('auth.throttled', { n: retryAfterMinutes(r.problem?.retryAfter ?? 60) })
              : t('common.error'),
        );
        return;
      }
      await refresh();
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== '/login' ? from : homePath(), { replace: true });
    } catch {
      setError(t('common.error'));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(160deg,#f6ffed,#e6fffb)',
        padding: 16,
      }}
    >
      {/* Plain elements styled like antd's Card and Typography: those components bring tabs, menus and tooltips
          the first page of every visit does not need (issue 12). */}
      <main
        style={{
          width: '100%',
          maxWidth: 380,
          fontFamily: token.fontFamily,
          padding: token.paddingLG,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          border: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <h1
            style={{
              margin: '0 0 8px',
              fontSize: token.fontSizeHeading3,
              lineHeight: token.lineHeightHeading3,
              fontWeight: token.fontWeightStrong,
              color: token.colorTextHeading,
            }}
          >
            🌱 {t('app.name')}
          </h1>
          <Button
            size="small"
            type="text"
            icon={<GlobalOutlined />}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
          >
            {t('common.language')}
          </Button>
        </div>
        <p style={{ margin: `0 0 ${token.marginMD}px`, color: token.colorTextSecondary }}>{t('app.tagline')}</p>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />}
        {/* A plain form with antd's inputs: antd's Form (rules, field store) is loaded with the signed-in app, not here
            (issue 12: sign-in under 200 kB). Required fields are checked on submit and said beside the field. */}
        <form onSubmit={onSubmit} noValidate>
          {(['email', 'password'] as const).map((field) => {
            const Field = field === 'email' ? Input : Password;
            return (
              <div key={field} style={{ marginBottom: token.marginLG }}>
                <label
                  htmlFor={field}
                  style={{ display: 'block', paddingBottom: token.paddingXS, color: token.colorTextHeading }}
                >
                  {t(field === 'email' ? 'auth.email' : 'auth.password')}
                </label>
                <Field
                  id={field}
                  value={values[field]}
                  onChange={(e) => {
                    setValues((v) => ({ ...v, [field]: e.target.value }));
                    if (missing[field]) setMissing((m) => ({ ...m, [field]: false }));
                  }}
                  status={missing[field] ? 'error' : undefined}
                  aria-invalid={missing[field] || undefined}
                  aria-describedby={missing[field] ? `${field}-help` : undefined}
                  {...(field === 'email'
                    ? { prefix: <MailOutlined />, autoComplete: 'username', inputMode: 'email' as const }
                    : { prefix: <LockOutlined />, autoComplete: 'current-password' })}
                />
                {missing[field] && (
                  <div
                    id={`${field}-help`}
                    role="alert"
                    style={{ color: token.colorError, fontSize: token.fontSize, lineHeight: token.lineHeight }}
                  >
                    {t(field === 'email' ? 'auth.emailRequired' : 'auth.passwordRequired')}
                  </div>
                )}
              </div>
            );
          })}
          <Button type="primary" htmlType="submit" block loading={loading}>
            {t('auth.submit')}
          </Button>
        </form>
      </main>
    </div>
  );
}
