import { Module } from '@nestjs/common';

import { QcResolver } from './qc.resolver';
import { QcService } from './qc.service';

@Module({ providers: [QcResolver, QcService] })
export class QcModule {}
