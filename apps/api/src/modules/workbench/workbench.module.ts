import { Module } from '@nestjs/common';

import { WorkbenchResolver } from './workbench.resolver';
import { WorkbenchService } from './workbench.service';

@Module({ providers: [WorkbenchResolver, WorkbenchService] })
export class WorkbenchModule {}
