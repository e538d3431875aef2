/**
 * The message catalogs, per language and in two parts: the core (what the sign-in page says, with the language's Ant
 * Design and dayjs locale: messages/<lang>.core.ts) loads before the first render; the rest (messages/<lang>.ts, with
 * the validation messages) loads with the signed-in shell. A browser downloads only the language it shows, and the
 * other when the user switches.
 */
export type CoreKey = keyof typeof import('./messages/zh-CN.core').zhCore;
export type RestKey = keyof typeof import('./messages/zh-CN').zh;
export type MessageKey = CoreKey | RestKey;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

export interface CoreCatalog {
  messages: Record<CoreKey, string>;
  antd: typeof import('antd/locale/en_US').default;
  dayjs: string;
}
export interface RestCatalog {
  messages: Record<RestKey, string>;
  /** English validation messages (the API's and the shared schemas') in this language; English needs none. */
  validation: Record<string, string>;
}

const core: Record<Locale, () => Promise<{ default: CoreCatalog }>> = {
  'zh-CN': () => import('./messages/zh-CN.core'),
  en: () => import('./messages/en.core'),
};
const rest: Record<Locale, () => Promise<{ default: RestCatalog }>> = {
  'zh-CN': () => import('./messages/zh-CN'),
  en: () => import('./messages/en'),
};

export async function loadCore(locale: Locale): Promise<CoreCatalog> {
  return (await core[locale]()).default;
}
export async function loadRest(locale: Locale): Promise<RestCatalog> {
  return (await rest[locale]()).default;
}
