import { Module } from '@nestjs/common';
import { AfterSalesResolver } from './aftersales.resolver';
import { AfterSalesService } from './aftersales.service';

@Module({ providers: [AfterSalesResolver, AfterSalesService] })
export class AfterSalesModule {}
