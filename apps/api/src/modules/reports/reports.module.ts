// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './reports.loaders';

import { Module } from '@nestjs/common';

import { ReportsController } from './export/reports.controller';
import { ProgramReportsResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ providers: [ReportsResolver, ProgramReportsResolver, ReportsService], controllers: [ReportsController] })
export class ReportsModule {}
