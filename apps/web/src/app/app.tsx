import { ApolloProvider } from '@apollo/client/react';
import { UiStringsProvider, type UiStrings } from '@commonground/web-ui';
import { useMemo, type ReactNode } from 'react';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet, RouterProvider, useHref, useNavigate, type NavigateOptions } from 'react-router';
import { createApolloClient } from './apollo';
import { routes } from './routes';
import { SessionProvider } from './session';

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

const client = createApolloClient();

/** Inside the router: lets react-aria links and menu items navigate without reloading the page. */
function RouterBridge() {
  const navigate = useNavigate();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <Outlet />
    </AriaRouterProvider>
  );
}

const router = createBrowserRouter([{ element: <RouterBridge />, children: routes }]);

function LocalizedProviders({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const strings = useMemo<UiStrings>(
    () => ({
      required: t('validation.required'),
      invalidEmail: t('validation.email'),
      invalidUrl: t('validation.url'),
      tooShort: (min: number) => t('validation.tooShort', { count: min }),
      invalid: t('validation.invalid'),
      loading: t('common.loading'),
      noResults: t('common.noResults'),
      close: t('common.close'),
      cancel: t('common.cancel'),
    }),
    [t],
  );
  return (
    <I18nProvider locale={i18n.resolvedLanguage ?? 'en'}>
      <UiStringsProvider value={strings}>{children}</UiStringsProvider>
    </I18nProvider>
  );
}

export function App() {
  return (
    <ApolloProvider client={client}>
      <LocalizedProviders>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocalizedProviders>
    </ApolloProvider>
  );
}
