import { Module } from '@nestjs/common';
import { TicketsExportController } from './export/tickets-export.controller';
import { AfterSalesResolver } from './aftersales.resolver';
import { AfterSalesService } from './aftersales.service';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './aftersales.loaders';

@Module({ providers: [AfterSalesResolver, AfterSalesService], controllers: [TicketsExportController] })
export class AfterSalesModule {}
