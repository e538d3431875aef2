// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './assignments.loaders';

import { Module } from '@nestjs/common';

import { AssignmentsResolver, SubmissionResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';
import { GradesExportController } from './export/grades-export.controller';

@Module({
  providers: [AssignmentsResolver, SubmissionResolver, AssignmentsService],
  controllers: [GradesExportController],
})
export class AssignmentsModule {}
