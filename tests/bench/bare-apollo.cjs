// The baseline of bench:api: a bare Apollo Server 5 answering `{ me { id name } }` with a constant.
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const server = new ApolloServer({
  typeDefs: 'type Me { id: ID! name: String! } type Query { me: Me }',
  resolvers: { Query: { me: () => ({ id: 'u1', name: '协调员' }) } },
});
startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } }).then(({ url }) =>
  console.log(url),
);
