import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One problem of an import: spreadsheet row (header = 1), column, reason' })
export class ImportProblem {
  @Field(() => Int) row: number;
  @Field() column: string;
  @Field() message: string;
}

@ObjectType({ description: 'All rows imported, or none (then every problem is listed)' })
export class ImportReport {
  @Field(() => Int) imported: number;
  @Field(() => Int) rows: number;
  @Field(() => [ImportProblem]) problems: ImportProblem[];
}
