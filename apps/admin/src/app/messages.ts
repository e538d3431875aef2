/**
 * The message catalogs, per language and in two parts: the core (what the sign-in page says, with the language's Ant
 * Design and dayjs locale: messages/<lang>.core.ts) loads before the first render; the rest (messages/<lang>.ts) loads
 * with the signed-in shell, together with the server's messages in that language (the catalog the API shares,
 * `@grassroots/domain/messages/<lang>`) and i18next itself. A browser downloads only the language it shows, and the
 * other when the user switches. ADR 0013 says why.
 */
import type { CoreCatalog, RestCatalog, ServerCatalog } from './messages/types';

export type { CoreCatalog, CoreKey, MessageKey, RestCatalog, RestKey, ServerCatalog } from './messages/types';
export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

const core: Record<Locale, () => Promise<{ default: CoreCatalog }>> = {
  'zh-CN': () => import('./messages/zh-CN.core'),
  en: () => import('./messages/en.core'),
};
const rest: Record<Locale, () => Promise<{ default: RestCatalog }>> = {
  'zh-CN': () => import('./messages/zh-CN'),
  en: () => import('./messages/en'),
};
const server: Record<Locale, () => Promise<ServerCatalog>> = {
  'zh-CN': async () => (await import('@grassroots/domain/messages/zh-CN')).zhCN,
  en: async () => (await import('@grassroots/domain/messages/en')).en,
};

export async function loadCore(locale: Locale): Promise<CoreCatalog> {
  return (await core[locale]()).default;
}
export async function loadRest(locale: Locale): Promise<RestCatalog & { server: ServerCatalog }> {
  const [r, s] = await Promise.all([rest[locale](), server[locale]()]);
  return { ...r.default, server: s };
}
