import { Module } from '@nestjs/common';

import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';

@Module({ providers: [AuthResolver, AuthService, LoginThrottleService] })
export class AuthModule {}
