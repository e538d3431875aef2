import { Module } from '@nestjs/common';
import { GraduationResolver } from './graduation.resolver';
import { GraduationService } from './graduation.service';

@Module({ providers: [GraduationResolver, GraduationService] })
export class GraduationModule {}
