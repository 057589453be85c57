import { graphql } from '../../gql';

export const CallCardFields = graphql(`
  fragment CallCard on Opportunity {
    id
    kind
    status
    deadline
    timeZone
    startsAt
    publishedAt
    title(language: $language)
    texts {
      language
      isOriginal
      title
      summary
    }
    amountMin {
      amountMinor
      currency
    }
    amountMax {
      amountMinor
      currency
    }
    publisher {
      id
      name
      slug
      verified
    }
    initiative {
      id
      name
      slug
    }
    amplifications {
      createdAt
      note
      organization {
        id
        name
        slug
      }
      initiative {
        id
        name
        slug
      }
    }
  }
`);

export const CallsQuery = graphql(`
  query Calls($filter: OpportunityFilter, $sort: OpportunitySort, $first: Int, $after: String, $language: String) {
    opportunities(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      degraded
      facets {
        name
        values {
          value
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CallCard
        }
      }
    }
  }
`);

export const CallQuery = graphql(`
  query Call($id: ID!, $language: String) {
    opportunity(id: $id) {
      ...CallCard
      texts {
        language
        isOriginal
        title
        summary
        body
      }
      opensAt
      endsAt
      publishAt
      createdAt
      updatedAt
      eligibleKinds
      eligibleCountries
      countries
      regions
      minerals
      themes
      links
      attachments {
        title
        url
      }
      files {
        id
        fileName
        sizeBytes
        url
      }
      contact
      seatLimit
      registrationCount
      waitlistCount
      icsUrl
      viewerIsPublisher
      viewerReminders
      viewerRegistration {
        id
        status
        waitlistPosition
      }
      attendees {
        registrationId
        name
        email
        organization
        status
        registeredAt
      }
      visibility {
        level
        initiatives {
          id
          name
          slug
        }
        organizations {
          id
          name
          slug
        }
      }
    }
  }
`);

export const CreateCallMutation = graphql(`
  mutation CreateCall($input: OpportunityInput!) {
    createOpportunity(input: $input) {
      id
      status
    }
  }
`);

export const UpdateCallMutation = graphql(`
  mutation UpdateCall($id: ID!, $input: OpportunityInput!) {
    updateOpportunity(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const PublishCallMutation = graphql(`
  mutation PublishCall($id: ID!) {
    publishOpportunity(id: $id) {
      id
      status
      publishedAt
      publishAt
    }
  }
`);

export const ArchiveCallMutation = graphql(`
  mutation ArchiveCall($id: ID!) {
    archiveOpportunity(id: $id) {
      id
      status
    }
  }
`);

export const AmplifyCallMutation = graphql(`
  mutation AmplifyCall($id: ID!, $note: String, $initiativeId: ID) {
    amplifyOpportunity(id: $id, note: $note, initiativeId: $initiativeId) {
      id
    }
  }
`);

export const RegisterForCallMutation = graphql(`
  mutation RegisterForCall($id: ID!) {
    registerForOpportunity(id: $id) {
      id
      status
      waitlistPosition
    }
  }
`);

export const CancelRegistrationMutation = graphql(`
  mutation CancelCallRegistration($id: ID!) {
    cancelRegistration(id: $id) {
      id
      status
    }
  }
`);

export const SetReminderMutation = graphql(`
  mutation SetCallReminder($opportunityId: ID!, $daysBefore: [Int!]!) {
    setDeadlineReminder(opportunityId: $opportunityId, daysBefore: $daysBefore)
  }
`);

export const SavedSearchesQuery = graphql(`
  query SavedSearches {
    savedSearches {
      id
      name
      frequency
      filter
      rssUrl
      atomUrl
      calendarUrl
      createdAt
      lastDigestAt
    }
    feedToken {
      createdAt
      lastUsedAt
    }
  }
`);

export const SaveSearchMutation = graphql(`
  mutation SaveCallSearch($input: SavedSearchInput!) {
    saveSearch(input: $input) {
      id
      name
    }
  }
`);

export const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

export const CreateFeedTokenMutation = graphql(`
  mutation CreateFeedToken {
    createFeedToken
  }
`);

export const RevokeFeedTokenMutation = graphql(`
  mutation RevokeFeedToken {
    revokeFeedToken
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      done
      description
    }
  }
`);
