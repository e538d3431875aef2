import { Module } from '@nestjs/common';
import { AssignmentsResolver, SubmissionResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';

@Module({ providers: [AssignmentsResolver, SubmissionResolver, AssignmentsService] })
export class AssignmentsModule {}
