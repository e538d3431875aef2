import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';

import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditService } from './audit/audit.service';
import { PolicyGuard } from './auth/policy.guard';
import { SessionService } from './auth/session.service';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { HealthController } from './health.controller';
import { ShutdownDrain } from './operability/shutdown';
import { ZodValidationPipe } from './validation/zod-validation.pipe';

@Global()
@Module({
  controllers: [HealthController],
  providers: [
    AuditService,
    SessionService,
    ShutdownDrain,
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_PIPE, useClass: ZodValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
  exports: [AuditService, SessionService],
})
export class CoreModule {}
