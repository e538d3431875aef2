// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './teams.loaders';

import { Module } from '@nestjs/common';

import { TeamAssignmentResolver, TeamsResolver, TraineeTeamResolver } from './teams.resolver';
import { TeamsService } from './teams.service';

@Module({ providers: [TeamsResolver, TeamAssignmentResolver, TraineeTeamResolver, TeamsService] })
export class TeamsModule {}
