/** A plural form's suffix (i18next's `_one`/`_other`); Chinese has only `_other`. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';

/** The code of a key: `x_one` and `x_other` are forms of the code `x`. */
export type CodeOf<K> = K extends `${infer B}${PluralSuffix}` ? B : K;

/**
 * The texts of one feature file in another language: every key of the English file except the plural forms the
 * language does not have (`_one` for Chinese: i18next picks `_other` for every count).
 */
export type Translation<T> = Record<Exclude<keyof T, `${string}_one`>, string>;
