/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CohortStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED'
  | 'RECRUITING';

export type CohortTrack =
  | 'LONG_TERM'
  | 'SHORT_TERM';

export type CreateCohortInput = {
  capacity: number;
  /** YYYY-MM-DD */
  endDate: string;
  location: string;
  name: string;
  programId: string | number;
  /** YYYY-MM-DD */
  startDate: string;
  status?: CohortStatus | null | undefined;
  track: CohortTrack;
};

export type CreateProgramInput = {
  /** CNY, decimal string */
  budget: string;
  /** YYYY-MM-DD */
  endDate: string;
  name: string;
  region: string;
  sponsorId: string | number;
  /** YYYY-MM-DD */
  startDate: string;
  /** CNY, decimal string */
  targetGmv: string;
  targetLongTermTrainees: number;
  targetShortTermTrainees: number;
  /** IANA time zone of its times (default Asia/Shanghai) */
  timeZone?: string | null | undefined;
};

export type CreateSponsorInput = {
  contactEmail?: string | null | undefined;
  contactName: string;
  contactPhone: string;
  name: string;
  region: string;
};

export type CreateTraineeInput = {
  background?: string | null | undefined;
  hometown: string;
  name: string;
  /** 18-character resident ID number; stored encrypted */
  nationalId: string;
  /** 11-digit mainland mobile number */
  phone: string;
  platformAccounts?: Array<PlatformAccountInput> | null | undefined;
  status?: TraineeStatus | null | undefined;
};

export type EnrolTraineesInput = {
  cohortId: string | number;
  /** All are enrolled, or none (every problem is reported per entry) */
  traineeIds: Array<string | number>;
};

export type EnrolmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'WITHDRAWN';

export type PlatformAccountInput = {
  handle: string;
  platform: StreamPlatform;
};

export type StreamPlatform =
  | 'DOUYIN'
  | 'KUAISHOU'
  | 'OTHER'
  | 'TAOBAO_LIVE'
  | 'WECHAT_CHANNELS';

export type TraineeStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'DROPPED'
  | 'ENROLLED'
  | 'GRADUATED';

export type UpdateCohortInput = {
  capacity?: number | null | undefined;
  endDate?: string | null | undefined;
  id: string | number;
  location?: string | null | undefined;
  name?: string | null | undefined;
  startDate?: string | null | undefined;
  status?: CohortStatus | null | undefined;
  track?: CohortTrack | null | undefined;
};

export type UpdateProgramInput = {
  budget?: string | null | undefined;
  endDate?: string | null | undefined;
  /** Graduation: minimum attendance, percent */
  gradMinAttendancePct?: number | null | undefined;
  /** Graduation: minimum average score, percent of the maximum */
  gradMinAveragePct?: number | null | undefined;
  /** Graduation: or minimum GMV in CNY */
  gradMinGmv?: string | null | undefined;
  /** Graduation: minimum number of graded assignments */
  gradMinGraded?: number | null | undefined;
  /** Graduation: minimum live sessions (applies once sessions are recorded) */
  gradMinSessions?: number | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  region?: string | null | undefined;
  startDate?: string | null | undefined;
  targetGmv?: string | null | undefined;
  targetLongTermTrainees?: number | null | undefined;
  targetShortTermTrainees?: number | null | undefined;
  /** IANA time zone of its times, e.g. Asia/Shanghai or Asia/Urumqi */
  timeZone?: string | null | undefined;
};

export type UpdateTraineeInput = {
  background?: string | null | undefined;
  hometown?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  nationalId?: string | null | undefined;
  phone?: string | null | undefined;
  platformAccounts?: Array<PlatformAccountInput> | null | undefined;
  status?: TraineeStatus | null | undefined;
};

export type WithdrawEnrolmentInput = {
  id: string | number;
  reason: string;
};

export type ProgramsCohortsCreateSponsorMutationVariables = Exact<{
  i: CreateSponsorInput;
}>;


export type ProgramsCohortsCreateSponsorMutation = { createSponsor: { id: string, name: string, contactEmail: string | null } };

export type ProgramsCohortsCreateProgramMutationVariables = Exact<{
  i: CreateProgramInput;
}>;


export type ProgramsCohortsCreateProgramMutation = { createProgram: { id: string, name: string, budget: string, targetGmv: string, startDate: string, endDate: string, sponsor: { name: string } | null } };

export type ProgramsCohortsCreateCohortMutationVariables = Exact<{
  i: CreateCohortInput;
}>;


export type ProgramsCohortsCreateCohortMutation = { createCohort: { id: string, name: string, status: CohortStatus, capacity: number, seatsLeft: number, program: { id: string } | null } };

export type ProgramsCohortsUpdateCohortMutationVariables = Exact<{
  i: UpdateCohortInput;
}>;


export type ProgramsCohortsUpdateCohortMutation = { updateCohort: { id: string, status: CohortStatus, capacity: number } };

export type ProgramsCohortsEnrolTraineesMutationVariables = Exact<{
  i: EnrolTraineesInput;
}>;


