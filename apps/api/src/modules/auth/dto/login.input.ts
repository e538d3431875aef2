import { changePasswordSchema, loginSchema } from '@grassroots/domain';
import { Field, InputType } from '@nestjs/graphql';

import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@InputType()
@ZodSchema(loginSchema)
export class LoginInput {
  @Field() email: string;
  @Field() password: string;
}

@InputType()
@ZodSchema(changePasswordSchema)
export class ChangePasswordInput {
  @Field() currentPassword: string;
  @Field() newPassword: string;
}
