import { createSponsorSchema, pageSchema, updateSponsorSchema } from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@InputType()
@ZodSchema(createSponsorSchema)
export class CreateSponsorInput {
  @Field() name: string;
  @Field() region: string;
  @Field() contactName: string;
  @Field() contactPhone: string;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}

@InputType()
@ZodSchema(updateSponsorSchema)
export class UpdateSponsorInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) region?: string;
  @Field({ nullable: true }) contactName?: string;
  @Field({ nullable: true }) contactPhone?: string;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}

@ArgsType()
@ZodSchema(pageSchema.extend({ search: z.string().trim().max(100).optional() }))
export class SponsorsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches name or region' }) search?: string;
}
