import type { z } from 'zod';

export const ZOD_SCHEMA = Symbol('grassroots:zod-schema');

/** Attaches the shared zod schema (from @grassroots/domain) that the global pipe validates this input with. */
export function ZodSchema(schema: z.ZodType): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(ZOD_SCHEMA, schema, target);
  };
}
