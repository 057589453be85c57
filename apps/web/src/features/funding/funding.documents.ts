import { graphql } from '../../gql';

export const FundingProjectSummaryFields = graphql(`
  fragment FundingProjectSummary on Project {
    id
    title
    summary
    stage
    countries
    themes
    minerals
    createdAt
    consentToReferral
    budget {
      amountMinor
      currency
    }
    confirmedFunding {
      amountMinor
      currency
    }
    fundingGap {
      amountMinor
      currency
    }
    applicant {
      id
      name
      slug
      verified
    }
  }
`);

export const MatchReasonFields = graphql(`
  fragment FundingMatchReason on MatchReason {
    criterion
    detail
    points
  }
`);

export const FundingProjectsQuery = graphql(`
  query FundingProjects($first: Int, $after: String, $query: String) {
    projects(first: $first, after: $after, query: $query) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...FundingProjectSummary
        }
      }
    }
  }
`);

export const ProjectMatchesQuery = graphql(`
  query FundingProjectMatches($first: Int, $after: String) {
    projectMatches(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          score
          reasons {
            ...FundingMatchReason
          }
          project {
            ...FundingProjectSummary
            decisions {
              id
              kind
              worthy
            }
          }
        }
      }
    }
  }
`);

export const HighlightedProjectsQuery = graphql(`
  query FundingHighlightedProjects($first: Int, $after: String) {
    highlightedProjects(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...FundingProjectSummary
          highlights {
            note
            createdAt
            donor {
              id
              name
              slug
            }
          }
        }
      }
    }
  }
`);

export const DonorPipelineQuery = graphql(`
  query FundingDonorPipeline {
    donorPipeline {
      byStage {
        key
        projects
        gap {
          amountMinor
          currency
        }
      }
      byTheme {
        key
        projects
        gap {
          amountMinor
          currency
        }
      }
      byDecision {
        key
        projects
        gap {
          amountMinor
          currency
        }
      }
    }
  }
`);

export const NotificationFields = graphql(`
  fragment FundingNotification on Notification {
    id
    kind
    title
    body
    link
    createdAt
    read
  }
`);

export const NotificationBellQuery = graphql(`
  query NotificationBell($first: Int) {
    notifications(first: $first) {
      unreadCount
      items {
        ...FundingNotification
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

export const FundingProjectQuery = graphql(`
  query FundingProject($id: ID!) {
    project(id: $id) {
      ...FundingProjectSummary
      description
      durationMonths
      partners {
        id
        name
        slug
        verified
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
      funding {
        budget {
          amountMinor
          currency
        }
        confirmed {
          amountMinor
          currency
        }
        proposed {
          amountMinor
          currency
        }
        gap {
          amountMinor
          currency
        }
        progress
        rateDates
      }
      pledges {
        id
        status
        conditions
        createdAt
        amount {
          amountMinor
          currency
        }
        donor {
          id
          name
          slug
        }
      }
      highlights {
        note
        createdAt
        donor {
          id
          name
          slug
        }
      }
      decisions {
        id
        kind
        reason
        worthy
        createdAt
        donor {
          id
          name
          slug
        }
      }
      referrals {
        id
        note
        createdAt
        fromDonor {
          id
          name
          slug
        }
        toDonor {
          id
          name
          slug
        }
      }
      coFundingRounds {
        id
        createdAt
        closesAt
        target {
          amountMinor
          currency
        }
        confirmed {
          amountMinor
          currency
        }
        lead {
          id
          name
          slug
        }
        invited {
          id
          name
          slug
        }
      }
    }
  }
`);

export const DonorMatchesQuery = graphql(`
  query FundingDonorMatches($projectId: ID!, $first: Int, $after: String) {
    donorMatches(projectId: $projectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          score
          reasons {
            ...FundingMatchReason
          }
          donor {
            id
            openToCoFunding
            organization {
              id
              name
              slug
              verified
            }
          }
        }
      }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation FundingCreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      id
      title
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation FundingUpdateProject($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      id
      title
    }
  }
`);

export const DecideOnProjectMutation = graphql(`
  mutation FundingDecideOnProject($input: DecisionInput!) {
    decideOnProject(input: $input) {
      id
      kind
      reason
      worthy
      createdAt
    }
  }
`);

export const HighlightProjectMutation = graphql(`
  mutation FundingHighlightProject($projectId: ID!, $note: String) {
    highlightProject(projectId: $projectId, note: $note) {
      id
    }
  }
`);

export const PledgeMutation = graphql(`
  mutation FundingPledge($projectId: ID!, $amount: MoneyInput!, $conditions: String) {
    pledge(projectId: $projectId, amount: $amount, conditions: $conditions) {
      id
      status
    }
  }
`);

export const SetPledgeStatusMutation = graphql(`
  mutation FundingSetPledgeStatus($id: ID!, $status: PledgeStatus!) {
    setPledgeStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const OpenCoFundingRoundMutation = graphql(`
  mutation FundingOpenCoFundingRound($projectId: ID!, $inviteOrganizationIds: [ID!]!, $closesAt: DateTime) {
    openCoFundingRound(projectId: $projectId, inviteOrganizationIds: $inviteOrganizationIds, closesAt: $closesAt) {
      id
    }
  }
`);

export const DonorProfileQuery = graphql(`
  query FundingDonorProfile($organizationId: ID!) {
    donorProfile(organizationId: $organizationId) {
      id
      themes {
        value
        weight
      }
      minerals {
        value
        weight
      }
      countries {
        value
        weight
      }
      regions {
        value
        weight
      }
      ticketMin {
        amountMinor
        currency
      }
      ticketMax {
        amountMinor
        currency
      }
      stages
      openToCoFunding
      excludedCountries
      excludedThemes
      windowOpensAt
      windowClosesAt
    }
  }
`);

export const UpsertDonorProfileMutation = graphql(`
  mutation FundingUpsertDonorProfile($input: DonorProfileInput!) {
    upsertDonorProfile(input: $input) {
      id
    }
  }
`);

export const OrganizationSearchQuery = graphql(`
  query FundingOrganizationSearch($query: String, $kinds: [OrganizationKind!], $first: Int) {
    organizations(query: $query, kinds: $kinds, first: $first) {
      edges {
        node {
          id
          name
          slug
          kind
          country
        }
      }
    }
  }
`);

export const OwnInitiativesQuery = graphql(`
  query FundingOwnInitiatives($id: ID!) {
    organization(id: $id) {
      id
      initiatives {
        status
        initiative {
          id
          name
        }
      }
      runsInitiatives {
        id
        name
      }
    }
  }
`);
