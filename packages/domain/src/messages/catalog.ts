import { en } from './en';
import type { CodeOf } from './types';

/** A stable message code, e.g. `enrolments.alreadyEnrolledProgram`: the key of a text in every catalog. */
export type MessageCode = CodeOf<keyof typeof en>;

/** A message without its text: what a nested parameter carries (a clash's reason, a status's label). */
export interface MessageRef {
  code: MessageCode;
  params?: MessageParams;
}
/**
 * A value a text interpolates (`{{name}}`). A message (or a list of them) is translated first, in the same language,
 * and a list is joined; `count` also picks the plural form.
 */
export type MessageParam = string | number | MessageRef | MessageRef[];
export type MessageParams = { [name: string]: MessageParam };

/** A message as the API sends it: code and params for translation, the English text as a fallback. */
export interface Message extends MessageRef {
  message: string;
}

/** Looks a code up in one language and interpolates flat params: i18next's `t`, or the English lookup below. */
export type Translate = (code: string, params: Record<string, string | number>) => string;

/** How a language joins a list parameter: sentences (messages with params) and words (plain labels). */
export interface ListSeparators {
  sentences: string;
  words: string;
}
export const LIST_SEPARATORS: Record<'en' | 'zh-CN', ListSeparators> = {
  en: { sentences: '; ', words: ', ' },
  'zh-CN': { sentences: '；', words: '、' },
};

/**
 * Renders a message in one language: nested messages in the params first, then the message itself. A list is
 * joined as sentences when its items have params of their own (clash reasons), as words otherwise (role names).
 * The admin and the API call it with their i18next `t`; English fallbacks use `englishText`.
 */
export function renderMessage(ref: MessageRef, translate: Translate, separators = LIST_SEPARATORS.en): string {
  const flat: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ref.params ?? {})) {
    if (Array.isArray(v))
      flat[k] = v
        .map((m) => renderMessage(m, translate, separators))
        .join(v.some((m) => m.params) ? separators.sentences : separators.words);
    else if (typeof v === 'object') flat[k] = renderMessage(v, translate, separators);
    else flat[k] = v;
  }
  return translate(ref.code, flat);
}

const english = en as Record<string, string>;
const enPlural = new Intl.PluralRules('en');

/** English lookup rendered like i18next (`{{name}}` interpolation, `_one`/`_other` by `count`), without i18next. */
const translateEnglish: Translate = (code, params) => {
  const count = params.count;
  const text =
    (typeof count === 'number' ? (english[`${code}_${enPlural.select(count)}`] ?? english[`${code}_other`]) : undefined) ??
    english[code] ??
    code;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
};

/**
 * The English text of a code: the fallback `message` of every error. The domain package renders it itself (no
 * i18next here): a DomainError needs its English text when it is thrown.
 */
export function englishText(code: MessageCode, params?: MessageParams): string {
  return renderMessage({ code, params }, translateEnglish);
}

/** Whether `code` is a message code of the catalog (a zod issue's message is one when the schema set it). */
export function isMessageCode(code: string): code is MessageCode {
  return code in english || `${code}_other` in english;
}

/** A message from its code and params, with its English text. Nested messages keep only their code and params. */
export function msg(code: MessageCode, params?: MessageParams): Message {
  if (!params) return { code, message: englishText(code) };
  const refs = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, refOf(v)]));
  return { code, params: refs, message: englishText(code, refs) };
}

function refOf(v: MessageParam): MessageParam {
  if (Array.isArray(v)) return v.map((m) => refOf(m) as MessageRef);
  if (typeof v === 'object') return v.params ? { code: v.code, params: v.params } : { code: v.code };
  return v;
}

/** A nested parameter: a message to translate in place (`{ reason: ref('sessions.clashSelf', {...}) }`). */
export function ref(code: MessageCode, params?: MessageParams): MessageRef {
  return params ? { code, params } : { code };
}
