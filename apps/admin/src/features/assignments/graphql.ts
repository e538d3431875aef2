import { graphql } from '../../gql';

export const ASSIGNMENT_GRID = graphql(`
  query AssignmentGrid($cohortId: ID!, $only: GridFilter) {
    assignmentGrid(cohortId: $cohortId, only: $only) {
      assignments {
        id
        title
        kind
        dueAt
        maxScore
      }
      rows {
        trainee {
          id
          name
          nameHint {
            phoneTail
            hometown
          }
        }
        cells {
          id
          status
          score
          late
          overdue
        }
      }
    }
  }
`);

export const SUBMISSION = graphql(`
  query Submission($id: ID!) {
    submission(id: $id) {
      id
      status
      text
      links
      submittedAt
      late
      feedback
      score
      version
      overdue
      scoresByCriterion {
        name
        score
      }
      files {
        id
        originalName
        contentType
        size
        createdAt
      }
      trainee {
        id
        name
        nameHint {
          phoneTail
          hometown
        }
      }
      assignment {
        id
        title
        instructions
        kind
        dueAt
        maxScore
        rubric {
          name
          points
        }
      }
    }
  }
`);

export const MY_SUBMISSIONS = graphql(`
  query MySubmissions {
    mySubmissions {
      id
      status
      text
      links
      submittedAt
      late
      feedback
      score
      version
      overdue
      scoresByCriterion {
        name
        score
      }
      files {
        id
        originalName
        contentType
        size
        createdAt
      }
      assignment {
        id
        title
        instructions
        kind
        dueAt
        maxScore
        rubric {
          name
          points
        }
      }
    }
  }
`);

export const CREATE_ASSIGNMENT = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
    }
  }
`);

export const SUBMIT_ASSIGNMENT = graphql(`
  mutation SubmitAssignment($input: SubmitAssignmentInput!) {
    submitAssignment(input: $input) {
      id
      status
      text
      links
      submittedAt
      late
      version
    }
  }
`);

export const RETURN_SUBMISSION = graphql(`
  mutation ReturnSubmission($input: ReturnSubmissionInput!) {
    returnSubmission(input: $input) {
      id
      status
      feedback
      version
    }
  }
`);

export const GRADE_SUBMISSION = graphql(`
  mutation GradeSubmission($input: GradeSubmissionInput!) {
    gradeSubmission(input: $input) {
      id
      status
      score
      feedback
      version
      scoresByCriterion {
        name
        score
      }
    }
  }
`);

export const SUBMISSION_LIST = graphql(`
  query SubmissionList($page: Int, $pageSize: Int, $status: SubmissionStatus, $cohortId: ID, $todo: TodoCard) {
    submissions(page: $page, pageSize: $pageSize, status: $status, cohortId: $cohortId, todo: $todo) {
      total
      items {
        id
        status
        submittedAt
        late
        overdue
        score
        trainee {
          id
          name
        }
        assignment {
          id
          title
          dueAt
          maxScore
          cohort {
            id
            name
          }
        }
      }
    }
  }
`);
