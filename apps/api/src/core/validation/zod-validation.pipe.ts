import { DomainError, nulFieldErrors, parseInput } from '@grassroots/domain';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

import { ZOD_SCHEMA } from './zod-schema.decorator';

/** What the client sent: GraphQL arguments reach pipes as 'body', like an HTTP body; then HTTP queries and route params. */
const CLIENT_INPUT = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * The one global validation pipe: every input or args class carries the zod schema the admin also uses, and
 * a failure becomes BAD_USER_INPUT with one entry per bad field. The parsed (trimmed, defaulted) value is what
 * the resolver receives.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    // Every client-sent argument, with or without a schema (ids too): a NUL byte is refused on its field, never
    // sent to the database. Context, parent and the current user are not client input.
    if (CLIENT_INPUT.has(meta.type)) {
      const nul = nulFieldErrors(value, typeof value === 'object' || !meta.data ? [] : [meta.data]);
      if (nul.length) throw DomainError.badInput(nul);
    }
    if (!meta.metatype) return value;
    const schema = Reflect.getMetadata(ZOD_SCHEMA, meta.metatype) as z.ZodType | undefined;
    if (!schema) return value;
    return parseInput(schema, value ?? {});
  }
}
