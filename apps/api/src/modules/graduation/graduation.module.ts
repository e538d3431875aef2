// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './graduation.loaders';

import { Module } from '@nestjs/common';

import { GraduationResolver, TraineeOutcomesResolver } from './graduation.resolver';
import { GraduationService } from './graduation.service';

@Module({ providers: [GraduationResolver, TraineeOutcomesResolver, GraduationService] })
export class GraduationModule {}
