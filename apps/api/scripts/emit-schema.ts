// Writes apps/api/schema.gql from the code-first resolvers (no database needed), or with --check fails when
// the committed file differs from what the code produces.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuthResolver } from '../src/modules/auth/auth.resolver';
import { CohortsResolver } from '../src/modules/cohorts/cohorts.resolver';
import { EnrolmentsResolver } from '../src/modules/enrolments/enrolments.resolver';
import { ProgramsResolver } from '../src/modules/programs/programs.resolver';
import { SponsorsResolver } from '../src/modules/sponsors/sponsors.resolver';
import { TraineesResolver } from '../src/modules/trainees/trainees.resolver';
import { UsersResolver } from '../src/modules/users/users.resolver';

export const RESOLVERS = [AuthResolver, UsersResolver, SponsorsResolver, ProgramsResolver, CohortsResolver, TraineesResolver, EnrolmentsResolver];

export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return `# Generated from the code-first resolvers by \`npm run schema:emit\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

async function main() {
  const file = path.join(__dirname, '..', '..', 'schema.gql');
  const sdl = await buildSchemaSdl();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== sdl) {
      console.error('apps/api/schema.gql is out of date with the resolvers. Run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema.gql matches the code.');
    return;
  }
  fs.writeFileSync(file, sdl);
  console.log(`Wrote ${file}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
