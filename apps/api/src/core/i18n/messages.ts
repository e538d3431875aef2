import {
  LIST_SEPARATORS,
  type MessageCode,
  type MessageParams,
  type MessageRef,
  renderMessage,
  statusLabel,
} from '@grassroots/domain';
import { en } from '@grassroots/domain/messages/en';
import { zhCN } from '@grassroots/domain/messages/zh-CN';
import { createInstance } from 'i18next';

/** The languages of the catalogs (and of exports: `?lang=en`, Chinese otherwise). */
export type Lang = 'zh-CN' | 'en';

/**
 * The API's i18next over the shared catalog (@grassroots/domain messages/): what exports, PDFs and texts the server
 * writes say in a language. Errors are not translated here: they carry a code and params, and the admin translates.
 */
const i18next = createInstance();
void i18next.init({
  resources: { en: { msg: en }, 'zh-CN': { msg: zhCN } },
  ns: ['msg'],
  defaultNS: 'msg',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // exports are not HTML
  initAsync: false,
});

/** Says one message (code + params, nested messages included) in `lang`. */
export type Say = (code: MessageCode | MessageRef, params?: MessageParams) => string;

/** A status or other enum value in words (its raw value when the catalog has none): `sayLabel(say, 'TicketType', t.type)`. */
export function sayLabel(say: Say, kind: Parameters<typeof statusLabel>[0], value: string): string {
  const l = statusLabel(kind, value);
  return typeof l === 'string' ? l : say(l);
}

export function sayIn(lang: Lang): Say {
  const t = i18next.getFixedT(lang, 'msg');
  return (code, params) =>
    renderMessage(typeof code === 'string' ? { code, params } : code, (c, p) => t(c, p), LIST_SEPARATORS[lang]);
}

/** Chinese and English at once, for the bilingual sponsor reports. */
export const zh = sayIn('zh-CN');
export const english = sayIn('en');
