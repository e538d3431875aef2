import { Module } from '@nestjs/common';
import { EnrolmentsResolver } from './enrolments.resolver';
import { EnrolmentsService } from './enrolments.service';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './enrolments.loaders';

@Module({ providers: [EnrolmentsResolver, EnrolmentsService] })
export class EnrolmentsModule {}
