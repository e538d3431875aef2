import {
  LIST_SEPARATORS,
  type MessageCode,
  type MessageParams,
  type MessageRef,
  renderMessage,
} from '@grassroots/domain';
import type { i18n as I18next } from 'i18next';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { enumCode, type EnumType } from './enum-labels';
import {
  type CoreCatalog,
  loadCore,
  loadRest,
  type Locale,
  type MessageKey,
  type RestCatalog,
  type ServerCatalog,
} from './messages';

/**
 * What the API (or a shared zod schema) said: a message code with params and the English text as a fallback. Errors
 * name the code `messageCode` (their `code` is BAD_USER_INPUT …), field errors and import problems name it `code`.
 */
export interface Said {
  message: string;
  messageCode?: string | null;
  code?: string | null;
  params?: unknown;
}

interface I18n {
  locale: Locale;
  /** Switches language (loading its catalog first). */
  setLocale(l: Locale): Promise<void>;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Whether `key` is a message key (for keys built from data, e.g. an audit log's operation names). */
  has(key: string): key is MessageKey;
  /**
   * Says a server message in this language: a code of the shared catalog (a zod schema's message is one) with its
   * params, or what the API sent (code + params, falling back to its English text when the code is unknown here).
   */
  tv(message: MessageCode | Said, params?: MessageParams): string;
  /** An enum value's label from the shared catalog (capitalised in English: the catalog's words fit in sentences). */
  enumLabel(type: EnumType, value: string): string;
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

interface Rest extends RestCatalog {
  server: ServerCatalog;
  i18next: I18next;
}
interface State {
  locale: Locale;
  core: CoreCatalog;
  rest?: Rest;
}

/**
 * The signed-in app's i18next: namespace `app` (the admin's own strings, core and rest) and `msg` (the server's
 * messages). i18next loads with the signed-in shell, not with the sign-in page (its bundle has a weight cap).
 */
async function createI18next(locale: Locale, core: CoreCatalog, rest: RestCatalog, server: ServerCatalog) {
  const { createInstance } = await import('i18next');
  const i18next = createInstance();
  await i18next.init({
    lng: locale,
    fallbackLng: false,
    ns: ['app', 'msg'],
    defaultNS: 'app',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes
    resources: { [locale]: { app: { ...core.messages, ...rest.messages }, msg: server } },
    initAsync: false,
  });
  return i18next;
}

async function loadAllOf(locale: Locale, core: CoreCatalog): Promise<Rest> {
  const rest = await loadRest(locale);
  return { ...rest, i18next: await createI18next(locale, core, rest, rest.server) };
}

/** The sign-in page's lookup, before i18next has loaded: the core strings, `{{var}}` interpolated (no plurals there). */
function coreT(core: CoreCatalog, key: string, vars?: Record<string, string | number>): string {
  const s: string = (core.messages as Record<string, string>)[key] ?? key;
  return vars ? s.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
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
      const core = await loadCore(l);
      const rest = state.rest ? await loadAllOf(l, core) : undefined;
      localStorage.setItem(STORAGE_KEY, l);
      document.documentElement.lang = l;
      setState({ locale: l, core, rest });
    },
    [state.rest],
  );
  const loadAll = useCallback(async () => {
    if (state.rest) return;
    const rest = await loadAllOf(state.locale, state.core);
    setState((s) => (s.locale === state.locale ? { ...s, rest } : s));
  }, [state.locale, state.core, state.rest]);
  const value = useMemo<I18n>(() => {
    const { locale, core, rest } = state;
    const i18next = rest?.i18next;
    const inMsg = (code: string) =>
      !!i18next && (i18next.exists(code, { ns: 'msg' }) || i18next.exists(`${code}_other`, { ns: 'msg' }));
    const translate = (code: string, params: Record<string, string | number>) =>
      i18next ? i18next.t(code, { ...params, ns: 'msg' }) : code;
    const separators = LIST_SEPARATORS[locale];
    /** Nested messages (a clash's reason, a status) must exist too, or the English text is the better answer. */
    const known = (ref: MessageRef): boolean =>
      inMsg(ref.code) &&
      Object.values(ref.params ?? {}).every((v) =>
        Array.isArray(v)
          ? v.every(known)
          : typeof v === 'object' && 'words' in v
            ? v.words.every(known)
            : typeof v === 'object'
              ? known(v)
              : true,
      );
    return {
      locale,
      setLocale,
      t: (key, vars) => (i18next ? i18next.t(key, vars ?? {}) : coreT(core, key, vars)),
      has: (key: string): key is MessageKey =>
        i18next ? i18next.exists(key) : key in (core.messages as Record<string, string>),
      tv: (m, params) => {
        const ref =
          typeof m === 'string'
            ? { code: m, params }
            : { code: m.messageCode ?? m.code ?? '', params: (m.params ?? undefined) as MessageParams | undefined };
        const fallback = typeof m === 'string' ? m : m.message;
        return ref.code && known(ref as MessageRef)
          ? renderMessage(ref as MessageRef, translate, separators)
          : fallback;
      },
      enumLabel: (type, value) => {
        const code = enumCode(type, value);
        if (!inMsg(code)) return value;
        const word = translate(code, {});
        return locale === 'en' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
      },
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
