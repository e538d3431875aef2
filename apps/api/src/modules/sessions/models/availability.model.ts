import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const BusyKind = { LESSON: 'LESSON', SESSION: 'SESSION', MEMBER_SESSION: 'MEMBER_SESSION' } as const;
export type BusyKind = (typeof BusyKind)[keyof typeof BusyKind];
registerEnumType(BusyKind, {
  name: 'BusyKind',
  description:
    "LESSON: a lesson of the streamer's cohort; SESSION: the streamer's own session; MEMBER_SESSION: a team member on another streamer's session",
});

@ObjectType({ description: 'A time the streamer or a member of their team is taken' })
export class BusyBlock {
  @Field(() => BusyKind) kind: BusyKind;
  @Field() title: string;
  @Field() start: Date;
  @Field() end: Date;
  @Field({ description: 'Whose time it takes: the streamer, or the team member (and whose session it is)' })
  who: string;
  @Field(() => ID, { nullable: true, description: 'The session, when it is one the caller may open' }) sessionId:
    string | null;
}

@ObjectType({ description: 'A start with no clash for the streamer or any member of their team' })
export class FreeSlot {
  @Field() start: Date;
  @Field() end: Date;
}

@ObjectType({ description: "A week of a streamer's and their team's time, in their program's time zone" })
export class Availability {
  @Field() timeZone: string;
  @Field({ description: 'The first day shown (YYYY-MM-DD)' }) weekStart: string;
  @Field(() => [String], { description: 'The seven days shown' }) days: string[];
  @Field(() => ID, { nullable: true }) traineeId: string | null;
  @Field(() => ID) teamId: string;
  @Field(() => Int, { description: 'The slot length suggestions were made for' }) minutes: number;
  @Field(() => [BusyBlock]) busy: BusyBlock[];
  @Field(() => [FreeSlot], { description: 'Suggested prime-time starts of that length with no clash' })
  freeSlots: FreeSlot[];
}
