import { Module } from '@nestjs/common';
import { SessionsExportController } from './export/sessions-export.controller';
import { LiveSessionItemResolver, ProgramSalesResolver, SessionsResolver, TeamResultsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './sessions.loaders';

@Module({ providers: [SessionsResolver, LiveSessionItemResolver, TeamResultsResolver, ProgramSalesResolver, SessionsService], controllers: [SessionsExportController] })
export class SessionsModule {}
