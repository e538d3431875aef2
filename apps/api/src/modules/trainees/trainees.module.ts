// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './trainees.loaders';

import { Module } from '@nestjs/common';

import { TraineesResolver } from './trainees.resolver';
import { TraineesService } from './trainees.service';

@Module({ providers: [TraineesResolver, TraineesService] })
export class TraineesModule {}
