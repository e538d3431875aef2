import { Module } from '@nestjs/common';

import { ProductsResolver, SuppliersResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';

@Module({ providers: [SuppliersResolver, ProductsResolver, CatalogueService], exports: [CatalogueService] })
export class CatalogueModule {}
