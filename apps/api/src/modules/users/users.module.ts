// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './users.loaders';

import { Module } from '@nestjs/common';

import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({ providers: [UsersResolver, UsersService] })
export class UsersModule {}
