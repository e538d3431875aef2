import { type Role } from './roles';

/**
 * Permissions are what a resolver declares; roles get them from the matrix below. Ownership (a trainee's
 * own record, a sponsor's own programs) is not a permission: services enforce it in the query's `where`.
 */
export const Permission = {
  USERS_MANAGE: 'users.manage',
  SPONSORS_READ: 'sponsors.read',
  SPONSORS_WRITE: 'sponsors.write',
  PROGRAMS_READ: 'programs.read',
  PROGRAMS_WRITE: 'programs.write',
  COHORTS_READ: 'cohorts.read',
  COHORTS_WRITE: 'cohorts.write',
  TRAINEES_READ: 'trainees.read',
  TRAINEES_WRITE: 'trainees.write',
  /** See trainees' phone numbers unmasked (others get 138****5678). */
  TRAINEES_READ_CONTACT: 'trainees.readContact',
  /** See a trainee's national ID number unmasked (audited). */
  TRAINEES_READ_PII: 'trainees.readPii',
  ENROLMENTS_READ: 'enrolments.read',
  ENROLMENTS_WRITE: 'enrolments.write',
  AUDIT_READ: 'audit.read',
  LESSONS_READ: 'lessons.read',
  LESSONS_WRITE: 'lessons.write',
  ATTENDANCE_READ: 'attendance.read',
  /** Mark attendance; SUPPORT only for lessons they teach (checked in the service). */
  ATTENDANCE_WRITE: 'attendance.write',
  ASSIGNMENTS_READ: 'assignments.read',
  /** Set assignments for a cohort; SUPPORT for the trainees their teams back only. */
  ASSIGNMENTS_WRITE: 'assignments.write',
  /** Hand in one's own work. */
  SUBMISSIONS_SUBMIT: 'submissions.submit',
  /** Return for revision, or grade. */
  SUBMISSIONS_GRADE: 'submissions.grade',
  GRADUATION_READ: 'graduation.read',
  /** Graduate or drop a trainee. */
  GRADUATION_DECIDE: 'graduation.decide',
  OUTCOMES_WRITE: 'outcomes.write',
  /** See support teams: SUPPORT their own, a trainee the team backing them. */
  TEAMS_READ: 'teams.read',
  /** Build teams, assign them to trainees; see everyone's workload and the coverage gaps. */
  TEAMS_WRITE: 'teams.write',
  /** See live sessions and results: SUPPORT their teams', a trainee their own. */
  SESSIONS_READ: 'sessions.read',
  /** Schedule, run, cancel sessions and record or import their results (SUPPORT for their teams only). */
  SESSIONS_WRITE: 'sessions.write',
  /** The product catalogue (to build a run of show). */
  PRODUCTS_READ: 'products.read',
  /** Add and edit products, send them to QC. */
  PRODUCTS_WRITE: 'products.write',
  SUPPLIERS_READ: 'suppliers.read',
  /** Suppliers and their licences (with scanned evidence). */
  SUPPLIERS_WRITE: 'suppliers.write',
  INSPECTIONS_READ: 'inspections.read',
  /** Record inspections (which approve or reject), suspend a product. */
  INSPECTIONS_WRITE: 'inspections.write',
  /** After-sales tickets: agents all, a trainee those from their own sessions (read-only, contact masked). */
  TICKETS_READ: 'tickets.read',
  TICKETS_WRITE: 'tickets.write',
  /** See customers' phone numbers unmasked. */
  TICKETS_READ_CONTACT: 'tickets.readContact',
  /** Program reports and dashboards: staff all programs, a sponsor their own organisation's. */
  REPORTS_READ: 'reports.read',
  /** Prepare and submit a period's report; record program expenses. */
  REPORTS_PREPARE: 'reports.prepare',
  /** Accept or return a submitted report: the sponsor's own decision, so not even ADMIN has it. */
  REPORTS_REVIEW: 'reports.review',
  /** Group robots (WeCom, DingTalk, Feishu) per team or program, and the dead letters of failed deliveries. */
  NOTIFICATIONS_MANAGE: 'notifications.manage',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Special policies that are not permissions. */
export const PUBLIC = 'public' as const;
export const AUTHENTICATED = 'authenticated' as const;
export type Policy = Permission | typeof PUBLIC | typeof AUTHENTICATED;

const P = Permission;
const READ_CORE = [P.SPONSORS_READ, P.PROGRAMS_READ, P.COHORTS_READ, P.TRAINEES_READ, P.ENROLMENTS_READ];

/** The permission matrix. The API guard and the admin UI both read it; nothing else grants access. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: Object.values(P).filter((p) => p !== P.REPORTS_REVIEW),
  COORDINATOR: [
    ...READ_CORE,
    P.SPONSORS_WRITE,
    P.PROGRAMS_WRITE,
    P.COHORTS_WRITE,
    P.TRAINEES_WRITE,
    P.TRAINEES_READ_CONTACT,
    P.TRAINEES_READ_PII,
    P.ENROLMENTS_WRITE,
    P.LESSONS_READ,
    P.LESSONS_WRITE,
    P.ATTENDANCE_READ,
    P.ATTENDANCE_WRITE,
    P.ASSIGNMENTS_READ,
    P.ASSIGNMENTS_WRITE,
    P.SUBMISSIONS_GRADE,
    P.GRADUATION_READ,
    P.GRADUATION_DECIDE,
    P.OUTCOMES_WRITE,
    P.TEAMS_READ,
    P.TEAMS_WRITE,
    P.SESSIONS_READ,
    P.SESSIONS_WRITE,
    P.PRODUCTS_READ,
    P.PRODUCTS_WRITE,
    P.SUPPLIERS_READ,
    P.SUPPLIERS_WRITE,
    P.INSPECTIONS_READ,
    P.TICKETS_READ,
    P.REPORTS_READ,
    P.REPORTS_PREPARE,
  ],
  // SUPPORT reach only the trainees their teams back (and lessons they teach): see core/auth/scopes.ts.
  SUPPORT: [
    P.PROGRAMS_READ,
    P.COHORTS_READ,
    P.TRAINEES_READ,
    P.TRAINEES_READ_CONTACT,
    P.ENROLMENTS_READ,
    P.LESSONS_READ,
    P.ATTENDANCE_READ,
    P.ATTENDANCE_WRITE,
    P.ASSIGNMENTS_READ,
    P.ASSIGNMENTS_WRITE,
    P.SUBMISSIONS_GRADE,
    P.GRADUATION_READ,
    P.TEAMS_READ,
    P.SESSIONS_READ,
    P.SESSIONS_WRITE,
    P.PRODUCTS_READ,
  ],
  QC_INSPECTOR: [P.PRODUCTS_READ, P.SUPPLIERS_READ, P.SUPPLIERS_WRITE, P.INSPECTIONS_READ, P.INSPECTIONS_WRITE],
  AFTERSALES_AGENT: [
    P.TRAINEES_READ,
    P.PRODUCTS_READ,
    P.SUPPLIERS_READ,
    P.INSPECTIONS_READ,
    P.TICKETS_READ,
    P.TICKETS_WRITE,
    P.TICKETS_READ_CONTACT,
  ],
  // Trainees and sponsors read through ownership-scoped queries: their own record / their own programs.
  TRAINEE: [
    P.PROGRAMS_READ,
    P.COHORTS_READ,
    P.TRAINEES_READ,
    P.ENROLMENTS_READ,
    P.LESSONS_READ,
    P.ATTENDANCE_READ,
    P.ASSIGNMENTS_READ,
    P.SUBMISSIONS_SUBMIT,
    P.TEAMS_READ,
    P.SESSIONS_READ,
    P.TICKETS_READ,
  ],
  SPONSOR: [
    P.SPONSORS_READ,
    P.PROGRAMS_READ,
    P.COHORTS_READ,
    P.TRAINEES_READ,
    P.ENROLMENTS_READ,
    P.REPORTS_READ,
    P.REPORTS_REVIEW,
  ],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && ROLE_PERMISSIONS[role].includes(permission);
}

/** Whether a user with `role` passes `policy` (anonymous users have role null). */
export function allows(policy: Policy, role: Role | null | undefined): boolean {
  if (policy === PUBLIC) return true;
  if (policy === AUTHENTICATED) return !!role;
  return can(role, policy);
}

/**
 * Every GraphQL root operation and the policy it needs. The API's resolvers declare the same policy, and a
 * test walks the built schema: an operation missing here, or declared differently, fails it.
 */
/** Keeps the operations' literal types; pure, so a bundle that never reads OPERATIONS (the admin's) drops it. */
const operations = <const T extends Record<string, Policy>>(o: T): T => o;

export const OPERATIONS = /* @__PURE__ */ operations({
  // auth
  login: PUBLIC,
  logout: PUBLIC,
  me: AUTHENTICATED,
  changePassword: AUTHENTICATED,
  // users
  users: P.USERS_MANAGE,
  user: P.USERS_MANAGE,
  createUser: P.USERS_MANAGE,
  updateUser: P.USERS_MANAGE,
  setUserActive: P.USERS_MANAGE,
  auditLog: P.AUDIT_READ,
  // sponsors
  sponsors: P.SPONSORS_READ,
  sponsor: P.SPONSORS_READ,
  createSponsor: P.SPONSORS_WRITE,
  updateSponsor: P.SPONSORS_WRITE,
  // programs
  programs: P.PROGRAMS_READ,
  program: P.PROGRAMS_READ,
  createProgram: P.PROGRAMS_WRITE,
  updateProgram: P.PROGRAMS_WRITE,
  // cohorts
  cohorts: P.COHORTS_READ,
  cohort: P.COHORTS_READ,
  createCohort: P.COHORTS_WRITE,
  updateCohort: P.COHORTS_WRITE,
  // trainees
  trainees: P.TRAINEES_READ,
  trainee: P.TRAINEES_READ,
  myTrainee: AUTHENTICATED,
  createTrainee: P.TRAINEES_WRITE,
  importTrainees: P.TRAINEES_WRITE,
  updateTrainee: P.TRAINEES_WRITE,
  // enrolments
  enrolments: P.ENROLMENTS_READ,
  enrolTrainees: P.ENROLMENTS_WRITE,
  withdrawEnrolment: P.ENROLMENTS_WRITE,
  promoteGraduates: P.ENROLMENTS_WRITE,
  // training: schedule and attendance
  lessons: P.LESSONS_READ,
  lesson: P.LESSONS_READ,
  createLesson: P.LESSONS_WRITE,
  updateLesson: P.LESSONS_WRITE,
  deleteLesson: P.LESSONS_WRITE,
  markAttendance: P.ATTENDANCE_WRITE,
  staffMembers: P.LESSONS_WRITE,
  importLessons: P.LESSONS_WRITE,
  importAttendance: P.LESSONS_WRITE,
  /** One's own imports only (the query filters by who started it). */
  importJob: AUTHENTICATED,
  assignments: P.ASSIGNMENTS_READ,
  assignment: P.ASSIGNMENTS_READ,
  assignmentGrid: P.ASSIGNMENTS_READ,
  mySubmissions: P.SUBMISSIONS_SUBMIT,
  submission: P.ASSIGNMENTS_READ,
  submissions: P.ASSIGNMENTS_READ,
  createAssignment: P.ASSIGNMENTS_WRITE,
  submitAssignment: P.SUBMISSIONS_SUBMIT,
  returnSubmission: P.SUBMISSIONS_GRADE,
  gradeSubmission: P.SUBMISSIONS_GRADE,
  graduationReport: P.GRADUATION_READ,
  decideGraduation: P.GRADUATION_DECIDE,
  recordOutcome: P.OUTCOMES_WRITE,
  cohortAttendance: P.ATTENDANCE_READ,
  // support teams
  teams: P.TEAMS_READ,
  team: P.TEAMS_READ,
  createTeam: P.TEAMS_WRITE,
  updateTeam: P.TEAMS_WRITE,
  assignTeam: P.TEAMS_WRITE,
  endTeamAssignment: P.TEAMS_WRITE,
  staffWorkload: P.TEAMS_WRITE,
  teamCoverageGaps: P.TEAMS_WRITE,
  // live sessions
  liveSessions: P.SESSIONS_READ,
  liveSession: P.SESSIONS_READ,
  sessionDays: P.SESSIONS_READ,
  traineePerformance: P.SESSIONS_READ,
  scheduleSession: P.SESSIONS_WRITE,
  scheduleSessionSeries: P.SESSIONS_WRITE,
  availability: P.SESSIONS_WRITE,
  updateSession: P.SESSIONS_WRITE,
  startSession: P.SESSIONS_WRITE,
  endSession: P.SESSIONS_WRITE,
  cancelSession: P.SESSIONS_WRITE,
  recordSessionResults: P.SESSIONS_WRITE,
  importSessionResults: P.SESSIONS_WRITE,
  products: P.PRODUCTS_READ,
  // suppliers and products
  suppliers: P.SUPPLIERS_READ,
  supplier: P.SUPPLIERS_READ,
  createSupplier: P.SUPPLIERS_WRITE,
  updateSupplier: P.SUPPLIERS_WRITE,
  product: P.PRODUCTS_READ,
  createProduct: P.PRODUCTS_WRITE,
  importProducts: P.PRODUCTS_WRITE,
  updateProduct: P.PRODUCTS_WRITE,
  submitProductForQc: P.PRODUCTS_WRITE,
  suspendProduct: P.INSPECTIONS_WRITE,
  // quality control
  qcTasks: P.INSPECTIONS_READ,
  inspections: P.INSPECTIONS_READ,
  samplingPlanFor: P.INSPECTIONS_READ,
  recordInspection: P.INSPECTIONS_WRITE,
  // after-sales
  tickets: P.TICKETS_READ,
  ticket: P.TICKETS_READ,
  createTicket: P.TICKETS_WRITE,
  moveTicket: P.TICKETS_WRITE,
  commentTicket: P.TICKETS_WRITE,
  assignTicket: P.TICKETS_WRITE,
  updateTicket: P.TICKETS_WRITE,
  cannedReplies: P.TICKETS_WRITE,
  ticketResolutionPreview: P.TICKETS_WRITE,
  afterSalesAgents: P.TICKETS_WRITE,
  // sponsor reporting
  programReport: P.REPORTS_READ,
  sponsorReports: P.REPORTS_READ,
  reportTrainees: P.REPORTS_READ,
  programExpenses: P.REPORTS_READ,
  prepareReport: P.REPORTS_PREPARE,
  submitReport: P.REPORTS_PREPARE,
  recordExpense: P.REPORTS_PREPARE,
  acceptReport: P.REPORTS_REVIEW,
  returnReport: P.REPORTS_REVIEW,
  // workbench: every role has one, scoped in its queries to what the role may see
  workbench: AUTHENTICATED,
  // notifications: one's own inbox and preferences (the query filters by recipient); robots and dead letters for ADMIN
  notifications: AUTHENTICATED,
  unreadNotificationCount: AUTHENTICATED,
  markNotificationsRead: AUTHENTICATED,
  notificationPreferences: AUTHENTICATED,
  setNotificationPreference: AUTHENTICATED,
  setMyLocale: AUTHENTICATED,
  notificationChannels: P.NOTIFICATIONS_MANAGE,
  saveNotificationChannel: P.NOTIFICATIONS_MANAGE,
  deadLetters: P.NOTIFICATIONS_MANAGE,
  retryDelivery: P.NOTIFICATIONS_MANAGE,
});
export type OperationName = keyof typeof OPERATIONS;
