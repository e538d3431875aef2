import { Module } from '@nestjs/common';
import { TicketsExportController } from './export/tickets-export.controller';
import { AfterSalesResolver } from './aftersales.resolver';
import { AfterSalesService } from './aftersales.service';

@Module({ providers: [AfterSalesResolver, AfterSalesService], controllers: [TicketsExportController] })
export class AfterSalesModule {}
