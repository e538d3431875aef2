// Writes apps/api/schema.gql from the code-first resolvers (no database needed), or with --check fails when
// the committed file differs from what the code produces.
import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { RESOLVERS } from '../src/resolvers';

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
