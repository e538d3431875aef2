
/**
 * The message catalogs, one module per language (messages/zh-CN.ts, messages/en.ts), each loaded on its own: a
 * browser downloads only the language it shows (with its Ant Design and dayjs locale), and the other when the user
 * switches.
 */
export type MessageKey = keyof typeof import('./messages/zh-CN').zh;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

export interface Catalog {
  messages: Record<MessageKey, string>;
  /** English validation messages (the API's and the shared schemas') in this language; English needs none. */
  validation: Record<string, string>;
  antd: typeof import('antd/locale/en_US').default;
  dayjs: string;
}

const loaders: Record<Locale, () => Promise<{ default: Catalog }>> = {
  'zh-CN': () => import('./messages/zh-CN'),
  en: () => import('./messages/en'),
};

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return (await loaders[locale]()).default;
}
