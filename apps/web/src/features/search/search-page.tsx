import { useQuery } from '@apollo/client/react';
import { EmptyState, Loading, PageHeader, TextField } from '@commonground/web-ui';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryError, useDocumentTitle } from '../../lib/components';
import { useDebouncedSearchParam } from '../../lib/search-param';
import { SearchQuery } from './search.documents';

/** The one search box over everything the viewer may see (typo tolerant; answered by PostgreSQL when the engine is down). */
export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.title'));
  const [query, text, setText] = useDebouncedSearchParam();

  const { data, previousData, loading, error, refetch } = useQuery(SearchQuery, { variables: { query, first: 50 }, skip: !query });
  const result = (data ?? previousData)?.search;

  return (
    <>
      <PageHeader title={t('search.title')} description={t('search.lead')} />
      <div role="search" className="cg-filters" aria-label={t('search.title')}>
        <TextField label={t('search.label')} name="q" type="search" value={text} onChange={setText} placeholder={t('search.placeholder')} />
      </div>
      {error ? <QueryError error={error} retry={() => void refetch()} /> : null}
      {result?.degraded ? (
        <p className="cg-muted" role="status">
          {t('search.degraded')}
        </p>
      ) : null}
      {!query ? null : loading && !result ? (
        <Loading />
      ) : result && result.hits.length === 0 ? (
        <EmptyState title={t('search.none', { query })} />
      ) : result ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results">{t('search.results', { count: result.totalCount })}</h2>
          <ul className="cg-list">
            {result.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="cg-list__item">
                <div className="cg-list__main">
                  <span className="cg-muted">{t(`search.kind.${hit.kind}`, { defaultValue: hit.kind })}</span>{' '}
                  <Link href={hit.url} className="cg-list__title">
                    {hit.title}
                  </Link>
                  {hit.snippet ? <p className="cg-muted">{hit.snippet}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A compact search form for the header: goes to the search page. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [text, setText] = useState(params.get('q') ?? '');
  return (
    <form
      role="search"
      aria-label={t('search.title')}
      className="cg-header-search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
      }}
    >
      <label htmlFor="cg-header-search-input" className="cg-visually-hidden">
        {t('search.label')}
      </label>
      <input id="cg-header-search-input" type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('search.placeholder')} />
      <button type="submit" className="cg-header-button">
        {t('search.submit')}
      </button>
    </form>
  );
}
