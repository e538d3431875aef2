import { Module } from '@nestjs/common';
import { TeamAssignmentResolver, TeamsResolver, TraineeTeamResolver } from './teams.resolver';
import { TeamsService } from './teams.service';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './teams.loaders';

@Module({ providers: [TeamsResolver, TeamAssignmentResolver, TraineeTeamResolver, TeamsService] })
export class TeamsModule {}
