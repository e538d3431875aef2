import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { type CoreCatalog, loadCore, loadRest, type Locale, type MessageKey, type RestCatalog } from './messages';

interface I18n {
  locale: Locale;
  /** Switches language (loading its catalog first). */
  setLocale(l: Locale): Promise<void>;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Whether `key` is a message key (for keys built from data, e.g. an audit log's operation names). */
  has(key: string): key is MessageKey;
  /** Translates a validation message from the shared schemas or the API. */
  tv(message: string): string;
  /** The Ant Design locale of the current language. */
  antd: CoreCatalog['antd'];
  /** Whether the signed-in app's strings are loaded (the sign-in page needs only the core). */
  complete: boolean;
  /** Loads the signed-in app's strings of the current language (the signed-in shell waits for them). */
  loadAll(): Promise<void>;
}

const Ctx = createContext<I18n | null>(null);
const STORAGE_KEY = 'grassroots.locale';

export function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

interface State {
  locale: Locale;
  core: CoreCatalog;
  rest?: RestCatalog;
}

/** `initial`: the core catalog of the starting language, loaded before the first render (main.tsx). */
export function I18nProvider({
  initial,
  children,
}: {
  initial: { locale: Locale; core: CoreCatalog };
  children: ReactNode;
}) {
  const [state, setState] = useState<State>(initial);
  const setLocale = useCallback(
    async (l: Locale) => {
      const [core, rest] = await Promise.all([loadCore(l), state.rest ? loadRest(l) : undefined]);
      localStorage.setItem(STORAGE_KEY, l);
      document.documentElement.lang = l;
      setState({ locale: l, core, rest });
    },
    [state.rest],
  );
  const loadAll = useCallback(async () => {
    if (state.rest) return;
    const rest = await loadRest(state.locale);
    setState((s) => (s.locale === state.locale ? { ...s, rest } : s));
  }, [state.locale, state.rest]);
  const value = useMemo<I18n>(() => {
    const { locale, core, rest } = state;
    const messages = { ...core.messages, ...rest?.messages } as Record<string, string>;
    return {
      locale,
      setLocale,
      t: (key, vars) => {
        let s: string = messages[key] ?? key;
        if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
        return s;
      },
      has: (key: string): key is MessageKey => key in messages,
      tv: (m) => rest?.validation[m] ?? m,
      antd: core.antd,
      complete: !!rest,
      loadAll,
    };
  }, [state, setLocale, loadAll]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** For the signed-in shell: loads the rest of the catalog and says whether it is there. */
export function useCompleteCatalog(): boolean {
  const { complete, loadAll } = useI18n();
  useEffect(() => {
    if (!complete) void loadAll();
  }, [complete, loadAll]);
  return complete;
}
