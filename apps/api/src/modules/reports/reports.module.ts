import { Module } from '@nestjs/common';
import { ReportsController } from './export/reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({ providers: [ReportsResolver, ReportsService], controllers: [ReportsController] })
export class ReportsModule {}
