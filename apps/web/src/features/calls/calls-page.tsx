import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CheckboxGroupField, DialogButton, EmptyState, FormActions, LinkButton, Loading, PageHeader, RadioGroupField, SelectField, TextField } from '@commonground/web-ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Form, Link, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import type { CallsQuery as CallsData, DigestFrequency, OpportunitySort } from '../../gql/graphql';
import { ErrorAlert, LoadMore, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, useFormErrors } from '../../lib/forms';
import { useReference } from '../../lib/reference';
import { useDebouncedSearchParam } from '../../lib/search-param';
import { CallsQuery, SavedSearchesQuery, SaveSearchMutation } from './calls.documents';
import { CallCard, evictCallLists, useUiLanguage } from './calls-components';
import {
  activeWindow,
  CLOSING_SOON_DAYS,
  deadlineWindow,
  DEADLINE_WINDOWS,
  feedPath,
  filterFromJson,
  filterFromParams,
  filterToParams,
  isEmptyFilter,
  LISTS,
  toApiFilter,
  type CallsFilter,
  type ListKey,
} from './calls-filter';
import './calls.css';

const PAGE_SIZE = 20;
const SORTS: readonly OpportunitySort[] = ['DEADLINE', 'NEWEST', 'RELEVANCE'];
const FREQUENCIES: readonly DigestFrequency[] = ['INSTANT', 'DAILY', 'WEEKLY'];
/** facets shown with all their values up to this many, then "Show all" */
const FACET_PREVIEW = 8;

type Facets = CallsData['opportunities']['facets'];

const minute = () => {
  const now = new Date();
  now.setSeconds(0, 0);
  return now;
};

/** /calls — discovery: one search box, facets, sorting, a "closing soon" view, saved searches and feeds. */
export function CallsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('calls.title'));
  const { viewer } = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [, text, setText] = useDebouncedSearchParam();
  const language = useUiLanguage();
  const closingSoon = params.get('view') === 'closing';
  const [now] = useState(minute);
  const urlFilter = useMemo(() => filterFromParams(params), [params]);
  // the closing-soon view: published, deadline in the next 14 days, soonest first
  const filter: CallsFilter = useMemo(
    () => (closingSoon ? { ...urlFilter, statuses: ['PUBLISHED'], ...deadlineWindow(CLOSING_SOON_DAYS, now) } : urlFilter),
    [closingSoon, urlFilter, now],
  );
  const askedSort = params.get('sort');
  const sort: OpportunitySort = closingSoon ? 'DEADLINE' : SORTS.includes(askedSort as OpportunitySort) ? (askedSort as OpportunitySort) : filter.query ? 'RELEVANCE' : 'NEWEST';

  const savedId = params.get('saved');
  const openedSaved = (location.state as { savedName?: string } | null)?.savedName ?? null;

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CallsQuery, {
    variables: { filter: toApiFilter(filter), sort, first: PAGE_SIZE, language },
    notifyOnNetworkStatusChange: true,
    skip: !!savedId,
  });
  const connection = (data ?? previousData)?.opportunities;

  const update = (change: (next: URLSearchParams) => void, replace = false) => {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('saved');
    setParams(next, { replace });
  };
  const setList = (key: ListKey, values: string[]) => {
    const param = LISTS.find((l) => l.key === key)!.param;
    update((next) => {
      next.delete(param);
      for (const v of values) next.append(param, v);
    });
  };
  const setWindow = (days: number | null) =>
    update((next) => {
      next.delete('deadlineAfter');
      next.delete('deadlineBefore');
      if (days) {
        const range = deadlineWindow(days, new Date());
        next.set('deadlineAfter', range.deadlineAfter);
        next.set('deadlineBefore', range.deadlineBefore);
      }
    });
  const clearAll = () => {
    setText('');
    const next = new URLSearchParams();
    if (closingSoon) next.set('view', 'closing');
    setParams(next);
  };

  const viewHref = (closing: boolean) => {
    const next = new URLSearchParams(params);
    next.delete('saved');
    if (closing) next.set('view', 'closing');
    else next.delete('view');
    const query = next.toString();
    return `/calls${query ? `?${query}` : ''}`;
  };

  if (savedId) return <OpenSavedSearch id={savedId} />;

  return (
    <>
      <PageHeader
        title={t('calls.title')}
        description={t('calls.lead')}
        actions={
          <>
            {viewer ? (
              <LinkButton href="/calls/saved" variant="secondary">
                {t('calls.saved.link')}
              </LinkButton>
            ) : null}
            {viewer?.activeOrganization ? (
              <LinkButton href="/calls/new" variant="primary">
                {t('calls.publish')}
              </LinkButton>
            ) : null}
          </>
        }
      />
      {openedSaved ? <Alert tone="info" title={t('calls.saved.opened', { name: openedSaved })} /> : null}
      <nav aria-label={t('calls.views.label')} className="cg-calls-views">
        <ul className="cg-tablist">
          <li>
            <Link href={viewHref(false)} className="cg-tab" aria-current={!closingSoon ? 'page' : undefined}>
              {t('calls.views.all')}
            </Link>
          </li>
          <li>
            <Link href={viewHref(true)} className="cg-tab" aria-current={closingSoon ? 'page' : undefined}>
              {t('calls.views.closingSoon')}
            </Link>
          </li>
        </ul>
      </nav>
      {closingSoon ? <p className="cg-description">{t('calls.views.closingSoonHelp', { count: CLOSING_SOON_DAYS })}</p> : null}
      <div role="search" className="cg-filters" aria-label={t('calls.searchLabel')}>
        <TextField label={t('calls.search')} name="q" type="search" value={text} onChange={setText} placeholder={t('calls.searchPlaceholder')} />
        {!closingSoon ? (
          <SelectField
            label={t('calls.sort.label')}
            name="sort"
            options={SORTS.map((s) => ({ id: s, label: t(`calls.sort.${s}`) }))}
            value={sort}
            onChange={(value) => update((next) => (value ? next.set('sort', value) : next.delete('sort')), true)}
            description={sort === 'RELEVANCE' && !filter.query ? t('calls.sort.relevanceHelp') : undefined}
          />
        ) : null}
      </div>
      <div className="cg-calls-layout">
        <aside className="cg-calls-facets" aria-labelledby="calls-facets-title">
          <h2 id="calls-facets-title" className="cg-calls-facets__title">
            {t('calls.facets.title')}
          </h2>
          {connection ? (
            <FacetGroups facets={connection.facets} filter={filter} closingSoon={closingSoon} onList={setList} onWindow={setWindow} />
          ) : (
            <Loading inline />
          )}
          {!isEmptyFilter(urlFilter) ? (
            <Button variant="quiet" onPress={clearAll}>
              {t('calls.facets.clear')}
            </Button>
          ) : null}
        </aside>
        <section aria-labelledby="calls-results-title" className="cg-calls-results">
          <div className="cg-section__header">
            <h2 id="calls-results-title">{t('calls.results.title')}</h2>
          </div>
          <p aria-live="polite" className="cg-muted cg-small cg-result-count">
            {connection ? t('calls.results.count', { count: connection.totalCount }) : null}
          </p>
          {connection?.degraded ? (
            <Alert tone="info" title={t('calls.results.degraded')}>
              <p>{t('calls.results.degradedHelp')}</p>
            </Alert>
          ) : null}
          {error ? (
            <QueryError error={error} retry={() => void refetch()} />
          ) : !connection ? (
            <Loading />
          ) : connection.edges.length === 0 ? (
            <EmptyState
              title={isEmptyFilter(urlFilter) && !closingSoon ? t('calls.results.none') : t('calls.results.noMatch')}
              action={
                !isEmptyFilter(urlFilter) ? (
                  <Button variant="secondary" onPress={clearAll}>
                    {t('calls.facets.clear')}
                  </Button>
                ) : null
              }
            />
          ) : (
            <>
              <ul className="cg-cards cg-call-list" aria-busy={loading}>
                {connection.edges.map(({ node }) => (
                  <CallCard key={node.id} call={node} />
                ))}
              </ul>
              <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
            </>
          )}
          <FollowThisSearch filter={filter} />
        </section>
      </div>
    </>
  );
}

