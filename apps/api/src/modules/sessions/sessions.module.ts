import { Module } from '@nestjs/common';
import { LiveSessionItemResolver, ProgramSalesResolver, SessionsResolver, TeamResultsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({ providers: [SessionsResolver, LiveSessionItemResolver, TeamResultsResolver, ProgramSalesResolver, SessionsService] })
export class SessionsModule {}
