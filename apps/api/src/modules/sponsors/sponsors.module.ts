import { Module } from '@nestjs/common';
import { SponsorsResolver } from './sponsors.resolver';
import { SponsorsService } from './sponsors.service';

@Module({ providers: [SponsorsResolver, SponsorsService] })
export class SponsorsModule {}
