import type { Database, PrismaClient } from '@grassroots/db';
import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';

export const DATABASE = Symbol('DATABASE');

/**
 * The opened database. Services query through `this.db.prisma`; the few hot or raw paths (the session lookup of
 * every request, file bytes) use `this.db.database.query` through the same driver.
 */
@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) readonly database: Database) {}

  get prisma(): PrismaClient {
    return this.database.prisma;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE, useValue: database }, DatabaseService],
      exports: [DatabaseService],
    };
  }
}
