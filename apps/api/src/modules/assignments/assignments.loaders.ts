import type { Prisma } from '@grassroots/db';
import type DataLoader from 'dataloader';

import { assignmentScope, submissionScope } from '../../core/auth/scopes';
import { byId, groupedBy } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import {
  type Assignment,
  ASSIGNMENT_SELECT,
  PRACTICE_FILE_SELECT,
  type PracticeFile,
  toAssignment,
} from './models/assignment.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    assignment: DataLoader<string, Assignment | null>;
    /** Practice files on submissions the caller reaches (the same scope as the submission itself). */
    filesBySubmission: DataLoader<string, (PracticeFile & { submissionId: string })[]>;
  }
}

registerLoaders({
  assignment: ({ prisma, actor }) =>
    byId(
      () => assignmentScope(actor()),
      async (where) => (await prisma.assignment.findMany({ where, select: ASSIGNMENT_SELECT })).map(toAssignment),
    ),
  filesBySubmission: ({ prisma, actor }) =>
    groupedBy<PracticeFile & { submissionId: string }, Prisma.StoredFileWhereInput>(
      'submissionId',
      () => ({ purpose: 'practice', submission: submissionScope(actor()) }),
      async (where) =>
        (
          await prisma.storedFile.findMany({
            where,
            select: PRACTICE_FILE_SELECT,
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          })
        ).map((r) => ({ ...r, submissionId: r.submissionId! })),
    ),
});
