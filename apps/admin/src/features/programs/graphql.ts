import { graphql } from '../../gql';

export const PROGRAMS = graphql(`
  query Programs($page: Int, $pageSize: Int, $search: String, $sponsorId: ID) {
    programs(page: $page, pageSize: $pageSize, search: $search, sponsorId: $sponsorId) {
      total
      items {
        id
        name
        region
        startDate
        endDate
        budget
        targetShortTermTrainees
        targetLongTermTrainees
        targetGmv
        traineeCounts {
          enrolled
          inTraining
          graduated
          dropped
        }
        sponsor {
          id
          name
        }
      }
    }
  }
`);

export const PROGRAM_OPTIONS = graphql(`
  query ProgramOptions {
    programs(pageSize: 100) {
      items {
        id
        name
        startDate
        endDate
      }
    }
  }
`);

export const PROGRAM = graphql(`
  query Program($id: ID!) {
    program(id: $id) {
      id
      name
      region
      startDate
      endDate
      budget
      targetShortTermTrainees
      targetLongTermTrainees
      targetGmv
      traineeCounts {
        enrolled
        inTraining
        graduated
        dropped
      }
      gradMinAttendancePct
      gradMinGraded
      gradMinAveragePct
      gradMinSessions
      gradMinGmv
      timeZone
      liveSales {
        sessions
        gmv
        netResult
        viewers
        orders
      }
      sponsor {
        id
        name
      }
      cohorts {
        id
        name
        track
        status
        startDate
        endDate
        capacity
        enrolledCount
        location
      }
    }
  }
`);

export const CREATE_PROGRAM = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
    }
  }
`);

export const UPDATE_PROGRAM = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      id
      name
      region
      startDate
      endDate
      budget
      targetShortTermTrainees
      targetLongTermTrainees
      targetGmv
      gradMinAttendancePct
      gradMinGraded
      gradMinAveragePct
      gradMinSessions
      gradMinGmv
      timeZone
    }
  }
`);
