import { Module } from '@nestjs/common';

import { ImportsResolver } from './imports.resolver';

/** Watching imports. Each import kind is started and run by the module that owns its data (lessons, sessions). */
@Module({ providers: [ImportsResolver] })
export class ImportsModule {}
