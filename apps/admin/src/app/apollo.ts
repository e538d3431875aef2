import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

import { QUERY_FAILED_EVENT, UNAUTHENTICATED_EVENT } from './events';

export { QUERY_FAILED_EVENT, UNAUTHENTICATED_EVENT };

/** The answers for a record that does not exist or is not the reader's: its page says so (no toast). */
export const NOT_THERE_CODES: readonly string[] = ['NOT_FOUND', 'FORBIDDEN'];

/** When the session ends (logout elsewhere, deactivation, expiry) the shell goes back to the sign-in page. */
const sessionEnded = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    return;
  }
  // Mutations report their own errors beside the form; NOT_FOUND/FORBIDDEN pages render their own result.
  const isQuery = operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query');
  const quiet =
    CombinedGraphQLErrors.is(error) &&
    error.errors.every((e) => NOT_THERE_CODES.includes(e.extensions?.code as string));
  if (isQuery && !quiet) window.dispatchEvent(new CustomEvent(QUERY_FAILED_EVENT, { detail: error.message }));
});

export const apolloClient = new ApolloClient({
  // The session is an httpOnly cookie on the same origin; nothing to attach by hand.
  link: sessionEnded.concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
  cache: new InMemoryCache({
    typePolicies: {
      // Paged lists are queried per page with their own variables; no merging needed.
      PlatformAccount: { keyFields: false },
    },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
