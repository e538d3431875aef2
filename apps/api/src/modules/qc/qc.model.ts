import { InspectionLevel, inspectionSchema, type MessageParams, pageSchema } from '@grassroots/domain';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { z } from 'zod';

import { JSONObject } from '../../core/graphql/json.scalar';
import { StaffMember } from '../../core/graphql/models/staff-member.model';
import { PageArgs, Paginated } from '../../core/graphql/pagination';
import { ZodSchema } from '../../core/validation/zod-schema.decorator';
import { Product } from '../catalogue/models/catalogue.model';

registerEnumType(InspectionLevel, { name: 'InspectionLevel' });

@ObjectType()
export class ChecklistItem {
  @Field() item: string;
  @Field() ok: boolean;
  @Field() note: string;
}

@ObjectType({ description: 'One defect class judged against its ISO 2859-1 plan' })
export class ClassVerdict {
  @Field() defectClass: string;
  @Field() aql: string;
  @Field() codeLetter: string;
  @Field(() => Int) sampleSize: number;
  @Field(() => Int) accept: number;
  @Field(() => Int) reject: number;
  @Field(() => Int, { nullable: true }) found?: number;
  @Field({ nullable: true }) passed?: boolean;
  @Field() hundredPercent: boolean;
}

@ObjectType({ description: 'The sample to draw and the accept/reject numbers, before inspecting' })
export class SamplingPreview {
  @Field(() => Int) sampleSize: number;
  @Field(() => [ClassVerdict]) classes: ClassVerdict[];
  @Field(() => [String], { description: 'Checklist items for this product’s category' }) checklist: string[];
}

@ObjectType()
export class QcInspection {
  @Field(() => ID) id: string;
  @Field(() => ID) productId: string;
  @Field(() => Int) lotSize: number;
  @Field() level: string;
  @Field() aqlCritical: string;
  @Field() aqlMajor: string;
  @Field() aqlMinor: string;
  @Field(() => Int) sampleSize: number;
  @Field(() => Int) criticalFound: number;
  @Field(() => Int) majorFound: number;
  @Field(() => Int) minorFound: number;
  @Field(() => [ChecklistItem]) checklist: ChecklistItem[];
  @Field(() => [ID], { description: 'Photos, at /files/{id}' }) photoFileIds: string[];
  @Field() result: string;
  @Field() notes: string;
  @Field(() => StaffMember, { nullable: true }) inspector: StaffMember | null;
  @Field() inspectedAt: Date;
  @Field() validUntil: Date;
  @Field(() => Product, { nullable: true }) product?: Product | null;
}

@ObjectType()
export class QcInspectionPage extends Paginated(QcInspection) {}

@ObjectType({ description: 'A product waiting for QC (first inspection or re-inspection)' })
export class QcTask {
  @Field(() => ID) id: string;
  @Field(() => Product) product: Product;
  @Field({ description: 'Why it is queued, in English (a fallback: reasonCode with reasonParams)' }) reason: string;
  @Field(() => String, { nullable: true, description: 'The reason as a message code of the shared catalog' })
  reasonCode: string | null;
  @Field(() => JSONObject, { nullable: true }) reasonParams: MessageParams | null;
  @Field() createdAt: Date;
}

@InputType()
export class ChecklistItemInput {
  @Field() item: string;
  @Field() ok: boolean;
  @Field({ nullable: true }) note?: string;
}

@InputType()
@ZodSchema(inspectionSchema)
export class RecordInspectionInput {
  @Field(() => ID) productId: string;
  @Field(() => Int) lotSize: number;
  @Field(() => InspectionLevel, { nullable: true, defaultValue: 'II' }) level?: InspectionLevel;
  @Field({ nullable: true, defaultValue: '0' }) aqlCritical?: string;
  @Field({ nullable: true, defaultValue: '2.5' }) aqlMajor?: string;
  @Field({ nullable: true, defaultValue: '4.0' }) aqlMinor?: string;
  @Field(() => Int) criticalFound: number;
  @Field(() => Int) majorFound: number;
  @Field(() => Int) minorFound: number;
  @Field(() => [ChecklistItemInput]) checklist: ChecklistItemInput[];
  @Field(() => [ID], { nullable: true, description: 'Uploaded photos (POST /files/inspection-photos)' })
  photoFileIds?: string[];
  @Field({ nullable: true }) notes?: string;
}

@ArgsType()
@ZodSchema(
  inspectionSchema.pick({
    productId: true,
    lotSize: true,
    level: true,
    aqlCritical: true,
    aqlMajor: true,
    aqlMinor: true,
  }),
)
export class SamplingArgs {
  @Field(() => ID) productId: string;
  @Field(() => Int) lotSize: number;
  @Field(() => InspectionLevel, { nullable: true, defaultValue: 'II' }) level?: InspectionLevel;
  @Field({ nullable: true, defaultValue: '0' }) aqlCritical?: string;
  @Field({ nullable: true, defaultValue: '2.5' }) aqlMajor?: string;
  @Field({ nullable: true, defaultValue: '4.0' }) aqlMinor?: string;
}

@ArgsType()
@ZodSchema(pageSchema.extend({ productId: z.string().optional() }))
export class InspectionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) productId?: string;
}
