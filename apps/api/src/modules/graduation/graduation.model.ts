import {
  decideGraduationSchema,
  GraduationDecision,
  type MessageParams,
  OutcomeStatus,
  recordOutcomeSchema,
} from '@grassroots/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JSONObject } from '../../core/graphql/json.scalar';
import { ZodSchema } from '../../core/validation/zod-schema.decorator';
import { Trainee } from '../trainees/models/trainee.model';

registerEnumType(GraduationDecision, { name: 'GraduationDecision' });
registerEnumType(OutcomeStatus, { name: 'OutcomeStatus' });

@ObjectType()
export class CriterionCheck {
  @Field() code: string;
  @Field() met: boolean;
  @Field({ description: 'Why, in words a coordinator can act on (English: a fallback for detailCode + detailParams)' })
  detail: string;
  @Field({ description: 'The detail as a message code of the shared catalog' }) detailCode: string;
  @Field(() => JSONObject, { nullable: true }) detailParams?: MessageParams;
}

@ObjectType({ description: 'A trainee measured against the program’s graduation criteria' })
export class GraduationCheck {
  @Field(() => Trainee) trainee: Trainee;
  @Field() eligible: boolean;
  @Field(() => [CriterionCheck]) results: CriterionCheck[];
  @Field(() => Float, { nullable: true }) attendanceRate: number | null;
  @Field(() => Int) gradedAssignments: number;
  @Field(() => Float, { nullable: true }) averageScoreShare: number | null;
  @Field(() => Int, { description: 'Ended live sessions for this cohort' }) liveSessions: number;
  @Field({ description: 'Their GMV, yuan' }) gmv: string;
}

@InputType()
@ZodSchema(decideGraduationSchema)
export class DecideGraduationInput {
  @Field(() => ID) cohortId: string;
  @Field(() => ID) traineeId: string;
  @Field(() => GraduationDecision) decision: GraduationDecision;
  @Field(() => String, { nullable: true, description: 'Required to drop' }) reason?: string | null;
}

@ObjectType({ description: 'What became of a trainee some months after the program' })
export class TraineeOutcome {
  @Field(() => ID) id: string;
  @Field(() => Int) monthsAfter: number;
  @Field(() => OutcomeStatus) status: OutcomeStatus;
  @Field(() => String, { nullable: true, description: 'CNY per month' }) monthlyIncome: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() recordedAt: Date;
}

@InputType()
@ZodSchema(recordOutcomeSchema)
export class RecordOutcomeInput {
  @Field(() => ID) traineeId: string;
  @Field(() => Int, { description: '1, 3 or 6' }) monthsAfter: number;
  @Field(() => OutcomeStatus) status: OutcomeStatus;
  @Field(() => String, { nullable: true }) monthlyIncome?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

export function toOutcome(r: {
  id: string;
  monthsAfter: number;
  status: string;
  monthlyIncome: { toFixed(n: number): string } | null;
  note: string | null;
  recordedAt: Date;
}): TraineeOutcome {
  return {
    id: r.id,
    monthsAfter: r.monthsAfter,
    status: r.status as OutcomeStatus,
    monthlyIncome: r.monthlyIncome === null ? null : r.monthlyIncome.toFixed(2),
    note: r.note,
    recordedAt: r.recordedAt,
  };
}
