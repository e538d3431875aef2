import { ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { AuthProvider } from './auth';
import { I18nProvider, initialLocale, useI18n } from './i18n';
import { loadCore } from './messages';
import { router } from './router';

function Themed() {
  const { locale, antd } = useI18n();
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={antd} theme={{ token: { colorPrimary: '#389e0d', borderRadius: 6 } }}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ConfigProvider>
  );
}

// Only what the sign-in page says, in the language shown (with its Ant Design and dayjs locale), before the first
// render; the signed-in shell loads the rest.
const locale = initialLocale();
document.documentElement.lang = locale;
const core = await loadCore(locale);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider initial={{ locale, core }}>
      <Themed />
    </I18nProvider>
  </StrictMode>,
);
