/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AftersalesCommentTicket($i: CommentTicketInput!) {\n    commentTicket(input: $i) {\n      id\n    }\n  }\n": typeof types.AftersalesCommentTicketDocument,
    "\n  query AftersalesTickets2 {\n    tickets {\n      total\n    }\n  }\n": typeof types.AftersalesTickets2Document,
    "\n  mutation AftersalesCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      status\n      version\n      traineeId\n      customerPhone\n      actions\n    }\n  }\n": typeof types.AftersalesCreateTicketDocument,
    "\n  mutation AftersalesMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      status\n      version\n      resolvedAt\n      rootCause\n    }\n  }\n": typeof types.AftersalesMoveTicketDocument,
    "\n  query AftersalesTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      customerPhone\n      refundAmount\n      clocks {\n        firstResponse {\n          breached\n          stoppedAt\n          dueSoon\n        }\n        resolution {\n          dueAt\n          paused\n        }\n        returnEligible\n        returnWindowClosesAt\n        refundDueAt\n      }\n      events {\n        kind\n        internal\n        body\n        toStatus\n        author {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AftersalesTicketDocument,
    "\n          query AftersalesTickets {\n            tickets(queue: ALL) {\n              total\n            }\n          }\n        ": typeof types.AftersalesTicketsDocument,
    "\n      mutation AftersalesUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          id\n        }\n      }\n    ": typeof types.AftersalesUpdateTicketDocument,
    "\n        query AftersalesTickets5 {\n          tickets(queue: BREACHED) {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.AftersalesTickets5Document,
    "\n          query AftersalesTickets6 {\n            tickets(queue: MINE) {\n              total\n            }\n          }\n        ": typeof types.AftersalesTickets6Document,
    "\n    mutation AftersalesAssignTicket($i: AssignTicketInput!) {\n      assignTicket(input: $i) {\n        version\n        assignee {\n          id\n        }\n      }\n    }\n  ": typeof types.AftersalesAssignTicketDocument,
    "\n          query AftersalesTickets7 {\n            tickets(queue: MINE) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.AftersalesTickets7Document,
    "\n  query AssignmentsMySubmissions2 {\n    mySubmissions {\n      id\n      version\n    }\n  }\n": typeof types.AssignmentsMySubmissions2Document,
    "\n  mutation AssignmentsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n      title\n      maxScore\n      rubric {\n        name\n        points\n      }\n    }\n  }\n": typeof types.AssignmentsCreateAssignmentDocument,
    "\n  query AssignmentsAssignmentGrid($c: ID!, $only: GridFilter) {\n    assignmentGrid(cohortId: $c, only: $only) {\n      assignments {\n        id\n      }\n      rows {\n        trainee {\n          id\n        }\n        cells {\n          id\n          status\n          score\n          late\n          version\n        }\n      }\n    }\n  }\n": typeof types.AssignmentsAssignmentGridDocument,
    "\n  mutation AssignmentsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n      status\n      late\n      version\n      text\n      links\n    }\n  }\n": typeof types.AssignmentsSubmitAssignmentDocument,
    "\n  mutation AssignmentsReturnSubmission($i: ReturnSubmissionInput!) {\n    returnSubmission(input: $i) {\n      status\n      feedback\n      version\n    }\n  }\n": typeof types.AssignmentsReturnSubmissionDocument,
    "\n  mutation AssignmentsGradeSubmission($i: GradeSubmissionInput!) {\n    gradeSubmission(input: $i) {\n      status\n      score\n      scoresByCriterion {\n        name\n        score\n      }\n      version\n    }\n  }\n": typeof types.AssignmentsGradeSubmissionDocument,
    "\n        query AssignmentsMySubmissions {\n          mySubmissions {\n            id\n            status\n            version\n            overdue\n            assignment {\n              id\n              title\n            }\n          }\n        }\n      ": typeof types.AssignmentsMySubmissionsDocument,
    "\n          query AssignmentsSubmission($id: ID!) {\n            submission(id: $id) {\n              id\n            }\n          }\n        ": typeof types.AssignmentsSubmissionDocument,
    "\n  mutation AuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n": typeof types.AuditUpdateTraineeDocument,
    "\n            query AuditTrainees {\n              trainees {\n                total\n              }\n            }\n          ": typeof types.AuditTraineesDocument,
    "\n            query AuditMe {\n              me {\n                id\n              }\n            }\n          ": typeof types.AuditMeDocument,
    "\n            query AuditTrainee($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          ": typeof types.AuditTraineeDocument,
    "\n        query AuditTrainees2 {\n          trainees(pageSize: 100) {\n            items {\n              id\n              phone\n            }\n          }\n        }\n      ": typeof types.AuditTrainees2Document,
    "\n        query AuditTrainees3 {\n          trainees(pageSize: 100) {\n            items {\n              phone\n            }\n          }\n        }\n      ": typeof types.AuditTrainees3Document,
    "\n        query AuditMyTrainee {\n          myTrainee {\n            phone\n          }\n        }\n      ": typeof types.AuditMyTraineeDocument,
    "\n      query AuditAuditLog($actorId: ID, $action: String, $fromDate: String, $toDate: String) {\n        auditLog(actorId: $actorId, action: $action, fromDate: $fromDate, toDate: $toDate) {\n          total\n          items {\n            action\n            actorName\n            targets {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.AuditAuditLogDocument,
    "\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      role\n      traineeId\n      sponsorId\n      permissions\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n        mutation AuthLogin {\n          login(input: { email: \"\", password: \"\" }) {\n            expiresAt\n          }\n        }\n      ": typeof types.AuthLoginDocument,
    "\n        mutation AuthLogout {\n          logout\n        }\n      ": typeof types.AuthLogoutDocument,
    "\n        mutation AuthSetUserActive($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n            active\n          }\n        }\n      ": typeof types.AuthSetUserActiveDocument,
    "\n    mutation AuthCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        id\n        email\n        role\n        active\n        traineeId\n      }\n    }\n  ": typeof types.AuthCreateUserDocument,
    "\n        mutation AuthUpdateUser($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            role\n            traineeId\n          }\n        }\n      ": typeof types.AuthUpdateUserDocument,
    "\n        mutation AuthSetUserActive2($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AuthSetUserActive2Document,
    "\n      mutation AuthChangePassword($i: ChangePasswordInput!) {\n        changePassword(input: $i)\n      }\n    ": typeof types.AuthChangePasswordDocument,
    "\n  query BatchingCohorts($n: Int!) {\n    cohorts(pageSize: $n) {\n      items {\n        id\n        name\n        enrolledCount\n        seatsLeft\n        program {\n          id\n          name\n          enrolledCount\n          sponsor {\n            id\n            name\n          }\n        }\n        enrolments {\n          id\n          trainee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BatchingCohortsDocument,
    "\n    query BatchingLiveSessions($n: Int!) {\n      liveSessions(from: \"2026-09-01\", to: \"2026-09-30\", pageSize: $n) {\n        items {\n          title\n          trainee {\n            name\n          }\n          team {\n            name\n          }\n          items {\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.BatchingLiveSessionsDocument,
    "\n  mutation CatalogueQcCreateSupplier2($i: CreateSupplierInput!) {\n    createSupplier(input: $i) {\n      id\n    }\n  }\n": typeof types.CatalogueQcCreateSupplier2Document,
    "\n  mutation CatalogueQcSubmitProductForQc($id: ID!) {\n    submitProductForQc(id: $id) {\n      status\n    }\n  }\n": typeof types.CatalogueQcSubmitProductForQcDocument,
    "\n  query CatalogueQcQcTasks {\n    qcTasks {\n      product {\n        id\n      }\n      reason\n    }\n  }\n": typeof types.CatalogueQcQcTasksDocument,
    "\n  mutation CatalogueQcRecordInspection($i: RecordInspectionInput!) {\n    recordInspection(input: $i) {\n      id\n      result\n      sampleSize\n      validUntil\n      product {\n        status\n        statusReason\n        statusReasonCode\n      }\n    }\n  }\n": typeof types.CatalogueQcRecordInspectionDocument,
    "\n          mutation CatalogueQcCreateSupplier($i: CreateSupplierInput!) {\n            createSupplier(input: $i) {\n              id\n              licences {\n                kind\n                expired\n                evidenceFileId\n              }\n            }\n          }\n        ": typeof types.CatalogueQcCreateSupplierDocument,
    "\n          mutation CatalogueQcCreateProduct($i: CreateProductInput!) {\n            createProduct(input: $i) {\n              id\n              status\n              gateProblems {\n                code\n              }\n            }\n          }\n        ": typeof types.CatalogueQcCreateProductDocument,
    "\n          query CatalogueQcSamplingPlanFor($p: ID!) {\n            samplingPlanFor(productId: $p, lotSize: 4000) {\n              sampleSize\n              checklist\n              classes {\n                defectClass\n                accept\n                reject\n              }\n            }\n          }\n        ": typeof types.CatalogueQcSamplingPlanForDocument,
    "\n          query CatalogueQcProduct($id: ID!) {\n            product(id: $id) {\n              gateProblems {\n                code\n              }\n            }\n          }\n        ": typeof types.CatalogueQcProductDocument,
    "\n        mutation CatalogueQcScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      ": typeof types.CatalogueQcScheduleSessionDocument,
    "\n          mutation CatalogueQcUpdateSupplier($i: UpdateSupplierInput!) {\n            updateSupplier(input: $i) {\n              licences {\n                kind\n                number\n                expiresOn\n              }\n            }\n          }\n        ": typeof types.CatalogueQcUpdateSupplierDocument,
    "\n            mutation CatalogueQcUpdateSupplier2($i: UpdateSupplierInput!) {\n              updateSupplier(input: $i) {\n                id\n              }\n            }\n          ": typeof types.CatalogueQcUpdateSupplier2Document,
    "\n      mutation CatalogueQcUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          status\n          statusReason\n          suggestedLivePrice\n        }\n      }\n    ": typeof types.CatalogueQcUpdateProductDocument,
    "\n      mutation CatalogueQcSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n          statusReason\n        }\n      }\n    ": typeof types.CatalogueQcSuspendProductDocument,
    "\n  mutation ExcelExportCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n    }\n  }\n": typeof types.ExcelExportCreateTicketDocument,
    "\n  mutation ExcelImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ExcelImportImportLessonsDocument,
    "\n  mutation ExcelImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ExcelImportImportAttendanceDocument,
    "\n  mutation ExcelImportImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ExcelImportImportTraineesDocument,
    "\n    mutation ExcelImportImportProducts($i: ImportProductsInput!) {\n      importProducts(input: $i) {\n        ...ImportJobFields\n      }\n    }\n  ": typeof types.ExcelImportImportProductsDocument,
    "\n  query GraduationGraduationReport($c: ID!) {\n    graduationReport(cohortId: $c) {\n      trainee {\n        id\n      }\n      eligible\n      attendanceRate\n      gradedAssignments\n      averageScoreShare\n      liveSessions\n      gmv\n      results {\n        code\n        met\n        detail\n      }\n    }\n  }\n": typeof types.GraduationGraduationReportDocument,
    "\n  mutation GraduationDecideGraduation($i: DecideGraduationInput!) {\n    decideGraduation(input: $i) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.GraduationDecideGraduationDocument,
    "\n    mutation GraduationRecordOutcome($i: RecordOutcomeInput!) {\n      recordOutcome(input: $i) {\n        monthsAfter\n        status\n        monthlyIncome\n      }\n    }\n  ": typeof types.GraduationRecordOutcomeDocument,
    "\n      query GraduationTrainee($id: ID!) {\n        trainee(id: $id) {\n          outcomes {\n            monthsAfter\n            status\n            monthlyIncome\n          }\n        }\n      }\n    ": typeof types.GraduationTraineeDocument,
    "\n  query GraphqlSurfaceMe {\n    me {\n      id\n    }\n  }\n": typeof types.GraphqlSurfaceMeDocument,
    "\n        query GraphqlSurfaceSponsors {\n          sponsors {\n            items {\n              id\n              region\n            }\n          }\n        }\n      ": typeof types.GraphqlSurfaceSponsorsDocument,
    "\n      mutation GraphqlSurfaceCreateSponsor {\n        createSponsor(input: { name: \"审计测试局\", region: \"某地区\", contactName: \"张\", contactPhone: \"13800000000\" }) {\n          id\n        }\n      }\n    ": typeof types.GraphqlSurfaceCreateSponsorDocument,
    "\n      query GraphqlSurfaceAuditLog {\n        auditLog(action: \"Mutation.createSponsor\") {\n          total\n          items {\n            action\n            result\n            actorRole\n          }\n        }\n      }\n    ": typeof types.GraphqlSurfaceAuditLogDocument,
    "\n  mutation ImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportImportLessonsDocument,
    "\n  mutation ImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportImportAttendanceDocument,
    "\n  mutation InputsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n": typeof types.InputsScheduleSessionDocument,
    "\n      mutation InputsUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          version\n          refundAmount\n        }\n      }\n    ": typeof types.InputsUpdateTicketDocument,
    "\n      mutation InputsMoveTicket($i: MoveTicketInput!) {\n        moveTicket(input: $i) {\n          version\n          status\n        }\n      }\n    ": typeof types.InputsMoveTicketDocument,
    "\n    mutation InputsCreateProgram($i: CreateProgramInput!) {\n      createProgram(input: $i) {\n        id\n      }\n    }\n  ": typeof types.InputsCreateProgramDocument,
    "\n            query InputsTrainee($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          ": typeof types.InputsTraineeDocument,
    "\n            query InputsTrainees($s: String) {\n              trainees(search: $s) {\n                total\n              }\n            }\n          ": typeof types.InputsTraineesDocument,
    "\n            query InputsSessionDays {\n              sessionDays(from: \"0000-01-01\", to: \"0000-01-31\") {\n                date\n              }\n            }\n          ": typeof types.InputsSessionDaysDocument,
    "\n            query InputsPrograms($s: String) {\n              programs(search: $s, pageSize: 100) {\n                items {\n                  id\n                }\n              }\n            }\n          ": typeof types.InputsProgramsDocument,
    "\n            query InputsTrainees2 {\n              trainees(search: \"%\") {\n                total\n              }\n            }\n          ": typeof types.InputsTrainees2Document,
    "\n            query InputsUsers {\n              users(search: \"%\") {\n                total\n              }\n            }\n          ": typeof types.InputsUsersDocument,
    "\n          mutation InputsSubmitAssignment($i: SubmitAssignmentInput!) {\n            submitAssignment(input: $i) {\n              id\n            }\n          }\n        ": typeof types.InputsSubmitAssignmentDocument,
    "\n  mutation JobCrashLogin($i: LoginInput!) {\n    login(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.JobCrashLoginDocument,
    "\n  mutation JobCrashImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.JobCrashImportLessonsDocument,
    "\n  mutation JobsImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.JobsImportLessonsDocument,
    "\n  mutation JobsImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.JobsImportAttendanceDocument,
    "\n  query JobsImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.JobsImportJobDocument,
    "\n  mutation LessonsAttendanceDeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n": typeof types.LessonsAttendanceDeleteLessonDocument,
    "\n  mutation LessonsAttendanceCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n      date\n      startTime\n      endTime\n      topic\n      kind\n      instructor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LessonsAttendanceCreateLessonDocument,
    "\n  mutation LessonsAttendanceMarkAttendance($i: MarkAttendanceInput!) {\n    markAttendance(input: $i) {\n      traineeId\n      status\n      note\n    }\n  }\n": typeof types.LessonsAttendanceMarkAttendanceDocument,
    "\n  query LessonsAttendanceLesson($id: ID!) {\n    lesson(id: $id) {\n      attendanceSummary {\n        present\n        late\n        absent\n        excused\n        rate\n      }\n      attendanceSheet {\n        trainee {\n          id\n        }\n        status\n        note\n      }\n    }\n  }\n": typeof types.LessonsAttendanceLessonDocument,
    "\n      query LessonsAttendanceCohortAttendance($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n          summary {\n            rate\n            excused\n          }\n        }\n        cohort(id: $c) {\n          attendanceRate\n        }\n      }\n    ": typeof types.LessonsAttendanceCohortAttendanceDocument,
    "\n      query LessonsAttendanceLessons {\n        lessons {\n          total\n          items {\n            id\n            attendance {\n              traineeId\n              status\n            }\n          }\n        }\n        myTrainee {\n          attendanceSummary {\n            late\n            rate\n          }\n        }\n      }\n    ": typeof types.LessonsAttendanceLessonsDocument,
    "\n          query LessonsAttendanceLesson2($id: ID!) {\n            lesson(id: $id) {\n              id\n            }\n          }\n        ": typeof types.LessonsAttendanceLesson2Document,
    "\n      query LessonsAttendanceCohortAttendance2($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n        }\n      }\n    ": typeof types.LessonsAttendanceCohortAttendance2Document,
    "\n          query LessonsAttendanceLessons2 {\n            lessons {\n              total\n            }\n          }\n        ": typeof types.LessonsAttendanceLessons2Document,
    "\n  query MaskingTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.MaskingTraineesDocument,
    "\n        query MaskingTrainee($id: ID!) {\n          trainee(id: $id) {\n            phone\n          }\n        }\n      ": typeof types.MaskingTraineeDocument,
    "\n    query MaskingTickets($s: String) {\n      tickets(queue: ALL, search: $s) {\n        items {\n          number\n          customerPhone\n        }\n      }\n    }\n  ": typeof types.MaskingTicketsDocument,
    "\n        query MaskingReportTrainees($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            name\n          }\n          cohort(id: $c) {\n            enrolments {\n              trainee {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.MaskingReportTraineesDocument,
    "\n  mutation MessagesEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n": typeof types.MessagesEnrolTraineesDocument,
    "\n      mutation MessagesCreateSponsor($i: CreateSponsorInput!) {\n        createSponsor(input: $i) {\n          id\n        }\n      }\n    ": typeof types.MessagesCreateSponsorDocument,
    "\n      query MessagesCohort($id: ID!) {\n        cohort(id: $id) {\n          id\n        }\n      }\n    ": typeof types.MessagesCohortDocument,
    "\n      query MessagesSponsors {\n        sponsors {\n          total\n        }\n      }\n    ": typeof types.MessagesSponsorsDocument,
    "\n      mutation MessagesImportLessons($i: ImportCsvInput!) {\n        importLessons(input: $i) {\n          id\n        }\n      }\n    ": typeof types.MessagesImportLessonsDocument,
    "\n        query MessagesImportJob($id: ID!) {\n          importJob(id: $id) {\n            status\n            report {\n              problems {\n                row\n                column\n                message\n                messageCode\n                params\n              }\n            }\n          }\n        }\n      ": typeof types.MessagesImportJobDocument,
    "\n  query NamesakesTrainee($id: ID!) {\n    trainee(id: $id) {\n      nameHint {\n        phoneTail\n      }\n    }\n  }\n": typeof types.NamesakesTraineeDocument,
    "\n  query NamesakesCohort($id: ID!) {\n    cohort(id: $id) {\n      enrolments {\n        trainee {\n          id\n          name\n          phone\n          hometown\n          nameHint {\n            phoneTail\n            hometown\n          }\n        }\n      }\n    }\n  }\n": typeof types.NamesakesCohortDocument,
    "\n        query NamesakesTrainees {\n          trainees(search: \"热依拉\", pageSize: 100) {\n            items {\n              id\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        }\n      ": typeof types.NamesakesTraineesDocument,
    "\n          query NamesakesMyTrainee {\n            myTrainee {\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        ": typeof types.NamesakesMyTraineeDocument,
    "\n          query NamesakesTrainees2 {\n            trainees {\n              items {\n                nameHint {\n                  phoneTail\n                }\n              }\n            }\n          }\n        ": typeof types.NamesakesTrainees2Document,
    "\n        query NamesakesLesson($id: ID!) {\n          lesson(id: $id) {\n            attendanceSheet {\n              traineeId\n              nameHint {\n                phoneTail\n                hometown\n              }\n            }\n          }\n        }\n      ": typeof types.NamesakesLessonDocument,
    "\n  mutation NotificationWebhooksSaveNotificationChannel($i: SaveNotificationChannelInput!) {\n    saveNotificationChannel(input: $i) {\n      id\n      name\n      platform\n      teamId\n      programId\n      webhookMasked\n      hasSecret\n      kinds\n    }\n  }\n": typeof types.NotificationWebhooksSaveNotificationChannelDocument,
    "\n  query NotificationWebhooksNotificationChannels {\n    notificationChannels {\n      id\n      name\n      webhookMasked\n      hasSecret\n    }\n  }\n": typeof types.NotificationWebhooksNotificationChannelsDocument,
    "\n  query NotificationWebhooksDeadLetters {\n    deadLetters(pageSize: 50) {\n      total\n      items {\n        id\n        kind\n        title\n        target\n        targetName\n        status\n        attempts\n        lastError\n      }\n    }\n  }\n": typeof types.NotificationWebhooksDeadLettersDocument,
    "\n  mutation NotificationWebhooksRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.NotificationWebhooksRetryDeliveryDocument,
    "\n          mutation NotificationWebhooksScheduleSession($i: ScheduleSessionInput!) {\n            scheduleSession(input: $i) {\n              id\n            }\n          }\n        ": typeof types.NotificationWebhooksScheduleSessionDocument,
    "\n        mutation NotificationWebhooksPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      ": typeof types.NotificationWebhooksPrepareReportDocument,
    "\n      mutation NotificationWebhooksSubmitReport($i: SubmitReportInput!) {\n        submitReport(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationWebhooksSubmitReportDocument,
    "\n  query NotificationsNotifications($u: Boolean) {\n    notifications(unreadOnly: $u, pageSize: 100) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        linkType\n        linkId\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsNotificationsDocument,
    "\n  mutation NotificationsMarkNotificationsRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unread\n    }\n  }\n": typeof types.NotificationsMarkNotificationsReadDocument,
    "\n  query NotificationsNotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n      isDefault\n      available\n    }\n  }\n": typeof types.NotificationsNotificationPreferencesDocument,
    "\n  mutation NotificationsSetNotificationPreference($i: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $i) {\n      kind\n      channel\n      enabled\n    }\n  }\n": typeof types.NotificationsSetNotificationPreferenceDocument,
    "\n        mutation NotificationsCreateAssignment($i: CreateAssignmentInput!) {\n          createAssignment(input: $i) {\n            id\n          }\n        }\n      ": typeof types.NotificationsCreateAssignmentDocument,
    "\n        query NotificationsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              id\n            }\n          }\n        }\n      ": typeof types.NotificationsMySubmissionsDocument,
    "\n        mutation NotificationsSubmitAssignment($i: SubmitAssignmentInput!) {\n          submitAssignment(input: $i) {\n            id\n            version\n          }\n        }\n      ": typeof types.NotificationsSubmitAssignmentDocument,
    "\n      mutation NotificationsGradeSubmission($i: GradeSubmissionInput!) {\n        gradeSubmission(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationsGradeSubmissionDocument,
    "\n      mutation NotificationsSetMyLocale {\n        setMyLocale(input: { locale: \"en\" })\n      }\n    ": typeof types.NotificationsSetMyLocaleDocument,
    "\n        mutation NotificationsScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n            version\n          }\n        }\n      ": typeof types.NotificationsScheduleSessionDocument,
    "\n      mutation NotificationsUpdateSession($i: UpdateSessionInput!) {\n        updateSession(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationsUpdateSessionDocument,
    "\n      mutation NotificationsCancelSession($i: CancelSessionInput!) {\n        cancelSession(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationsCancelSessionDocument,
    "\n        mutation NotificationsScheduleSession2($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      ": typeof types.NotificationsScheduleSession2Document,
    "\n        mutation NotificationsCreateTicket($i: CreateTicketInput!) {\n          createTicket(input: $i) {\n            id\n            version\n          }\n        }\n      ": typeof types.NotificationsCreateTicketDocument,
    "\n      mutation NotificationsAssignTicket($i: AssignTicketInput!) {\n        assignTicket(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationsAssignTicketDocument,
    "\n      mutation NotificationsSubmitProductForQc($id: ID!) {\n        submitProductForQc(id: $id) {\n          id\n        }\n      }\n    ": typeof types.NotificationsSubmitProductForQcDocument,
    "\n        mutation NotificationsEnrolTrainees($i: EnrolTraineesInput!) {\n          enrolTrainees(input: $i) {\n            id\n          }\n        }\n      ": typeof types.NotificationsEnrolTraineesDocument,
    "\n        mutation NotificationsAssignTeam($i: AssignTeamInput!) {\n          assignTeam(input: $i) {\n            id\n          }\n        }\n      ": typeof types.NotificationsAssignTeamDocument,
    "\n      mutation NotificationsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n        endTeamAssignment(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationsEndTeamAssignmentDocument,
    "\n        mutation NotificationsPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      ": typeof types.NotificationsPrepareReportDocument,
    "\n        mutation NotificationsSubmitReport($i: SubmitReportInput!) {\n          submitReport(input: $i) {\n            id\n            version\n            snapshotHash\n          }\n        }\n      ": typeof types.NotificationsSubmitReportDocument,
    "\n      mutation NotificationsReturnReport($i: ReturnReportInput!) {\n        returnReport(input: $i) {\n          id\n        }\n      }\n    ": typeof types.NotificationsReturnReportDocument,
    "\n  query OwnershipTrainee($id: ID!) {\n    trainee(id: $id) {\n      id\n    }\n  }\n": typeof types.OwnershipTraineeDocument,
    "\n  query OwnershipCohort2($id: ID!) {\n    cohort(id: $id) {\n      id\n    }\n  }\n": typeof types.OwnershipCohort2Document,
    "\n  query OwnershipProgram($id: ID!) {\n    program(id: $id) {\n      id\n    }\n  }\n": typeof types.OwnershipProgramDocument,
    "\n  query OwnershipTraineeNationalId($id: ID!) {\n    trainee(id: $id) {\n      nationalId\n    }\n  }\n": typeof types.OwnershipTraineeNationalIdDocument,
    "\n        query OwnershipMyTrainee {\n          myTrainee {\n            id\n            name\n            phone\n            nationalIdMasked\n            enrolments {\n              status\n              cohort {\n                id\n                name\n                program {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.OwnershipMyTraineeDocument,
    "\n        query OwnershipTrainees {\n          trainees {\n            total\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.OwnershipTraineesDocument,
    "\n        query OwnershipCohort($id: ID!) {\n          cohort(id: $id) {\n            enrolledCount\n            enrolments {\n              trainee {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.OwnershipCohortDocument,
    "\n        query OwnershipPrograms {\n          programs {\n            items {\n              id\n              cohorts {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.OwnershipProgramsDocument,
    "\n        query OwnershipEnrolments {\n          enrolments {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.OwnershipEnrolmentsDocument,
    "\n            query OwnershipSponsors {\n              sponsors {\n                total\n              }\n            }\n          ": typeof types.OwnershipSponsorsDocument,
    "\n            query OwnershipMyTrainee2 {\n              myTrainee {\n                nationalId\n              }\n            }\n          ": typeof types.OwnershipMyTrainee2Document,
    "\n        query OwnershipPrograms2 {\n          programs {\n            total\n            items {\n              id\n              sponsor {\n                id\n              }\n            }\n          }\n          sponsors {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.OwnershipPrograms2Document,
    "\n            query OwnershipSponsor($id: ID!) {\n              sponsor(id: $id) {\n                id\n              }\n            }\n          ": typeof types.OwnershipSponsorDocument,
    "\n        query OwnershipCohorts {\n          cohorts {\n            items {\n              id\n              program {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.OwnershipCohortsDocument,
    "\n        query OwnershipEnrolments2 {\n          enrolments {\n            total\n          }\n        }\n      ": typeof types.OwnershipEnrolments2Document,
    "\n        query OwnershipTrainees2 {\n          trainees {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.OwnershipTrainees2Document,
    "\n        query OwnershipTrainee4($id: ID!) {\n          trainee(id: $id) {\n            phone\n            nationalIdMasked\n          }\n        }\n      ": typeof types.OwnershipTrainee4Document,
    "\n        query OwnershipPrograms3 {\n          programs {\n            total\n          }\n          sponsors {\n            total\n          }\n          cohorts {\n            total\n          }\n          trainees {\n            total\n          }\n        }\n      ": typeof types.OwnershipPrograms3Document,
    "\n        query OwnershipTrainee6($id: ID!) {\n          trainee(id: $id) {\n            nationalId\n            nationalIdMasked\n          }\n        }\n      ": typeof types.OwnershipTrainee6Document,
    "\n            query OwnershipTrainee8($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          ": typeof types.OwnershipTrainee8Document,
    "\n        mutation OwnershipCreateSponsor {\n          createSponsor(input: { name: \"x\", region: \"x\", contactName: \"x\", contactPhone: \"13800000000\" }) {\n            id\n          }\n        }\n      ": typeof types.OwnershipCreateSponsorDocument,
    "\n  mutation PiiRotationLookupsCreateTrainee($i: CreateTraineeInput!) {\n    createTrainee(input: $i) {\n      id\n    }\n  }\n": typeof types.PiiRotationLookupsCreateTraineeDocument,
    "\n  query PiiRotationLookupsTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.PiiRotationLookupsTraineesDocument,
    "\n  mutation PiiRotationLookupsCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n    }\n  }\n": typeof types.PiiRotationLookupsCreateTicketDocument,
    "\n  query PiiRotationLookupsTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n      }\n    }\n  }\n": typeof types.PiiRotationLookupsTicketsDocument,
    "\n  mutation PiiRotationLookupsImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.PiiRotationLookupsImportTraineesDocument,
    "\n  mutation PracticeUploadsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n    }\n  }\n": typeof types.PracticeUploadsSubmitAssignmentDocument,
    "\n      mutation PracticeUploadsCreateAssignment($i: CreateAssignmentInput!) {\n        createAssignment(input: $i) {\n          id\n        }\n      }\n    ": typeof types.PracticeUploadsCreateAssignmentDocument,
    "\n        query PracticeUploadsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              rubric {\n                name\n                points\n              }\n            }\n          }\n        }\n      ": typeof types.PracticeUploadsMySubmissionsDocument,
    "\n        query PracticeUploadsMySubmissions2 {\n          mySubmissions {\n            id\n          }\n        }\n      ": typeof types.PracticeUploadsMySubmissions2Document,
    "\n        query PracticeUploadsSubmission($id: ID!) {\n          submission(id: $id) {\n            files {\n              id\n              originalName\n              contentType\n              size\n            }\n          }\n        }\n      ": typeof types.PracticeUploadsSubmissionDocument,
    "\n      query PracticeUploadsSubmission2($id: ID!) {\n        submission(id: $id) {\n          files {\n            id\n          }\n        }\n      }\n    ": typeof types.PracticeUploadsSubmission2Document,
    "\n  mutation ProgramsCohortsCreateSponsor($i: CreateSponsorInput!) {\n    createSponsor(input: $i) {\n      id\n      name\n      contactEmail\n    }\n  }\n": typeof types.ProgramsCohortsCreateSponsorDocument,
    "\n  mutation ProgramsCohortsCreateProgram($i: CreateProgramInput!) {\n    createProgram(input: $i) {\n      id\n      name\n      budget\n      targetGmv\n      startDate\n      endDate\n      sponsor {\n        name\n      }\n    }\n  }\n": typeof types.ProgramsCohortsCreateProgramDocument,
    "\n  mutation ProgramsCohortsCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n      name\n      status\n      capacity\n      seatsLeft\n      program {\n        id\n      }\n    }\n  }\n": typeof types.ProgramsCohortsCreateCohortDocument,
    "\n  mutation ProgramsCohortsUpdateCohort($i: UpdateCohortInput!) {\n    updateCohort(input: $i) {\n      id\n      status\n      capacity\n    }\n  }\n": typeof types.ProgramsCohortsUpdateCohortDocument,
    "\n  mutation ProgramsCohortsEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n      status\n      trainee {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ProgramsCohortsEnrolTraineesDocument,
    "\n      mutation ProgramsCohortsUpdateProgram($i: UpdateProgramInput!) {\n        updateProgram(input: $i) {\n          id\n          timeZone\n        }\n      }\n    ": typeof types.ProgramsCohortsUpdateProgramDocument,
    "\n            query ProgramsCohortsProgram($id: ID!) {\n              program(id: $id) {\n                timeZone\n              }\n            }\n          ": typeof types.ProgramsCohortsProgramDocument,
    "\n          query ProgramsCohortsProgram2($id: ID!) {\n            program(id: $id) {\n              traineeCounts {\n                enrolled\n                inTraining\n                graduated\n                dropped\n              }\n            }\n          }\n        ": typeof types.ProgramsCohortsProgram2Document,
    "\n        query ProgramsCohortsCohorts {\n          cohorts(pageSize: 101) {\n            total\n          }\n        }\n      ": typeof types.ProgramsCohortsCohortsDocument,
    "\n        query ProgramsCohortsCohorts2($p: ID) {\n          cohorts(programId: $p, page: 2, pageSize: 3, search: \"定西\") {\n            total\n            page\n            items {\n              name\n            }\n          }\n        }\n      ": typeof types.ProgramsCohortsCohorts2Document,
    "\n        query ProgramsCohortsCohorts3($p: ID) {\n          cohorts(programId: $p, track: LONG_TERM) {\n            total\n          }\n        }\n      ": typeof types.ProgramsCohortsCohorts3Document,
    "\n        query ProgramsCohortsPrograms {\n          programs(search: \"马铃薯\") {\n            items {\n              name\n              cohortCount\n              enrolledCount\n            }\n          }\n        }\n      ": typeof types.ProgramsCohortsProgramsDocument,
    "\n      mutation ProgramsCohortsWithdrawEnrolment($i: WithdrawEnrolmentInput!) {\n        withdrawEnrolment(input: $i) {\n          status\n          withdrawReason\n        }\n      }\n    ": typeof types.ProgramsCohortsWithdrawEnrolmentDocument,
    "\n        query ProgramsCohortsTrainees($c: ID) {\n          trainees(availableForCohortId: $c) {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.ProgramsCohortsTraineesDocument,
    "\n    mutation ProgramsCohortsCreateTrainee($i: CreateTraineeInput!) {\n      createTrainee(input: $i) {\n        id\n        status\n        phone\n        nationalIdMasked\n        platformAccounts {\n          platform\n          handle\n        }\n      }\n    }\n  ": typeof types.ProgramsCohortsCreateTraineeDocument,
    "\n        mutation ProgramsCohortsUpdateTrainee($i: UpdateTraineeInput!) {\n          updateTrainee(input: $i) {\n            status\n          }\n        }\n      ": typeof types.ProgramsCohortsUpdateTraineeDocument,
    "\n  mutation PromotionPromoteGraduates($i: PromoteGraduatesInput!) {\n    promoteGraduates(input: $i) {\n      id\n      status\n      cohort {\n        id\n      }\n      trainee {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PromotionPromoteGraduatesDocument,
    "\n        query PromotionMyTrainee {\n          myTrainee {\n            enrolments {\n              status\n              cohort {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.PromotionMyTraineeDocument,
    "\n  query ReportReplyProgramReport($p: ID!) {\n    programReport(programId: $p, period: \"2026-10\") {\n      report {\n        id\n        status\n        version\n        snapshotHash\n        returnComments\n        reply\n        previousSnapshotHash\n        changesSinceReturn {\n          figure\n          before\n          after\n        }\n        attachments {\n          fileId\n          name\n          size\n          contentType\n        }\n        events {\n          action\n          comments\n        }\n      }\n    }\n  }\n": typeof types.ReportReplyProgramReportDocument,
    "\n  mutation ReportReplyPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReportReplyPrepareReportDocument,
    "\n  mutation ReportReplySubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n      reply\n    }\n  }\n": typeof types.ReportReplySubmitReportDocument,
    "\n  mutation ReportReplyReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReportReplyReturnReportDocument,
    "\n  query ReportsSponsorReports($p: ID!) {\n    sponsorReports(programId: $p) {\n      id\n    }\n  }\n": typeof types.ReportsSponsorReportsDocument,
    "\n  query ReportsProgram($id: ID!) {\n    program(id: $id) {\n      reportPeriods {\n        period\n        status\n      }\n    }\n  }\n": typeof types.ReportsProgramDocument,
    "\n  query ReportsProgramReport($p: ID!, $period: String!) {\n    programReport(programId: $p, period: $period) {\n      programName\n      period\n      from\n      to\n      figures\n      charts\n      recordCounts\n      hash\n      report {\n        id\n        status\n        version\n        snapshotHash\n        hashVerified\n        figures\n        returnComments\n        events {\n          action\n          toStatus\n          comments\n          actorName\n        }\n      }\n      discrepancies {\n        figure\n        snapshot\n        now\n        records {\n          kind\n          added\n          removed\n          changed\n        }\n      }\n      recordChanges {\n        kind\n        added\n        removed\n        changed\n      }\n    }\n  }\n": typeof types.ReportsProgramReportDocument,
    "\n  mutation ReportsPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReportsPrepareReportDocument,
    "\n  mutation ReportsSubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n    }\n  }\n": typeof types.ReportsSubmitReportDocument,
    "\n  mutation ReportsAcceptReport($i: AcceptReportInput!) {\n    acceptReport(input: $i) {\n      id\n      status\n      version\n      acceptedAt\n      hashVerified\n    }\n  }\n": typeof types.ReportsAcceptReportDocument,
    "\n  mutation ReportsReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n      returnComments\n    }\n  }\n": typeof types.ReportsReturnReportDocument,
    "\n          query ReportsProgramExpenses($p: ID!) {\n            programExpenses(programId: $p) {\n              total\n            }\n          }\n        ": typeof types.ReportsProgramExpensesDocument,
    "\n      query ReportsReportTrainees($p: ID!, $c: ID!) {\n        reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n          code\n        }\n      }\n    ": typeof types.ReportsReportTraineesDocument,
    "\n        query ReportsPrograms {\n          programs(pageSize: 100) {\n            items {\n              id\n            }\n          }\n        }\n      ": typeof types.ReportsProgramsDocument,
    "\n        query ReportsReportTrainees2($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            code\n            name\n            phone\n            status\n            attendanceRate\n            assignmentsDue\n            assignmentsCompleted\n            sessionsHeld\n            gmv\n          }\n        }\n      ": typeof types.ReportsReportTrainees2Document,
    "\n      mutation ReportsRecordExpense2($i: RecordExpenseInput!) {\n        recordExpense(input: $i) {\n          id\n        }\n      }\n    ": typeof types.ReportsRecordExpense2Document,
    "\n    mutation ReportsRecordExpense($i: RecordExpenseInput!) {\n      recordExpense(input: $i) {\n        id\n        amount\n        category\n        recordedByName\n      }\n    }\n  ": typeof types.ReportsRecordExpenseDocument,
    "\n        query ReportsProgramExpenses2($p: ID!) {\n          programExpenses(programId: $p) {\n            total\n            items {\n              amount\n              category\n              description\n            }\n          }\n        }\n      ": typeof types.ReportsProgramExpenses2Document,
    "\n  mutation SchedulingScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      scheduledStart\n      timeZone\n    }\n  }\n": typeof types.SchedulingScheduleSessionDocument,
    "\n  mutation SchedulingScheduleSessionSeries($i: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $i) {\n      id\n      scheduledStart\n      scheduledEnd\n      timeZone\n    }\n  }\n": typeof types.SchedulingScheduleSessionSeriesDocument,
    "\n  query SchedulingAvailability($team: ID, $trainee: ID, $week: String!, $min: Int) {\n    availability(teamId: $team, traineeId: $trainee, weekStart: $week, minutes: $min) {\n      timeZone\n      weekStart\n      days\n      teamId\n      traineeId\n      busy {\n        kind\n        title\n        start\n        end\n        who\n        sessionId\n      }\n      freeSlots {\n        start\n        end\n      }\n    }\n  }\n": typeof types.SchedulingAvailabilityDocument,
    "\n  query SchedulingLiveSessions($from: String, $to: String, $c: ID) {\n    liveSessions(from: $from, to: $to, cohortId: $c) {\n      total\n      items {\n        id\n      }\n    }\n  }\n": typeof types.SchedulingLiveSessionsDocument,
    "\n  query SchedulingSessionDays($from: String!, $to: String!, $c: ID) {\n    sessionDays(from: $from, to: $to, cohortId: $c) {\n      date\n      total\n    }\n  }\n": typeof types.SchedulingSessionDaysDocument,
    "\n    mutation SchedulingUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        scheduledStart\n      }\n    }\n  ": typeof types.SchedulingUpdateSessionDocument,
    "\n      mutation SchedulingImportSessionResults($i: ImportResultsInput!) {\n        importSessionResults(input: $i) {\n          ...ImportJobFields\n        }\n      }\n    ": typeof types.SchedulingImportSessionResultsDocument,
    "\n  mutation SessionCacheSetUserActive($i: SetUserActiveInput!) {\n    setUserActive(input: $i) {\n      id\n    }\n  }\n": typeof types.SessionCacheSetUserActiveDocument,
    "\n  query SessionCacheMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.SessionCacheMeDocument,
    "\n        mutation SessionCacheLogout {\n          logout\n        }\n      ": typeof types.SessionCacheLogoutDocument,
    "\n  mutation SessionsCancelSession($i: CancelSessionInput!) {\n    cancelSession(input: $i) {\n      status\n    }\n  }\n": typeof types.SessionsCancelSessionDocument,
    "\n  query SessionsLiveSession4($id: ID!) {\n    liveSession(id: $id) {\n      id\n    }\n  }\n": typeof types.SessionsLiveSession4Document,
    "\n  query SessionsLiveSessions3 {\n    liveSessions {\n      total\n    }\n  }\n": typeof types.SessionsLiveSessions3Document,
    "\n  mutation SessionsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      status\n      teamId\n      version\n      items {\n        id\n        position\n        product {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SessionsScheduleSessionDocument,
    "\n  mutation SessionsStartSession($id: ID!) {\n    startSession(id: $id) {\n      status\n      startedAt\n      version\n    }\n  }\n": typeof types.SessionsStartSessionDocument,
    "\n  mutation SessionsEndSession($id: ID!) {\n    endSession(id: $id) {\n      status\n      endedAt\n      version\n    }\n  }\n": typeof types.SessionsEndSessionDocument,
    "\n  mutation SessionsRecordSessionResults($i: RecordResultsInput!) {\n    recordSessionResults(input: $i) {\n      status\n      version\n      results {\n        gmv\n        refunds\n        adSpend\n        commission\n        netResult\n        conversionRate\n        gmvPerViewer\n        provenance {\n          gmv\n          refunds\n          commission\n          netResult\n        }\n      }\n    }\n  }\n": typeof types.SessionsRecordSessionResultsDocument,
    "\n  mutation SessionsImportSessionResults($i: ImportResultsInput!) {\n    importSessionResults(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.SessionsImportSessionResultsDocument,
    "\n      mutation SessionsSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n        }\n      }\n    ": typeof types.SessionsSuspendProductDocument,
    "\n        query SessionsLiveSession2($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n              provenance {\n                gmv\n                viewers\n                adSpend\n                refunds\n              }\n            }\n          }\n        }\n      ": typeof types.SessionsLiveSession2Document,
    "\n        query SessionsLiveSession3($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n            }\n          }\n        }\n      ": typeof types.SessionsLiveSession3Document,
    "\n          query SessionsLiveSessions {\n            liveSessions(pageSize: 100) {\n              items {\n                id\n                items {\n                  product {\n                    name\n                  }\n                }\n                results {\n                  gmv\n                }\n              }\n            }\n          }\n        ": typeof types.SessionsLiveSessionsDocument,
    "\n          query SessionsTraineePerformance($t: ID!) {\n            traineePerformance(traineeId: $t) {\n              totals {\n                sessions\n                gmv\n              }\n              bestProducts {\n                productName\n              }\n            }\n          }\n        ": typeof types.SessionsTraineePerformanceDocument,
    "\n            query SessionsTraineePerformance2($t: ID!) {\n              traineePerformance(traineeId: $t) {\n                totals {\n                  gmv\n                }\n              }\n            }\n          ": typeof types.SessionsTraineePerformance2Document,
    "\n            query SessionsLiveSessions2 {\n              liveSessions {\n                items {\n                  id\n                }\n              }\n            }\n          ": typeof types.SessionsLiveSessions2Document,
    "\n          query SessionsProgram($id: ID!) {\n            program(id: $id) {\n              liveSales {\n                sessions\n                gmv\n              }\n            }\n          }\n        ": typeof types.SessionsProgramDocument,
    "\n        query SessionsSessionDays($t: ID) {\n          sessionDays(from: \"2026-03-01\", to: \"2026-03-31\", traineeId: $t) {\n            date\n            total\n            ended\n            cancelled\n            gmv\n          }\n        }\n      ": typeof types.SessionsSessionDaysDocument,
    "\n          query SessionsSessionDays2 {\n            sessionDays(from: \"2026-01-01\", to: \"2026-06-30\") {\n              date\n            }\n          }\n        ": typeof types.SessionsSessionDays2Document,
    "\n    mutation SessionsUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        title\n        plannedMinutes\n        items {\n          position\n        }\n      }\n    }\n  ": typeof types.SessionsUpdateSessionDocument,
    "\n    query SessionsLiveSession($id: ID!) {\n      liveSession(id: $id) {\n        timeZone\n      }\n    }\n  ": typeof types.SessionsLiveSessionDocument,
    "\n  query TeamsTeam($id: ID!) {\n    team(id: $id) {\n      id\n    }\n  }\n": typeof types.TeamsTeamDocument,
    "\n  mutation TeamsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n    }\n  }\n": typeof types.TeamsCreateAssignmentDocument,
    "\n  query TeamsTeams2 {\n    teams {\n      total\n    }\n  }\n": typeof types.TeamsTeams2Document,
    "\n  mutation TeamsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n      name\n      complete\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamsCreateTeamDocument,
    "\n  mutation TeamsUpdateTeam($i: UpdateTeamInput!) {\n    updateTeam(input: $i) {\n      id\n      complete\n      members {\n        role\n        user {\n          id\n        }\n      }\n      memberHistory {\n        role\n        user {\n          id\n        }\n        leftAt\n      }\n    }\n  }\n": typeof types.TeamsUpdateTeamDocument,
    "\n  mutation TeamsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n      teamId\n      traineeId\n      endedAt\n    }\n  }\n": typeof types.TeamsAssignTeamDocument,
    "\n      query TeamsTrainee($id: ID!) {\n        trainee(id: $id) {\n          supportTeam {\n            id\n          }\n          teamHistory {\n            teamId\n            endedAt\n            endReason\n          }\n        }\n      }\n    ": typeof types.TeamsTraineeDocument,
    "\n        query TeamsStaffWorkload {\n          staffWorkload {\n            user {\n              id\n            }\n            load\n            cap\n            seats {\n              teamId\n              role\n            }\n          }\n        }\n      ": typeof types.TeamsStaffWorkloadDocument,
    "\n          query TeamsTeamCoverageGaps($c: ID) {\n            teamCoverageGaps(cohortId: $c) {\n              trainee {\n                id\n              }\n              problem\n              teamId\n            }\n          }\n        ": typeof types.TeamsTeamCoverageGapsDocument,
    "\n          query TeamsTeams {\n            teams {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.TeamsTeamsDocument,
    "\n            query TeamsTrainee2($id: ID!) {\n              trainee(id: $id) {\n                id\n                name\n              }\n            }\n          ": typeof types.TeamsTrainee2Document,
    "\n            query TeamsTrainee3($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          ": typeof types.TeamsTrainee3Document,
    "\n          query TeamsTrainees {\n            trainees(pageSize: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": typeof types.TeamsTraineesDocument,
    "\n          query TeamsMyTrainee {\n            myTrainee {\n              supportTeam {\n                id\n                members {\n                  role\n                  user {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.TeamsMyTraineeDocument,
    "\n            query TeamsStaffWorkload2 {\n              staffWorkload {\n                load\n              }\n            }\n          ": typeof types.TeamsStaffWorkload2Document,
    "\n    mutation TeamsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n      endTeamAssignment(input: $i) {\n        endedAt\n        endReason\n      }\n    }\n  ": typeof types.TeamsEndTeamAssignmentDocument,
    "\n        query TeamsTrainee4($id: ID!) {\n          trainee(id: $id) {\n            supportTeam {\n              id\n            }\n            teamHistory {\n              endReason\n            }\n          }\n        }\n      ": typeof types.TeamsTrainee4Document,
    "\n          query TeamsTeams4($c: ID, $p: Int) {\n            teams(cohortId: $c, page: $p, pageSize: 2) {\n              total\n              items {\n                name\n              }\n            }\n          }\n        ": typeof types.TeamsTeams4Document,
    "\n  mutation TicketSearchResolveCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      version\n    }\n  }\n": typeof types.TicketSearchResolveCreateTicketDocument,
    "\n  mutation TicketSearchResolveMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.TicketSearchResolveMoveTicketDocument,
    "\n  query TicketSearchResolveTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n        customerPhone\n      }\n    }\n  }\n": typeof types.TicketSearchResolveTicketsDocument,
    "\n  query TicketSearchResolveTicketResolutionPreview($id: ID!) {\n    ticketResolutionPreview(ticketId: $id) {\n      productName\n      suspendsProduct\n      qualityTickets\n      unitsSold\n      windowDays\n    }\n  }\n": typeof types.TicketSearchResolveTicketResolutionPreviewDocument,
    "\n  query WorkbenchSubmissions {\n    submissions(todo: SUBMISSIONS_TO_GRADE) {\n      total\n    }\n  }\n": typeof types.WorkbenchSubmissionsDocument,
    "\n  query WorkbenchWorkbench {\n    workbench {\n      role\n      today\n      cards {\n        key\n        count\n      }\n      figures {\n        key\n        value\n        target\n        subjectId\n        subject\n      }\n      timeline {\n        kind\n        targetId\n        at\n        day\n        title\n        detail\n        status\n        runOfShow\n      }\n    }\n  }\n": typeof types.WorkbenchWorkbenchDocument,
    "\n          query WorkbenchTickets {\n            tickets {\n              total\n            }\n          }\n        ": typeof types.WorkbenchTicketsDocument,
    "\n                  query WorkbenchQcTasks($t: TodoCard) {\n                    qcTasks(todo: $t) {\n                      id\n                    }\n                  }\n                ": typeof types.WorkbenchQcTasksDocument,
    "\n      query WorkbenchTickets2 {\n        tickets(todo: ATTENDANCE_MISSING) {\n          total\n        }\n      }\n    ": typeof types.WorkbenchTickets2Document,
    "\n        query WorkbenchTickets3 {\n          tickets(todo: MY_TICKETS_DUE_SOON) {\n            items {\n              clocks {\n                firstResponse {\n                  dueAt\n                  stoppedAt\n                }\n                resolution {\n                  dueAt\n                  breached\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.WorkbenchTickets3Document,
    "\n          query WorkbenchSubmissions3 {\n            submissions {\n              total\n            }\n          }\n        ": typeof types.WorkbenchSubmissions3Document,
    "\n          query WorkbenchSubmissions4 {\n            submissions(todo: ASSIGNMENTS_OVERDUE) {\n              total\n            }\n          }\n        ": typeof types.WorkbenchSubmissions4Document,
    "\n    query WorkbenchWorkbench2 {\n      workbench {\n        today\n        timeZone\n        timeline {\n          kind\n          targetId\n          at\n          endAt\n          day\n          timeZone\n        }\n      }\n    }\n  ": typeof types.WorkbenchWorkbench2Document,
    "\n  query AdminAuditTrainees {\n    trainees(pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminAuditTraineesDocument,
    "\n  mutation AdminAuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n": typeof types.AdminAuditUpdateTraineeDocument,
    "\n  query CoordinatorEnrolmentProgramReport($p: ID!, $k: String!) {\n    programReport(programId: $p, period: $k) {\n      figures\n    }\n  }\n": typeof types.CoordinatorEnrolmentProgramReportDocument,
    "\n  query MessagesPrograms {\n    programs(search: \"疏附县2026\") {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.MessagesProgramsDocument,
    "\n  mutation MessagesCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n    }\n  }\n": typeof types.MessagesCreateCohortDocument,
    "\n  mutation MessagesEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      trainee {\n        name\n      }\n    }\n  }\n": typeof types.MessagesEnrolDocument,
    "\n  query SchedulingTeams {\n    teams(pageSize: 100) {\n      items {\n        id\n        name\n        complete\n        cohortId\n        cohort {\n          endDate\n        }\n        trainees {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SchedulingTeamsDocument,
    "\n  mutation SchedulingCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n    }\n  }\n": typeof types.SchedulingCreateLessonDocument,
    "\n  mutation SchedulingSchedule($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n": typeof types.SchedulingScheduleDocument,
    "\n  query SchedulingSessionsIn($t: ID, $f: String, $to: String) {\n    liveSessions(traineeId: $t, from: $f, to: $to) {\n      total\n    }\n  }\n": typeof types.SchedulingSessionsInDocument,
    "\n  query TeamsSessionsStart($id: ID!) {\n    liveSession(id: $id) {\n      scheduledStart\n    }\n  }\n": typeof types.TeamsSessionsStartDocument,
    "\n  query TeamsSessionsCohorts {\n    cohorts(search: \"定西第一期\", pageSize: 1) {\n      items {\n        id\n      }\n    }\n  }\n": typeof types.TeamsSessionsCohortsDocument,
    "\n  query TeamsSessionsTrainees($status: TraineeStatus) {\n    trainees(status: $status, pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamsSessionsTraineesDocument,
    "\n  mutation TeamsSessionsEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n": typeof types.TeamsSessionsEnrolDocument,
    "\n  query TeamsSessionsWorkload {\n    staffWorkload {\n      load\n      cap\n      user {\n        id\n      }\n    }\n  }\n": typeof types.TeamsSessionsWorkloadDocument,
    "\n  mutation TeamsSessionsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n    }\n  }\n": typeof types.TeamsSessionsCreateTeamDocument,
    "\n  mutation TeamsSessionsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n    }\n  }\n": typeof types.TeamsSessionsAssignTeamDocument,
    "\n  query TraineePortalPhoneWorkbench {\n    workbench {\n      today\n      timeZone\n      timeline {\n        kind\n        targetId\n        title\n        at\n        day\n        timeZone\n      }\n    }\n  }\n": typeof types.TraineePortalPhoneWorkbenchDocument,
    "\n  query TraineePortalPhoneLessonProgram($id: ID!) {\n    lesson(id: $id) {\n      cohort {\n        program {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TraineePortalPhoneLessonProgramDocument,
    "\n  mutation TraineePortalPhoneMoveProgram($i: UpdateProgramInput!) {\n    updateProgram(input: $i) {\n      id\n      timeZone\n    }\n  }\n": typeof types.TraineePortalPhoneMoveProgramDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    phase\n    progress\n    total\n    error\n    attempts\n    report {\n      imported\n      rows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query SupportImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.SupportImportJobDocument,
};
const documents: Documents = {
    "\n  mutation AftersalesCommentTicket($i: CommentTicketInput!) {\n    commentTicket(input: $i) {\n      id\n    }\n  }\n": types.AftersalesCommentTicketDocument,
    "\n  query AftersalesTickets2 {\n    tickets {\n      total\n    }\n  }\n": types.AftersalesTickets2Document,
    "\n  mutation AftersalesCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      status\n      version\n      traineeId\n      customerPhone\n      actions\n    }\n  }\n": types.AftersalesCreateTicketDocument,
    "\n  mutation AftersalesMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      status\n      version\n      resolvedAt\n      rootCause\n    }\n  }\n": types.AftersalesMoveTicketDocument,
    "\n  query AftersalesTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      customerPhone\n      refundAmount\n      clocks {\n        firstResponse {\n          breached\n          stoppedAt\n          dueSoon\n        }\n        resolution {\n          dueAt\n          paused\n        }\n        returnEligible\n        returnWindowClosesAt\n        refundDueAt\n      }\n      events {\n        kind\n        internal\n        body\n        toStatus\n        author {\n          name\n        }\n      }\n    }\n  }\n": types.AftersalesTicketDocument,
    "\n          query AftersalesTickets {\n            tickets(queue: ALL) {\n              total\n            }\n          }\n        ": types.AftersalesTicketsDocument,
    "\n      mutation AftersalesUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          id\n        }\n      }\n    ": types.AftersalesUpdateTicketDocument,
    "\n        query AftersalesTickets5 {\n          tickets(queue: BREACHED) {\n            items {\n              id\n            }\n          }\n        }\n      ": types.AftersalesTickets5Document,
    "\n          query AftersalesTickets6 {\n            tickets(queue: MINE) {\n              total\n            }\n          }\n        ": types.AftersalesTickets6Document,
    "\n    mutation AftersalesAssignTicket($i: AssignTicketInput!) {\n      assignTicket(input: $i) {\n        version\n        assignee {\n          id\n        }\n      }\n    }\n  ": types.AftersalesAssignTicketDocument,
    "\n          query AftersalesTickets7 {\n            tickets(queue: MINE) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.AftersalesTickets7Document,
    "\n  query AssignmentsMySubmissions2 {\n    mySubmissions {\n      id\n      version\n    }\n  }\n": types.AssignmentsMySubmissions2Document,
    "\n  mutation AssignmentsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n      title\n      maxScore\n      rubric {\n        name\n        points\n      }\n    }\n  }\n": types.AssignmentsCreateAssignmentDocument,
    "\n  query AssignmentsAssignmentGrid($c: ID!, $only: GridFilter) {\n    assignmentGrid(cohortId: $c, only: $only) {\n      assignments {\n        id\n      }\n      rows {\n        trainee {\n          id\n        }\n        cells {\n          id\n          status\n          score\n          late\n          version\n        }\n      }\n    }\n  }\n": types.AssignmentsAssignmentGridDocument,
    "\n  mutation AssignmentsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n      status\n      late\n      version\n      text\n      links\n    }\n  }\n": types.AssignmentsSubmitAssignmentDocument,
    "\n  mutation AssignmentsReturnSubmission($i: ReturnSubmissionInput!) {\n    returnSubmission(input: $i) {\n      status\n      feedback\n      version\n    }\n  }\n": types.AssignmentsReturnSubmissionDocument,
    "\n  mutation AssignmentsGradeSubmission($i: GradeSubmissionInput!) {\n    gradeSubmission(input: $i) {\n      status\n      score\n      scoresByCriterion {\n        name\n        score\n      }\n      version\n    }\n  }\n": types.AssignmentsGradeSubmissionDocument,
    "\n        query AssignmentsMySubmissions {\n          mySubmissions {\n            id\n            status\n            version\n            overdue\n            assignment {\n              id\n              title\n            }\n          }\n        }\n      ": types.AssignmentsMySubmissionsDocument,
    "\n          query AssignmentsSubmission($id: ID!) {\n            submission(id: $id) {\n              id\n            }\n          }\n        ": types.AssignmentsSubmissionDocument,
    "\n  mutation AuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n": types.AuditUpdateTraineeDocument,
    "\n            query AuditTrainees {\n              trainees {\n                total\n              }\n            }\n          ": types.AuditTraineesDocument,
    "\n            query AuditMe {\n              me {\n                id\n              }\n            }\n          ": types.AuditMeDocument,
    "\n            query AuditTrainee($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          ": types.AuditTraineeDocument,
    "\n        query AuditTrainees2 {\n          trainees(pageSize: 100) {\n            items {\n              id\n              phone\n            }\n          }\n        }\n      ": types.AuditTrainees2Document,
    "\n        query AuditTrainees3 {\n          trainees(pageSize: 100) {\n            items {\n              phone\n            }\n          }\n        }\n      ": types.AuditTrainees3Document,
    "\n        query AuditMyTrainee {\n          myTrainee {\n            phone\n          }\n        }\n      ": types.AuditMyTraineeDocument,
    "\n      query AuditAuditLog($actorId: ID, $action: String, $fromDate: String, $toDate: String) {\n        auditLog(actorId: $actorId, action: $action, fromDate: $fromDate, toDate: $toDate) {\n          total\n          items {\n            action\n            actorName\n            targets {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": types.AuditAuditLogDocument,
    "\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      role\n      traineeId\n      sponsorId\n      permissions\n    }\n  }\n": types.AuthMeDocument,
    "\n        mutation AuthLogin {\n          login(input: { email: \"\", password: \"\" }) {\n            expiresAt\n          }\n        }\n      ": types.AuthLoginDocument,
    "\n        mutation AuthLogout {\n          logout\n        }\n      ": types.AuthLogoutDocument,
    "\n        mutation AuthSetUserActive($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n            active\n          }\n        }\n      ": types.AuthSetUserActiveDocument,
    "\n    mutation AuthCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        id\n        email\n        role\n        active\n        traineeId\n      }\n    }\n  ": types.AuthCreateUserDocument,
    "\n        mutation AuthUpdateUser($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            role\n            traineeId\n          }\n        }\n      ": types.AuthUpdateUserDocument,
    "\n        mutation AuthSetUserActive2($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n          }\n        }\n      ": types.AuthSetUserActive2Document,
    "\n      mutation AuthChangePassword($i: ChangePasswordInput!) {\n        changePassword(input: $i)\n      }\n    ": types.AuthChangePasswordDocument,
    "\n  query BatchingCohorts($n: Int!) {\n    cohorts(pageSize: $n) {\n      items {\n        id\n        name\n        enrolledCount\n        seatsLeft\n        program {\n          id\n          name\n          enrolledCount\n          sponsor {\n            id\n            name\n          }\n        }\n        enrolments {\n          id\n          trainee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BatchingCohortsDocument,
    "\n    query BatchingLiveSessions($n: Int!) {\n      liveSessions(from: \"2026-09-01\", to: \"2026-09-30\", pageSize: $n) {\n        items {\n          title\n          trainee {\n            name\n          }\n          team {\n            name\n          }\n          items {\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": types.BatchingLiveSessionsDocument,
    "\n  mutation CatalogueQcCreateSupplier2($i: CreateSupplierInput!) {\n    createSupplier(input: $i) {\n      id\n    }\n  }\n": types.CatalogueQcCreateSupplier2Document,
    "\n  mutation CatalogueQcSubmitProductForQc($id: ID!) {\n    submitProductForQc(id: $id) {\n      status\n    }\n  }\n": types.CatalogueQcSubmitProductForQcDocument,
    "\n  query CatalogueQcQcTasks {\n    qcTasks {\n      product {\n        id\n      }\n      reason\n    }\n  }\n": types.CatalogueQcQcTasksDocument,
    "\n  mutation CatalogueQcRecordInspection($i: RecordInspectionInput!) {\n    recordInspection(input: $i) {\n      id\n      result\n      sampleSize\n      validUntil\n      product {\n        status\n        statusReason\n        statusReasonCode\n      }\n    }\n  }\n": types.CatalogueQcRecordInspectionDocument,
    "\n          mutation CatalogueQcCreateSupplier($i: CreateSupplierInput!) {\n            createSupplier(input: $i) {\n              id\n              licences {\n                kind\n                expired\n                evidenceFileId\n              }\n            }\n          }\n        ": types.CatalogueQcCreateSupplierDocument,
    "\n          mutation CatalogueQcCreateProduct($i: CreateProductInput!) {\n            createProduct(input: $i) {\n              id\n              status\n              gateProblems {\n                code\n              }\n            }\n          }\n        ": types.CatalogueQcCreateProductDocument,
    "\n          query CatalogueQcSamplingPlanFor($p: ID!) {\n            samplingPlanFor(productId: $p, lotSize: 4000) {\n              sampleSize\n              checklist\n              classes {\n                defectClass\n                accept\n                reject\n              }\n            }\n          }\n        ": types.CatalogueQcSamplingPlanForDocument,
    "\n          query CatalogueQcProduct($id: ID!) {\n            product(id: $id) {\n              gateProblems {\n                code\n              }\n            }\n          }\n        ": types.CatalogueQcProductDocument,
    "\n        mutation CatalogueQcScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      ": types.CatalogueQcScheduleSessionDocument,
    "\n          mutation CatalogueQcUpdateSupplier($i: UpdateSupplierInput!) {\n            updateSupplier(input: $i) {\n              licences {\n                kind\n                number\n                expiresOn\n              }\n            }\n          }\n        ": types.CatalogueQcUpdateSupplierDocument,
    "\n            mutation CatalogueQcUpdateSupplier2($i: UpdateSupplierInput!) {\n              updateSupplier(input: $i) {\n                id\n              }\n            }\n          ": types.CatalogueQcUpdateSupplier2Document,
    "\n      mutation CatalogueQcUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          status\n          statusReason\n          suggestedLivePrice\n        }\n      }\n    ": types.CatalogueQcUpdateProductDocument,
    "\n      mutation CatalogueQcSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n          statusReason\n        }\n      }\n    ": types.CatalogueQcSuspendProductDocument,
    "\n  mutation ExcelExportCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n    }\n  }\n": types.ExcelExportCreateTicketDocument,
    "\n  mutation ExcelImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.ExcelImportImportLessonsDocument,
    "\n  mutation ExcelImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.ExcelImportImportAttendanceDocument,
    "\n  mutation ExcelImportImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.ExcelImportImportTraineesDocument,
    "\n    mutation ExcelImportImportProducts($i: ImportProductsInput!) {\n      importProducts(input: $i) {\n        ...ImportJobFields\n      }\n    }\n  ": types.ExcelImportImportProductsDocument,
    "\n  query GraduationGraduationReport($c: ID!) {\n    graduationReport(cohortId: $c) {\n      trainee {\n        id\n      }\n      eligible\n      attendanceRate\n      gradedAssignments\n      averageScoreShare\n      liveSessions\n      gmv\n      results {\n        code\n        met\n        detail\n      }\n    }\n  }\n": types.GraduationGraduationReportDocument,
    "\n  mutation GraduationDecideGraduation($i: DecideGraduationInput!) {\n    decideGraduation(input: $i) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.GraduationDecideGraduationDocument,
    "\n    mutation GraduationRecordOutcome($i: RecordOutcomeInput!) {\n      recordOutcome(input: $i) {\n        monthsAfter\n        status\n        monthlyIncome\n      }\n    }\n  ": types.GraduationRecordOutcomeDocument,
    "\n      query GraduationTrainee($id: ID!) {\n        trainee(id: $id) {\n          outcomes {\n            monthsAfter\n            status\n            monthlyIncome\n          }\n        }\n      }\n    ": types.GraduationTraineeDocument,
    "\n  query GraphqlSurfaceMe {\n    me {\n      id\n    }\n  }\n": types.GraphqlSurfaceMeDocument,
    "\n        query GraphqlSurfaceSponsors {\n          sponsors {\n            items {\n              id\n              region\n            }\n          }\n        }\n      ": types.GraphqlSurfaceSponsorsDocument,
    "\n      mutation GraphqlSurfaceCreateSponsor {\n        createSponsor(input: { name: \"审计测试局\", region: \"某地区\", contactName: \"张\", contactPhone: \"13800000000\" }) {\n          id\n        }\n      }\n    ": types.GraphqlSurfaceCreateSponsorDocument,
    "\n      query GraphqlSurfaceAuditLog {\n        auditLog(action: \"Mutation.createSponsor\") {\n          total\n          items {\n            action\n            result\n            actorRole\n          }\n        }\n      }\n    ": types.GraphqlSurfaceAuditLogDocument,
    "\n  mutation ImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportImportLessonsDocument,
    "\n  mutation ImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportImportAttendanceDocument,
    "\n  mutation InputsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n": types.InputsScheduleSessionDocument,
    "\n      mutation InputsUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          version\n          refundAmount\n        }\n      }\n    ": types.InputsUpdateTicketDocument,
    "\n      mutation InputsMoveTicket($i: MoveTicketInput!) {\n        moveTicket(input: $i) {\n          version\n          status\n        }\n      }\n    ": types.InputsMoveTicketDocument,
    "\n    mutation InputsCreateProgram($i: CreateProgramInput!) {\n      createProgram(input: $i) {\n        id\n      }\n    }\n  ": types.InputsCreateProgramDocument,
    "\n            query InputsTrainee($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          ": types.InputsTraineeDocument,
    "\n            query InputsTrainees($s: String) {\n              trainees(search: $s) {\n                total\n              }\n            }\n          ": types.InputsTraineesDocument,
    "\n            query InputsSessionDays {\n              sessionDays(from: \"0000-01-01\", to: \"0000-01-31\") {\n                date\n              }\n            }\n          ": types.InputsSessionDaysDocument,
    "\n            query InputsPrograms($s: String) {\n              programs(search: $s, pageSize: 100) {\n                items {\n                  id\n                }\n              }\n            }\n          ": types.InputsProgramsDocument,
    "\n            query InputsTrainees2 {\n              trainees(search: \"%\") {\n                total\n              }\n            }\n          ": types.InputsTrainees2Document,
    "\n            query InputsUsers {\n              users(search: \"%\") {\n                total\n              }\n            }\n          ": types.InputsUsersDocument,
    "\n          mutation InputsSubmitAssignment($i: SubmitAssignmentInput!) {\n            submitAssignment(input: $i) {\n              id\n            }\n          }\n        ": types.InputsSubmitAssignmentDocument,
    "\n  mutation JobCrashLogin($i: LoginInput!) {\n    login(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n": types.JobCrashLoginDocument,
    "\n  mutation JobCrashImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.JobCrashImportLessonsDocument,
    "\n  mutation JobsImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.JobsImportLessonsDocument,
    "\n  mutation JobsImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.JobsImportAttendanceDocument,
    "\n  query JobsImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n    }\n  }\n": types.JobsImportJobDocument,
    "\n  mutation LessonsAttendanceDeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n": types.LessonsAttendanceDeleteLessonDocument,
    "\n  mutation LessonsAttendanceCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n      date\n      startTime\n      endTime\n      topic\n      kind\n      instructor {\n        id\n        name\n      }\n    }\n  }\n": types.LessonsAttendanceCreateLessonDocument,
    "\n  mutation LessonsAttendanceMarkAttendance($i: MarkAttendanceInput!) {\n    markAttendance(input: $i) {\n      traineeId\n      status\n      note\n    }\n  }\n": types.LessonsAttendanceMarkAttendanceDocument,
    "\n  query LessonsAttendanceLesson($id: ID!) {\n    lesson(id: $id) {\n      attendanceSummary {\n        present\n        late\n        absent\n        excused\n        rate\n      }\n      attendanceSheet {\n        trainee {\n          id\n        }\n        status\n        note\n      }\n    }\n  }\n": types.LessonsAttendanceLessonDocument,
    "\n      query LessonsAttendanceCohortAttendance($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n          summary {\n            rate\n            excused\n          }\n        }\n        cohort(id: $c) {\n          attendanceRate\n        }\n      }\n    ": types.LessonsAttendanceCohortAttendanceDocument,
    "\n      query LessonsAttendanceLessons {\n        lessons {\n          total\n          items {\n            id\n            attendance {\n              traineeId\n              status\n            }\n          }\n        }\n        myTrainee {\n          attendanceSummary {\n            late\n            rate\n          }\n        }\n      }\n    ": types.LessonsAttendanceLessonsDocument,
    "\n          query LessonsAttendanceLesson2($id: ID!) {\n            lesson(id: $id) {\n              id\n            }\n          }\n        ": types.LessonsAttendanceLesson2Document,
    "\n      query LessonsAttendanceCohortAttendance2($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n        }\n      }\n    ": types.LessonsAttendanceCohortAttendance2Document,
    "\n          query LessonsAttendanceLessons2 {\n            lessons {\n              total\n            }\n          }\n        ": types.LessonsAttendanceLessons2Document,
    "\n  query MaskingTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n": types.MaskingTraineesDocument,
    "\n        query MaskingTrainee($id: ID!) {\n          trainee(id: $id) {\n            phone\n          }\n        }\n      ": types.MaskingTraineeDocument,
    "\n    query MaskingTickets($s: String) {\n      tickets(queue: ALL, search: $s) {\n        items {\n          number\n          customerPhone\n        }\n      }\n    }\n  ": types.MaskingTicketsDocument,
    "\n        query MaskingReportTrainees($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            name\n          }\n          cohort(id: $c) {\n            enrolments {\n              trainee {\n                name\n              }\n            }\n          }\n        }\n      ": types.MaskingReportTraineesDocument,
    "\n  mutation MessagesEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n": types.MessagesEnrolTraineesDocument,
    "\n      mutation MessagesCreateSponsor($i: CreateSponsorInput!) {\n        createSponsor(input: $i) {\n          id\n        }\n      }\n    ": types.MessagesCreateSponsorDocument,
    "\n      query MessagesCohort($id: ID!) {\n        cohort(id: $id) {\n          id\n        }\n      }\n    ": types.MessagesCohortDocument,
    "\n      query MessagesSponsors {\n        sponsors {\n          total\n        }\n      }\n    ": types.MessagesSponsorsDocument,
    "\n      mutation MessagesImportLessons($i: ImportCsvInput!) {\n        importLessons(input: $i) {\n          id\n        }\n      }\n    ": types.MessagesImportLessonsDocument,
    "\n        query MessagesImportJob($id: ID!) {\n          importJob(id: $id) {\n            status\n            report {\n              problems {\n                row\n                column\n                message\n                messageCode\n                params\n              }\n            }\n          }\n        }\n      ": types.MessagesImportJobDocument,
    "\n  query NamesakesTrainee($id: ID!) {\n    trainee(id: $id) {\n      nameHint {\n        phoneTail\n      }\n    }\n  }\n": types.NamesakesTraineeDocument,
    "\n  query NamesakesCohort($id: ID!) {\n    cohort(id: $id) {\n      enrolments {\n        trainee {\n          id\n          name\n          phone\n          hometown\n          nameHint {\n            phoneTail\n            hometown\n          }\n        }\n      }\n    }\n  }\n": types.NamesakesCohortDocument,
    "\n        query NamesakesTrainees {\n          trainees(search: \"热依拉\", pageSize: 100) {\n            items {\n              id\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        }\n      ": types.NamesakesTraineesDocument,
    "\n          query NamesakesMyTrainee {\n            myTrainee {\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        ": types.NamesakesMyTraineeDocument,
    "\n          query NamesakesTrainees2 {\n            trainees {\n              items {\n                nameHint {\n                  phoneTail\n                }\n              }\n            }\n          }\n        ": types.NamesakesTrainees2Document,
    "\n        query NamesakesLesson($id: ID!) {\n          lesson(id: $id) {\n            attendanceSheet {\n              traineeId\n              nameHint {\n                phoneTail\n                hometown\n              }\n            }\n          }\n        }\n      ": types.NamesakesLessonDocument,
    "\n  mutation NotificationWebhooksSaveNotificationChannel($i: SaveNotificationChannelInput!) {\n    saveNotificationChannel(input: $i) {\n      id\n      name\n      platform\n      teamId\n      programId\n      webhookMasked\n      hasSecret\n      kinds\n    }\n  }\n": types.NotificationWebhooksSaveNotificationChannelDocument,
    "\n  query NotificationWebhooksNotificationChannels {\n    notificationChannels {\n      id\n      name\n      webhookMasked\n      hasSecret\n    }\n  }\n": types.NotificationWebhooksNotificationChannelsDocument,
    "\n  query NotificationWebhooksDeadLetters {\n    deadLetters(pageSize: 50) {\n      total\n      items {\n        id\n        kind\n        title\n        target\n        targetName\n        status\n        attempts\n        lastError\n      }\n    }\n  }\n": types.NotificationWebhooksDeadLettersDocument,
    "\n  mutation NotificationWebhooksRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.NotificationWebhooksRetryDeliveryDocument,
    "\n          mutation NotificationWebhooksScheduleSession($i: ScheduleSessionInput!) {\n            scheduleSession(input: $i) {\n              id\n            }\n          }\n        ": types.NotificationWebhooksScheduleSessionDocument,
    "\n        mutation NotificationWebhooksPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      ": types.NotificationWebhooksPrepareReportDocument,
    "\n      mutation NotificationWebhooksSubmitReport($i: SubmitReportInput!) {\n        submitReport(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationWebhooksSubmitReportDocument,
    "\n  query NotificationsNotifications($u: Boolean) {\n    notifications(unreadOnly: $u, pageSize: 100) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        linkType\n        linkId\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsNotificationsDocument,
    "\n  mutation NotificationsMarkNotificationsRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unread\n    }\n  }\n": types.NotificationsMarkNotificationsReadDocument,
    "\n  query NotificationsNotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n      isDefault\n      available\n    }\n  }\n": types.NotificationsNotificationPreferencesDocument,
    "\n  mutation NotificationsSetNotificationPreference($i: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $i) {\n      kind\n      channel\n      enabled\n    }\n  }\n": types.NotificationsSetNotificationPreferenceDocument,
    "\n        mutation NotificationsCreateAssignment($i: CreateAssignmentInput!) {\n          createAssignment(input: $i) {\n            id\n          }\n        }\n      ": types.NotificationsCreateAssignmentDocument,
    "\n        query NotificationsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              id\n            }\n          }\n        }\n      ": types.NotificationsMySubmissionsDocument,
    "\n        mutation NotificationsSubmitAssignment($i: SubmitAssignmentInput!) {\n          submitAssignment(input: $i) {\n            id\n            version\n          }\n        }\n      ": types.NotificationsSubmitAssignmentDocument,
    "\n      mutation NotificationsGradeSubmission($i: GradeSubmissionInput!) {\n        gradeSubmission(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationsGradeSubmissionDocument,
    "\n      mutation NotificationsSetMyLocale {\n        setMyLocale(input: { locale: \"en\" })\n      }\n    ": types.NotificationsSetMyLocaleDocument,
    "\n        mutation NotificationsScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n            version\n          }\n        }\n      ": types.NotificationsScheduleSessionDocument,
    "\n      mutation NotificationsUpdateSession($i: UpdateSessionInput!) {\n        updateSession(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationsUpdateSessionDocument,
    "\n      mutation NotificationsCancelSession($i: CancelSessionInput!) {\n        cancelSession(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationsCancelSessionDocument,
    "\n        mutation NotificationsScheduleSession2($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      ": types.NotificationsScheduleSession2Document,
    "\n        mutation NotificationsCreateTicket($i: CreateTicketInput!) {\n          createTicket(input: $i) {\n            id\n            version\n          }\n        }\n      ": types.NotificationsCreateTicketDocument,
    "\n      mutation NotificationsAssignTicket($i: AssignTicketInput!) {\n        assignTicket(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationsAssignTicketDocument,
    "\n      mutation NotificationsSubmitProductForQc($id: ID!) {\n        submitProductForQc(id: $id) {\n          id\n        }\n      }\n    ": types.NotificationsSubmitProductForQcDocument,
    "\n        mutation NotificationsEnrolTrainees($i: EnrolTraineesInput!) {\n          enrolTrainees(input: $i) {\n            id\n          }\n        }\n      ": types.NotificationsEnrolTraineesDocument,
    "\n        mutation NotificationsAssignTeam($i: AssignTeamInput!) {\n          assignTeam(input: $i) {\n            id\n          }\n        }\n      ": types.NotificationsAssignTeamDocument,
    "\n      mutation NotificationsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n        endTeamAssignment(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationsEndTeamAssignmentDocument,
    "\n        mutation NotificationsPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      ": types.NotificationsPrepareReportDocument,
    "\n        mutation NotificationsSubmitReport($i: SubmitReportInput!) {\n          submitReport(input: $i) {\n            id\n            version\n            snapshotHash\n          }\n        }\n      ": types.NotificationsSubmitReportDocument,
    "\n      mutation NotificationsReturnReport($i: ReturnReportInput!) {\n        returnReport(input: $i) {\n          id\n        }\n      }\n    ": types.NotificationsReturnReportDocument,
    "\n  query OwnershipTrainee($id: ID!) {\n    trainee(id: $id) {\n      id\n    }\n  }\n": types.OwnershipTraineeDocument,
    "\n  query OwnershipCohort2($id: ID!) {\n    cohort(id: $id) {\n      id\n    }\n  }\n": types.OwnershipCohort2Document,
    "\n  query OwnershipProgram($id: ID!) {\n    program(id: $id) {\n      id\n    }\n  }\n": types.OwnershipProgramDocument,
    "\n  query OwnershipTraineeNationalId($id: ID!) {\n    trainee(id: $id) {\n      nationalId\n    }\n  }\n": types.OwnershipTraineeNationalIdDocument,
    "\n        query OwnershipMyTrainee {\n          myTrainee {\n            id\n            name\n            phone\n            nationalIdMasked\n            enrolments {\n              status\n              cohort {\n                id\n                name\n                program {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.OwnershipMyTraineeDocument,
    "\n        query OwnershipTrainees {\n          trainees {\n            total\n            items {\n              id\n            }\n          }\n        }\n      ": types.OwnershipTraineesDocument,
    "\n        query OwnershipCohort($id: ID!) {\n          cohort(id: $id) {\n            enrolledCount\n            enrolments {\n              trainee {\n                id\n              }\n            }\n          }\n        }\n      ": types.OwnershipCohortDocument,
    "\n        query OwnershipPrograms {\n          programs {\n            items {\n              id\n              cohorts {\n                id\n              }\n            }\n          }\n        }\n      ": types.OwnershipProgramsDocument,
    "\n        query OwnershipEnrolments {\n          enrolments {\n            items {\n              id\n            }\n          }\n        }\n      ": types.OwnershipEnrolmentsDocument,
    "\n            query OwnershipSponsors {\n              sponsors {\n                total\n              }\n            }\n          ": types.OwnershipSponsorsDocument,
    "\n            query OwnershipMyTrainee2 {\n              myTrainee {\n                nationalId\n              }\n            }\n          ": types.OwnershipMyTrainee2Document,
    "\n        query OwnershipPrograms2 {\n          programs {\n            total\n            items {\n              id\n              sponsor {\n                id\n              }\n            }\n          }\n          sponsors {\n            items {\n              id\n            }\n          }\n        }\n      ": types.OwnershipPrograms2Document,
    "\n            query OwnershipSponsor($id: ID!) {\n              sponsor(id: $id) {\n                id\n              }\n            }\n          ": types.OwnershipSponsorDocument,
    "\n        query OwnershipCohorts {\n          cohorts {\n            items {\n              id\n              program {\n                id\n              }\n            }\n          }\n        }\n      ": types.OwnershipCohortsDocument,
    "\n        query OwnershipEnrolments2 {\n          enrolments {\n            total\n          }\n        }\n      ": types.OwnershipEnrolments2Document,
    "\n        query OwnershipTrainees2 {\n          trainees {\n            items {\n              id\n            }\n          }\n        }\n      ": types.OwnershipTrainees2Document,
    "\n        query OwnershipTrainee4($id: ID!) {\n          trainee(id: $id) {\n            phone\n            nationalIdMasked\n          }\n        }\n      ": types.OwnershipTrainee4Document,
    "\n        query OwnershipPrograms3 {\n          programs {\n            total\n          }\n          sponsors {\n            total\n          }\n          cohorts {\n            total\n          }\n          trainees {\n            total\n          }\n        }\n      ": types.OwnershipPrograms3Document,
    "\n        query OwnershipTrainee6($id: ID!) {\n          trainee(id: $id) {\n            nationalId\n            nationalIdMasked\n          }\n        }\n      ": types.OwnershipTrainee6Document,
    "\n            query OwnershipTrainee8($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          ": types.OwnershipTrainee8Document,
    "\n        mutation OwnershipCreateSponsor {\n          createSponsor(input: { name: \"x\", region: \"x\", contactName: \"x\", contactPhone: \"13800000000\" }) {\n            id\n          }\n        }\n      ": types.OwnershipCreateSponsorDocument,
    "\n  mutation PiiRotationLookupsCreateTrainee($i: CreateTraineeInput!) {\n    createTrainee(input: $i) {\n      id\n    }\n  }\n": types.PiiRotationLookupsCreateTraineeDocument,
    "\n  query PiiRotationLookupsTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n": types.PiiRotationLookupsTraineesDocument,
    "\n  mutation PiiRotationLookupsCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n    }\n  }\n": types.PiiRotationLookupsCreateTicketDocument,
    "\n  query PiiRotationLookupsTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n      }\n    }\n  }\n": types.PiiRotationLookupsTicketsDocument,
    "\n  mutation PiiRotationLookupsImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.PiiRotationLookupsImportTraineesDocument,
    "\n  mutation PracticeUploadsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n    }\n  }\n": types.PracticeUploadsSubmitAssignmentDocument,
    "\n      mutation PracticeUploadsCreateAssignment($i: CreateAssignmentInput!) {\n        createAssignment(input: $i) {\n          id\n        }\n      }\n    ": types.PracticeUploadsCreateAssignmentDocument,
    "\n        query PracticeUploadsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              rubric {\n                name\n                points\n              }\n            }\n          }\n        }\n      ": types.PracticeUploadsMySubmissionsDocument,
    "\n        query PracticeUploadsMySubmissions2 {\n          mySubmissions {\n            id\n          }\n        }\n      ": types.PracticeUploadsMySubmissions2Document,
    "\n        query PracticeUploadsSubmission($id: ID!) {\n          submission(id: $id) {\n            files {\n              id\n              originalName\n              contentType\n              size\n            }\n          }\n        }\n      ": types.PracticeUploadsSubmissionDocument,
    "\n      query PracticeUploadsSubmission2($id: ID!) {\n        submission(id: $id) {\n          files {\n            id\n          }\n        }\n      }\n    ": types.PracticeUploadsSubmission2Document,
    "\n  mutation ProgramsCohortsCreateSponsor($i: CreateSponsorInput!) {\n    createSponsor(input: $i) {\n      id\n      name\n      contactEmail\n    }\n  }\n": types.ProgramsCohortsCreateSponsorDocument,
    "\n  mutation ProgramsCohortsCreateProgram($i: CreateProgramInput!) {\n    createProgram(input: $i) {\n      id\n      name\n      budget\n      targetGmv\n      startDate\n      endDate\n      sponsor {\n        name\n      }\n    }\n  }\n": types.ProgramsCohortsCreateProgramDocument,
    "\n  mutation ProgramsCohortsCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n      name\n      status\n      capacity\n      seatsLeft\n      program {\n        id\n      }\n    }\n  }\n": types.ProgramsCohortsCreateCohortDocument,
    "\n  mutation ProgramsCohortsUpdateCohort($i: UpdateCohortInput!) {\n    updateCohort(input: $i) {\n      id\n      status\n      capacity\n    }\n  }\n": types.ProgramsCohortsUpdateCohortDocument,
    "\n  mutation ProgramsCohortsEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n      status\n      trainee {\n        id\n        status\n      }\n    }\n  }\n": types.ProgramsCohortsEnrolTraineesDocument,
    "\n      mutation ProgramsCohortsUpdateProgram($i: UpdateProgramInput!) {\n        updateProgram(input: $i) {\n          id\n          timeZone\n        }\n      }\n    ": types.ProgramsCohortsUpdateProgramDocument,
    "\n            query ProgramsCohortsProgram($id: ID!) {\n              program(id: $id) {\n                timeZone\n              }\n            }\n          ": types.ProgramsCohortsProgramDocument,
    "\n          query ProgramsCohortsProgram2($id: ID!) {\n            program(id: $id) {\n              traineeCounts {\n                enrolled\n                inTraining\n                graduated\n                dropped\n              }\n            }\n          }\n        ": types.ProgramsCohortsProgram2Document,
    "\n        query ProgramsCohortsCohorts {\n          cohorts(pageSize: 101) {\n            total\n          }\n        }\n      ": types.ProgramsCohortsCohortsDocument,
    "\n        query ProgramsCohortsCohorts2($p: ID) {\n          cohorts(programId: $p, page: 2, pageSize: 3, search: \"定西\") {\n            total\n            page\n            items {\n              name\n            }\n          }\n        }\n      ": types.ProgramsCohortsCohorts2Document,
    "\n        query ProgramsCohortsCohorts3($p: ID) {\n          cohorts(programId: $p, track: LONG_TERM) {\n            total\n          }\n        }\n      ": types.ProgramsCohortsCohorts3Document,
    "\n        query ProgramsCohortsPrograms {\n          programs(search: \"马铃薯\") {\n            items {\n              name\n              cohortCount\n              enrolledCount\n            }\n          }\n        }\n      ": types.ProgramsCohortsProgramsDocument,
    "\n      mutation ProgramsCohortsWithdrawEnrolment($i: WithdrawEnrolmentInput!) {\n        withdrawEnrolment(input: $i) {\n          status\n          withdrawReason\n        }\n      }\n    ": types.ProgramsCohortsWithdrawEnrolmentDocument,
    "\n        query ProgramsCohortsTrainees($c: ID) {\n          trainees(availableForCohortId: $c) {\n            items {\n              id\n            }\n          }\n        }\n      ": types.ProgramsCohortsTraineesDocument,
    "\n    mutation ProgramsCohortsCreateTrainee($i: CreateTraineeInput!) {\n      createTrainee(input: $i) {\n        id\n        status\n        phone\n        nationalIdMasked\n        platformAccounts {\n          platform\n          handle\n        }\n      }\n    }\n  ": types.ProgramsCohortsCreateTraineeDocument,
    "\n        mutation ProgramsCohortsUpdateTrainee($i: UpdateTraineeInput!) {\n          updateTrainee(input: $i) {\n            status\n          }\n        }\n      ": types.ProgramsCohortsUpdateTraineeDocument,
    "\n  mutation PromotionPromoteGraduates($i: PromoteGraduatesInput!) {\n    promoteGraduates(input: $i) {\n      id\n      status\n      cohort {\n        id\n      }\n      trainee {\n        id\n        status\n      }\n    }\n  }\n": types.PromotionPromoteGraduatesDocument,
    "\n        query PromotionMyTrainee {\n          myTrainee {\n            enrolments {\n              status\n              cohort {\n                id\n              }\n            }\n          }\n        }\n      ": types.PromotionMyTraineeDocument,
    "\n  query ReportReplyProgramReport($p: ID!) {\n    programReport(programId: $p, period: \"2026-10\") {\n      report {\n        id\n        status\n        version\n        snapshotHash\n        returnComments\n        reply\n        previousSnapshotHash\n        changesSinceReturn {\n          figure\n          before\n          after\n        }\n        attachments {\n          fileId\n          name\n          size\n          contentType\n        }\n        events {\n          action\n          comments\n        }\n      }\n    }\n  }\n": types.ReportReplyProgramReportDocument,
    "\n  mutation ReportReplyPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n": types.ReportReplyPrepareReportDocument,
    "\n  mutation ReportReplySubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n      reply\n    }\n  }\n": types.ReportReplySubmitReportDocument,
    "\n  mutation ReportReplyReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n": types.ReportReplyReturnReportDocument,
    "\n  query ReportsSponsorReports($p: ID!) {\n    sponsorReports(programId: $p) {\n      id\n    }\n  }\n": types.ReportsSponsorReportsDocument,
    "\n  query ReportsProgram($id: ID!) {\n    program(id: $id) {\n      reportPeriods {\n        period\n        status\n      }\n    }\n  }\n": types.ReportsProgramDocument,
    "\n  query ReportsProgramReport($p: ID!, $period: String!) {\n    programReport(programId: $p, period: $period) {\n      programName\n      period\n      from\n      to\n      figures\n      charts\n      recordCounts\n      hash\n      report {\n        id\n        status\n        version\n        snapshotHash\n        hashVerified\n        figures\n        returnComments\n        events {\n          action\n          toStatus\n          comments\n          actorName\n        }\n      }\n      discrepancies {\n        figure\n        snapshot\n        now\n        records {\n          kind\n          added\n          removed\n          changed\n        }\n      }\n      recordChanges {\n        kind\n        added\n        removed\n        changed\n      }\n    }\n  }\n": types.ReportsProgramReportDocument,
    "\n  mutation ReportsPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n": types.ReportsPrepareReportDocument,
    "\n  mutation ReportsSubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n    }\n  }\n": types.ReportsSubmitReportDocument,
    "\n  mutation ReportsAcceptReport($i: AcceptReportInput!) {\n    acceptReport(input: $i) {\n      id\n      status\n      version\n      acceptedAt\n      hashVerified\n    }\n  }\n": types.ReportsAcceptReportDocument,
    "\n  mutation ReportsReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n      returnComments\n    }\n  }\n": types.ReportsReturnReportDocument,
    "\n          query ReportsProgramExpenses($p: ID!) {\n            programExpenses(programId: $p) {\n              total\n            }\n          }\n        ": types.ReportsProgramExpensesDocument,
    "\n      query ReportsReportTrainees($p: ID!, $c: ID!) {\n        reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n          code\n        }\n      }\n    ": types.ReportsReportTraineesDocument,
    "\n        query ReportsPrograms {\n          programs(pageSize: 100) {\n            items {\n              id\n            }\n          }\n        }\n      ": types.ReportsProgramsDocument,
    "\n        query ReportsReportTrainees2($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            code\n            name\n            phone\n            status\n            attendanceRate\n            assignmentsDue\n            assignmentsCompleted\n            sessionsHeld\n            gmv\n          }\n        }\n      ": types.ReportsReportTrainees2Document,
    "\n      mutation ReportsRecordExpense2($i: RecordExpenseInput!) {\n        recordExpense(input: $i) {\n          id\n        }\n      }\n    ": types.ReportsRecordExpense2Document,
    "\n    mutation ReportsRecordExpense($i: RecordExpenseInput!) {\n      recordExpense(input: $i) {\n        id\n        amount\n        category\n        recordedByName\n      }\n    }\n  ": types.ReportsRecordExpenseDocument,
    "\n        query ReportsProgramExpenses2($p: ID!) {\n          programExpenses(programId: $p) {\n            total\n            items {\n              amount\n              category\n              description\n            }\n          }\n        }\n      ": types.ReportsProgramExpenses2Document,
    "\n  mutation SchedulingScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      scheduledStart\n      timeZone\n    }\n  }\n": types.SchedulingScheduleSessionDocument,
    "\n  mutation SchedulingScheduleSessionSeries($i: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $i) {\n      id\n      scheduledStart\n      scheduledEnd\n      timeZone\n    }\n  }\n": types.SchedulingScheduleSessionSeriesDocument,
    "\n  query SchedulingAvailability($team: ID, $trainee: ID, $week: String!, $min: Int) {\n    availability(teamId: $team, traineeId: $trainee, weekStart: $week, minutes: $min) {\n      timeZone\n      weekStart\n      days\n      teamId\n      traineeId\n      busy {\n        kind\n        title\n        start\n        end\n        who\n        sessionId\n      }\n      freeSlots {\n        start\n        end\n      }\n    }\n  }\n": types.SchedulingAvailabilityDocument,
    "\n  query SchedulingLiveSessions($from: String, $to: String, $c: ID) {\n    liveSessions(from: $from, to: $to, cohortId: $c) {\n      total\n      items {\n        id\n      }\n    }\n  }\n": types.SchedulingLiveSessionsDocument,
    "\n  query SchedulingSessionDays($from: String!, $to: String!, $c: ID) {\n    sessionDays(from: $from, to: $to, cohortId: $c) {\n      date\n      total\n    }\n  }\n": types.SchedulingSessionDaysDocument,
    "\n    mutation SchedulingUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        scheduledStart\n      }\n    }\n  ": types.SchedulingUpdateSessionDocument,
    "\n      mutation SchedulingImportSessionResults($i: ImportResultsInput!) {\n        importSessionResults(input: $i) {\n          ...ImportJobFields\n        }\n      }\n    ": types.SchedulingImportSessionResultsDocument,
    "\n  mutation SessionCacheSetUserActive($i: SetUserActiveInput!) {\n    setUserActive(input: $i) {\n      id\n    }\n  }\n": types.SessionCacheSetUserActiveDocument,
    "\n  query SessionCacheMe {\n    me {\n      id\n      role\n    }\n  }\n": types.SessionCacheMeDocument,
    "\n        mutation SessionCacheLogout {\n          logout\n        }\n      ": types.SessionCacheLogoutDocument,
    "\n  mutation SessionsCancelSession($i: CancelSessionInput!) {\n    cancelSession(input: $i) {\n      status\n    }\n  }\n": types.SessionsCancelSessionDocument,
    "\n  query SessionsLiveSession4($id: ID!) {\n    liveSession(id: $id) {\n      id\n    }\n  }\n": types.SessionsLiveSession4Document,
    "\n  query SessionsLiveSessions3 {\n    liveSessions {\n      total\n    }\n  }\n": types.SessionsLiveSessions3Document,
    "\n  mutation SessionsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      status\n      teamId\n      version\n      items {\n        id\n        position\n        product {\n          name\n        }\n      }\n    }\n  }\n": types.SessionsScheduleSessionDocument,
    "\n  mutation SessionsStartSession($id: ID!) {\n    startSession(id: $id) {\n      status\n      startedAt\n      version\n    }\n  }\n": types.SessionsStartSessionDocument,
    "\n  mutation SessionsEndSession($id: ID!) {\n    endSession(id: $id) {\n      status\n      endedAt\n      version\n    }\n  }\n": types.SessionsEndSessionDocument,
    "\n  mutation SessionsRecordSessionResults($i: RecordResultsInput!) {\n    recordSessionResults(input: $i) {\n      status\n      version\n      results {\n        gmv\n        refunds\n        adSpend\n        commission\n        netResult\n        conversionRate\n        gmvPerViewer\n        provenance {\n          gmv\n          refunds\n          commission\n          netResult\n        }\n      }\n    }\n  }\n": types.SessionsRecordSessionResultsDocument,
    "\n  mutation SessionsImportSessionResults($i: ImportResultsInput!) {\n    importSessionResults(input: $i) {\n      ...ImportJobFields\n    }\n  }\n": types.SessionsImportSessionResultsDocument,
    "\n      mutation SessionsSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n        }\n      }\n    ": types.SessionsSuspendProductDocument,
    "\n        query SessionsLiveSession2($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n              provenance {\n                gmv\n                viewers\n                adSpend\n                refunds\n              }\n            }\n          }\n        }\n      ": types.SessionsLiveSession2Document,
    "\n        query SessionsLiveSession3($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n            }\n          }\n        }\n      ": types.SessionsLiveSession3Document,
    "\n          query SessionsLiveSessions {\n            liveSessions(pageSize: 100) {\n              items {\n                id\n                items {\n                  product {\n                    name\n                  }\n                }\n                results {\n                  gmv\n                }\n              }\n            }\n          }\n        ": types.SessionsLiveSessionsDocument,
    "\n          query SessionsTraineePerformance($t: ID!) {\n            traineePerformance(traineeId: $t) {\n              totals {\n                sessions\n                gmv\n              }\n              bestProducts {\n                productName\n              }\n            }\n          }\n        ": types.SessionsTraineePerformanceDocument,
    "\n            query SessionsTraineePerformance2($t: ID!) {\n              traineePerformance(traineeId: $t) {\n                totals {\n                  gmv\n                }\n              }\n            }\n          ": types.SessionsTraineePerformance2Document,
    "\n            query SessionsLiveSessions2 {\n              liveSessions {\n                items {\n                  id\n                }\n              }\n            }\n          ": types.SessionsLiveSessions2Document,
    "\n          query SessionsProgram($id: ID!) {\n            program(id: $id) {\n              liveSales {\n                sessions\n                gmv\n              }\n            }\n          }\n        ": types.SessionsProgramDocument,
    "\n        query SessionsSessionDays($t: ID) {\n          sessionDays(from: \"2026-03-01\", to: \"2026-03-31\", traineeId: $t) {\n            date\n            total\n            ended\n            cancelled\n            gmv\n          }\n        }\n      ": types.SessionsSessionDaysDocument,
    "\n          query SessionsSessionDays2 {\n            sessionDays(from: \"2026-01-01\", to: \"2026-06-30\") {\n              date\n            }\n          }\n        ": types.SessionsSessionDays2Document,
    "\n    mutation SessionsUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        title\n        plannedMinutes\n        items {\n          position\n        }\n      }\n    }\n  ": types.SessionsUpdateSessionDocument,
    "\n    query SessionsLiveSession($id: ID!) {\n      liveSession(id: $id) {\n        timeZone\n      }\n    }\n  ": types.SessionsLiveSessionDocument,
    "\n  query TeamsTeam($id: ID!) {\n    team(id: $id) {\n      id\n    }\n  }\n": types.TeamsTeamDocument,
    "\n  mutation TeamsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n    }\n  }\n": types.TeamsCreateAssignmentDocument,
    "\n  query TeamsTeams2 {\n    teams {\n      total\n    }\n  }\n": types.TeamsTeams2Document,
    "\n  mutation TeamsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n      name\n      complete\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TeamsCreateTeamDocument,
    "\n  mutation TeamsUpdateTeam($i: UpdateTeamInput!) {\n    updateTeam(input: $i) {\n      id\n      complete\n      members {\n        role\n        user {\n          id\n        }\n      }\n      memberHistory {\n        role\n        user {\n          id\n        }\n        leftAt\n      }\n    }\n  }\n": types.TeamsUpdateTeamDocument,
    "\n  mutation TeamsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n      teamId\n      traineeId\n      endedAt\n    }\n  }\n": types.TeamsAssignTeamDocument,
    "\n      query TeamsTrainee($id: ID!) {\n        trainee(id: $id) {\n          supportTeam {\n            id\n          }\n          teamHistory {\n            teamId\n            endedAt\n            endReason\n          }\n        }\n      }\n    ": types.TeamsTraineeDocument,
    "\n        query TeamsStaffWorkload {\n          staffWorkload {\n            user {\n              id\n            }\n            load\n            cap\n            seats {\n              teamId\n              role\n            }\n          }\n        }\n      ": types.TeamsStaffWorkloadDocument,
    "\n          query TeamsTeamCoverageGaps($c: ID) {\n            teamCoverageGaps(cohortId: $c) {\n              trainee {\n                id\n              }\n              problem\n              teamId\n            }\n          }\n        ": types.TeamsTeamCoverageGapsDocument,
    "\n          query TeamsTeams {\n            teams {\n              items {\n                id\n              }\n            }\n          }\n        ": types.TeamsTeamsDocument,
    "\n            query TeamsTrainee2($id: ID!) {\n              trainee(id: $id) {\n                id\n                name\n              }\n            }\n          ": types.TeamsTrainee2Document,
    "\n            query TeamsTrainee3($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          ": types.TeamsTrainee3Document,
    "\n          query TeamsTrainees {\n            trainees(pageSize: 100) {\n              items {\n                id\n              }\n            }\n          }\n        ": types.TeamsTraineesDocument,
    "\n          query TeamsMyTrainee {\n            myTrainee {\n              supportTeam {\n                id\n                members {\n                  role\n                  user {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.TeamsMyTraineeDocument,
    "\n            query TeamsStaffWorkload2 {\n              staffWorkload {\n                load\n              }\n            }\n          ": types.TeamsStaffWorkload2Document,
    "\n    mutation TeamsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n      endTeamAssignment(input: $i) {\n        endedAt\n        endReason\n      }\n    }\n  ": types.TeamsEndTeamAssignmentDocument,
    "\n        query TeamsTrainee4($id: ID!) {\n          trainee(id: $id) {\n            supportTeam {\n              id\n            }\n            teamHistory {\n              endReason\n            }\n          }\n        }\n      ": types.TeamsTrainee4Document,
    "\n          query TeamsTeams4($c: ID, $p: Int) {\n            teams(cohortId: $c, page: $p, pageSize: 2) {\n              total\n              items {\n                name\n              }\n            }\n          }\n        ": types.TeamsTeams4Document,
    "\n  mutation TicketSearchResolveCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      version\n    }\n  }\n": types.TicketSearchResolveCreateTicketDocument,
    "\n  mutation TicketSearchResolveMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      version\n    }\n  }\n": types.TicketSearchResolveMoveTicketDocument,
    "\n  query TicketSearchResolveTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n        customerPhone\n      }\n    }\n  }\n": types.TicketSearchResolveTicketsDocument,
    "\n  query TicketSearchResolveTicketResolutionPreview($id: ID!) {\n    ticketResolutionPreview(ticketId: $id) {\n      productName\n      suspendsProduct\n      qualityTickets\n      unitsSold\n      windowDays\n    }\n  }\n": types.TicketSearchResolveTicketResolutionPreviewDocument,
    "\n  query WorkbenchSubmissions {\n    submissions(todo: SUBMISSIONS_TO_GRADE) {\n      total\n    }\n  }\n": types.WorkbenchSubmissionsDocument,
    "\n  query WorkbenchWorkbench {\n    workbench {\n      role\n      today\n      cards {\n        key\n        count\n      }\n      figures {\n        key\n        value\n        target\n        subjectId\n        subject\n      }\n      timeline {\n        kind\n        targetId\n        at\n        day\n        title\n        detail\n        status\n        runOfShow\n      }\n    }\n  }\n": types.WorkbenchWorkbenchDocument,
    "\n          query WorkbenchTickets {\n            tickets {\n              total\n            }\n          }\n        ": types.WorkbenchTicketsDocument,
    "\n                  query WorkbenchQcTasks($t: TodoCard) {\n                    qcTasks(todo: $t) {\n                      id\n                    }\n                  }\n                ": types.WorkbenchQcTasksDocument,
    "\n      query WorkbenchTickets2 {\n        tickets(todo: ATTENDANCE_MISSING) {\n          total\n        }\n      }\n    ": types.WorkbenchTickets2Document,
    "\n        query WorkbenchTickets3 {\n          tickets(todo: MY_TICKETS_DUE_SOON) {\n            items {\n              clocks {\n                firstResponse {\n                  dueAt\n                  stoppedAt\n                }\n                resolution {\n                  dueAt\n                  breached\n                }\n              }\n            }\n          }\n        }\n      ": types.WorkbenchTickets3Document,
    "\n          query WorkbenchSubmissions3 {\n            submissions {\n              total\n            }\n          }\n        ": types.WorkbenchSubmissions3Document,
    "\n          query WorkbenchSubmissions4 {\n            submissions(todo: ASSIGNMENTS_OVERDUE) {\n              total\n            }\n          }\n        ": types.WorkbenchSubmissions4Document,
    "\n    query WorkbenchWorkbench2 {\n      workbench {\n        today\n        timeZone\n        timeline {\n          kind\n          targetId\n          at\n          endAt\n          day\n          timeZone\n        }\n      }\n    }\n  ": types.WorkbenchWorkbench2Document,
    "\n  query AdminAuditTrainees {\n    trainees(pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.AdminAuditTraineesDocument,
    "\n  mutation AdminAuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n": types.AdminAuditUpdateTraineeDocument,
    "\n  query CoordinatorEnrolmentProgramReport($p: ID!, $k: String!) {\n    programReport(programId: $p, period: $k) {\n      figures\n    }\n  }\n": types.CoordinatorEnrolmentProgramReportDocument,
    "\n  query MessagesPrograms {\n    programs(search: \"疏附县2026\") {\n      items {\n        id\n      }\n    }\n  }\n": types.MessagesProgramsDocument,
    "\n  mutation MessagesCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n    }\n  }\n": types.MessagesCreateCohortDocument,
    "\n  mutation MessagesEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      trainee {\n        name\n      }\n    }\n  }\n": types.MessagesEnrolDocument,
    "\n  query SchedulingTeams {\n    teams(pageSize: 100) {\n      items {\n        id\n        name\n        complete\n        cohortId\n        cohort {\n          endDate\n        }\n        trainees {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SchedulingTeamsDocument,
    "\n  mutation SchedulingCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n    }\n  }\n": types.SchedulingCreateLessonDocument,
    "\n  mutation SchedulingSchedule($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n": types.SchedulingScheduleDocument,
    "\n  query SchedulingSessionsIn($t: ID, $f: String, $to: String) {\n    liveSessions(traineeId: $t, from: $f, to: $to) {\n      total\n    }\n  }\n": types.SchedulingSessionsInDocument,
    "\n  query TeamsSessionsStart($id: ID!) {\n    liveSession(id: $id) {\n      scheduledStart\n    }\n  }\n": types.TeamsSessionsStartDocument,
    "\n  query TeamsSessionsCohorts {\n    cohorts(search: \"定西第一期\", pageSize: 1) {\n      items {\n        id\n      }\n    }\n  }\n": types.TeamsSessionsCohortsDocument,
    "\n  query TeamsSessionsTrainees($status: TraineeStatus) {\n    trainees(status: $status, pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.TeamsSessionsTraineesDocument,
    "\n  mutation TeamsSessionsEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n": types.TeamsSessionsEnrolDocument,
    "\n  query TeamsSessionsWorkload {\n    staffWorkload {\n      load\n      cap\n      user {\n        id\n      }\n    }\n  }\n": types.TeamsSessionsWorkloadDocument,
    "\n  mutation TeamsSessionsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n    }\n  }\n": types.TeamsSessionsCreateTeamDocument,
    "\n  mutation TeamsSessionsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n    }\n  }\n": types.TeamsSessionsAssignTeamDocument,
    "\n  query TraineePortalPhoneWorkbench {\n    workbench {\n      today\n      timeZone\n      timeline {\n        kind\n        targetId\n        title\n        at\n        day\n        timeZone\n      }\n    }\n  }\n": types.TraineePortalPhoneWorkbenchDocument,
    "\n  query TraineePortalPhoneLessonProgram($id: ID!) {\n    lesson(id: $id) {\n      cohort {\n        program {\n          id\n        }\n      }\n    }\n  }\n": types.TraineePortalPhoneLessonProgramDocument,
    "\n  mutation TraineePortalPhoneMoveProgram($i: UpdateProgramInput!) {\n    updateProgram(input: $i) {\n      id\n      timeZone\n    }\n  }\n": types.TraineePortalPhoneMoveProgramDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    phase\n    progress\n    total\n    error\n    attempts\n    report {\n      imported\n      rows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query SupportImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.SupportImportJobDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AftersalesCommentTicket($i: CommentTicketInput!) {\n    commentTicket(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AftersalesCommentTicket($i: CommentTicketInput!) {\n    commentTicket(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AftersalesTickets2 {\n    tickets {\n      total\n    }\n  }\n"): (typeof documents)["\n  query AftersalesTickets2 {\n    tickets {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AftersalesCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      status\n      version\n      traineeId\n      customerPhone\n      actions\n    }\n  }\n"): (typeof documents)["\n  mutation AftersalesCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      status\n      version\n      traineeId\n      customerPhone\n      actions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AftersalesMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      status\n      version\n      resolvedAt\n      rootCause\n    }\n  }\n"): (typeof documents)["\n  mutation AftersalesMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      status\n      version\n      resolvedAt\n      rootCause\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AftersalesTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      customerPhone\n      refundAmount\n      clocks {\n        firstResponse {\n          breached\n          stoppedAt\n          dueSoon\n        }\n        resolution {\n          dueAt\n          paused\n        }\n        returnEligible\n        returnWindowClosesAt\n        refundDueAt\n      }\n      events {\n        kind\n        internal\n        body\n        toStatus\n        author {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AftersalesTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      customerPhone\n      refundAmount\n      clocks {\n        firstResponse {\n          breached\n          stoppedAt\n          dueSoon\n        }\n        resolution {\n          dueAt\n          paused\n        }\n        returnEligible\n        returnWindowClosesAt\n        refundDueAt\n      }\n      events {\n        kind\n        internal\n        body\n        toStatus\n        author {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AftersalesTickets {\n            tickets(queue: ALL) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query AftersalesTickets {\n            tickets(queue: ALL) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AftersalesUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation AftersalesUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AftersalesTickets5 {\n          tickets(queue: BREACHED) {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AftersalesTickets5 {\n          tickets(queue: BREACHED) {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AftersalesTickets6 {\n            tickets(queue: MINE) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query AftersalesTickets6 {\n            tickets(queue: MINE) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AftersalesAssignTicket($i: AssignTicketInput!) {\n      assignTicket(input: $i) {\n        version\n        assignee {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AftersalesAssignTicket($i: AssignTicketInput!) {\n      assignTicket(input: $i) {\n        version\n        assignee {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AftersalesTickets7 {\n            tickets(queue: MINE) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AftersalesTickets7 {\n            tickets(queue: MINE) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentsMySubmissions2 {\n    mySubmissions {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  query AssignmentsMySubmissions2 {\n    mySubmissions {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n      title\n      maxScore\n      rubric {\n        name\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignmentsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n      title\n      maxScore\n      rubric {\n        name\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentsAssignmentGrid($c: ID!, $only: GridFilter) {\n    assignmentGrid(cohortId: $c, only: $only) {\n      assignments {\n        id\n      }\n      rows {\n        trainee {\n          id\n        }\n        cells {\n          id\n          status\n          score\n          late\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentsAssignmentGrid($c: ID!, $only: GridFilter) {\n    assignmentGrid(cohortId: $c, only: $only) {\n      assignments {\n        id\n      }\n      rows {\n        trainee {\n          id\n        }\n        cells {\n          id\n          status\n          score\n          late\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n      status\n      late\n      version\n      text\n      links\n    }\n  }\n"): (typeof documents)["\n  mutation AssignmentsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n      status\n      late\n      version\n      text\n      links\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsReturnSubmission($i: ReturnSubmissionInput!) {\n    returnSubmission(input: $i) {\n      status\n      feedback\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AssignmentsReturnSubmission($i: ReturnSubmissionInput!) {\n    returnSubmission(input: $i) {\n      status\n      feedback\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsGradeSubmission($i: GradeSubmissionInput!) {\n    gradeSubmission(input: $i) {\n      status\n      score\n      scoresByCriterion {\n        name\n        score\n      }\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AssignmentsGradeSubmission($i: GradeSubmissionInput!) {\n    gradeSubmission(input: $i) {\n      status\n      score\n      scoresByCriterion {\n        name\n        score\n      }\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AssignmentsMySubmissions {\n          mySubmissions {\n            id\n            status\n            version\n            overdue\n            assignment {\n              id\n              title\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AssignmentsMySubmissions {\n          mySubmissions {\n            id\n            status\n            version\n            overdue\n            assignment {\n              id\n              title\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AssignmentsSubmission($id: ID!) {\n            submission(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query AssignmentsSubmission($id: ID!) {\n            submission(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuditTrainees {\n              trainees {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query AuditTrainees {\n              trainees {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuditMe {\n              me {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query AuditMe {\n              me {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuditTrainee($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query AuditTrainee($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditTrainees2 {\n          trainees(pageSize: 100) {\n            items {\n              id\n              phone\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuditTrainees2 {\n          trainees(pageSize: 100) {\n            items {\n              id\n              phone\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditTrainees3 {\n          trainees(pageSize: 100) {\n            items {\n              phone\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuditTrainees3 {\n          trainees(pageSize: 100) {\n            items {\n              phone\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditMyTrainee {\n          myTrainee {\n            phone\n          }\n        }\n      "): (typeof documents)["\n        query AuditMyTrainee {\n          myTrainee {\n            phone\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditAuditLog($actorId: ID, $action: String, $fromDate: String, $toDate: String) {\n        auditLog(actorId: $actorId, action: $action, fromDate: $fromDate, toDate: $toDate) {\n          total\n          items {\n            action\n            actorName\n            targets {\n              id\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AuditAuditLog($actorId: ID, $action: String, $fromDate: String, $toDate: String) {\n        auditLog(actorId: $actorId, action: $action, fromDate: $fromDate, toDate: $toDate) {\n          total\n          items {\n            action\n            actorName\n            targets {\n              id\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      role\n      traineeId\n      sponsorId\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      role\n      traineeId\n      sponsorId\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogin {\n          login(input: { email: \"\", password: \"\" }) {\n            expiresAt\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthLogin {\n          login(input: { email: \"\", password: \"\" }) {\n            expiresAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation AuthLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSetUserActive($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n            active\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSetUserActive($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n            active\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AuthCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        id\n        email\n        role\n        active\n        traineeId\n      }\n    }\n  "): (typeof documents)["\n    mutation AuthCreateUser($i: CreateUserInput!) {\n      createUser(input: $i) {\n        id\n        email\n        role\n        active\n        traineeId\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthUpdateUser($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            role\n            traineeId\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthUpdateUser($i: UpdateUserInput!) {\n          updateUser(input: $i) {\n            role\n            traineeId\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSetUserActive2($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSetUserActive2($i: SetUserActiveInput!) {\n          setUserActive(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AuthChangePassword($i: ChangePasswordInput!) {\n        changePassword(input: $i)\n      }\n    "): (typeof documents)["\n      mutation AuthChangePassword($i: ChangePasswordInput!) {\n        changePassword(input: $i)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingCohorts($n: Int!) {\n    cohorts(pageSize: $n) {\n      items {\n        id\n        name\n        enrolledCount\n        seatsLeft\n        program {\n          id\n          name\n          enrolledCount\n          sponsor {\n            id\n            name\n          }\n        }\n        enrolments {\n          id\n          trainee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BatchingCohorts($n: Int!) {\n    cohorts(pageSize: $n) {\n      items {\n        id\n        name\n        enrolledCount\n        seatsLeft\n        program {\n          id\n          name\n          enrolledCount\n          sponsor {\n            id\n            name\n          }\n        }\n        enrolments {\n          id\n          trainee {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BatchingLiveSessions($n: Int!) {\n      liveSessions(from: \"2026-09-01\", to: \"2026-09-30\", pageSize: $n) {\n        items {\n          title\n          trainee {\n            name\n          }\n          team {\n            name\n          }\n          items {\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query BatchingLiveSessions($n: Int!) {\n      liveSessions(from: \"2026-09-01\", to: \"2026-09-30\", pageSize: $n) {\n        items {\n          title\n          trainee {\n            name\n          }\n          team {\n            name\n          }\n          items {\n            product {\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueQcCreateSupplier2($i: CreateSupplierInput!) {\n    createSupplier(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueQcCreateSupplier2($i: CreateSupplierInput!) {\n    createSupplier(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueQcSubmitProductForQc($id: ID!) {\n    submitProductForQc(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueQcSubmitProductForQc($id: ID!) {\n    submitProductForQc(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueQcQcTasks {\n    qcTasks {\n      product {\n        id\n      }\n      reason\n    }\n  }\n"): (typeof documents)["\n  query CatalogueQcQcTasks {\n    qcTasks {\n      product {\n        id\n      }\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogueQcRecordInspection($i: RecordInspectionInput!) {\n    recordInspection(input: $i) {\n      id\n      result\n      sampleSize\n      validUntil\n      product {\n        status\n        statusReason\n        statusReasonCode\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogueQcRecordInspection($i: RecordInspectionInput!) {\n    recordInspection(input: $i) {\n      id\n      result\n      sampleSize\n      validUntil\n      product {\n        status\n        statusReason\n        statusReasonCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CatalogueQcCreateSupplier($i: CreateSupplierInput!) {\n            createSupplier(input: $i) {\n              id\n              licences {\n                kind\n                expired\n                evidenceFileId\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CatalogueQcCreateSupplier($i: CreateSupplierInput!) {\n            createSupplier(input: $i) {\n              id\n              licences {\n                kind\n                expired\n                evidenceFileId\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CatalogueQcCreateProduct($i: CreateProductInput!) {\n            createProduct(input: $i) {\n              id\n              status\n              gateProblems {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CatalogueQcCreateProduct($i: CreateProductInput!) {\n            createProduct(input: $i) {\n              id\n              status\n              gateProblems {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueQcSamplingPlanFor($p: ID!) {\n            samplingPlanFor(productId: $p, lotSize: 4000) {\n              sampleSize\n              checklist\n              classes {\n                defectClass\n                accept\n                reject\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueQcSamplingPlanFor($p: ID!) {\n            samplingPlanFor(productId: $p, lotSize: 4000) {\n              sampleSize\n              checklist\n              classes {\n                defectClass\n                accept\n                reject\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CatalogueQcProduct($id: ID!) {\n            product(id: $id) {\n              gateProblems {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CatalogueQcProduct($id: ID!) {\n            product(id: $id) {\n              gateProblems {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatalogueQcScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CatalogueQcScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CatalogueQcUpdateSupplier($i: UpdateSupplierInput!) {\n            updateSupplier(input: $i) {\n              licences {\n                kind\n                number\n                expiresOn\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CatalogueQcUpdateSupplier($i: UpdateSupplierInput!) {\n            updateSupplier(input: $i) {\n              licences {\n                kind\n                number\n                expiresOn\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CatalogueQcUpdateSupplier2($i: UpdateSupplierInput!) {\n              updateSupplier(input: $i) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CatalogueQcUpdateSupplier2($i: UpdateSupplierInput!) {\n              updateSupplier(input: $i) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CatalogueQcUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          status\n          statusReason\n          suggestedLivePrice\n        }\n      }\n    "): (typeof documents)["\n      mutation CatalogueQcUpdateProduct($i: UpdateProductInput!) {\n        updateProduct(input: $i) {\n          status\n          statusReason\n          suggestedLivePrice\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CatalogueQcSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n          statusReason\n        }\n      }\n    "): (typeof documents)["\n      mutation CatalogueQcSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n          statusReason\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcelExportCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExcelExportCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcelImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExcelImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcelImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExcelImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcelImportImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExcelImportImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ExcelImportImportProducts($i: ImportProductsInput!) {\n      importProducts(input: $i) {\n        ...ImportJobFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ExcelImportImportProducts($i: ImportProductsInput!) {\n      importProducts(input: $i) {\n        ...ImportJobFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraduationGraduationReport($c: ID!) {\n    graduationReport(cohortId: $c) {\n      trainee {\n        id\n      }\n      eligible\n      attendanceRate\n      gradedAssignments\n      averageScoreShare\n      liveSessions\n      gmv\n      results {\n        code\n        met\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraduationGraduationReport($c: ID!) {\n    graduationReport(cohortId: $c) {\n      trainee {\n        id\n      }\n      eligible\n      attendanceRate\n      gradedAssignments\n      averageScoreShare\n      liveSessions\n      gmv\n      results {\n        code\n        met\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraduationDecideGraduation($i: DecideGraduationInput!) {\n    decideGraduation(input: $i) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation GraduationDecideGraduation($i: DecideGraduationInput!) {\n    decideGraduation(input: $i) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GraduationRecordOutcome($i: RecordOutcomeInput!) {\n      recordOutcome(input: $i) {\n        monthsAfter\n        status\n        monthlyIncome\n      }\n    }\n  "): (typeof documents)["\n    mutation GraduationRecordOutcome($i: RecordOutcomeInput!) {\n      recordOutcome(input: $i) {\n        monthsAfter\n        status\n        monthlyIncome\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GraduationTrainee($id: ID!) {\n        trainee(id: $id) {\n          outcomes {\n            monthsAfter\n            status\n            monthlyIncome\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GraduationTrainee($id: ID!) {\n        trainee(id: $id) {\n          outcomes {\n            monthsAfter\n            status\n            monthlyIncome\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphqlSurfaceMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GraphqlSurfaceMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GraphqlSurfaceSponsors {\n          sponsors {\n            items {\n              id\n              region\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GraphqlSurfaceSponsors {\n          sponsors {\n            items {\n              id\n              region\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GraphqlSurfaceCreateSponsor {\n        createSponsor(input: { name: \"审计测试局\", region: \"某地区\", contactName: \"张\", contactPhone: \"13800000000\" }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation GraphqlSurfaceCreateSponsor {\n        createSponsor(input: { name: \"审计测试局\", region: \"某地区\", contactName: \"张\", contactPhone: \"13800000000\" }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GraphqlSurfaceAuditLog {\n        auditLog(action: \"Mutation.createSponsor\") {\n          total\n          items {\n            action\n            result\n            actorRole\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GraphqlSurfaceAuditLog {\n        auditLog(action: \"Mutation.createSponsor\") {\n          total\n          items {\n            action\n            result\n            actorRole\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InputsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InputsUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          version\n          refundAmount\n        }\n      }\n    "): (typeof documents)["\n      mutation InputsUpdateTicket($i: UpdateTicketInput!) {\n        updateTicket(input: $i) {\n          version\n          refundAmount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InputsMoveTicket($i: MoveTicketInput!) {\n        moveTicket(input: $i) {\n          version\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation InputsMoveTicket($i: MoveTicketInput!) {\n        moveTicket(input: $i) {\n          version\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InputsCreateProgram($i: CreateProgramInput!) {\n      createProgram(input: $i) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation InputsCreateProgram($i: CreateProgramInput!) {\n      createProgram(input: $i) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsTrainee($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query InputsTrainee($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsTrainees($s: String) {\n              trainees(search: $s) {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query InputsTrainees($s: String) {\n              trainees(search: $s) {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsSessionDays {\n              sessionDays(from: \"0000-01-01\", to: \"0000-01-31\") {\n                date\n              }\n            }\n          "): (typeof documents)["\n            query InputsSessionDays {\n              sessionDays(from: \"0000-01-01\", to: \"0000-01-31\") {\n                date\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsPrograms($s: String) {\n              programs(search: $s, pageSize: 100) {\n                items {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query InputsPrograms($s: String) {\n              programs(search: $s, pageSize: 100) {\n                items {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsTrainees2 {\n              trainees(search: \"%\") {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query InputsTrainees2 {\n              trainees(search: \"%\") {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputsUsers {\n              users(search: \"%\") {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query InputsUsers {\n              users(search: \"%\") {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputsSubmitAssignment($i: SubmitAssignmentInput!) {\n            submitAssignment(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation InputsSubmitAssignment($i: SubmitAssignmentInput!) {\n            submitAssignment(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobCrashLogin($i: LoginInput!) {\n    login(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobCrashLogin($i: LoginInput!) {\n    login(input: $i) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobCrashImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation JobCrashImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation JobsImportLessons($i: ImportCsvInput!) {\n    importLessons(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation JobsImportAttendance($i: ImportCsvInput!) {\n    importAttendance(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query JobsImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LessonsAttendanceDeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n"): (typeof documents)["\n  mutation LessonsAttendanceDeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LessonsAttendanceCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n      date\n      startTime\n      endTime\n      topic\n      kind\n      instructor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LessonsAttendanceCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n      date\n      startTime\n      endTime\n      topic\n      kind\n      instructor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LessonsAttendanceMarkAttendance($i: MarkAttendanceInput!) {\n    markAttendance(input: $i) {\n      traineeId\n      status\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation LessonsAttendanceMarkAttendance($i: MarkAttendanceInput!) {\n    markAttendance(input: $i) {\n      traineeId\n      status\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonsAttendanceLesson($id: ID!) {\n    lesson(id: $id) {\n      attendanceSummary {\n        present\n        late\n        absent\n        excused\n        rate\n      }\n      attendanceSheet {\n        trainee {\n          id\n        }\n        status\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonsAttendanceLesson($id: ID!) {\n    lesson(id: $id) {\n      attendanceSummary {\n        present\n        late\n        absent\n        excused\n        rate\n      }\n      attendanceSheet {\n        trainee {\n          id\n        }\n        status\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LessonsAttendanceCohortAttendance($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n          summary {\n            rate\n            excused\n          }\n        }\n        cohort(id: $c) {\n          attendanceRate\n        }\n      }\n    "): (typeof documents)["\n      query LessonsAttendanceCohortAttendance($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n          summary {\n            rate\n            excused\n          }\n        }\n        cohort(id: $c) {\n          attendanceRate\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LessonsAttendanceLessons {\n        lessons {\n          total\n          items {\n            id\n            attendance {\n              traineeId\n              status\n            }\n          }\n        }\n        myTrainee {\n          attendanceSummary {\n            late\n            rate\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LessonsAttendanceLessons {\n        lessons {\n          total\n          items {\n            id\n            attendance {\n              traineeId\n              status\n            }\n          }\n        }\n        myTrainee {\n          attendanceSummary {\n            late\n            rate\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LessonsAttendanceLesson2($id: ID!) {\n            lesson(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query LessonsAttendanceLesson2($id: ID!) {\n            lesson(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LessonsAttendanceCohortAttendance2($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LessonsAttendanceCohortAttendance2($c: ID!) {\n        cohortAttendance(cohortId: $c) {\n          trainee {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LessonsAttendanceLessons2 {\n            lessons {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query LessonsAttendanceLessons2 {\n            lessons {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaskingTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MaskingTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MaskingTrainee($id: ID!) {\n          trainee(id: $id) {\n            phone\n          }\n        }\n      "): (typeof documents)["\n        query MaskingTrainee($id: ID!) {\n          trainee(id: $id) {\n            phone\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MaskingTickets($s: String) {\n      tickets(queue: ALL, search: $s) {\n        items {\n          number\n          customerPhone\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MaskingTickets($s: String) {\n      tickets(queue: ALL, search: $s) {\n        items {\n          number\n          customerPhone\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MaskingReportTrainees($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            name\n          }\n          cohort(id: $c) {\n            enrolments {\n              trainee {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MaskingReportTrainees($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            name\n          }\n          cohort(id: $c) {\n            enrolments {\n              trainee {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MessagesEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MessagesCreateSponsor($i: CreateSponsorInput!) {\n        createSponsor(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MessagesCreateSponsor($i: CreateSponsorInput!) {\n        createSponsor(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MessagesCohort($id: ID!) {\n        cohort(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query MessagesCohort($id: ID!) {\n        cohort(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MessagesSponsors {\n        sponsors {\n          total\n        }\n      }\n    "): (typeof documents)["\n      query MessagesSponsors {\n        sponsors {\n          total\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MessagesImportLessons($i: ImportCsvInput!) {\n        importLessons(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation MessagesImportLessons($i: ImportCsvInput!) {\n        importLessons(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MessagesImportJob($id: ID!) {\n          importJob(id: $id) {\n            status\n            report {\n              problems {\n                row\n                column\n                message\n                messageCode\n                params\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MessagesImportJob($id: ID!) {\n          importJob(id: $id) {\n            status\n            report {\n              problems {\n                row\n                column\n                message\n                messageCode\n                params\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NamesakesTrainee($id: ID!) {\n    trainee(id: $id) {\n      nameHint {\n        phoneTail\n      }\n    }\n  }\n"): (typeof documents)["\n  query NamesakesTrainee($id: ID!) {\n    trainee(id: $id) {\n      nameHint {\n        phoneTail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NamesakesCohort($id: ID!) {\n    cohort(id: $id) {\n      enrolments {\n        trainee {\n          id\n          name\n          phone\n          hometown\n          nameHint {\n            phoneTail\n            hometown\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NamesakesCohort($id: ID!) {\n    cohort(id: $id) {\n      enrolments {\n        trainee {\n          id\n          name\n          phone\n          hometown\n          nameHint {\n            phoneTail\n            hometown\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NamesakesTrainees {\n          trainees(search: \"热依拉\", pageSize: 100) {\n            items {\n              id\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NamesakesTrainees {\n          trainees(search: \"热依拉\", pageSize: 100) {\n            items {\n              id\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NamesakesMyTrainee {\n            myTrainee {\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        "): (typeof documents)["\n          query NamesakesMyTrainee {\n            myTrainee {\n              nameHint {\n                phoneTail\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NamesakesTrainees2 {\n            trainees {\n              items {\n                nameHint {\n                  phoneTail\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query NamesakesTrainees2 {\n            trainees {\n              items {\n                nameHint {\n                  phoneTail\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NamesakesLesson($id: ID!) {\n          lesson(id: $id) {\n            attendanceSheet {\n              traineeId\n              nameHint {\n                phoneTail\n                hometown\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NamesakesLesson($id: ID!) {\n          lesson(id: $id) {\n            attendanceSheet {\n              traineeId\n              nameHint {\n                phoneTail\n                hometown\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationWebhooksSaveNotificationChannel($i: SaveNotificationChannelInput!) {\n    saveNotificationChannel(input: $i) {\n      id\n      name\n      platform\n      teamId\n      programId\n      webhookMasked\n      hasSecret\n      kinds\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationWebhooksSaveNotificationChannel($i: SaveNotificationChannelInput!) {\n    saveNotificationChannel(input: $i) {\n      id\n      name\n      platform\n      teamId\n      programId\n      webhookMasked\n      hasSecret\n      kinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationWebhooksNotificationChannels {\n    notificationChannels {\n      id\n      name\n      webhookMasked\n      hasSecret\n    }\n  }\n"): (typeof documents)["\n  query NotificationWebhooksNotificationChannels {\n    notificationChannels {\n      id\n      name\n      webhookMasked\n      hasSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationWebhooksDeadLetters {\n    deadLetters(pageSize: 50) {\n      total\n      items {\n        id\n        kind\n        title\n        target\n        targetName\n        status\n        attempts\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationWebhooksDeadLetters {\n    deadLetters(pageSize: 50) {\n      total\n      items {\n        id\n        kind\n        title\n        target\n        targetName\n        status\n        attempts\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationWebhooksRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationWebhooksRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation NotificationWebhooksScheduleSession($i: ScheduleSessionInput!) {\n            scheduleSession(input: $i) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation NotificationWebhooksScheduleSession($i: ScheduleSessionInput!) {\n            scheduleSession(input: $i) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationWebhooksPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationWebhooksPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationWebhooksSubmitReport($i: SubmitReportInput!) {\n        submitReport(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationWebhooksSubmitReport($i: SubmitReportInput!) {\n        submitReport(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsNotifications($u: Boolean) {\n    notifications(unreadOnly: $u, pageSize: 100) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        linkType\n        linkId\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsNotifications($u: Boolean) {\n    notifications(unreadOnly: $u, pageSize: 100) {\n      total\n      items {\n        id\n        kind\n        title\n        body\n        linkType\n        linkId\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkNotificationsRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkNotificationsRead($i: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $i) {\n      marked\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsNotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n      isDefault\n      available\n    }\n  }\n"): (typeof documents)["\n  query NotificationsNotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n      isDefault\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsSetNotificationPreference($i: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $i) {\n      kind\n      channel\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsSetNotificationPreference($i: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $i) {\n      kind\n      channel\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsCreateAssignment($i: CreateAssignmentInput!) {\n          createAssignment(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsCreateAssignment($i: CreateAssignmentInput!) {\n          createAssignment(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query NotificationsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query NotificationsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsSubmitAssignment($i: SubmitAssignmentInput!) {\n          submitAssignment(input: $i) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsSubmitAssignment($i: SubmitAssignmentInput!) {\n          submitAssignment(input: $i) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsGradeSubmission($i: GradeSubmissionInput!) {\n        gradeSubmission(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsGradeSubmission($i: GradeSubmissionInput!) {\n        gradeSubmission(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsSetMyLocale {\n        setMyLocale(input: { locale: \"en\" })\n      }\n    "): (typeof documents)["\n      mutation NotificationsSetMyLocale {\n        setMyLocale(input: { locale: \"en\" })\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsScheduleSession($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsUpdateSession($i: UpdateSessionInput!) {\n        updateSession(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsUpdateSession($i: UpdateSessionInput!) {\n        updateSession(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsCancelSession($i: CancelSessionInput!) {\n        cancelSession(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsCancelSession($i: CancelSessionInput!) {\n        cancelSession(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsScheduleSession2($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsScheduleSession2($i: ScheduleSessionInput!) {\n          scheduleSession(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsCreateTicket($i: CreateTicketInput!) {\n          createTicket(input: $i) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsCreateTicket($i: CreateTicketInput!) {\n          createTicket(input: $i) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsAssignTicket($i: AssignTicketInput!) {\n        assignTicket(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsAssignTicket($i: AssignTicketInput!) {\n        assignTicket(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsSubmitProductForQc($id: ID!) {\n        submitProductForQc(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsSubmitProductForQc($id: ID!) {\n        submitProductForQc(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsEnrolTrainees($i: EnrolTraineesInput!) {\n          enrolTrainees(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsEnrolTrainees($i: EnrolTraineesInput!) {\n          enrolTrainees(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsAssignTeam($i: AssignTeamInput!) {\n          assignTeam(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsAssignTeam($i: AssignTeamInput!) {\n          assignTeam(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n        endTeamAssignment(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n        endTeamAssignment(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsPrepareReport($i: PrepareReportInput!) {\n          prepareReport(input: $i) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotificationsSubmitReport($i: SubmitReportInput!) {\n          submitReport(input: $i) {\n            id\n            version\n            snapshotHash\n          }\n        }\n      "): (typeof documents)["\n        mutation NotificationsSubmitReport($i: SubmitReportInput!) {\n          submitReport(input: $i) {\n            id\n            version\n            snapshotHash\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation NotificationsReturnReport($i: ReturnReportInput!) {\n        returnReport(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation NotificationsReturnReport($i: ReturnReportInput!) {\n        returnReport(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipTrainee($id: ID!) {\n    trainee(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OwnershipTrainee($id: ID!) {\n    trainee(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipCohort2($id: ID!) {\n    cohort(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OwnershipCohort2($id: ID!) {\n    cohort(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipProgram($id: ID!) {\n    program(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OwnershipProgram($id: ID!) {\n    program(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipTraineeNationalId($id: ID!) {\n    trainee(id: $id) {\n      nationalId\n    }\n  }\n"): (typeof documents)["\n  query OwnershipTraineeNationalId($id: ID!) {\n    trainee(id: $id) {\n      nationalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipMyTrainee {\n          myTrainee {\n            id\n            name\n            phone\n            nationalIdMasked\n            enrolments {\n              status\n              cohort {\n                id\n                name\n                program {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipMyTrainee {\n          myTrainee {\n            id\n            name\n            phone\n            nationalIdMasked\n            enrolments {\n              status\n              cohort {\n                id\n                name\n                program {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipTrainees {\n          trainees {\n            total\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipTrainees {\n          trainees {\n            total\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipCohort($id: ID!) {\n          cohort(id: $id) {\n            enrolledCount\n            enrolments {\n              trainee {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipCohort($id: ID!) {\n          cohort(id: $id) {\n            enrolledCount\n            enrolments {\n              trainee {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipPrograms {\n          programs {\n            items {\n              id\n              cohorts {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipPrograms {\n          programs {\n            items {\n              id\n              cohorts {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipEnrolments {\n          enrolments {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipEnrolments {\n          enrolments {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OwnershipSponsors {\n              sponsors {\n                total\n              }\n            }\n          "): (typeof documents)["\n            query OwnershipSponsors {\n              sponsors {\n                total\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OwnershipMyTrainee2 {\n              myTrainee {\n                nationalId\n              }\n            }\n          "): (typeof documents)["\n            query OwnershipMyTrainee2 {\n              myTrainee {\n                nationalId\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipPrograms2 {\n          programs {\n            total\n            items {\n              id\n              sponsor {\n                id\n              }\n            }\n          }\n          sponsors {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipPrograms2 {\n          programs {\n            total\n            items {\n              id\n              sponsor {\n                id\n              }\n            }\n          }\n          sponsors {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OwnershipSponsor($id: ID!) {\n              sponsor(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query OwnershipSponsor($id: ID!) {\n              sponsor(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipCohorts {\n          cohorts {\n            items {\n              id\n              program {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipCohorts {\n          cohorts {\n            items {\n              id\n              program {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipEnrolments2 {\n          enrolments {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipEnrolments2 {\n          enrolments {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipTrainees2 {\n          trainees {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipTrainees2 {\n          trainees {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipTrainee4($id: ID!) {\n          trainee(id: $id) {\n            phone\n            nationalIdMasked\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipTrainee4($id: ID!) {\n          trainee(id: $id) {\n            phone\n            nationalIdMasked\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipPrograms3 {\n          programs {\n            total\n          }\n          sponsors {\n            total\n          }\n          cohorts {\n            total\n          }\n          trainees {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipPrograms3 {\n          programs {\n            total\n          }\n          sponsors {\n            total\n          }\n          cohorts {\n            total\n          }\n          trainees {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OwnershipTrainee6($id: ID!) {\n          trainee(id: $id) {\n            nationalId\n            nationalIdMasked\n          }\n        }\n      "): (typeof documents)["\n        query OwnershipTrainee6($id: ID!) {\n          trainee(id: $id) {\n            nationalId\n            nationalIdMasked\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OwnershipTrainee8($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query OwnershipTrainee8($id: ID!) {\n              trainee(id: $id) {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation OwnershipCreateSponsor {\n          createSponsor(input: { name: \"x\", region: \"x\", contactName: \"x\", contactPhone: \"13800000000\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation OwnershipCreateSponsor {\n          createSponsor(input: { name: \"x\", region: \"x\", contactName: \"x\", contactPhone: \"13800000000\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PiiRotationLookupsCreateTrainee($i: CreateTraineeInput!) {\n    createTrainee(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PiiRotationLookupsCreateTrainee($i: CreateTraineeInput!) {\n    createTrainee(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PiiRotationLookupsTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PiiRotationLookupsTrainees($s: String) {\n    trainees(search: $s, pageSize: 100) {\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PiiRotationLookupsCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation PiiRotationLookupsCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PiiRotationLookupsTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PiiRotationLookupsTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PiiRotationLookupsImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation PiiRotationLookupsImportTrainees($i: ImportTraineesInput!) {\n    importTrainees(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PracticeUploadsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PracticeUploadsSubmitAssignment($i: SubmitAssignmentInput!) {\n    submitAssignment(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PracticeUploadsCreateAssignment($i: CreateAssignmentInput!) {\n        createAssignment(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PracticeUploadsCreateAssignment($i: CreateAssignmentInput!) {\n        createAssignment(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PracticeUploadsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              rubric {\n                name\n                points\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PracticeUploadsMySubmissions {\n          mySubmissions {\n            id\n            version\n            assignment {\n              rubric {\n                name\n                points\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PracticeUploadsMySubmissions2 {\n          mySubmissions {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query PracticeUploadsMySubmissions2 {\n          mySubmissions {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PracticeUploadsSubmission($id: ID!) {\n          submission(id: $id) {\n            files {\n              id\n              originalName\n              contentType\n              size\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PracticeUploadsSubmission($id: ID!) {\n          submission(id: $id) {\n            files {\n              id\n              originalName\n              contentType\n              size\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PracticeUploadsSubmission2($id: ID!) {\n        submission(id: $id) {\n          files {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PracticeUploadsSubmission2($id: ID!) {\n        submission(id: $id) {\n          files {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramsCohortsCreateSponsor($i: CreateSponsorInput!) {\n    createSponsor(input: $i) {\n      id\n      name\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  mutation ProgramsCohortsCreateSponsor($i: CreateSponsorInput!) {\n    createSponsor(input: $i) {\n      id\n      name\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramsCohortsCreateProgram($i: CreateProgramInput!) {\n    createProgram(input: $i) {\n      id\n      name\n      budget\n      targetGmv\n      startDate\n      endDate\n      sponsor {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProgramsCohortsCreateProgram($i: CreateProgramInput!) {\n    createProgram(input: $i) {\n      id\n      name\n      budget\n      targetGmv\n      startDate\n      endDate\n      sponsor {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramsCohortsCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n      name\n      status\n      capacity\n      seatsLeft\n      program {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProgramsCohortsCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n      name\n      status\n      capacity\n      seatsLeft\n      program {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramsCohortsUpdateCohort($i: UpdateCohortInput!) {\n    updateCohort(input: $i) {\n      id\n      status\n      capacity\n    }\n  }\n"): (typeof documents)["\n  mutation ProgramsCohortsUpdateCohort($i: UpdateCohortInput!) {\n    updateCohort(input: $i) {\n      id\n      status\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgramsCohortsEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n      status\n      trainee {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProgramsCohortsEnrolTrainees($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n      status\n      trainee {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ProgramsCohortsUpdateProgram($i: UpdateProgramInput!) {\n        updateProgram(input: $i) {\n          id\n          timeZone\n        }\n      }\n    "): (typeof documents)["\n      mutation ProgramsCohortsUpdateProgram($i: UpdateProgramInput!) {\n        updateProgram(input: $i) {\n          id\n          timeZone\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProgramsCohortsProgram($id: ID!) {\n              program(id: $id) {\n                timeZone\n              }\n            }\n          "): (typeof documents)["\n            query ProgramsCohortsProgram($id: ID!) {\n              program(id: $id) {\n                timeZone\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProgramsCohortsProgram2($id: ID!) {\n            program(id: $id) {\n              traineeCounts {\n                enrolled\n                inTraining\n                graduated\n                dropped\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ProgramsCohortsProgram2($id: ID!) {\n            program(id: $id) {\n              traineeCounts {\n                enrolled\n                inTraining\n                graduated\n                dropped\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgramsCohortsCohorts {\n          cohorts(pageSize: 101) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query ProgramsCohortsCohorts {\n          cohorts(pageSize: 101) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgramsCohortsCohorts2($p: ID) {\n          cohorts(programId: $p, page: 2, pageSize: 3, search: \"定西\") {\n            total\n            page\n            items {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ProgramsCohortsCohorts2($p: ID) {\n          cohorts(programId: $p, page: 2, pageSize: 3, search: \"定西\") {\n            total\n            page\n            items {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgramsCohortsCohorts3($p: ID) {\n          cohorts(programId: $p, track: LONG_TERM) {\n            total\n          }\n        }\n      "): (typeof documents)["\n        query ProgramsCohortsCohorts3($p: ID) {\n          cohorts(programId: $p, track: LONG_TERM) {\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgramsCohortsPrograms {\n          programs(search: \"马铃薯\") {\n            items {\n              name\n              cohortCount\n              enrolledCount\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ProgramsCohortsPrograms {\n          programs(search: \"马铃薯\") {\n            items {\n              name\n              cohortCount\n              enrolledCount\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ProgramsCohortsWithdrawEnrolment($i: WithdrawEnrolmentInput!) {\n        withdrawEnrolment(input: $i) {\n          status\n          withdrawReason\n        }\n      }\n    "): (typeof documents)["\n      mutation ProgramsCohortsWithdrawEnrolment($i: WithdrawEnrolmentInput!) {\n        withdrawEnrolment(input: $i) {\n          status\n          withdrawReason\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProgramsCohortsTrainees($c: ID) {\n          trainees(availableForCohortId: $c) {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ProgramsCohortsTrainees($c: ID) {\n          trainees(availableForCohortId: $c) {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProgramsCohortsCreateTrainee($i: CreateTraineeInput!) {\n      createTrainee(input: $i) {\n        id\n        status\n        phone\n        nationalIdMasked\n        platformAccounts {\n          platform\n          handle\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ProgramsCohortsCreateTrainee($i: CreateTraineeInput!) {\n      createTrainee(input: $i) {\n        id\n        status\n        phone\n        nationalIdMasked\n        platformAccounts {\n          platform\n          handle\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ProgramsCohortsUpdateTrainee($i: UpdateTraineeInput!) {\n          updateTrainee(input: $i) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation ProgramsCohortsUpdateTrainee($i: UpdateTraineeInput!) {\n          updateTrainee(input: $i) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromotionPromoteGraduates($i: PromoteGraduatesInput!) {\n    promoteGraduates(input: $i) {\n      id\n      status\n      cohort {\n        id\n      }\n      trainee {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromotionPromoteGraduates($i: PromoteGraduatesInput!) {\n    promoteGraduates(input: $i) {\n      id\n      status\n      cohort {\n        id\n      }\n      trainee {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PromotionMyTrainee {\n          myTrainee {\n            enrolments {\n              status\n              cohort {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PromotionMyTrainee {\n          myTrainee {\n            enrolments {\n              status\n              cohort {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportReplyProgramReport($p: ID!) {\n    programReport(programId: $p, period: \"2026-10\") {\n      report {\n        id\n        status\n        version\n        snapshotHash\n        returnComments\n        reply\n        previousSnapshotHash\n        changesSinceReturn {\n          figure\n          before\n          after\n        }\n        attachments {\n          fileId\n          name\n          size\n          contentType\n        }\n        events {\n          action\n          comments\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportReplyProgramReport($p: ID!) {\n    programReport(programId: $p, period: \"2026-10\") {\n      report {\n        id\n        status\n        version\n        snapshotHash\n        returnComments\n        reply\n        previousSnapshotHash\n        changesSinceReturn {\n          figure\n          before\n          after\n        }\n        attachments {\n          fileId\n          name\n          size\n          contentType\n        }\n        events {\n          action\n          comments\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReplyPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportReplyPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReplySubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation ReportReplySubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReplyReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportReplyReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsSponsorReports($p: ID!) {\n    sponsorReports(programId: $p) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ReportsSponsorReports($p: ID!) {\n    sponsorReports(programId: $p) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsProgram($id: ID!) {\n    program(id: $id) {\n      reportPeriods {\n        period\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsProgram($id: ID!) {\n    program(id: $id) {\n      reportPeriods {\n        period\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsProgramReport($p: ID!, $period: String!) {\n    programReport(programId: $p, period: $period) {\n      programName\n      period\n      from\n      to\n      figures\n      charts\n      recordCounts\n      hash\n      report {\n        id\n        status\n        version\n        snapshotHash\n        hashVerified\n        figures\n        returnComments\n        events {\n          action\n          toStatus\n          comments\n          actorName\n        }\n      }\n      discrepancies {\n        figure\n        snapshot\n        now\n        records {\n          kind\n          added\n          removed\n          changed\n        }\n      }\n      recordChanges {\n        kind\n        added\n        removed\n        changed\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsProgramReport($p: ID!, $period: String!) {\n    programReport(programId: $p, period: $period) {\n      programName\n      period\n      from\n      to\n      figures\n      charts\n      recordCounts\n      hash\n      report {\n        id\n        status\n        version\n        snapshotHash\n        hashVerified\n        figures\n        returnComments\n        events {\n          action\n          toStatus\n          comments\n          actorName\n        }\n      }\n      discrepancies {\n        figure\n        snapshot\n        now\n        records {\n          kind\n          added\n          removed\n          changed\n        }\n      }\n      recordChanges {\n        kind\n        added\n        removed\n        changed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsPrepareReport($i: PrepareReportInput!) {\n    prepareReport(input: $i) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsSubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsSubmitReport($i: SubmitReportInput!) {\n    submitReport(input: $i) {\n      id\n      status\n      version\n      snapshotHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsAcceptReport($i: AcceptReportInput!) {\n    acceptReport(input: $i) {\n      id\n      status\n      version\n      acceptedAt\n      hashVerified\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsAcceptReport($i: AcceptReportInput!) {\n    acceptReport(input: $i) {\n      id\n      status\n      version\n      acceptedAt\n      hashVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n      returnComments\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsReturnReport($i: ReturnReportInput!) {\n    returnReport(input: $i) {\n      id\n      status\n      version\n      returnComments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReportsProgramExpenses($p: ID!) {\n            programExpenses(programId: $p) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query ReportsProgramExpenses($p: ID!) {\n            programExpenses(programId: $p) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReportsReportTrainees($p: ID!, $c: ID!) {\n        reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n          code\n        }\n      }\n    "): (typeof documents)["\n      query ReportsReportTrainees($p: ID!, $c: ID!) {\n        reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n          code\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportsPrograms {\n          programs(pageSize: 100) {\n            items {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReportsPrograms {\n          programs(pageSize: 100) {\n            items {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportsReportTrainees2($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            code\n            name\n            phone\n            status\n            attendanceRate\n            assignmentsDue\n            assignmentsCompleted\n            sessionsHeld\n            gmv\n          }\n        }\n      "): (typeof documents)["\n        query ReportsReportTrainees2($p: ID!, $c: ID!) {\n          reportTrainees(programId: $p, cohortId: $c, period: \"2026-10\") {\n            code\n            name\n            phone\n            status\n            attendanceRate\n            assignmentsDue\n            assignmentsCompleted\n            sessionsHeld\n            gmv\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReportsRecordExpense2($i: RecordExpenseInput!) {\n        recordExpense(input: $i) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ReportsRecordExpense2($i: RecordExpenseInput!) {\n        recordExpense(input: $i) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReportsRecordExpense($i: RecordExpenseInput!) {\n      recordExpense(input: $i) {\n        id\n        amount\n        category\n        recordedByName\n      }\n    }\n  "): (typeof documents)["\n    mutation ReportsRecordExpense($i: RecordExpenseInput!) {\n      recordExpense(input: $i) {\n        id\n        amount\n        category\n        recordedByName\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReportsProgramExpenses2($p: ID!) {\n          programExpenses(programId: $p) {\n            total\n            items {\n              amount\n              category\n              description\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReportsProgramExpenses2($p: ID!) {\n          programExpenses(programId: $p) {\n            total\n            items {\n              amount\n              category\n              description\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulingScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      scheduledStart\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulingScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      scheduledStart\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulingScheduleSessionSeries($i: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $i) {\n      id\n      scheduledStart\n      scheduledEnd\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulingScheduleSessionSeries($i: ScheduleSessionSeriesInput!) {\n    scheduleSessionSeries(input: $i) {\n      id\n      scheduledStart\n      scheduledEnd\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingAvailability($team: ID, $trainee: ID, $week: String!, $min: Int) {\n    availability(teamId: $team, traineeId: $trainee, weekStart: $week, minutes: $min) {\n      timeZone\n      weekStart\n      days\n      teamId\n      traineeId\n      busy {\n        kind\n        title\n        start\n        end\n        who\n        sessionId\n      }\n      freeSlots {\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchedulingAvailability($team: ID, $trainee: ID, $week: String!, $min: Int) {\n    availability(teamId: $team, traineeId: $trainee, weekStart: $week, minutes: $min) {\n      timeZone\n      weekStart\n      days\n      teamId\n      traineeId\n      busy {\n        kind\n        title\n        start\n        end\n        who\n        sessionId\n      }\n      freeSlots {\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingLiveSessions($from: String, $to: String, $c: ID) {\n    liveSessions(from: $from, to: $to, cohortId: $c) {\n      total\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchedulingLiveSessions($from: String, $to: String, $c: ID) {\n    liveSessions(from: $from, to: $to, cohortId: $c) {\n      total\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingSessionDays($from: String!, $to: String!, $c: ID) {\n    sessionDays(from: $from, to: $to, cohortId: $c) {\n      date\n      total\n    }\n  }\n"): (typeof documents)["\n  query SchedulingSessionDays($from: String!, $to: String!, $c: ID) {\n    sessionDays(from: $from, to: $to, cohortId: $c) {\n      date\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SchedulingUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        scheduledStart\n      }\n    }\n  "): (typeof documents)["\n    mutation SchedulingUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        scheduledStart\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SchedulingImportSessionResults($i: ImportResultsInput!) {\n        importSessionResults(input: $i) {\n          ...ImportJobFields\n        }\n      }\n    "): (typeof documents)["\n      mutation SchedulingImportSessionResults($i: ImportResultsInput!) {\n        importSessionResults(input: $i) {\n          ...ImportJobFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCacheSetUserActive($i: SetUserActiveInput!) {\n    setUserActive(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCacheSetUserActive($i: SetUserActiveInput!) {\n    setUserActive(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCacheMe {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query SessionCacheMe {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionCacheLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation SessionCacheLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsCancelSession($i: CancelSessionInput!) {\n    cancelSession(input: $i) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsCancelSession($i: CancelSessionInput!) {\n    cancelSession(input: $i) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsLiveSession4($id: ID!) {\n    liveSession(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SessionsLiveSession4($id: ID!) {\n    liveSession(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsLiveSessions3 {\n    liveSessions {\n      total\n    }\n  }\n"): (typeof documents)["\n  query SessionsLiveSessions3 {\n    liveSessions {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      status\n      teamId\n      version\n      items {\n        id\n        position\n        product {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsScheduleSession($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n      status\n      teamId\n      version\n      items {\n        id\n        position\n        product {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsStartSession($id: ID!) {\n    startSession(id: $id) {\n      status\n      startedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsStartSession($id: ID!) {\n    startSession(id: $id) {\n      status\n      startedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsEndSession($id: ID!) {\n    endSession(id: $id) {\n      status\n      endedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsEndSession($id: ID!) {\n    endSession(id: $id) {\n      status\n      endedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsRecordSessionResults($i: RecordResultsInput!) {\n    recordSessionResults(input: $i) {\n      status\n      version\n      results {\n        gmv\n        refunds\n        adSpend\n        commission\n        netResult\n        conversionRate\n        gmvPerViewer\n        provenance {\n          gmv\n          refunds\n          commission\n          netResult\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsRecordSessionResults($i: RecordResultsInput!) {\n    recordSessionResults(input: $i) {\n      status\n      version\n      results {\n        gmv\n        refunds\n        adSpend\n        commission\n        netResult\n        conversionRate\n        gmvPerViewer\n        provenance {\n          gmv\n          refunds\n          commission\n          netResult\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsImportSessionResults($i: ImportResultsInput!) {\n    importSessionResults(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsImportSessionResults($i: ImportResultsInput!) {\n    importSessionResults(input: $i) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SessionsSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation SessionsSuspendProduct($i: SuspendProductInput!) {\n        suspendProduct(input: $i) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsLiveSession2($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n              provenance {\n                gmv\n                viewers\n                adSpend\n                refunds\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsLiveSession2($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n              provenance {\n                gmv\n                viewers\n                adSpend\n                refunds\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsLiveSession3($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsLiveSession3($id: ID!) {\n          liveSession(id: $id) {\n            status\n            results {\n              viewers\n              orders\n              gmv\n              adSpend\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SessionsLiveSessions {\n            liveSessions(pageSize: 100) {\n              items {\n                id\n                items {\n                  product {\n                    name\n                  }\n                }\n                results {\n                  gmv\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SessionsLiveSessions {\n            liveSessions(pageSize: 100) {\n              items {\n                id\n                items {\n                  product {\n                    name\n                  }\n                }\n                results {\n                  gmv\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SessionsTraineePerformance($t: ID!) {\n            traineePerformance(traineeId: $t) {\n              totals {\n                sessions\n                gmv\n              }\n              bestProducts {\n                productName\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SessionsTraineePerformance($t: ID!) {\n            traineePerformance(traineeId: $t) {\n              totals {\n                sessions\n                gmv\n              }\n              bestProducts {\n                productName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SessionsTraineePerformance2($t: ID!) {\n              traineePerformance(traineeId: $t) {\n                totals {\n                  gmv\n                }\n              }\n            }\n          "): (typeof documents)["\n            query SessionsTraineePerformance2($t: ID!) {\n              traineePerformance(traineeId: $t) {\n                totals {\n                  gmv\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SessionsLiveSessions2 {\n              liveSessions {\n                items {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query SessionsLiveSessions2 {\n              liveSessions {\n                items {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SessionsProgram($id: ID!) {\n            program(id: $id) {\n              liveSales {\n                sessions\n                gmv\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SessionsProgram($id: ID!) {\n            program(id: $id) {\n              liveSales {\n                sessions\n                gmv\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsSessionDays($t: ID) {\n          sessionDays(from: \"2026-03-01\", to: \"2026-03-31\", traineeId: $t) {\n            date\n            total\n            ended\n            cancelled\n            gmv\n          }\n        }\n      "): (typeof documents)["\n        query SessionsSessionDays($t: ID) {\n          sessionDays(from: \"2026-03-01\", to: \"2026-03-31\", traineeId: $t) {\n            date\n            total\n            ended\n            cancelled\n            gmv\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SessionsSessionDays2 {\n            sessionDays(from: \"2026-01-01\", to: \"2026-06-30\") {\n              date\n            }\n          }\n        "): (typeof documents)["\n          query SessionsSessionDays2 {\n            sessionDays(from: \"2026-01-01\", to: \"2026-06-30\") {\n              date\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SessionsUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        title\n        plannedMinutes\n        items {\n          position\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation SessionsUpdateSession($i: UpdateSessionInput!) {\n      updateSession(input: $i) {\n        id\n        title\n        plannedMinutes\n        items {\n          position\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SessionsLiveSession($id: ID!) {\n      liveSession(id: $id) {\n        timeZone\n      }\n    }\n  "): (typeof documents)["\n    query SessionsLiveSession($id: ID!) {\n      liveSession(id: $id) {\n        timeZone\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsTeam($id: ID!) {\n    team(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TeamsTeam($id: ID!) {\n    team(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsCreateAssignment($i: CreateAssignmentInput!) {\n    createAssignment(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsTeams2 {\n    teams {\n      total\n    }\n  }\n"): (typeof documents)["\n  query TeamsTeams2 {\n    teams {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n      name\n      complete\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n      name\n      complete\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsUpdateTeam($i: UpdateTeamInput!) {\n    updateTeam(input: $i) {\n      id\n      complete\n      members {\n        role\n        user {\n          id\n        }\n      }\n      memberHistory {\n        role\n        user {\n          id\n        }\n        leftAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsUpdateTeam($i: UpdateTeamInput!) {\n    updateTeam(input: $i) {\n      id\n      complete\n      members {\n        role\n        user {\n          id\n        }\n      }\n      memberHistory {\n        role\n        user {\n          id\n        }\n        leftAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n      teamId\n      traineeId\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n      teamId\n      traineeId\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TeamsTrainee($id: ID!) {\n        trainee(id: $id) {\n          supportTeam {\n            id\n          }\n          teamHistory {\n            teamId\n            endedAt\n            endReason\n          }\n        }\n      }\n    "): (typeof documents)["\n      query TeamsTrainee($id: ID!) {\n        trainee(id: $id) {\n          supportTeam {\n            id\n          }\n          teamHistory {\n            teamId\n            endedAt\n            endReason\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TeamsStaffWorkload {\n          staffWorkload {\n            user {\n              id\n            }\n            load\n            cap\n            seats {\n              teamId\n              role\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TeamsStaffWorkload {\n          staffWorkload {\n            user {\n              id\n            }\n            load\n            cap\n            seats {\n              teamId\n              role\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsTeamCoverageGaps($c: ID) {\n            teamCoverageGaps(cohortId: $c) {\n              trainee {\n                id\n              }\n              problem\n              teamId\n            }\n          }\n        "): (typeof documents)["\n          query TeamsTeamCoverageGaps($c: ID) {\n            teamCoverageGaps(cohortId: $c) {\n              trainee {\n                id\n              }\n              problem\n              teamId\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsTeams {\n            teams {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsTeams {\n            teams {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TeamsTrainee2($id: ID!) {\n              trainee(id: $id) {\n                id\n                name\n              }\n            }\n          "): (typeof documents)["\n            query TeamsTrainee2($id: ID!) {\n              trainee(id: $id) {\n                id\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TeamsTrainee3($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query TeamsTrainee3($id: ID!) {\n              trainee(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsTrainees {\n            trainees(pageSize: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsTrainees {\n            trainees(pageSize: 100) {\n              items {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsMyTrainee {\n            myTrainee {\n              supportTeam {\n                id\n                members {\n                  role\n                  user {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsMyTrainee {\n            myTrainee {\n              supportTeam {\n                id\n                members {\n                  role\n                  user {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TeamsStaffWorkload2 {\n              staffWorkload {\n                load\n              }\n            }\n          "): (typeof documents)["\n            query TeamsStaffWorkload2 {\n              staffWorkload {\n                load\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TeamsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n      endTeamAssignment(input: $i) {\n        endedAt\n        endReason\n      }\n    }\n  "): (typeof documents)["\n    mutation TeamsEndTeamAssignment($i: EndTeamAssignmentInput!) {\n      endTeamAssignment(input: $i) {\n        endedAt\n        endReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TeamsTrainee4($id: ID!) {\n          trainee(id: $id) {\n            supportTeam {\n              id\n            }\n            teamHistory {\n              endReason\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TeamsTrainee4($id: ID!) {\n          trainee(id: $id) {\n            supportTeam {\n              id\n            }\n            teamHistory {\n              endReason\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsTeams4($c: ID, $p: Int) {\n            teams(cohortId: $c, page: $p, pageSize: 2) {\n              total\n              items {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsTeams4($c: ID, $p: Int) {\n            teams(cohortId: $c, page: $p, pageSize: 2) {\n              total\n              items {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketSearchResolveCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TicketSearchResolveCreateTicket($i: CreateTicketInput!) {\n    createTicket(input: $i) {\n      id\n      number\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketSearchResolveMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TicketSearchResolveMoveTicket($i: MoveTicketInput!) {\n    moveTicket(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSearchResolveTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n        customerPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketSearchResolveTickets($s: String) {\n    tickets(queue: ALL, search: $s, pageSize: 100) {\n      items {\n        number\n        customerPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSearchResolveTicketResolutionPreview($id: ID!) {\n    ticketResolutionPreview(ticketId: $id) {\n      productName\n      suspendsProduct\n      qualityTickets\n      unitsSold\n      windowDays\n    }\n  }\n"): (typeof documents)["\n  query TicketSearchResolveTicketResolutionPreview($id: ID!) {\n    ticketResolutionPreview(ticketId: $id) {\n      productName\n      suspendsProduct\n      qualityTickets\n      unitsSold\n      windowDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchSubmissions {\n    submissions(todo: SUBMISSIONS_TO_GRADE) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchSubmissions {\n    submissions(todo: SUBMISSIONS_TO_GRADE) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchWorkbench {\n    workbench {\n      role\n      today\n      cards {\n        key\n        count\n      }\n      figures {\n        key\n        value\n        target\n        subjectId\n        subject\n      }\n      timeline {\n        kind\n        targetId\n        at\n        day\n        title\n        detail\n        status\n        runOfShow\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchWorkbench {\n    workbench {\n      role\n      today\n      cards {\n        key\n        count\n      }\n      figures {\n        key\n        value\n        target\n        subjectId\n        subject\n      }\n      timeline {\n        kind\n        targetId\n        at\n        day\n        title\n        detail\n        status\n        runOfShow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkbenchTickets {\n            tickets {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query WorkbenchTickets {\n            tickets {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  query WorkbenchQcTasks($t: TodoCard) {\n                    qcTasks(todo: $t) {\n                      id\n                    }\n                  }\n                "): (typeof documents)["\n                  query WorkbenchQcTasks($t: TodoCard) {\n                    qcTasks(todo: $t) {\n                      id\n                    }\n                  }\n                "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorkbenchTickets2 {\n        tickets(todo: ATTENDANCE_MISSING) {\n          total\n        }\n      }\n    "): (typeof documents)["\n      query WorkbenchTickets2 {\n        tickets(todo: ATTENDANCE_MISSING) {\n          total\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WorkbenchTickets3 {\n          tickets(todo: MY_TICKETS_DUE_SOON) {\n            items {\n              clocks {\n                firstResponse {\n                  dueAt\n                  stoppedAt\n                }\n                resolution {\n                  dueAt\n                  breached\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WorkbenchTickets3 {\n          tickets(todo: MY_TICKETS_DUE_SOON) {\n            items {\n              clocks {\n                firstResponse {\n                  dueAt\n                  stoppedAt\n                }\n                resolution {\n                  dueAt\n                  breached\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkbenchSubmissions3 {\n            submissions {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query WorkbenchSubmissions3 {\n            submissions {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkbenchSubmissions4 {\n            submissions(todo: ASSIGNMENTS_OVERDUE) {\n              total\n            }\n          }\n        "): (typeof documents)["\n          query WorkbenchSubmissions4 {\n            submissions(todo: ASSIGNMENTS_OVERDUE) {\n              total\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WorkbenchWorkbench2 {\n      workbench {\n        today\n        timeZone\n        timeline {\n          kind\n          targetId\n          at\n          endAt\n          day\n          timeZone\n        }\n      }\n    }\n  "): (typeof documents)["\n    query WorkbenchWorkbench2 {\n      workbench {\n        today\n        timeZone\n        timeline {\n          kind\n          targetId\n          at\n          endAt\n          day\n          timeZone\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditTrainees {\n    trainees(pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditTrainees {\n    trainees(pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAuditUpdateTrainee($i: UpdateTraineeInput!) {\n    updateTrainee(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorEnrolmentProgramReport($p: ID!, $k: String!) {\n    programReport(programId: $p, period: $k) {\n      figures\n    }\n  }\n"): (typeof documents)["\n  query CoordinatorEnrolmentProgramReport($p: ID!, $k: String!) {\n    programReport(programId: $p, period: $k) {\n      figures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesPrograms {\n    programs(search: \"疏附县2026\") {\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagesPrograms {\n    programs(search: \"疏附县2026\") {\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MessagesCreateCohort($i: CreateCohortInput!) {\n    createCohort(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      trainee {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessagesEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      trainee {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingTeams {\n    teams(pageSize: 100) {\n      items {\n        id\n        name\n        complete\n        cohortId\n        cohort {\n          endDate\n        }\n        trainees {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchedulingTeams {\n    teams(pageSize: 100) {\n      items {\n        id\n        name\n        complete\n        cohortId\n        cohort {\n          endDate\n        }\n        trainees {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulingCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulingCreateLesson($i: CreateLessonInput!) {\n    createLesson(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulingSchedule($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulingSchedule($i: ScheduleSessionInput!) {\n    scheduleSession(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingSessionsIn($t: ID, $f: String, $to: String) {\n    liveSessions(traineeId: $t, from: $f, to: $to) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query SchedulingSessionsIn($t: ID, $f: String, $to: String) {\n    liveSessions(traineeId: $t, from: $f, to: $to) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsSessionsStart($id: ID!) {\n    liveSession(id: $id) {\n      scheduledStart\n    }\n  }\n"): (typeof documents)["\n  query TeamsSessionsStart($id: ID!) {\n    liveSession(id: $id) {\n      scheduledStart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsSessionsCohorts {\n    cohorts(search: \"定西第一期\", pageSize: 1) {\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsSessionsCohorts {\n    cohorts(search: \"定西第一期\", pageSize: 1) {\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsSessionsTrainees($status: TraineeStatus) {\n    trainees(status: $status, pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsSessionsTrainees($status: TraineeStatus) {\n    trainees(status: $status, pageSize: 1) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsSessionsEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsSessionsEnrol($i: EnrolTraineesInput!) {\n    enrolTrainees(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsSessionsWorkload {\n    staffWorkload {\n      load\n      cap\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsSessionsWorkload {\n    staffWorkload {\n      load\n      cap\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsSessionsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsSessionsCreateTeam($i: CreateTeamInput!) {\n    createTeam(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsSessionsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsSessionsAssignTeam($i: AssignTeamInput!) {\n    assignTeam(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineePortalPhoneWorkbench {\n    workbench {\n      today\n      timeZone\n      timeline {\n        kind\n        targetId\n        title\n        at\n        day\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraineePortalPhoneWorkbench {\n    workbench {\n      today\n      timeZone\n      timeline {\n        kind\n        targetId\n        title\n        at\n        day\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineePortalPhoneLessonProgram($id: ID!) {\n    lesson(id: $id) {\n      cohort {\n        program {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraineePortalPhoneLessonProgram($id: ID!) {\n    lesson(id: $id) {\n      cohort {\n        program {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TraineePortalPhoneMoveProgram($i: UpdateProgramInput!) {\n    updateProgram(input: $i) {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation TraineePortalPhoneMoveProgram($i: UpdateProgramInput!) {\n    updateProgram(input: $i) {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    phase\n    progress\n    total\n    error\n    attempts\n    report {\n      imported\n      rows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    phase\n    progress\n    total\n    error\n    attempts\n    report {\n      imported\n      rows\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query SupportImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;