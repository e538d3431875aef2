import { Module } from '@nestjs/common';
import { AttendanceSheetRowResolver, CohortAttendanceResolver, LessonsResolver, TraineeAttendanceResolver } from './lessons.resolver';
import { LessonsService } from './lessons.service';

@Module({ providers: [LessonsResolver, AttendanceSheetRowResolver, CohortAttendanceResolver, TraineeAttendanceResolver, LessonsService] })
export class LessonsModule {}
