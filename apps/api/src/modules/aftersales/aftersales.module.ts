import { Module } from '@nestjs/common';
import { AfterSalesResolver } from './aftersales.resolver';
import { AfterSalesService } from './aftersales.service';
// Registers this module's DataLoaders (core assembles them per request without importing modules).
import './aftersales.loaders';

@Module({ providers: [AfterSalesResolver, AfterSalesService] })
export class AfterSalesModule {}
