import { Module } from '@nestjs/common';
import { GraduationResolver, TraineeOutcomesResolver } from './graduation.resolver';
import { GraduationService } from './graduation.service';

@Module({ providers: [GraduationResolver, TraineeOutcomesResolver, GraduationService] })
export class GraduationModule {}
