import { graphql } from '../../gql';

export const ConcernFields = graphql(`
  fragment ConcernFields on Concern {
    id
    reference
    status
    category
    description
    language
    country
    place
    latitude
    longitude
    happenedOn
    createdAt
    anonymous
    reporterName
    reporterContact
    shareIdentityWithCompanies
    referredTo
    outcome
    mergedIntoReference
    reachedCount
    joinedCount
    viewerIsHandler
    viewerIsReporter
    viewerIsRecipient
    viewerCanJoin
    viewerIsLead
    viewerJoined
    smelter {
      id
      cid
      name
      country
    }
    recipients {
      organization {
        id
        name
        slug
      }
      reason
      joined
      lead
      kind
    }
    messages {
      id
      at
      authorLabel
      body
      visibleToReporter
    }
    evidence {
      id
      fileName
      contentType
      sizeBytes
      shared
      addedBy
      url
    }
  }
`);

export const FileConcernMutation = graphql(`
  mutation FileConcern($input: ConcernInput!) {
    fileConcern(input: $input) {
      followUpCode
      concern {
        id
        reference
      }
    }
  }
`);

export const ConcernByCodeQuery = graphql(`
  query ConcernByCode($code: String!) {
    concernByFollowUpCode(code: $code) {
      ...ConcernFields
    }
  }
`);

export const ConcernQuery = graphql(`
  query Concern($id: ID!) {
    concern(id: $id) {
      ...ConcernFields
    }
  }
`);

export const ConcernsQuery = graphql(`
  query Concerns($statuses: [ConcernStatus!], $first: Int, $after: String) {
    viewerIsConcernCaseHandler
    concerns(statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          category
          createdAt
          country
          place
          reachedCount
          joinedCount
          viewerJoined
          viewerIsLead
          smelter {
            id
            name
          }
        }
      }
    }
  }
`);

export const ConcernCaseHandlerQuery = graphql(`
  query ConcernCaseHandler {
    viewerIsConcernCaseHandler
  }
`);

export const AddConcernMessageMutation = graphql(`
  mutation AddConcernMessage($concernId: ID, $followUpCode: String, $body: String!, $visibleToReporter: Boolean) {
    addConcernMessage(concernId: $concernId, followUpCode: $followUpCode, body: $body, visibleToReporter: $visibleToReporter) {
      ...ConcernFields
    }
  }
`);

export const TriageConcernMutation = graphql(`
  mutation TriageConcern($id: ID!, $accept: Boolean!, $note: String, $mergeIntoId: ID, $referTo: String) {
    triageConcern(id: $id, accept: $accept, note: $note, mergeIntoId: $mergeIntoId, referTo: $referTo) {
      ...ConcernFields
    }
  }
`);

export const JoinConcernCaseMutation = graphql(`
  mutation JoinConcernCase($id: ID!, $lead: Boolean) {
    joinConcernCase(id: $id, lead: $lead) {
      ...ConcernFields
    }
  }
`);

export const SetConcernStatusMutation = graphql(`
  mutation SetConcernStatus($id: ID!, $status: ConcernStatus!, $outcome: String) {
    setConcernStatus(id: $id, status: $status, outcome: $outcome) {
      ...ConcernFields
    }
  }
`);

export const ShareConcernEvidenceMutation = graphql(`
  mutation ShareConcernEvidence($evidenceId: ID!, $shared: Boolean) {
    shareConcernEvidence(evidenceId: $evidenceId, shared: $shared) {
      id
      shared
    }
  }
`);

export const RevokeFollowUpCodeMutation = graphql(`
  mutation RevokeFollowUpCode($code: String!, $issueNew: Boolean) {
    revokeConcernFollowUpCode(code: $code, issueNew: $issueNew)
  }
`);

export const SmelterConcernCountsQuery = graphql(`
  query SmelterConcernCounts($smelterId: ID!) {
    smelterConcernCounts(smelterId: $smelterId) {
      category
      accepted
      resolved
    }
  }
`);
