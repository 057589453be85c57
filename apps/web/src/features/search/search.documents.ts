import { graphql } from '../../gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      totalCount
      degraded
      hits {
        kind
        id
        title
        snippet
        url
      }
    }
  }
`);
