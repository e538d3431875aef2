import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { ImportJob } from '../../core/jobs/job.model';
import { CatalogueService } from './catalogue.service';
import {
  CreateProductInput,
  CreateSupplierInput,
  ImportProductsInput,
  ProductsArgs,
  SuppliersArgs,
  SuspendProductInput,
  UpdateProductInput,
  UpdateSupplierInput,
} from './dto/catalogue.input';
import { GateProblem, Product, ProductPage, Supplier, SupplierPage, SupplierScorecard } from './models/catalogue.model';

@Resolver(() => Supplier)
export class SuppliersResolver {
  constructor(private readonly service: CatalogueService) {}

  @Query(() => SupplierPage)
  @RequirePolicy(Permission.SUPPLIERS_READ)
  suppliers(@CurrentUser() actor: Actor, @Args() args: SuppliersArgs) {
    return this.service.suppliers(actor, args);
  }

  @Query(() => Supplier)
  @RequirePolicy(Permission.SUPPLIERS_READ)
  supplier(@Args('id', { type: () => ID }) id: string) {
    return this.service.supplier(id);
  }

  @Mutation(() => Supplier)
  @RequirePolicy(Permission.SUPPLIERS_WRITE)
  createSupplier(@Args('input') input: CreateSupplierInput) {
    return this.service.createSupplier(input);
  }

  @Mutation(() => Supplier, { description: 'Replaces the details and the licences' })
  @RequirePolicy(Permission.SUPPLIERS_WRITE)
  updateSupplier(@Args('input') input: UpdateSupplierInput) {
    return this.service.updateSupplier(input);
  }

  @ResolveField(() => SupplierScorecard)
  @RequirePolicy(Permission.SUPPLIERS_READ)
  scorecard(@Parent() s: Supplier) {
    return this.service.scorecard(s.id);
  }
}

@Resolver(() => Product)
export class ProductsResolver {
  constructor(private readonly service: CatalogueService) {}

  @Query(() => ProductPage)
  @RequirePolicy(Permission.PRODUCTS_READ)
  products(@CurrentUser() actor: Actor, @Args() args: ProductsArgs) {
    return this.service.products(actor, args);
  }

  @Query(() => Product)
  @RequirePolicy(Permission.PRODUCTS_READ)
  product(@Args('id', { type: () => ID }) id: string) {
    return this.service.product(id);
  }

  @Mutation(() => ImportJob, {
    description:
      'Starts importing products as DRAFTs (a job: poll importJob): all rows or none, with every problem by row and column',
  })
  @RequirePolicy(Permission.PRODUCTS_WRITE)
  importProducts(@CurrentUser() actor: Actor, @Args('input') input: ImportProductsInput) {
    return this.service.startImportProducts(actor, input);
  }

  @Mutation(() => Product, { description: 'Adds a product as a DRAFT' })
  @RequirePolicy(Permission.PRODUCTS_WRITE)
  createProduct(@Args('input') input: CreateProductInput) {
    return this.service.createProduct(input);
  }

  @Mutation(() => Product, {
    description: 'Changing supplier, name or category sends an approved product back to DRAFT',
  })
  @RequirePolicy(Permission.PRODUCTS_WRITE)
  updateProduct(@Args('input') input: UpdateProductInput) {
    return this.service.updateProduct(input);
  }

  @Mutation(() => Product, { description: 'DRAFT or REJECTED → PENDING_QC; QC gets a task' })
  @RequirePolicy(Permission.PRODUCTS_WRITE)
  submitProductForQc(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.submitForQc(actor, id);
  }

  @Mutation(() => Product, { description: 'APPROVED → SUSPENDED; QC gets a re-inspection task' })
  @RequirePolicy(Permission.INSPECTIONS_WRITE)
  suspendProduct(@CurrentUser() actor: Actor, @Args('input') input: SuspendProductInput) {
    return this.service.suspend(actor, input);
  }

  @ResolveField(() => [GateProblem], {
    description: 'What keeps it out of live sessions now (empty: it may be featured)',
  })
  @RequirePolicy(Permission.PRODUCTS_READ)
  gateProblems(@Parent() p: Product, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.gateProblems.load(p.id);
  }
}
