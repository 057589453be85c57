import { graphql } from '../../gql';

export const InitiativesQuery = graphql(`
  query Initiatives($first: Int, $after: String, $query: String) {
    initiatives(first: $first, after: $after, query: $query) {
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
          description
          memberCount
          secretariat {
            id
            name
            slug
            verified
          }
          viewerMembership {
            status
          }
        }
      }
    }
  }
`);

export const InitiativeQuery = graphql(`
  query Initiative($slug: String!, $first: Int, $after: String) {
    initiative(slug: $slug) {
      id
      name
      slug
      description
      memberCount
      secretariat {
        id
        name
        slug
        kind
        country
        verified
      }
      viewerMembership {
        status
        joinedAt
      }
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            status
            joinedAt
            organization {
              id
              name
              slug
              kind
              country
              verified
            }
          }
        }
      }
    }
  }
`);

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!) {
    createInitiative(input: $input) {
      id
      name
      slug
      description
    }
  }
`);

export const ApplyToInitiativeMutation = graphql(`
  mutation ApplyToInitiative($initiativeId: ID!) {
    applyToInitiative(initiativeId: $initiativeId) {
      status
      joinedAt
    }
  }
`);

export const SetInitiativeMemberStatusMutation = graphql(`
  mutation SetInitiativeMemberStatus($initiativeId: ID!, $organizationId: ID!, $status: InitiativeMembershipStatus!) {
    setInitiativeMemberStatus(initiativeId: $initiativeId, organizationId: $organizationId, status: $status) {
      status
      joinedAt
    }
  }
`);
