import { graphql } from '../../gql';

export const OrganizationsQuery = graphql(`
  query Organizations($first: Int, $after: String, $query: String, $kinds: [OrganizationKind!]) {
    organizations(first: $first, after: $after, query: $query, kinds: $kinds) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          slug
          kind
          country
          sizeBand
          verified
        }
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($slug: String!) {
    organization(slug: $slug) {
      id
      name
      slug
      kind
      country
      sizeBand
      website
      verified
      viewerRole
      initiatives {
        status
        joinedAt
        initiative {
          id
          name
          slug
        }
      }
      runsInitiatives {
        id
        name
        slug
        memberCount
      }
    }
  }
`);

export const OrganizationMembersQuery = graphql(`
  query OrganizationMembers($organizationId: ID!) {
    organizationMembers(organizationId: $organizationId) {
      role
      since
      user {
        id
        name
        email
      }
    }
  }
`);

export const OrganizationInvitationsQuery = graphql(`
  query OrganizationInvitations($organizationId: ID!) {
    invitations(organizationId: $organizationId) {
      id
      email
      role
      status
      expiresAt
      createdAt
      invitedBy {
        id
        name
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      slug
      kind
      country
      sizeBand
      website
      verified
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
      slug
      country
      sizeBand
      website
      verified
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input)
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($organizationId: ID!, $userId: ID!, $role: OrganizationRole!) {
    setMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {
      role
      since
      user {
        id
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const SwitchToOrganizationMutation = graphql(`
  mutation SwitchToOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      ...ViewerFields
    }
  }
`);
