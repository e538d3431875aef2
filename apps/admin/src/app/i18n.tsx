import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { loadCatalog, type Catalog, type Locale, type MessageKey } from './messages';

interface I18n {
  locale: Locale;
  /** Switches language (loading its catalog first, ~20 kB). */
  setLocale(l: Locale): Promise<void>;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Whether `key` is a message key (for keys built from data, e.g. an audit log's operation names). */
  has(key: string): key is MessageKey;
  /** Translates a validation message from the shared schemas or the API. */
  tv(message: string): string;
  /** The Ant Design locale of the current language. */
  antd: Catalog['antd'];
}

const Ctx = createContext<I18n | null>(null);
const STORAGE_KEY = 'grassroots.locale';

export function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** `initial`: the catalog of the starting language, loaded before the first render (main.tsx). */
export function I18nProvider({ initial, children }: { initial: { locale: Locale; catalog: Catalog }; children: ReactNode }) {
  const [current, setCurrent] = useState(initial);
  const setLocale = useCallback(async (l: Locale) => {
    const catalog = await loadCatalog(l);
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
    setCurrent({ locale: l, catalog });
  }, []);
  const value = useMemo<I18n>(() => {
    const { locale, catalog } = current;
    return {
      locale,
      setLocale,
      t: (key, vars) => {
        let s: string = catalog.messages[key] ?? key;
        if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
        return s;
      },
      has: (key: string): key is MessageKey => key in catalog.messages,
      tv: (m) => catalog.validation[m] ?? m,
      antd: catalog.antd,
    };
  }, [current, setLocale]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
