// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './aftersales.loaders';

import { Module } from '@nestjs/common';

import { AfterSalesResolver } from './aftersales.resolver';
import { AfterSalesService } from './aftersales.service';
import { TicketsExportController } from './export/tickets-export.controller';

@Module({ providers: [AfterSalesResolver, AfterSalesService], controllers: [TicketsExportController] })
export class AfterSalesModule {}
