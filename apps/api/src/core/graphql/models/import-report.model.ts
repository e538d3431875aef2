import type { MessageParams } from '@grassroots/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';

import { JSONObject } from '../json.scalar';

@ObjectType({ description: 'One problem of an import: spreadsheet row (header = 1), column, reason' })
export class ImportProblem {
  @Field(() => Int) row: number;
  @Field() column: string;
  @Field({ description: 'English text (a fallback: translate messageCode with params)' }) message: string;
  /** The message code (`code` in the domain's ImportProblem), named messageCode on the wire as in errors. */
  @Field({ name: 'messageCode', description: 'The message code in the shared catalog (@grassroots/domain messages/)' })
  code: string;
  @Field(() => JSONObject, { nullable: true, description: 'The message parameters' }) params?: MessageParams;
}

@ObjectType({ description: 'All rows imported, or none (then every problem is listed)' })
export class ImportReport {
  @Field(() => Int) imported: number;
  @Field(() => Int) rows: number;
  @Field(() => [ImportProblem]) problems: ImportProblem[];
}
