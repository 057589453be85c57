/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    isPlatformAdmin\n    user {\n      id\n      name\n      email\n      locale\n      memberships {\n        role\n        organization {\n          id\n          name\n          slug\n          kind\n          verified\n        }\n      }\n    }\n    activeOrganization {\n      id\n      name\n      slug\n      kind\n      verified\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  query AdminOrganizations($first: Int, $after: String, $query: String) {\n    organizations(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          website\n          verified\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation VerifyOrganization($id: ID!, $verified: Boolean!) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          transport\n        }\n      }\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  query ActivityLog($first: Int, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          details\n          user {\n            id\n            name\n            email\n          }\n          organization {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityLogDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SwitchFromProfile($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchFromProfileDocument,
    "\n  query Initiatives($first: Int, $after: String, $query: String) {\n    initiatives(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          secretariat {\n            id\n            name\n            slug\n            verified\n          }\n          viewerMembership {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.InitiativesDocument,
    "\n  query Initiative($slug: String!, $first: Int, $after: String) {\n    initiative(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      secretariat {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n      viewerMembership {\n        status\n        joinedAt\n      }\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            status\n            joinedAt\n            organization {\n              id\n              name\n              slug\n              kind\n              country\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InitiativeDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n": typeof types.CreateInitiativeDocument,
    "\n  mutation ApplyToInitiative($initiativeId: ID!) {\n    applyToInitiative(initiativeId: $initiativeId) {\n      status\n      joinedAt\n    }\n  }\n": typeof types.ApplyToInitiativeDocument,
    "\n  mutation SetInitiativeMemberStatus($initiativeId: ID!, $organizationId: ID!, $status: InitiativeMembershipStatus!) {\n    setInitiativeMemberStatus(initiativeId: $initiativeId, organizationId: $organizationId, status: $status) {\n      status\n      joinedAt\n    }\n  }\n": typeof types.SetInitiativeMemberStatusDocument,
    "\n  query Organizations($first: Int, $after: String, $query: String, $kinds: [OrganizationKind!]) {\n    organizations(first: $first, after: $after, query: $query, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          sizeBand\n          verified\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n      viewerRole\n      initiatives {\n        status\n        joinedAt\n        initiative {\n          id\n          name\n          slug\n        }\n      }\n      runsInitiatives {\n        id\n        name\n        slug\n        memberCount\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query OrganizationMembers($organizationId: ID!) {\n    organizationMembers(organizationId: $organizationId) {\n      role\n      since\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  query OrganizationInvitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrganizationInvitationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      slug\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation SetMemberRole($organizationId: ID!, $userId: ID!, $role: OrganizationRole!) {\n    setMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n      role\n      since\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SwitchToOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchToOrganizationDocument,
};
const documents: Documents = {
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    isPlatformAdmin\n    user {\n      id\n      name\n      email\n      locale\n      memberships {\n        role\n        organization {\n          id\n          name\n          slug\n          kind\n          verified\n        }\n      }\n    }\n    activeOrganization {\n      id\n      name\n      slug\n      kind\n      verified\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  query AdminOrganizations($first: Int, $after: String, $query: String) {\n    organizations(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          website\n          verified\n        }\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation VerifyOrganization($id: ID!, $verified: Boolean!) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          transport\n        }\n      }\n    }\n  }\n": types.MailOutboxDocument,
    "\n  query ActivityLog($first: Int, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          details\n          user {\n            id\n            name\n            email\n          }\n          organization {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.ActivityLogDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SwitchFromProfile($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchFromProfileDocument,
    "\n  query Initiatives($first: Int, $after: String, $query: String) {\n    initiatives(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          secretariat {\n            id\n            name\n            slug\n            verified\n          }\n          viewerMembership {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.InitiativesDocument,
    "\n  query Initiative($slug: String!, $first: Int, $after: String) {\n    initiative(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      secretariat {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n      viewerMembership {\n        status\n        joinedAt\n      }\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            status\n            joinedAt\n            organization {\n              id\n              name\n              slug\n              kind\n              country\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InitiativeDocument,
    "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n": types.CreateInitiativeDocument,
    "\n  mutation ApplyToInitiative($initiativeId: ID!) {\n    applyToInitiative(initiativeId: $initiativeId) {\n      status\n      joinedAt\n    }\n  }\n": types.ApplyToInitiativeDocument,
    "\n  mutation SetInitiativeMemberStatus($initiativeId: ID!, $organizationId: ID!, $status: InitiativeMembershipStatus!) {\n    setInitiativeMemberStatus(initiativeId: $initiativeId, organizationId: $organizationId, status: $status) {\n      status\n      joinedAt\n    }\n  }\n": types.SetInitiativeMemberStatusDocument,
    "\n  query Organizations($first: Int, $after: String, $query: String, $kinds: [OrganizationKind!]) {\n    organizations(first: $first, after: $after, query: $query, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          sizeBand\n          verified\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n      viewerRole\n      initiatives {\n        status\n        joinedAt\n        initiative {\n          id\n          name\n          slug\n        }\n      }\n      runsInitiatives {\n        id\n        name\n        slug\n        memberCount\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  query OrganizationMembers($organizationId: ID!) {\n    organizationMembers(organizationId: $organizationId) {\n      role\n      since\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  query OrganizationInvitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n      }\n    }\n  }\n": types.OrganizationInvitationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      slug\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n": types.InviteMemberDocument,
    "\n  mutation SetMemberRole($organizationId: ID!, $userId: ID!, $role: OrganizationRole!) {\n    setMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n      role\n      since\n      user {\n        id\n      }\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SwitchToOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchToOrganizationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    isPlatformAdmin\n    user {\n      id\n      name\n      email\n      locale\n      memberships {\n        role\n        organization {\n          id\n          name\n          slug\n          kind\n          verified\n        }\n      }\n    }\n    activeOrganization {\n      id\n      name\n      slug\n      kind\n      verified\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    isPlatformAdmin\n    user {\n      id\n      name\n      email\n      locale\n      memberships {\n        role\n        organization {\n          id\n          name\n          slug\n          kind\n          verified\n        }\n      }\n    }\n    activeOrganization {\n      id\n      name\n      slug\n      kind\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations($first: Int, $after: String, $query: String) {\n    organizations(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          website\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations($first: Int, $after: String, $query: String) {\n    organizations(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          website\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!, $verified: Boolean!) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!, $verified: Boolean!) {\n    verifyOrganization(id: $id, verified: $verified) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          transport\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n          sentAt\n          transport\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityLog($first: Int, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          details\n          user {\n            id\n            name\n            email\n          }\n          organization {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityLog($first: Int, $after: String) {\n    activityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          details\n          user {\n            id\n            name\n            email\n          }\n          organization {\n            id\n            name\n            slug\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      status\n      expiresAt\n      organization {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchFromProfile($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchFromProfile($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiatives($first: Int, $after: String, $query: String) {\n    initiatives(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          secretariat {\n            id\n            name\n            slug\n            verified\n          }\n          viewerMembership {\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiatives($first: Int, $after: String, $query: String) {\n    initiatives(first: $first, after: $after, query: $query) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          memberCount\n          secretariat {\n            id\n            name\n            slug\n            verified\n          }\n          viewerMembership {\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Initiative($slug: String!, $first: Int, $after: String) {\n    initiative(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      secretariat {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n      viewerMembership {\n        status\n        joinedAt\n      }\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            status\n            joinedAt\n            organization {\n              id\n              name\n              slug\n              kind\n              country\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Initiative($slug: String!, $first: Int, $after: String) {\n    initiative(slug: $slug) {\n      id\n      name\n      slug\n      description\n      memberCount\n      secretariat {\n        id\n        name\n        slug\n        kind\n        country\n        verified\n      }\n      viewerMembership {\n        status\n        joinedAt\n      }\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            status\n            joinedAt\n            organization {\n              id\n              name\n              slug\n              kind\n              country\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInitiative($input: CreateInitiativeInput!) {\n    createInitiative(input: $input) {\n      id\n      name\n      slug\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToInitiative($initiativeId: ID!) {\n    applyToInitiative(initiativeId: $initiativeId) {\n      status\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToInitiative($initiativeId: ID!) {\n    applyToInitiative(initiativeId: $initiativeId) {\n      status\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInitiativeMemberStatus($initiativeId: ID!, $organizationId: ID!, $status: InitiativeMembershipStatus!) {\n    setInitiativeMemberStatus(initiativeId: $initiativeId, organizationId: $organizationId, status: $status) {\n      status\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetInitiativeMemberStatus($initiativeId: ID!, $organizationId: ID!, $status: InitiativeMembershipStatus!) {\n    setInitiativeMemberStatus(initiativeId: $initiativeId, organizationId: $organizationId, status: $status) {\n      status\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int, $after: String, $query: String, $kinds: [OrganizationKind!]) {\n    organizations(first: $first, after: $after, query: $query, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          sizeBand\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($first: Int, $after: String, $query: String, $kinds: [OrganizationKind!]) {\n    organizations(first: $first, after: $after, query: $query, kinds: $kinds) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          sizeBand\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n      viewerRole\n      initiatives {\n        status\n        joinedAt\n        initiative {\n          id\n          name\n          slug\n        }\n      }\n      runsInitiatives {\n        id\n        name\n        slug\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organization($slug: String!) {\n    organization(slug: $slug) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n      viewerRole\n      initiatives {\n        status\n        joinedAt\n        initiative {\n          id\n          name\n          slug\n        }\n      }\n      runsInitiatives {\n        id\n        name\n        slug\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers($organizationId: ID!) {\n    organizationMembers(organizationId: $organizationId) {\n      role\n      since\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMembers($organizationId: ID!) {\n    organizationMembers(organizationId: $organizationId) {\n      role\n      since\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationInvitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationInvitations($organizationId: ID!) {\n    invitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      slug\n      kind\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      slug\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n      slug\n      country\n      sizeBand\n      website\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($organizationId: ID!, $userId: ID!, $role: OrganizationRole!) {\n    setMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n      role\n      since\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($organizationId: ID!, $userId: ID!, $role: OrganizationRole!) {\n    setMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {\n      role\n      since\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchToOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchToOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...ViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;