import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A staff member as others see them (lesson instructors, team members, ticket assignees, QC inspectors). */
@ObjectType({ description: 'A staff member as others see them: name only' })
export class StaffMember {
  @Field(() => ID) id: string;
  @Field() name: string;
}
