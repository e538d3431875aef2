// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './cohorts.loaders';

import { Module } from '@nestjs/common';

import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({ providers: [CohortsResolver, CohortsService] })
export class CohortsModule {}
