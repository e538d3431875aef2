import { Module } from '@nestjs/common';
import { AttendanceSheetRowResolver, CohortAttendanceResolver, LessonsResolver, TraineeAttendanceResolver } from './lessons.resolver';
import { LessonsService } from './lessons.service';
import { CohortExportController } from './export/cohort-export.controller';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './lessons.loaders';

@Module({ providers: [LessonsResolver, AttendanceSheetRowResolver, CohortAttendanceResolver, TraineeAttendanceResolver, LessonsService], controllers: [CohortExportController] })
export class LessonsModule {}
