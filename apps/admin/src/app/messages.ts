/**
 * The message catalogs, per language and in two parts: the core (what the sign-in page says, with the language's Ant
 * Design and dayjs locale: messages/<lang>.core.ts) loads before the first render; the rest (messages/<lang>.ts, with
 * the validation messages) loads with the signed-in shell. A browser downloads only the language it shows, and the
 * other when the user switches.
 */
import type { CoreCatalog, RestCatalog } from './messages/types';

export type { CoreCatalog, CoreKey, MessageKey, RestCatalog, RestKey } from './messages/types';
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

export async function loadCore(locale: Locale): Promise<CoreCatalog> {
  return (await core[locale]()).default;
}
export async function loadRest(locale: Locale): Promise<RestCatalog> {
  return (await rest[locale]()).default;
}