export type ProgramsCohortsEnrolTraineesMutation = { enrolTrainees: Array<{ id: string, status: EnrolmentStatus, trainee: { id: string, status: TraineeStatus } | null }> };

export type ProgramsCohortsUpdateProgramMutationVariables = Exact<{
  i: UpdateProgramInput;
}>;


export type ProgramsCohortsUpdateProgramMutation = { updateProgram: { id: string, timeZone: string } };

export type ProgramsCohortsProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramsCohortsProgramQuery = { program: { timeZone: string } };

export type ProgramsCohortsProgram2QueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramsCohortsProgram2Query = { program: { traineeCounts: { enrolled: number, inTraining: number, graduated: number, dropped: number } } };

export type ProgramsCohortsCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsCohortsCohortsQuery = { cohorts: { total: number } };

export type ProgramsCohortsCohorts2QueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type ProgramsCohortsCohorts2Query = { cohorts: { total: number, page: number, items: Array<{ name: string }> } };

export type ProgramsCohortsCohorts3QueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type ProgramsCohortsCohorts3Query = { cohorts: { total: number } };

export type ProgramsCohortsProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsCohortsProgramsQuery = { programs: { items: Array<{ name: string, cohortCount: number, enrolledCount: number }> } };

export type ProgramsCohortsWithdrawEnrolmentMutationVariables = Exact<{
  i: WithdrawEnrolmentInput;
}>;


export type ProgramsCohortsWithdrawEnrolmentMutation = { withdrawEnrolment: { status: EnrolmentStatus, withdrawReason: string | null } };

export type ProgramsCohortsTraineesQueryVariables = Exact<{
  c?: string | number | null | undefined;
}>;


export type ProgramsCohortsTraineesQuery = { trainees: { items: Array<{ id: string }> } };

export type ProgramsCohortsCreateTraineeMutationVariables = Exact<{
  i: CreateTraineeInput;
}>;


export type ProgramsCohortsCreateTraineeMutation = { createTrainee: { id: string, status: TraineeStatus, phone: string, nationalIdMasked: string | null, platformAccounts: Array<{ platform: StreamPlatform, handle: string }> } };

export type ProgramsCohortsUpdateTraineeMutationVariables = Exact<{
  i: UpdateTraineeInput;
}>;


export type ProgramsCohortsUpdateTraineeMutation = { updateTrainee: { status: TraineeStatus } };


export const ProgramsCohortsCreateSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsCreateSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSponsorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSponsor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCreateSponsorMutation, ProgramsCohortsCreateSponsorMutationVariables>;
export const ProgramsCohortsCreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsCreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"targetGmv"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCreateProgramMutation, ProgramsCohortsCreateProgramMutationVariables>;
export const ProgramsCohortsCreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsCreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCreateCohortMutation, ProgramsCohortsCreateCohortMutationVariables>;
export const ProgramsCohortsUpdateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsUpdateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsUpdateCohortMutation, ProgramsCohortsUpdateCohortMutationVariables>;
export const ProgramsCohortsEnrolTraineesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsEnrolTrainees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolTraineesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolTrainees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsEnrolTraineesMutation, ProgramsCohortsEnrolTraineesMutationVariables>;
export const ProgramsCohortsUpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsUpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsUpdateProgramMutation, ProgramsCohortsUpdateProgramMutationVariables>;
export const ProgramsCohortsProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsProgramQuery, ProgramsCohortsProgramQueryVariables>;
export const ProgramsCohortsProgram2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsProgram2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traineeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"inTraining"}},{"kind":"Field","name":{"kind":"Name","value":"graduated"}},{"kind":"Field","name":{"kind":"Name","value":"dropped"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsProgram2Query, ProgramsCohortsProgram2QueryVariables>;
export const ProgramsCohortsCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"101"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCohortsQuery, ProgramsCohortsCohortsQueryVariables>;
export const ProgramsCohortsCohorts2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsCohorts2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"定西","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCohorts2Query, ProgramsCohortsCohorts2QueryVariables>;
export const ProgramsCohortsCohorts3Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsCohorts3"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"track"},"value":{"kind":"EnumValue","value":"LONG_TERM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCohorts3Query, ProgramsCohortsCohorts3QueryVariables>;
export const ProgramsCohortsProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"马铃薯","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cohortCount"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsProgramsQuery, ProgramsCohortsProgramsQueryVariables>;
export const ProgramsCohortsWithdrawEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsWithdrawEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsWithdrawEnrolmentMutation, ProgramsCohortsWithdrawEnrolmentMutationVariables>;
export const ProgramsCohortsTraineesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsCohortsTrainees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"availableForCohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsTraineesQuery, ProgramsCohortsTraineesQueryVariables>;
export const ProgramsCohortsCreateTraineeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsCreateTrainee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTraineeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"platformAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsCreateTraineeMutation, ProgramsCohortsCreateTraineeMutationVariables>;
export const ProgramsCohortsUpdateTraineeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsCohortsUpdateTrainee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTraineeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgramsCohortsUpdateTraineeMutation, ProgramsCohortsUpdateTraineeMutationVariables>;