import { Module } from '@nestjs/common';
import { CohortAttendanceResolver, LessonsResolver, TraineeAttendanceResolver } from './lessons.resolver';
import { LessonsService } from './lessons.service';

@Module({ providers: [LessonsResolver, CohortAttendanceResolver, TraineeAttendanceResolver, LessonsService] })
export class LessonsModule {}
