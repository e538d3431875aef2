import 'reflect-metadata';

import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, TypeMetadataStorage } from '@nestjs/graphql';
import { z } from 'zod';

import { RESOLVERS } from '../../resolvers';
import { ZOD_SCHEMA } from './zod-schema.decorator';

/**
 * One declaration per input, checked: every GraphQL input and args class carries the shared zod schema the global pipe
 * validates it with, and the class's fields are exactly the schema's keys (zod drops keys it does not know, so a field
 * added to the input but not to the schema would reach the service as undefined; a key only in the schema can never
 * be sent). Nested input classes are compared with the schema of the field that holds them.
 */
type Meta = { name: string; target: Type; properties?: { name: string; typeFn: () => unknown }[] };

/** The object shape behind wrappers (optional, nullable, default, pipe/transform, array element) and intersections. */
function objectOf(schema: z.ZodType): { shape: Record<string, z.ZodType> } | null {
  let s: z.ZodType = schema;
  for (let i = 0; i < 20; i++) {
    if (s instanceof z.ZodObject) return { shape: s.shape as Record<string, z.ZodType> };
    if (s instanceof z.ZodIntersection) {
      const [l, r] = [objectOf(s.def.left as z.ZodType), objectOf(s.def.right as z.ZodType)];
      return l && r ? { shape: { ...l.shape, ...r.shape } } : null;
    }
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodReadonly
    )
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return null;
  }
  return null;
}

describe('GraphQL inputs and their zod schemas', () => {
  let classes: Meta[] = [];
  beforeAll(async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    await app.close();
    classes = [
      ...TypeMetadataStorage.getInputTypesMetadata(),
      ...TypeMetadataStorage.getArgumentsMetadata(),
    ] as unknown as Meta[];
  });

  /** A class's GraphQL fields, its ancestors' included (args classes extend PageArgs). */
  function fieldsOf(target: Type): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (let t: unknown = target; t && t !== Function.prototype; t = Object.getPrototypeOf(t)) {
      for (const c of classes.filter((m) => m.target === t))
        for (const p of c.properties ?? []) if (!out.has(p.name)) out.set(p.name, p.typeFn());
    }
    return out;
  }

  it('every input has a schema whose keys are exactly its fields (nested inputs too)', () => {
    const problems: string[] = [];
    const checked = new Set<Type>();
    const compare = (target: Type, schema: z.ZodType, where: string) => {
      checked.add(target);
      const obj = objectOf(schema);
      if (!obj) return void problems.push(`${where}: its schema is not an object schema`);
      const fields = fieldsOf(target);
      const keys = new Set(Object.keys(obj.shape));
      for (const f of fields.keys())
        if (!keys.has(f)) problems.push(`${where}.${f}: a GraphQL field the schema does not know (zod would drop it)`);
      for (const k of keys) if (!fields.has(k)) problems.push(`${where}.${k}: in the schema but not a GraphQL field`);
      for (const [f, type] of fields) {
        const nested = (Array.isArray(type) ? type[0] : type) as Type;
        if (typeof nested !== 'function' || !classes.some((c) => c.target === nested) || !keys.has(f)) continue;
        compare(nested, obj.shape[f] as z.ZodType, `${where}.${f}`);
      }
    };
    for (const c of classes) {
      const schema = Reflect.getMetadata(ZOD_SCHEMA, c.target) as z.ZodType | undefined;
      if (schema) compare(c.target, schema, c.name);
    }
    for (const c of classes)
      if (
        !checked.has(c.target) &&
        !classes.some((o) => o.target !== c.target && Object.prototype.isPrototypeOf.call(c.target, o.target))
      )
        problems.push(`${c.name}: no @ZodSchema and not nested in an input that has one`);
    expect(problems).toEqual([]);
  });
});
