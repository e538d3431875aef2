/** Every enum the admin shows with translated labels (the words are in the shared catalog, @grassroots/domain messages/). */
export type EnumType =
  | 'CohortTrack'
  | 'CohortStatus'
  | 'TraineeStatus'
  | 'EnrolmentStatus'
  | 'StreamPlatform'
  | 'AuditResult'
  | 'LessonKind'
  | 'AttendanceStatus'
  | 'AssignmentKind'
  | 'SubmissionStatus'
  | 'OutcomeStatus'
  | 'LiveSessionStatus'
  | 'TeamRole'
  | 'Provenance'
  | 'ProductStatus'
  | 'SupplierKind'
  | 'LicenceKind'
  | 'TicketType'
  | 'TicketPriority'
  | 'TicketStatus'
  | 'RootCause'
  | 'ReportStatus'
  | 'ExpenseCategory';

/**
 * Where an enum's words are in the shared catalog: `enums.<Type>.<VALUE>`, or the set the server's messages and exports
 * already say it with (a team role inside "Nobody covers ads, filming", a report's status in the PDF).
 */
const PREFIX: Partial<Record<EnumType, string>> = {
  LiveSessionStatus: 'enums.SessionStatus',
  TeamRole: 'teams.role',
  Provenance: 'reports.provenance',
  LicenceKind: 'qc.licence',
  ReportStatus: 'reports.status',
};

/** The shared catalog's code of an enum value's label. */
export const enumCode = (type: EnumType, value: string): string => `${PREFIX[type] ?? `enums.${type}`}.${value}`;
