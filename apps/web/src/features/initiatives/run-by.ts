import { useQuery } from '@apollo/client/react';
import { InitiativesRunByQuery } from './initiatives.documents';

/**
 * The initiatives an organization runs as their secretariat. Read from the first 100 of the
 * directory, outside the cache so as not to disturb the directory's pages.
 */
export function useInitiativesRunBy(organizationId: string | null | undefined, enabled: boolean) {
  const { data, loading, error } = useQuery(InitiativesRunByQuery, {
    variables: { first: 100 },
    skip: !organizationId || !enabled,
    fetchPolicy: 'no-cache',
  });
  const initiatives = (data?.initiatives.edges ?? []).map((edge) => edge.node).filter((node) => node.secretariat.id === organizationId);
  return { initiatives, loading, error };
}
