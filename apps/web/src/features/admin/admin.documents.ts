import { graphql } from '../../gql';

export const AdminOrganizationsQuery = graphql(`
  query AdminOrganizations($first: Int, $after: String, $query: String) {
    organizations(first: $first, after: $after, query: $query) {
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
          website
          verified
        }
      }
    }
  }
`);

export const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($id: ID!, $verified: Boolean!) {
    verifyOrganization(id: $id, verified: $verified) {
      id
      verified
    }
  }
`);

export const MailOutboxQuery = graphql(`
  query MailOutbox($first: Int, $after: String) {
    mailOutbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          to
          subject
          text
          createdAt
          sentAt
          transport
        }
      }
    }
  }
`);

export const ActivityLogQuery = graphql(`
  query ActivityLog($first: Int, $after: String) {
    activityLog(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          action
          targetType
          targetId
          details
          user {
            id
            name
            email
          }
          organization {
            id
            name
            slug
          }
        }
      }
    }
  }
`);
