/**
 * The catalogs' shapes. The Chinese catalogs define the keys (they import nothing from here, so no import cycle);
 * the English ones must have every key; messages.ts checks each catalog it loads against these types.
 */
export type CoreKey = keyof typeof import('./zh-CN.core').zhCore;
export type RestKey = keyof typeof import('./zh-CN').zh;
export type MessageKey = CoreKey | RestKey;

export interface CoreCatalog {
  messages: Record<CoreKey, string>;
  antd: typeof import('antd/locale/en_US').default;
  dayjs: string;
}
export interface RestCatalog {
  messages: Record<RestKey, string>;
}
/** The server's messages (errors, import problems, QC gate) in one language: the shared catalog of the domain package. */
export type ServerCatalog = Record<string, string>;
