import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { OrganizationRole, ViewerFieldsFragment } from '../gql/graphql';
import i18n, { currentLanguage, isLanguage } from '../i18n';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    isPlatformAdmin
    user {
      id
      name
      email
      locale
      memberships {
        role
        organization {
          id
          name
          slug
          kind
          verified
        }
      }
    }
    activeOrganization {
      id
      name
      slug
      kind
      verified
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: String!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export type Viewer = ViewerFieldsFragment;

interface Session {
  viewer: Viewer | null;
  loading: boolean;
  /** Set when the viewer could not be loaded (e.g. the API is unreachable). */
  error: unknown;
  /** The viewer's role in the given organization, or null. */
  roleIn: (organizationId: string | null | undefined) => OrganizationRole | null;
  /** The viewer's role in the active organization, or null. */
  activeRole: OrganizationRole | null;
  /** Forget everything cached and load it again (after signing in or out, switching organization…). */
  reload: () => Promise<void>;
  /** Change the interface language; remembered in this browser and, when signed in, on the account. */
  changeLanguage: (language: string) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  const [setLocale] = useMutation(SetLocaleMutation);
  const viewer = data?.viewer ?? null;

  const roleIn = useCallback(
    (organizationId: string | null | undefined) =>
      organizationId ? (viewer?.user.memberships.find((m) => m.organization.id === organizationId)?.role ?? null) : null,
    [viewer],
  );

  const reload = useCallback(async () => {
    try {
      await client.resetStore();
    } catch {
      // a page's query may fail after the reset; that page shows its own error
    }
  }, [client]);

  const changeLanguage = useCallback(
    async (language: string) => {
      if (!isLanguage(language)) return;
      await i18n.changeLanguage(language);
      if (viewer && viewer.user.locale !== language) {
        try {
          await setLocale({ variables: { locale: language } });
        } catch {
          // the choice still holds in this browser
        }
      }
    },
    [setLocale, viewer],
  );

  const value = useMemo<Session>(
    () => ({
      viewer,
      loading: loading && !data,
      error: viewer ? undefined : error,
      roleIn,
      activeRole: roleIn(viewer?.activeOrganization?.id),
      reload,
      changeLanguage,
    }),
    [viewer, loading, data, error, roleIn, reload, changeLanguage],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

export function isAdminRole(role: OrganizationRole | null | undefined): boolean {
  return role === 'OWNER' || role === 'ADMIN';
}

/** After signing in: use the language saved on the account, if it is one we offer. */
export async function adoptAccountLanguage(locale: string | null | undefined) {
  if (locale && isLanguage(locale) && locale !== currentLanguage()) await i18n.changeLanguage(locale);
}
