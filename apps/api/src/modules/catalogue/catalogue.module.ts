import { Module } from '@nestjs/common';
import { CatalogueService } from './catalogue.service';
import { ProductsResolver, SuppliersResolver } from './catalogue.resolver';

@Module({ providers: [SuppliersResolver, ProductsResolver, CatalogueService], exports: [CatalogueService] })
export class CatalogueModule {}
