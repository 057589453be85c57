import { graphql } from '../../gql';

export const TierFields = graphql(`
  fragment TierFields on Tier {
    id
    name
    annualFee {
      amountMinor
      currency
    }
    eligibleKinds
    eligibleSizeBands
    weight
    capAmount {
      amountMinor
      currency
    }
    capPercent
    benefits
    auditLibraryAccess
  }
`);

export const TierMembershipFields = graphql(`
  fragment TierMembershipFields on TierMembership {
    status
    reason
    since
    until
    appliedAt
    decidedAt
    organization {
      id
      name
      slug
      kind
      sizeBand
    }
    tier {
      id
      name
    }
  }
`);

/** The tiers of an initiative and the tier applications and periods the viewer may see. */
export const MembershipTiersQuery = graphql(`
  query MembershipTiers($initiativeId: ID!) {
    tiers(initiativeId: $initiativeId) {
      ...TierFields
    }
    tierMemberships(initiativeId: $initiativeId) {
      ...TierMembershipFields
    }
  }
`);

/** The kind and size band of the viewer's organization (tiers depend on them). */
export const MembershipOrganizationQuery = graphql(`
  query MembershipOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      slug
      kind
      sizeBand
    }
  }
`);

export const CreateTierMutation = graphql(`
  mutation CreateTier($initiativeId: ID!, $input: TierInput!) {
    createTier(initiativeId: $initiativeId, input: $input) {
      ...TierFields
    }
  }
`);

export const UpdateTierMutation = graphql(`
  mutation UpdateTier($id: ID!, $input: TierInput!) {
    updateTier(id: $id, input: $input) {
      ...TierFields
    }
  }
`);

export const ApplyToTierMutation = graphql(`
  mutation ApplyToTier($tierId: ID!) {
    applyToTier(tierId: $tierId) {
      ...TierMembershipFields
    }
  }
`);

export const DecideTierApplicationMutation = graphql(`
  mutation DecideTierApplication($tierId: ID!, $organizationId: ID!, $approve: Boolean!, $reason: String) {
    decideTierApplication(tierId: $tierId, organizationId: $organizationId, approve: $approve, reason: $reason) {
      ...TierMembershipFields
    }
  }
`);

export const MoveToTierMutation = graphql(`
  mutation MoveToTier($organizationId: ID!, $tierId: ID!) {
    moveToTier(organizationId: $organizationId, tierId: $tierId) {
      ...TierMembershipFields
    }
  }
`);

/** An initiative by its address (the dues page). */
export const MembershipInitiativeQuery = graphql(`
  query MembershipInitiative($slug: String!) {
    initiative(slug: $slug) {
      id
      name
      slug
      secretariat {
        id
        name
      }
    }
  }
`);

export const DuesStatementQuery = graphql(`
  query DuesStatement($initiativeId: ID!, $year: Int!, $organizationId: ID) {
    duesStatement(initiativeId: $initiativeId, year: $year, organizationId: $organizationId) {
      year
      lines {
        tierName
        from
        to
        days
        annualFee {
          amountMinor
          currency
        }
        amount {
          amountMinor
          currency
        }
      }
      totals {
        amountMinor
        currency
      }
    }
  }
`);

export const CostPoolSummaryFields = graphql(`
  fragment CostPoolSummaryFields on CostPool {
    id
    purpose
    status
    joinDeadline
    createdAt
    participantCount
    total {
      amountMinor
      currency
    }
    uncovered {
      amountMinor
      currency
    }
  }
`);

export const PoolShareFields = graphql(`
  fragment PoolShareFields on PoolShare {
    capped
    joinedAt
    amount {
      amountMinor
      currency
    }
    paid {
      amountMinor
      currency
    }
    due {
      amountMinor
      currency
    }
    credit {
      amountMinor
      currency
    }
    organization {
      id
      name
      slug
    }
    tier {
      id
      name
    }
  }
`);

/** The pools of an initiative the viewer may see, with the shares it may see (for the charts). */
export const CostPoolsQuery = graphql(`
  query CostPools($initiativeId: ID) {
    costPools(initiativeId: $initiativeId) {
      ...CostPoolSummaryFields
      shares {
        ...PoolShareFields
      }
    }
  }
`);

export const CostPoolQuery = graphql(`
  query CostPool($id: ID!) {
    costPool(id: $id) {
      ...CostPoolSummaryFields
      initiative {
        id
        name
        slug
        secretariat {
          id
          name
        }
        viewerMembership {
          status
        }
      }
      shares {
        ...PoolShareFields
      }
      viewerShareHistory {
        at
        cause
        previous {
          amountMinor
          currency
        }
        amount {
          amountMinor
          currency
        }
      }
    }
  }
`);

export const PoolSharePreviewQuery = graphql(`
  query PoolSharePreview($poolId: ID!) {
    poolSharePreview(poolId: $poolId) {
      capped
      participantsAfterJoining
      share {
        amountMinor
        currency
      }
      aloneCost {
        amountMinor
        currency
      }
      saving {
        amountMinor
        currency
      }
    }
  }
`);

export const OpenCostPoolMutation = graphql(`
  mutation OpenCostPool($input: CostPoolInput!) {
    openCostPool(input: $input) {
      ...CostPoolSummaryFields
    }
  }
`);

export const JoinCostPoolMutation = graphql(`
  mutation JoinCostPool($id: ID!) {
    joinCostPool(id: $id) {
      ...CostPoolSummaryFields
    }
  }
`);

export const RecordPoolPaymentMutation = graphql(`
  mutation RecordPoolPayment($poolId: ID!, $organizationId: ID!, $amount: MoneyInput!) {
    recordPoolPayment(poolId: $poolId, organizationId: $organizationId, amount: $amount) {
      ...CostPoolSummaryFields
    }
  }
`);

export const CloseCostPoolMutation = graphql(`
  mutation CloseCostPool($id: ID!) {
    closeCostPool(id: $id) {
      ...CostPoolSummaryFields
    }
  }
`);
