import { type DynamicModule, Module } from '@nestjs/common';

import { FILE_STORE, type FileStore } from '../../core/files/file-store';
import { FilesController } from './files.controller';

@Module({})
export class FilesModule {
  static forRoot(store: FileStore): DynamicModule {
    return {
      module: FilesModule,
      controllers: [FilesController],
      providers: [{ provide: FILE_STORE, useValue: store }],
      exports: [FILE_STORE],
    };
  }
}
