import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { apiErrors } from '../lib/errors';

/** Fired when the API says the session is missing or over; the layout sends the reader to sign in. */
export const UNAUTHENTICATED_EVENT = 'commonground:unauthenticated';

/** Operations where UNAUTHENTICATED is an answer to show, not a reason to leave the page. */
const NO_REDIRECT = new Set(['SignIn', 'SignUp', 'SignOut', 'Viewer', 'InvitationPreview']);

const errorLink = new ErrorLink(({ error, operation }) => {
  if (NO_REDIRECT.has(operation.operationName ?? '')) return;
  if (apiErrors(error).some((e) => e.code === 'UNAUTHENTICATED')) {
    window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT));
  }
});

const httpLink = new HttpLink({
  uri: '/graphql',
  credentials: 'include',
  // Apollo Server's CSRF prevention accepts requests that carry this header.
  headers: { 'apollo-require-preflight': 'true' },
});

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            organizations: relayStylePagination(['query', 'kinds']),
            initiatives: relayStylePagination(['query']),
            mailOutbox: relayStylePagination(),
            activityLog: relayStylePagination(),
          },
        },
        Initiative: {
          fields: {
            members: relayStylePagination(),
          },
        },
        // Memberships and members have no id of their own: keep them inside their parent.
        OrganizationMembership: { keyFields: false },
        OrganizationMember: { keyFields: false },
        InitiativeMember: { keyFields: false },
        Viewer: { keyFields: false },
        InvitationPreview: { keyFields: false },
      },
    }),
  });
}
