import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { parseInput } from '@grassroots/domain';
import type { z } from 'zod';
import { ZOD_SCHEMA } from './zod-schema.decorator';

/**
 * The one global validation pipe: every input or args class carries the zod schema the admin also uses, and
 * a failure becomes BAD_USER_INPUT with one entry per bad field. The parsed (trimmed, defaulted) value is what
 * the resolver receives.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    if (!meta.metatype) return value;
    const schema = Reflect.getMetadata(ZOD_SCHEMA, meta.metatype) as z.ZodType | undefined;
    if (!schema) return value;
    return parseInput(schema, value ?? {});
  }
}
