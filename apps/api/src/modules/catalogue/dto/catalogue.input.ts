import {
  createProductSchema,
  createSupplierSchema,
  importFileFields,
  LicenceKind,
  pageSchema,
  ProductStatus,
  refineImportFile,
  SupplierKind,
  todoCardSchema,
  updateProductSchema,
  updateSupplierSchema,
  values,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

@InputType()
export class LicenceInput {
  @Field(() => LicenceKind) kind: LicenceKind;
  @Field() number: string;
  @Field({ description: 'YYYY-MM-DD' }) expiresOn: string;
  @Field(() => ID, { nullable: true, description: 'An uploaded scan (POST /files/licence-scans)' }) evidenceFileId?:
    string | null;
}

@InputType()
@ZodSchema(createSupplierSchema)
export class CreateSupplierInput {
  @Field() name: string;
  @Field(() => SupplierKind) kind: SupplierKind;
  @Field() region: string;
  @Field({ nullable: true }) contact?: string;
  @Field(() => [LicenceInput], { nullable: true }) licences?: LicenceInput[];
}

@InputType()
@ZodSchema(updateSupplierSchema)
export class UpdateSupplierInput extends CreateSupplierInput {
  @Field(() => ID) id: string;
}

@InputType()
@ZodSchema(createProductSchema)
export class CreateProductInput {
  @Field(() => ID) supplierId: string;
  @Field() name: string;
  @Field() category: string;
  @Field() originRegion: string;
  @Field({ nullable: true }) localSpecialty?: boolean;
  @Field() unitPrice: string;
  @Field() suggestedLivePrice: string;
  @Field({ description: 'Percent' }) commissionPct: string;
  @Field({ nullable: true }) perishable?: boolean;
}

@InputType()
@ZodSchema(updateProductSchema)
export class UpdateProductInput extends CreateProductInput {
  @Field(() => ID) id: string;
}

@InputType()
@ZodSchema(z.object({ id: z.string().min(1), reason: z.string().trim().min(2, 'common.giveReason').max(300) }))
export class SuspendProductInput {
  @Field(() => ID) id: string;
  @Field() reason: string;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    search: z.string().trim().max(100).optional(),
    kind: z.enum(values(SupplierKind)).optional(),
    todo: todoCardSchema,
  }),
)
export class SuppliersArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field({ nullable: true }) search?: string;
  @Field(() => SupplierKind, { nullable: true }) kind?: SupplierKind;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    search: z.string().trim().max(100).optional(),
    approvedOnly: z.boolean().optional(),
    status: z.enum(values(ProductStatus)).optional(),
    supplierId: z.string().optional(),
    todo: todoCardSchema,
  }),
)
export class ProductsArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field({ nullable: true, description: 'Name, category or supplier contains' }) search?: string;
  @Field({ nullable: true, description: 'Only products that are approved' }) approvedOnly?: boolean;
  @Field(() => ProductStatus, { nullable: true }) status?: ProductStatus;
  @Field(() => ID, { nullable: true }) supplierId?: string;
}

@InputType()
@ZodSchema(z.object(importFileFields).superRefine(refineImportFile))
export class ImportProductsInput {
  @Field(() => String, { nullable: true, description: 'The CSV file as text (UTF-8); or send file + fileName instead' })
  csv?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The file’s bytes, base64 (≤ 2 MB): CSV in UTF-8 or GB18030/GBK, or an Excel .xlsx (first sheet)',
  })
  file?: string | null;
  @Field(() => String, { nullable: true, description: 'The file’s name, ending .csv or .xlsx: says how to read it' })
  fileName?: string | null;
}
