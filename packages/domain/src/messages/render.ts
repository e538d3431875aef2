import type { en } from './en';
import type { CodeOf } from './types';

/** A stable message code, e.g. `enrolments.alreadyEnrolledProgram`: the key of a text in every catalog. */
export type MessageCode = CodeOf<keyof typeof en>;

/** A message without its text: what a nested parameter carries (a clash's reason, a status's label). */
export interface MessageRef {
  code: MessageCode;
  params?: MessageParams;
}
/**
 * A value a text interpolates (`{{name}}`). A message is translated first, in the same language; a list of messages is
 * joined as sentences (`; ` / `；`), `{ words: [...] }` as words (`, ` / `、`); `count` also picks the plural form.
 */
export type MessageParam = string | number | MessageRef | MessageRef[] | { words: MessageRef[] };
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
 * Renders a message in one language: nested messages in the params first (a list as sentences, `{ words }` as words),
 * then the message itself. The admin and the API call it with their i18next `t`; English fallbacks use `englishText`.
 */
export function renderMessage(ref: MessageRef, translate: Translate, separators = LIST_SEPARATORS.en): string {
  const flat: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(ref.params ?? {})) {
    if (Array.isArray(v)) flat[k] = v.map((m) => renderMessage(m, translate, separators)).join(separators.sentences);
    else if (typeof v === 'object' && 'words' in v)
      flat[k] = v.words.map((m) => renderMessage(m, translate, separators)).join(separators.words);
    else if (typeof v === 'object') flat[k] = renderMessage(v, translate, separators);
    else flat[k] = v;
  }
  return translate(ref.code, flat);
}
