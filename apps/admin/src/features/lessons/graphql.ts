import { graphql } from '../../gql';

export const COHORT_LESSONS = graphql(`
  query CohortLessons($cohortId: ID!, $page: Int, $pageSize: Int, $from: String, $to: String) {
    lessons(cohortId: $cohortId, page: $page, pageSize: $pageSize, from: $from, to: $to) {
      total
      items {
        id
        date
        startTime
        endTime
        topic
        kind
        location
        instructor {
          id
          name
        }
        attendanceSummary {
          present
          late
          absent
          excused
          rate
        }
      }
    }
  }
`);

export const LESSON = graphql(`
  query Lesson($id: ID!) {
    lesson(id: $id) {
      id
      date
      startTime
      endTime
      topic
      kind
      location
      instructor {
        id
        name
      }
      cohort {
        id
        name
        seatsLeft
        enrolledCount
        program {
          id
          timeZone
        }
      }
      attendanceSummary {
        present
        late
        absent
        excused
        rate
      }
      attendanceSheet {
        status
        note
        traineeId
        traineeName
        nameHint {
          phoneTail
          hometown
        }
      }
    }
  }
`);

export const STAFF_MEMBERS = graphql(`
  query StaffMembers {
    staffMembers {
      id
      name
    }
  }
`);

export const CREATE_LESSON = graphql(`
  mutation CreateLesson($input: CreateLessonInput!) {
    createLesson(input: $input) {
      id
    }
  }
`);

export const UPDATE_LESSON = graphql(`
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      id
      date
      startTime
      endTime
      topic
      kind
      location
      instructor {
        id
        name
      }
    }
  }
`);

export const DELETE_LESSON = graphql(`
  mutation DeleteLesson($id: ID!) {
    deleteLesson(id: $id)
  }
`);

export const MARK_ATTENDANCE = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      id
      traineeId
      status
      note
    }
  }
`);

export const COHORT_ATTENDANCE = graphql(`
  query CohortAttendance($cohortId: ID!) {
    cohort(id: $cohortId) {
      id
      attendanceRate
    }
    cohortAttendance(cohortId: $cohortId) {
      trainee {
        id
        name
        nameHint {
          phoneTail
          hometown
        }
      }
      summary {
        present
        late
        absent
        excused
        rate
      }
    }
  }
`);

export const MY_LESSONS = graphql(`
  query MyLessons($from: String) {
    lessons(from: $from, pageSize: 10) {
      total
      items {
        id
        date
        startTime
        endTime
        topic
        kind
        location
        instructor {
          name
        }
        cohort {
          name
        }
      }
    }
  }
`);

/** The month calendar needs little per lesson (and stays under the API's query-cost limit at 62 rows). */
export const COHORT_CALENDAR = graphql(`
  query CohortCalendar($cohortId: ID!, $from: String, $to: String) {
    lessons(cohortId: $cohortId, pageSize: 62, from: $from, to: $to) {
      items {
        id
        date
        startTime
        topic
        kind
      }
    }
  }
`);

export const MY_ATTENDANCE = graphql(`
  query MyAttendance($from: String, $to: String) {
    lessons(from: $from, to: $to, pageSize: 60) {
      items {
        id
        date
        startTime
        topic
        attendance {
          status
          note
        }
      }
    }
  }
`);

export const IMPORT_LESSONS = graphql(`
  mutation ImportLessons($input: ImportCsvInput!) {
    importLessons(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const IMPORT_ATTENDANCE = graphql(`
  mutation ImportAttendance($input: ImportCsvInput!) {
    importAttendance(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const LESSON_LIST = graphql(`
  query LessonList($page: Int, $pageSize: Int, $from: String, $to: String, $cohortId: ID, $todo: TodoCard) {
    lessons(page: $page, pageSize: $pageSize, from: $from, to: $to, cohortId: $cohortId, todo: $todo) {
      total
      items {
        id
        date
        startTime
        endTime
        topic
        kind
        location
        cohort {
          id
          name
        }
        instructor {
          id
          name
        }
      }
    }
  }
`);
