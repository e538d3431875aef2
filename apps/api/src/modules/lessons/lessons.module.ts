// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './lessons.loaders';

import { Module } from '@nestjs/common';

import { CohortExportController } from './export/cohort-export.controller';
import {
  AttendanceSheetRowResolver,
  CohortAttendanceResolver,
  LessonsResolver,
  TraineeAttendanceResolver,
} from './lessons.resolver';
import { LessonsService } from './lessons.service';

@Module({
  providers: [
    LessonsResolver,
    AttendanceSheetRowResolver,
    CohortAttendanceResolver,
    TraineeAttendanceResolver,
    LessonsService,
  ],
  controllers: [CohortExportController],
})
export class LessonsModule {}
