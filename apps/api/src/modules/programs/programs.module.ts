// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './programs.loaders';

import { Module } from '@nestjs/common';

import { ProgramsResolver } from './programs.resolver';
import { ProgramsService } from './programs.service';

@Module({ providers: [ProgramsResolver, ProgramsService] })
export class ProgramsModule {}
