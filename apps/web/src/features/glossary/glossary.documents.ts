import { graphql } from '../../gql';

export const GlossaryTermLinkFields = graphql(`
  fragment GlossaryTermLink on Term {
    id
    slug
    labels {
      language
      text
    }
  }
`);

export const GlossaryRevisionFields = graphql(`
  fragment GlossaryRevision on DefinitionRevision {
    id
    number
    changeNote
    createdAt
    originalLanguage
    author {
      id
      name
    }
    texts {
      language
      text
      outdated
    }
  }
`);

export const GlossaryCommentPageFields = graphql(`
  fragment GlossaryCommentPage on CommentConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        body
        createdAt
        author {
          id
          name
        }
        organization {
          id
          name
          slug
        }
      }
    }
  }
`);

export const GlossaryEndorsementFields = graphql(`
  fragment GlossaryEndorsement on Endorsement {
    stance
    reason
    revisionNumber
    current
    createdAt
    organization {
      id
      name
      slug
    }
  }
`);

export const GlossaryDefinitionFields = graphql(`
  fragment GlossaryDefinition on Definition {
    id
    kind
    status
    consultationEndsAt
    consultationOpen
    author {
      id
      name
      slug
    }
    initiative {
      id
      name
      slug
      secretariat {
        id
      }
    }
    citation {
      title
      url
      year
    }
    currentRevision {
      ...GlossaryRevision
    }
    adoptedRevision {
      id
      number
    }
    revisions {
      ...GlossaryRevision
    }
    endorsements {
      ...GlossaryEndorsement
    }
    comments(first: 5) {
      ...GlossaryCommentPage
    }
  }
`);

export const GlossaryTermsQuery = graphql(`
  query GlossaryTerms($first: Int, $after: String, $query: String, $initiativeId: ID, $status: AlignmentStatus) {
    terms(first: $first, after: $after, query: $query, initiativeId: $initiativeId, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          category
          minerals
          themes
          labels {
            language
            text
          }
          altLabels {
            language
            text
          }
          definitions {
            id
            kind
            status
          }
        }
      }
    }
  }
`);

/** The initiatives of the viewer's active organization: those it belongs to and those it runs. */
export const GlossaryViewerOrganizationQuery = graphql(`
  query GlossaryViewerOrganization($id: ID!) {
    organization(id: $id) {
      id
      kind
      initiatives {
        status
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
      }
    }
  }
`);

export const GlossaryInitiativeQuery = graphql(`
  query GlossaryInitiative($id: ID!) {
    initiative(id: $id) {
      id
      name
      slug
    }
  }
`);

export const GlossaryPrincipleSetsQuery = graphql(`
  query GlossaryPrincipleSets($initiativeId: ID) {
    principleSets(initiativeId: $initiativeId) {
      id
      title
      status
      consultationOpen
      consultationEndsAt
      initiative {
        id
        name
        slug
      }
      currentRevision {
        id
        number
        principles {
          id
        }
      }
      adoptedRevision {
        id
        number
      }
    }
  }
`);

export const GlossaryExportQuery = graphql(`
  query GlossaryExport($format: GlossaryFormat!, $initiativeId: ID, $termIds: [ID!]) {
    exportGlossary(format: $format, initiativeId: $initiativeId, termIds: $termIds)
  }
`);

export const GlossaryImportMutation = graphql(`
  mutation GlossaryImport($format: GlossaryFormat!, $content: String!, $initiativeId: ID) {
    importGlossary(format: $format, content: $content, initiativeId: $initiativeId) {
      created
      updated
      skipped
      errors
      warnings
    }
  }
`);

export const GlossaryTermQuery = graphql(`
  query GlossaryTerm($slug: String!) {
    term(slug: $slug) {
      id
      slug
      category
      minerals
      themes
      labels {
        language
        text
      }
      altLabels {
        language
        text
      }
      broader {
        ...GlossaryTermLink
      }
      narrower {
        ...GlossaryTermLink
      }
      related {
        ...GlossaryTermLink
      }
      definitions {
        ...GlossaryDefinition
      }
    }
  }
`);

export const GlossaryDefinitionCommentsQuery = graphql(`
  query GlossaryDefinitionComments($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      id
      ... on Definition {
        comments(first: $first, after: $after) {
          ...GlossaryCommentPage
        }
      }
    }
  }
`);

export const GlossaryDefinitionDiffQuery = graphql(`
  query GlossaryDefinitionDiff($fromRevisionId: ID!, $toRevisionId: ID!, $language: String) {
    definitionDiff(fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId, language: $language) {
      kind
      text
    }
  }
`);

export const GlossaryTermSearchQuery = graphql(`
  query GlossaryTermSearch($query: String, $first: Int) {
    terms(query: $query, first: $first) {
      edges {
        node {
          ...GlossaryTermLink
        }
      }
    }
  }
`);

