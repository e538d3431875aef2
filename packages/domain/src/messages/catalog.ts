import { en } from './en';
import {
  type Message,
  type MessageCode,
  type MessageParam,
  type MessageParams,
  type MessageRef,
  renderMessage,
  type Translate,
} from './render';

export {
  LIST_SEPARATORS,
  type ListSeparators,
  type Message,
  type MessageCode,
  type MessageParam,
  type MessageParams,
  type MessageRef,
  renderMessage,
  type Translate,
} from './render';

const english = en as Record<string, string>;
const enPlural = new Intl.PluralRules('en');

/** English lookup rendered like i18next (`{{name}}` interpolation, `_one`/`_other` by `count`), without i18next. */
const translateEnglish: Translate = (code, params) => {
  const count = params.count;
  const text =
    (typeof count === 'number'
      ? (english[`${code}_${enPlural.select(count)}`] ?? english[`${code}_other`])
      : undefined) ??
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
  if (typeof v === 'object' && 'words' in v) return { words: v.words.map((m) => refOf(m) as MessageRef) };
  if (typeof v === 'object') return v.params ? { code: v.code, params: v.params } : { code: v.code };
  return v;
}

/** A nested parameter: a message to translate in place (`{ reason: ref('sessions.clashSelf', {...}) }`). */
export function ref(code: MessageCode, params?: MessageParams): MessageRef {
  return params ? { code, params } : { code };
}
