import { DEFAULT_PAGE_SIZE, pageSchema } from '@grassroots/domain';
import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';

import { ZodSchema } from '../validation/zod-schema.decorator';

/** Offset pagination: page numbers suit the admin's tables (jump to page, total count). */
@ArgsType()
@ZodSchema(pageSchema.passthrough())
export class PageArgs {
  @Field(() => Int, { defaultValue: 1, description: 'Page number, starting at 1' })
  page: number = 1;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Rows per page, at most 100' })
  pageSize: number = DEFAULT_PAGE_SIZE;
}

export interface PageResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function Paginated<T>(item: Type<T>): Type<PageResult<T>> {
  @ObjectType(`${item.name}Page`, { isAbstract: true })
  abstract class Page implements PageResult<T> {
    @Field(() => [item])
    items: T[];
    @Field(() => Int)
    total: number;
    @Field(() => Int)
    page: number;
    @Field(() => Int)
    pageSize: number;
  }
  return Page as unknown as Type<PageResult<T>>;
}
