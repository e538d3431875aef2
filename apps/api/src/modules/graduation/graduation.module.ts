import { Module } from '@nestjs/common';
import { GraduationResolver, TraineeOutcomesResolver } from './graduation.resolver';
import { GraduationService } from './graduation.service';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './graduation.loaders';

@Module({ providers: [GraduationResolver, TraineeOutcomesResolver, GraduationService] })
export class GraduationModule {}
