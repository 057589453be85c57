import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { apiErrors } from '../lib/errors';

/** Fired when the API says the session is missing or over; the layout sends the reader to sign in. */
export const UNAUTHENTICATED_EVENT = 'commonground:unauthenticated';

/** Operations where UNAUTHENTICATED is an answer to show, not a reason to leave the page (the bell polls in the background). */
const NO_REDIRECT = new Set(['SignIn', 'SignUp', 'SignOut', 'Viewer', 'InvitationPreview', 'NotificationBell']);

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
            terms: relayStylePagination(['query', 'initiativeId', 'status']),
            // funding: one list per search and page size (an applicant's own projects are read 100 at a time)
            projects: relayStylePagination(['query', 'first']),
            projectMatches: relayStylePagination(['first']),
            highlightedProjects: relayStylePagination(['first']),
            donorMatches: relayStylePagination(['projectId', 'first']),
            // the clearinghouse: one list per filter, sort and page size
            opportunities: relayStylePagination(['filter', 'sort', 'first']),
            // smelters: one list per search and filter; declarations and audits page by page
            smelters: relayStylePagination(['query', 'metals', 'countries', 'statuses', 'first']),
            declarations: relayStylePagination(['first']),
            audits: relayStylePagination(['smelterId', 'first']),
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
        // the glossary: comments page by page inside their definition; objects without an id stay in their parent
        Definition: {
          fields: {
            comments: relayStylePagination(),
          },
        },
        Endorsement: { keyFields: false },
        LocalizedText: { keyFields: false },
        Citation: { keyFields: false },
        TextDiffPart: { keyFields: false },
        ImportReport: { keyFields: false },
        InvitationPreview: { keyFields: false },
        // the clearinghouse: objects without an id stay in their parent
        OpportunityText: { keyFields: false },
        OpportunityAttachment: { keyFields: false },
        Amplification: { keyFields: false },
        Attendee: { keyFields: false },
        Facet: { keyFields: false },
        FacetValue: { keyFields: false },
        FeedTokenInfo: { keyFields: false },
        // smelters: objects without an id stay in their parent
        Smelter: {
          fields: {
            audits: relayStylePagination(['first']),
          },
        },
        Coverage: { keyFields: false },
        CoverageSmelter: { keyFields: false },
        MetalCoverage: { keyFields: false },
        SupplierDeclaration: { keyFields: false },
        DeclaredSmelter: { keyFields: false },
        ValidationIssue: { keyFields: false },
        SmelterCandidate: { keyFields: false },
        CorrectiveAction: { keyFields: false },
        VisibilityRule: { keyFields: false },
        AccessLogEntry: { keyFields: false },
        JointAuditShare: { keyFields: false },
      },
    }),
  });
}
