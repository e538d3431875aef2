// The framework floor of bench:api: NestJS on Express with @nestjs/graphql's Apollo driver — the same platform as the
// app, with none of the app's own work (no session, policy guard, query limits, audit, logging, security headers) —
// answering `{ me { id name } }` with a constant. What this costs beyond the bare Apollo Server is the platform's;
// what the app costs beyond this is ours.
require('reflect-metadata');
const { Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { GraphQLModule } = require('@nestjs/graphql');
const { ApolloDriver } = require('@nestjs/apollo');

class AppModule {}
Module({
  imports: [
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      typeDefs: 'type Me { id: ID! name: String! } type Query { me: Me }',
      resolvers: { Query: { me: () => ({ id: 'u1', name: '协调员' }) } },
      playground: false,
      graphiql: false,
    }),
  ],
})(AppModule);

NestFactory.create(AppModule, { logger: false })
  .then((app) => app.listen(Number(process.env.PORT), '127.0.0.1'))
  .then(() => console.log('listening'));
