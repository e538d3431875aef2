import { Role } from '@grassroots/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'The signed-in user' })
export class Me {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true, description: 'For TRAINEE users: their trainee record' }) traineeId: string | null;
  @Field(() => ID, { nullable: true, description: 'For SPONSOR users: their organisation' }) sponsorId: string | null;
  @Field(() => [String], { description: 'Permissions from the matrix, for the admin to hide what is not allowed' })
  permissions: string[];
}

@ObjectType()
export class LoginPayload {
  @Field(() => Me) user: Me;
  @Field({ description: 'When the session ends unless it is used' }) expiresAt: Date;
}
