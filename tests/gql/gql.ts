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
};
const documents: Documents = {
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;