/** /calls?saved=<id> (the link of a digest e-mail): applies the saved search's filter. */
function OpenSavedSearch({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(SavedSearchesQuery, { fetchPolicy: 'network-only' });
  const saved = data?.savedSearches.find((s) => s.id === id);
  useEffect(() => {
    if (!saved) return;
    const query = filterToParams(filterFromJson(saved.filter)).toString();
    navigate(`/calls${query ? `?${query}` : ''}`, { replace: true, state: { savedName: saved.name } });
  }, [saved, navigate]);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (data && !saved) {
    return (
      <EmptyState
        title={t('calls.saved.gone')}
        action={
          <LinkButton href="/calls" variant="primary">
            {t('calls.saved.browse')}
          </LinkButton>
        }
      />
    );
  }
  return <Loading />;
}

function FacetGroups({
  facets,
  filter,
  closingSoon,
  onList,
  onWindow,
}: {
  facets: Facets;
  filter: CallsFilter;
  closingSoon: boolean;
  onList: (key: ListKey, values: string[]) => void;
  onWindow: (days: number | null) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const reference = useReference();
  // reference data is named in the interface language here, whatever language the server labelled it in
  const labelOf = (facet: string, value: { value: string; label: string | null }) => {
    if (facet === 'kind') return t(`calls.kind.${value.value as 'GRANT'}`, { defaultValue: value.value });
    if (facet === 'status') return t(`calls.status.${value.value as 'PUBLISHED'}`, { defaultValue: value.value });
    if (facet === 'country') return reference.country(value.value) ?? value.value;
    if (facet === 'region') return reference.region(value.value);
    if (facet === 'mineral') return reference.mineral(value.value);
    if (facet === 'theme') return reference.theme(value.value);
    return value.label ?? value.value;
  };
  const deadline = facets.find((f) => f.name === 'deadline');
  const active = activeWindow(filter);
  return (
    <div className="cg-calls-facet-groups">
      {!closingSoon && deadline ? (
        <div role="group" aria-labelledby="facet-deadline" className="cg-field">
          <p id="facet-deadline" className="cg-label">
            {t('calls.facets.deadline')}
          </p>
          <div className="cg-calls-chips">
            {DEADLINE_WINDOWS.map((days) => {
              const count = deadline.values.find((v) => v.value === `${days}d`)?.count ?? 0;
              return (
                <ToggleButton key={days} className="cg-button cg-button--secondary cg-calls-chip" isSelected={active === days} onChange={(on) => onWindow(on ? days : null)}>
                  {t('calls.facets.within', { count: days })} <span className="cg-muted">({count})</span>
                </ToggleButton>
              );
            })}
          </div>
          {filter.deadlineAfter && filter.deadlineBefore && !active ? <p className="cg-small cg-muted">{t('calls.facets.customRange')}</p> : null}
        </div>
      ) : null}
      {LISTS.map(({ key, facet }) => {
        if (closingSoon && facet === 'status') return null;
        const values = facets.find((f) => f.name === facet)?.values ?? [];
        const selected = filter[key];
        const all = [...values, ...selected.filter((s) => !values.some((v) => v.value === s)).map((value) => ({ value, label: null, count: 0 }))];
        if (!all.length) return null;
        const shown = expanded[facet] ? all : all.slice(0, FACET_PREVIEW).concat(all.slice(FACET_PREVIEW).filter((v) => selected.includes(v.value)));
        return (
          <div key={facet} className="cg-calls-facet">
            <CheckboxGroupField
              label={t(`calls.facets.${facet as 'kind'}`)}
              name={`facet-${facet}`}
              options={shown.map((v) => ({ id: v.value, label: `${labelOf(facet, v)} (${v.count})` }))}
              value={selected}
              onChange={(next) => onList(key, next)}
            />
            {all.length > shown.length || expanded[facet] ? (
              <Button variant="quiet" className="cg-small" onPress={() => setExpanded((e) => ({ ...e, [facet]: !e[facet] }))}>
                {expanded[facet] ? t('calls.facets.showFewer') : t('calls.facets.showAll', { count: all.length })}
              </Button>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** Save the search (alerts and digests) and its feeds. */
function FollowThisSearch({ filter }: { filter: CallsFilter }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section aria-labelledby="calls-follow-title" className="cg-section cg-calls-follow">
      <h2 id="calls-follow-title">{t('calls.follow.title')}</h2>
      {saved ? (
        <Alert tone="success" title={t('calls.follow.saved', { name: saved })}>
          <p>
            <Link href="/calls/saved">{t('calls.saved.link')}</Link>
          </p>
        </Alert>
      ) : null}
      <div className="cg-row">
        {viewer ? (
          <DialogButton label={t('calls.follow.save')} title={t('calls.follow.saveTitle')} variant="primary">
            {(close) => (
              <SaveSearchForm
                filter={filter}
                onSaved={(name) => {
                  close();
                  setSaved(name);
                }}
                onCancel={close}
              />
            )}
          </DialogButton>
        ) : (
          <p className="cg-small">
            <Link href={`/sign-in?next=${encodeURIComponent(`/calls?${filterToParams(filter).toString()}`)}`}>{t('calls.follow.signIn')}</Link>
          </p>
        )}
      </div>
      <p className="cg-description">{t('calls.follow.feedsHelp')}</p>
      <ul className="cg-calls-feeds">
        <li>
          <a href={feedPath(filter, 'rss')}>{t('calls.feeds.rss')}</a>
        </li>
        <li>
          <a href={feedPath(filter, 'atom')}>{t('calls.feeds.atom')}</a>
        </li>
        <li>
          <a href={feedPath(filter, 'ics')}>{t('calls.feeds.ics')}</a>
        </li>
      </ul>
    </section>
  );
}

function SaveSearchForm({ filter, onSaved, onCancel }: { filter: CallsFilter; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(filter.query || '');
  const [frequency, setFrequency] = useState<DigestFrequency>('DAILY');
  const { setError, fieldErrors, others } = useFormErrors(['name', 'frequency']);
  const [save, { loading }] = useMutation(SaveSearchMutation, { update: evictCallLists });
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      await save({ variables: { input: { name: name.trim(), frequency, filter: toApiFilter(filter) } } });
      onSaved(name.trim());
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('calls.follow.saveTitle')}>
      <ErrorAlert errors={others} />
      <TextField label={t('calls.follow.name')} name="name" isRequired maxLength={100} value={name} onChange={setName} description={t('calls.follow.nameHelp')} autoFocus />
      <RadioGroupField
        label={t('calls.follow.frequency')}
        name="frequency"
        value={frequency}
        onChange={(v) => setFrequency(v as DigestFrequency)}
        options={FREQUENCIES.map((f) => ({ id: f, label: t(`calls.frequency.${f}`), description: t(`calls.frequencyHelp.${f}`) }))}
      />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('calls.follow.submit')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
