// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './enrolments.loaders';

import { Module } from '@nestjs/common';

import { EnrolmentsResolver } from './enrolments.resolver';
import { EnrolmentsService } from './enrolments.service';

@Module({ providers: [EnrolmentsResolver, EnrolmentsService] })
export class EnrolmentsModule {}
