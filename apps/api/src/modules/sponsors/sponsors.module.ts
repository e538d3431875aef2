// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './sponsors.loaders';

import { Module } from '@nestjs/common';

import { SponsorsResolver } from './sponsors.resolver';
import { SponsorsService } from './sponsors.service';

@Module({ providers: [SponsorsResolver, SponsorsService] })
export class SponsorsModule {}
