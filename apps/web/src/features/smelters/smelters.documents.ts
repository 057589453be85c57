import { graphql } from '../../gql';

export const SmelterRowFields = graphql(`
  fragment SmelterRow on Smelter {
    id
    cid
    name
    metal
    country
    status
    statusAsOf
  }
`);

export const SmelterListQuery = graphql(`
  query SmelterList($query: String, $metals: [Metal!], $countries: [String!], $statuses: [AssessmentStatus!], $first: Int, $after: String) {
    smelters(query: $query, metals: $metals, countries: $countries, statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SmelterRow
        }
      }
    }
  }
`);

export const AuditSummaryFields = graphql(`
  fragment AuditSummary on Audit {
    id
    standard
    type
    auditor
    startedOn
    completedOn
    validUntil
    discoverable
    viewerCanDownload
    viewerIsOwner
    createdAt
    owner {
      id
      name
      slug
    }
    smelter {
      id
      cid
      name
      metal
    }
  }
`);

export const SmelterQuery = graphql(`
  query Smelter($id: ID!) {
    smelter(id: $id) {
      ...SmelterRow
      aliases
      city
      stateProvince
      source
      reportedBy
      audits(first: 50) {
        totalCount
        edges {
          node {
            ...AuditSummary
            summary
            outcome
          }
        }
      }
    }
  }
`);

export const DeclarationImportQuery = graphql(`
  query DeclarationImportProgress($id: ID!) {
    declarationImport(id: $id) {
      id
      fileName
      state
      progress
      rowsRead
      error
      duplicateOfImportId
      sizeBytes
      createdAt
      declaration {
        id
        companyName
        template
        revision
        isCurrent
      }
    }
  }
`);

export const DeclarationsQuery = graphql(`
  query Declarations($first: Int, $after: String) {
    declarations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          companyName
          template
          revision
          effectiveDate
          createdAt
          isCurrent
          issues {
            severity
          }
        }
      }
    }
  }
`);

export const DeclarationQuery = graphql(`
  query Declaration($id: ID!) {
    declaration(id: $id) {
      id
      companyName
      template
      revision
      declarationScope
      scopeDescription
      effectiveDate
      contactName
      contactEmail
      authorizer
      createdAt
      isCurrent
      answers
      products
      issues {
        severity
        sheet
        cell
        message
      }
      smelterRows {
        row
        metal
        reportedName
        reportedCountry
        reportedCid
        matchMethod
        confidence
        unidentified
        inReview
        smelter {
          id
          cid
          name
          status
        }
      }
    }
  }
`);

export const MatchReviewsQuery = graphql(`
  query MatchReviews($first: Int) {
    matchReviews(first: $first) {
      id
      reportedName
      reportedCountry
      metal
      rowCount
      resolvedAt
      candidates {
        confidence
        smelter {
          ...SmelterRow
        }
      }
    }
  }
`);

export const ReviewCountQuery = graphql(`
  query ReviewCount {
    matchReviews(first: 100) {
      id
      rowCount
    }
  }
`);

export const ResolveMatchReviewMutation = graphql(`
  mutation ResolveMatchReview($id: ID!, $smelterId: ID) {
    resolveMatchReview(id: $id, smelterId: $smelterId) {
      id
      resolvedAt
      rowCount
    }
  }
`);

export const CoverageQuery = graphql(`
  query Coverage {
    coverage {
      smelterCount
      conformant
      withValidSharedAudit
      withoutEvidence
      byMetal {
        metal
        smelterCount
        conformant
        withValidSharedAudit
        withoutEvidence
      }
      smelters {
        evidence
        suppliers
        smelter {
          ...SmelterRow
        }
      }
      suppliers {
        declarationId
        companyName
        template
        revision
        effectiveDate
        importedAt
        isCurrent
        errors
        warnings
        smelterRows
        unidentifiedRows
        rowsInReview
        stale
      }
    }
  }
`);

export const SmelterEvidenceQuery = graphql(`
  query SmelterEvidence {
    coverage {
      smelters {
        evidence
        smelter {
          id
        }
      }
    }
  }
`);

export const AuditsQuery = graphql(`
  query Audits($first: Int, $after: String, $smelterId: ID) {
    audits(first: $first, after: $after, smelterId: $smelterId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AuditSummary
        }
      }
    }
  }
`);

export const AuditQuery = graphql(`
  query Audit($id: ID!) {
    audit(id: $id) {
      ...AuditSummary
      summary
      outcome
      correctiveActions {
        description
        dueDate
        status
      }
      reports {
        id
        fileName
        sizeBytes
        createdAt
        downloadUrl
      }
      visibility {
        level
        initiatives {
          id
          name
        }
        organizations {
          id
          name
        }
      }
    }
  }
`);

export const AccessRequestFields = graphql(`
  fragment AccessRequestFields on AccessRequest {
    id
    purpose
    status
    createdAt
    decidedAt
    expiresAt
    requester {
      id
      name
      slug
    }
    audit {
      id
      standard
      type
      validUntil
      owner {
        id
        name
      }
      smelter {
        id
        cid
        name
      }
    }
  }
`);

export const AccessRequestsQuery = graphql(`
  query AccessRequests($incoming: Boolean!) {
    accessRequests(incoming: $incoming) {
      ...AccessRequestFields
    }
  }
`);

export const AccessLogQuery = graphql(`
  query AccessLog($auditId: ID!) {
    accessLog(auditId: $auditId) {
      action
      at
      reportId
      organization {
        id
        name
      }
      user {
        id
        name
      }
    }
  }
`);

export const CreateAuditMutation = graphql(`
  mutation CreateAudit($input: AuditInput!) {
    createAudit(input: $input) {
      id
    }
  }
`);

export const UpdateAuditMutation = graphql(`
  mutation UpdateAudit($id: ID!, $input: AuditInput!) {
    updateAudit(id: $id, input: $input) {
      id
    }
  }
`);

export const RequestAuditAccessMutation = graphql(`
  mutation RequestAuditAccess($auditId: ID!, $purpose: String!) {
    requestAuditAccess(auditId: $auditId, purpose: $purpose) {
      ...AccessRequestFields
    }
  }
`);

export const DecideAccessRequestMutation = graphql(`
  mutation DecideAccessRequest($id: ID!, $approve: Boolean!, $expiresAt: DateTime) {
    decideAccessRequest(id: $id, approve: $approve, expiresAt: $expiresAt) {
      ...AccessRequestFields
    }
  }
`);

export const JointAuditFields = graphql(`
  fragment JointAuditFields on JointAudit {
    id
    status
    createdAt
    viewerIsSponsor
    estimatedCost {
      amountMinor
      currency
    }
    smelter {
      id
      cid
      name
      metal
      country
    }
    proposer {
      id
      name
      slug
    }
    sponsors {
      id
      name
    }
    shares {
      joinedAt
      amount {
        amountMinor
        currency
      }
      organization {
        id
        name
        slug
      }
    }
  }
`);

export const JointAuditsQuery = graphql(`
  query JointAudits {
    jointAudits {
      ...JointAuditFields
    }
  }
`);

export const ProposeJointAuditMutation = graphql(`
  mutation ProposeJointAudit($smelterId: ID!, $estimatedCost: MoneyInput) {
    proposeJointAudit(smelterId: $smelterId, estimatedCost: $estimatedCost) {
      ...JointAuditFields
    }
  }
`);

export const JoinJointAuditMutation = graphql(`
  mutation JoinJointAudit($id: ID!) {
    joinJointAudit(id: $id) {
      ...JointAuditFields
    }
  }
`);
