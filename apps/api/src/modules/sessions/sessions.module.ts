// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './sessions.loaders';

import { Module } from '@nestjs/common';

import { SessionsExportController } from './export/sessions-export.controller';
import {
  LiveSessionItemResolver,
  ProgramSalesResolver,
  SessionsResolver,
  TeamResultsResolver,
} from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  providers: [SessionsResolver, LiveSessionItemResolver, TeamResultsResolver, ProgramSalesResolver, SessionsService],
  controllers: [SessionsExportController],
})
export class SessionsModule {}
