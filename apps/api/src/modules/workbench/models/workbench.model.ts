import { Role, TODO_CARDS, type TodoCard as TodoCardKey } from '@grassroots/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Every to-do a workbench can show; each role gets its own subset (see WorkbenchService). */
export const WorkbenchCardKey = {
  LESSONS_TODAY: 'LESSONS_TODAY',
  ATTENDANCE_MISSING: 'ATTENDANCE_MISSING',
  TRAINEES_WITHOUT_COMPLETE_TEAM: 'TRAINEES_WITHOUT_COMPLETE_TEAM',
  ASSIGNMENTS_OVERDUE: 'ASSIGNMENTS_OVERDUE',
  SUBMISSIONS_TO_GRADE: 'SUBMISSIONS_TO_GRADE',
  SESSIONS_TODAY: 'SESSIONS_TODAY',
  SESSIONS_TOMORROW: 'SESSIONS_TOMORROW',
  RESULTS_MISSING: 'RESULTS_MISSING',
  REPORTS_TO_PREPARE: 'REPORTS_TO_PREPARE',
  REPORTS_RETURNED: 'REPORTS_RETURNED',
  REPORTS_AWAITING_DECISION: 'REPORTS_AWAITING_DECISION',
  LICENCES_EXPIRING: 'LICENCES_EXPIRING',
  INSPECTIONS_EXPIRING: 'INSPECTIONS_EXPIRING',
  QC_QUEUE: 'QC_QUEUE',
  QC_QUEUE_OLD: 'QC_QUEUE_OLD',
  REINSPECTIONS: 'REINSPECTIONS',
  MY_TICKETS_BREACHED: 'MY_TICKETS_BREACHED',
  MY_TICKETS_DUE_SOON: 'MY_TICKETS_DUE_SOON',
  TICKETS_UNASSIGNED: 'TICKETS_UNASSIGNED',
  REFUNDS_DUE: 'REFUNDS_DUE',
  REFUNDS_OVERDUE: 'REFUNDS_OVERDUE',
  ASSIGNMENTS_DUE_THIS_WEEK: 'ASSIGNMENTS_DUE_THIS_WEEK',
  RETURNED_FOR_REVISION: 'RETURNED_FOR_REVISION',
  NEW_FEEDBACK: 'NEW_FEEDBACK',
  FAILED_SIGN_INS: 'FAILED_SIGN_INS',
  ACCESS_DENIALS: 'ACCESS_DENIALS',
} as const;
export type WorkbenchCardKey = (typeof WorkbenchCardKey)[keyof typeof WorkbenchCardKey];
registerEnumType(WorkbenchCardKey, { name: 'WorkbenchCardKey' });

export const WorkbenchFigureKey = {
  ACTIVE_TRAINEES: 'ACTIVE_TRAINEES',
  GMV_THIS_MONTH: 'GMV_THIS_MONTH',
  ATTENDANCE_RATE_30D: 'ATTENDANCE_RATE_30D',
  MY_TRAINEES: 'MY_TRAINEES',
  SESSIONS_THIS_WEEK: 'SESSIONS_THIS_WEEK',
  OLDEST_QC_TASK_DAYS: 'OLDEST_QC_TASK_DAYS',
  INSPECTIONS_30D: 'INSPECTIONS_30D',
  PASS_RATE_30D: 'PASS_RATE_30D',
  MY_OPEN_TICKETS: 'MY_OPEN_TICKETS',
  MY_RESOLVED_7D: 'MY_RESOLVED_7D',
  OPEN_TICKETS: 'OPEN_TICKETS',
  SESSIONS_THIS_WEEK_MINE: 'SESSIONS_THIS_WEEK_MINE',
  GMV_30D_MINE: 'GMV_30D_MINE',
  ACCEPTED_GMV_TO_DATE: 'ACCEPTED_GMV_TO_DATE',
  ACCEPTED_GRADUATES: 'ACCEPTED_GRADUATES',
  ACTIVE_USERS: 'ACTIVE_USERS',
} as const;
export type WorkbenchFigureKey = (typeof WorkbenchFigureKey)[keyof typeof WorkbenchFigureKey];
registerEnumType(WorkbenchFigureKey, { name: 'WorkbenchFigureKey' });

export const WorkbenchEventKind = {
  LESSON: 'LESSON',
  SESSION: 'SESSION',
  ASSIGNMENT_DUE: 'ASSIGNMENT_DUE',
  QC_TASK: 'QC_TASK',
  TICKET_DUE: 'TICKET_DUE',
} as const;
export type WorkbenchEventKind = (typeof WorkbenchEventKind)[keyof typeof WorkbenchEventKind];
registerEnumType(WorkbenchEventKind, { name: 'WorkbenchEventKind' });

@ObjectType({ description: 'A to-do count; the admin links it to the list it counts, filtered' })
export class WorkbenchCard {
  @Field(() => WorkbenchCardKey) key: WorkbenchCardKey;
  @Field(() => Int) count: number;
}

@ObjectType({
  description: 'A key figure: a number (money in yuan as a decimal string, shares 0–1), maybe against a target',
})
export class WorkbenchFigure {
  @Field(() => WorkbenchFigureKey) key: WorkbenchFigureKey;
  @Field(() => String, { nullable: true, description: 'null when there is nothing to compute it from' }) value:
    string | null;
  @Field(() => String, { nullable: true }) target: string | null;
  @Field(() => ID, { nullable: true, description: 'The record the figure is about (a program for sponsors)' })
  subjectId: string | null;
  @Field(() => String, { nullable: true, description: "The record's name and, for accepted figures, the period" })
  subject: string | null;
}

@ObjectType({ description: "An entry of the workbench's timeline: something happening or due, soonest first" })
export class WorkbenchEvent {
  @Field(() => WorkbenchEventKind) kind: WorkbenchEventKind;
  @Field(() => ID, { description: 'The lesson, session, assignment, QC task or ticket' }) targetId: string;
  @Field({ description: 'When it starts or is due' }) at: Date;
  @Field(() => Date, { nullable: true }) endAt: Date | null;
  @Field({ description: 'Calendar day of `at` in `timeZone` (YYYY-MM-DD)' }) day: string;
  @Field({ description: 'IANA zone of the program it belongs to (the default zone for tickets and QC tasks)' })
  timeZone: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Cohort, streamer or product it concerns' }) detail:
    string | null;
  @Field(() => String, { nullable: true }) status: string | null;
  @Field(() => [String], {
    description: "A session's run of show: product names in order (trainee's sessions today only)",
  })
  runOfShow: string[];
}

@ObjectType({
  description: "The caller's landing page: to-do counts, today's timeline and key figures, scoped to what they may see",
})
export class Workbench {
  @Field(() => Role) role: Role;
  @Field({ description: 'Today, as a calendar day of `timeZone`' }) today: string;
  @Field({ description: "The zone the workbench's days are counted in: a trainee's program's; China time for staff" })
  timeZone: string;
  @Field() generatedAt: Date;
  @Field(() => [WorkbenchCard]) cards: WorkbenchCard[];
  @Field(() => [WorkbenchFigure]) figures: WorkbenchFigure[];
  @Field(() => [WorkbenchEvent], { description: 'Today first (a trainee: the coming week too), at most 30 entries' })
  timeline: WorkbenchEvent[];
}

/** A to-do card that opens a list: the `todo` argument of that list keeps exactly the rows the card counts. */
export const TodoCard = Object.fromEntries(TODO_CARDS.map((k) => [k, k])) as { [K in TodoCardKey]: K };
export type TodoCard = TodoCardKey;
registerEnumType(TodoCard, { name: 'TodoCard' });
