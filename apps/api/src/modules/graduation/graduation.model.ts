import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { decideGraduationSchema, GraduationDecision } from '@grassroots/domain';
import { ZodSchema } from '../../core/validation/zod-schema.decorator';
import { Trainee } from '../trainees/models/trainee.model';

registerEnumType(GraduationDecision, { name: 'GraduationDecision' });

@ObjectType()
export class CriterionCheck {
  @Field() code: string;
  @Field() met: boolean;
  @Field({ description: 'Why, in words a coordinator can act on' }) detail: string;
}

@ObjectType({ description: 'A trainee measured against the program’s graduation criteria' })
export class GraduationCheck {
  @Field(() => Trainee) trainee: Trainee;
  @Field() eligible: boolean;
  @Field(() => [CriterionCheck]) results: CriterionCheck[];
  @Field(() => Float, { nullable: true }) attendanceRate: number | null;
  @Field(() => Int) gradedAssignments: number;
  @Field(() => Float, { nullable: true }) averageScoreShare: number | null;
}

@InputType()
@ZodSchema(decideGraduationSchema)
export class DecideGraduationInput {
  @Field(() => ID) cohortId: string;
  @Field(() => ID) traineeId: string;
  @Field(() => GraduationDecision) decision: GraduationDecision;
  @Field(() => String, { nullable: true, description: 'Required to drop' }) reason?: string | null;
}