export const CreateTermMutation = graphql(`
  mutation CreateTerm($input: TermInput!, $initiativeId: ID) {
    createTerm(input: $input, initiativeId: $initiativeId) {
      id
      slug
    }
  }
`);

export const UpdateTermMutation = graphql(`
  mutation UpdateTerm($id: ID!, $input: TermInput!) {
    updateTerm(id: $id, input: $input) {
      id
      slug
    }
  }
`);

export const AddDefinitionMutation = graphql(`
  mutation AddDefinition($input: DefinitionInput!) {
    addDefinition(input: $input) {
      id
    }
  }
`);

export const ReviseDefinitionMutation = graphql(`
  mutation ReviseDefinition($input: ReviseDefinitionInput!) {
    reviseDefinition(input: $input) {
      id
      currentRevision {
        id
        number
      }
    }
  }
`);

export const TranslateDefinitionMutation = graphql(`
  mutation TranslateDefinition($definitionId: ID!, $revisionNumber: Int!, $text: LocalizedTextInput!) {
    translateDefinition(definitionId: $definitionId, revisionNumber: $revisionNumber, text: $text) {
      id
    }
  }
`);

export const OpenConsultationMutation = graphql(`
  mutation OpenConsultation($definitionId: ID!, $endsAt: DateTime!) {
    openConsultation(definitionId: $definitionId, endsAt: $endsAt) {
      id
      status
      consultationEndsAt
      consultationOpen
    }
  }
`);

export const SetStanceMutation = graphql(`
  mutation SetStance($definitionId: ID!, $stance: Stance!, $reason: String) {
    setStance(definitionId: $definitionId, stance: $stance, reason: $reason) {
      id
    }
  }
`);

export const AdoptDefinitionMutation = graphql(`
  mutation AdoptDefinition($definitionId: ID!, $revisionNumber: Int!) {
    adoptDefinition(definitionId: $definitionId, revisionNumber: $revisionNumber) {
      id
      status
    }
  }
`);

export const CommentOnDefinitionMutation = graphql(`
  mutation CommentOnDefinition($definitionId: ID!, $body: String!) {
    commentOnDefinition(definitionId: $definitionId, body: $body) {
      id
    }
  }
`);

export const GlossaryPrincipleFields = graphql(`
  fragment GlossaryPrinciple on Principle {
    id
    position
    statement
    explanation
    subPoints
    footnotes
  }
`);

export const GlossaryPrincipleSetQuery = graphql(`
  query GlossaryPrincipleSet($id: ID!, $commentsFirst: Int) {
    principleSet(id: $id) {
      id
      title
      status
      consultationEndsAt
      consultationOpen
      initiative {
        id
        name
        slug
        secretariat {
          id
        }
      }
      currentRevision {
        id
        number
      }
      adoptedRevision {
        id
        number
      }
      revisions {
        id
        number
        changeNote
        createdAt
        principles {
          ...GlossaryPrinciple
          comments(first: $commentsFirst) {
            ...GlossaryCommentPage
          }
        }
      }
      endorsements {
        ...GlossaryEndorsement
      }
    }
  }
`);

export const CreatePrincipleSetMutation = graphql(`
  mutation CreatePrincipleSet($title: String!, $initiativeId: ID, $principles: [PrincipleInput!]!) {
    createPrincipleSet(title: $title, initiativeId: $initiativeId, principles: $principles) {
      id
    }
  }
`);

export const RevisePrincipleSetMutation = graphql(`
  mutation RevisePrincipleSet($id: ID!, $basedOnRevision: Int!, $principles: [PrincipleInput!]!, $changeNote: String) {
    revisePrincipleSet(id: $id, basedOnRevision: $basedOnRevision, principles: $principles, changeNote: $changeNote) {
      id
      currentRevision {
        id
        number
      }
    }
  }
`);

export const OpenPrincipleConsultationMutation = graphql(`
  mutation OpenPrincipleConsultation($id: ID!, $endsAt: DateTime!) {
    openPrincipleConsultation(id: $id, endsAt: $endsAt) {
      id
      status
      consultationEndsAt
      consultationOpen
    }
  }
`);

export const SetPrincipleSetStanceMutation = graphql(`
  mutation SetPrincipleSetStance($id: ID!, $stance: Stance!, $reason: String) {
    setPrincipleSetStance(id: $id, stance: $stance, reason: $reason) {
      id
    }
  }
`);

export const AdoptPrincipleSetMutation = graphql(`
  mutation AdoptPrincipleSet($id: ID!, $revisionNumber: Int!) {
    adoptPrincipleSet(id: $id, revisionNumber: $revisionNumber) {
      id
      status
    }
  }
`);

export const CommentOnPrincipleMutation = graphql(`
  mutation CommentOnPrinciple($principleId: ID!, $body: String!) {
    commentOnPrinciple(principleId: $principleId, body: $body) {
      id
    }
  }
`);
