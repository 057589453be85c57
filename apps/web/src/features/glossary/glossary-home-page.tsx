import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, FormActions, LinkButton, Loading, PageHeader, Section, SelectField, TextField } from '@commonground/web-ui';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AlignmentStatus, GlossaryFormat, GlossaryImportMutation as ImportResult } from '../../gql/graphql';
import { ErrorAlert, LoadMore, QueryError, useDocumentTitle, useFormatDate } from '../../lib/components';
import { apiErrors } from '../../lib/errors';
import { GlossaryExportQuery, GlossaryImportMutation, GlossaryInitiativeQuery, GlossaryPrincipleSetsQuery, GlossaryTermsQuery } from './glossary.documents';
import { ContentLanguageNav, withLang } from './content-language';
import { downloadText, splitLine, StatusBadge, TermLabel, useContentLanguage, useGlossaryRoles, useTagNames, type InitiativeRef } from './glossary-helpers';
import './glossary.css';
import { useDebouncedSearchParam } from '../../lib/search-param';

const PAGE_SIZE = 20;
const ALL = 'ALL';
const STATUSES: AlignmentStatus[] = ['ADOPTED', 'CONSULTATION', 'DRAFT', 'SUPERSEDED'];

/** /glossary — search the terms, the principle sets, and the exchange of whole glossaries. */
export function GlossaryHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('glossary.title'));
  const roles = useGlossaryRoles();
  const { language, fromLink } = useContentLanguage();
  const [params, setParams] = useSearchParams();
  const [query, text, setText] = useDebouncedSearchParam();
  const initiativeId = params.get('initiative');
  const statusParam = params.get('status');
  const status = STATUSES.includes(statusParam as AlignmentStatus) ? (statusParam as AlignmentStatus) : null;


  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== ALL) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  // An initiative given in the address that is not one of the viewer's: name it anyway.
  const known = roles.initiatives.find((i) => i.id === initiativeId);
  const linked = useQuery(GlossaryInitiativeQuery, { variables: { id: initiativeId ?? '' }, skip: !initiativeId || !!known || roles.loading });
  const initiative: InitiativeRef | null = known ?? linked.data?.initiative ?? null;
  const initiativeOptions = useMemo(() => {
    const list = [...roles.initiatives];
    if (initiative && !list.some((i) => i.id === initiative.id)) list.push(initiative);
    return [{ id: ALL, label: t('glossary.home.allInitiatives') }, ...list.map((i) => ({ id: i.id, label: i.name }))];
  }, [roles.initiatives, initiative, t]);

  const variables = { first: PAGE_SIZE, query: query || null, initiativeId: initiativeId || null, status };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(GlossaryTermsQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.terms;
  const filtered = Boolean(query || initiativeId || status);
  const tags = useTagNames();

  return (
    <>
      <PageHeader
        title={t('glossary.title')}
        description={t('glossary.home.lead')}
        actions={
          <>
            {roles.secretariat ? (
              <LinkButton href="/glossary/new" variant="primary">
                {t('glossary.home.newTerm')}
              </LinkButton>
            ) : null}
            {roles.secretariat && roles.admin && roles.runs.length ? <LinkButton href="/glossary/principles/new">{t('glossary.home.newPrincipleSet')}</LinkButton> : null}
          </>
        }
      />
      <ContentLanguageNav />
      <div className="cg-two-columns">
        <div>
          <div role="search" className="cg-filters" aria-label={t('glossary.home.searchLabel')}>
            <TextField label={t('glossary.home.search')} name="q" type="search" value={text} onChange={setText} placeholder={t('glossary.home.searchPlaceholder')} />
            <SelectField label={t('glossary.home.initiative')} name="initiative" options={initiativeOptions} value={initiativeId ?? ALL} onChange={(v) => setParam('initiative', v)} />
            <SelectField
              label={t('glossary.home.statusFilter')}
              name="status"
              options={[{ id: ALL, label: t('glossary.home.allStatuses') }, ...STATUSES.map((s) => ({ id: s, label: t(`glossary.status.${s}`) }))]}
              value={status ?? ALL}
              onChange={(v) => setParam('status', v)}
            />
          </div>
          <div aria-live="polite" className="cg-muted cg-small cg-result-count">
            {connection ? t('glossary.home.count', { count: connection.totalCount }) : null}
          </div>
          {error ? (
            <QueryError error={error} retry={() => void refetch()} />
          ) : !connection ? (
            <Loading />
          ) : connection.edges.length === 0 ? (
            <EmptyState
              title={filtered ? t('glossary.home.noMatch') : t('glossary.home.none')}
              action={
                filtered ? (
                  <Button
                    onPress={() => {
                      setText('');
                      const next = new URLSearchParams();
                      if (params.get('lang')) next.set('lang', params.get('lang')!);
                      setParams(next, { replace: true });
                    }}
                  >
                    {t('common.clearFilters')}
                  </Button>
                ) : null
              }
            />
          ) : (
            <>
              <ul className="cg-list cg-glossary-terms" aria-busy={loading} aria-label={t('glossary.home.listLabel')}>
                {connection.edges.map(({ node }) => {
                  const adopted = node.definitions.some((d) => d.status === 'ADOPTED');
                  const consulted = node.definitions.some((d) => d.status === 'CONSULTATION');
                  const alt = node.altLabels.filter((l) => l.language === language);
                  return (
                    <li key={node.id}>
                      <div className="cg-list__item">
                        <div className="cg-list__main">
                          <Link href={withLang(`/glossary/${node.slug}`, fromLink ? language : null)} className="cg-list__title">
                            <TermLabel labels={node.labels} language={language} fallbackText={node.slug} />
                          </Link>
                          {alt.length ? (
                            <span className="cg-muted cg-small" lang={language}>
                              {' '}
                              · {alt.map((l) => l.text).join(', ')}
                            </span>
                          ) : null}
                          <div className="cg-list__meta">
                            {tags.line(node)}
                          </div>
                        </div>
                        <div className="cg-list__actions cg-small">
                          <span>{t('glossary.home.definitionCount', { count: node.definitions.length })}</span>
                          {adopted ? <StatusBadge status="ADOPTED" /> : null}
                          {consulted ? <StatusBadge status="CONSULTATION" /> : null}
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
              <LoadMore
                shown={connection.edges.length}
                total={connection.totalCount}
                hasNextPage={connection.pageInfo.hasNextPage}
                onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              />
            </>
          )}
        </div>
        <div>
          <PrincipleSetsSection initiativeId={initiativeId} />
          <ExportSection initiative={initiative} termIds={connection?.edges.map((e) => e.node.id) ?? []} />
          {roles.secretariat && roles.admin ? <ImportSection initiatives={roles.runs} defaultInitiativeId={roles.runsInitiative(initiativeId) ? initiativeId : null} /> : null}
        </div>
      </div>
    </>
  );
}

function PrincipleSetsSection({ initiativeId }: { initiativeId: string | null }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { data, loading, error } = useQuery(GlossaryPrincipleSetsQuery, { variables: { initiativeId } });
  const sets = data?.principleSets;
  return (
    <Section id="principle-sets" title={t('glossary.principles.listTitle')}>
      <p className="cg-description">{t('glossary.principles.listLead')}</p>
      {error ? (
        <ErrorAlert error={error} />
      ) : loading && !sets ? (
        <Loading />
      ) : !sets?.length ? (
        <p className="cg-muted">{t('glossary.principles.none')}</p>
      ) : (
        <ul className="cg-list">
          {sets.map((set) => (
            <li key={set.id}>
              <Link href={`/glossary/principles/${set.id}`} className="cg-list__title">
                {set.title}
              </Link>
              <div className="cg-list__meta cg-row">
                <StatusBadge status={set.status} />
                {set.initiative ? <span>{set.initiative.name}</span> : null}
                <span>{t('glossary.principles.principleCount', { count: set.currentRevision.principles.length })}</span>
                {set.consultationOpen && set.consultationEndsAt ? <span>{t('glossary.consultation.openUntil', { date: formatDate(set.consultationEndsAt) })}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

const FORMATS: Array<{ format: GlossaryFormat; extension: string; type: string }> = [
  { format: 'SKOS_TURTLE', extension: 'ttl', type: 'text/turtle;charset=utf-8' },
  { format: 'SKOS_JSONLD', extension: 'jsonld', type: 'application/ld+json;charset=utf-8' },
  { format: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
];

/** Downloads an initiative's glossary (or the terms listed) as a file. */
function ExportSection({ initiative, termIds }: { initiative: InitiativeRef | null; termIds: string[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState<GlossaryFormat | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const nothing = !initiative && termIds.length === 0;

  const download = async (format: (typeof FORMATS)[number]) => {
    setBusy(format.format);
    setError(undefined);
    setDone(null);
    try {
      const result = await client.query({
        query: GlossaryExportQuery,
        variables: initiative ? { format: format.format, initiativeId: initiative.id } : { format: format.format, termIds },
        fetchPolicy: 'no-cache',
      });
      const content = result.data?.exportGlossary;
      if (content == null) throw result.error ?? new Error('No export');
      const filename = `${initiative ? initiative.slug : 'glossary-selection'}.${format.extension}`;
      downloadText(content, filename, format.type);
      setDone(t('glossary.exchange.downloaded', { file: filename }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section id="export" title={t('glossary.exchange.exportTitle')}>
      <p className="cg-description">
        {initiative ? t('glossary.exchange.exportInitiative', { initiative: initiative.name }) : nothing ? t('glossary.exchange.exportNothing') : t('glossary.exchange.exportSelection', { count: termIds.length })}
      </p>
      <ErrorAlert error={error} />
      {done ? <Alert tone="success" title={done} /> : null}
      <div className="cg-row" role="group" aria-label={t('glossary.exchange.exportTitle')}>
        {FORMATS.map((format) => (
          <Button key={format.format} isDisabled={nothing || busy !== null} onPress={() => void download(format)}>
            {busy === format.format ? t('glossary.exchange.preparing') : t(`glossary.exchange.format.${format.format}`)}
          </Button>
        ))}
      </div>
    </Section>
  );
}

const NO_INITIATIVE = 'NONE';

/** Secretariats import SKOS Turtle or CSV; the report says what was created, updated, skipped, and why not. */
function ImportSection({ initiatives, defaultInitiativeId }: { initiatives: InitiativeRef[]; defaultInitiativeId: string | null }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [initiativeId, setInitiativeId] = useState<string>(defaultInitiativeId ?? initiatives[0]?.id ?? NO_INITIATIVE);
  const [format, setFormat] = useState<'SKOS_TURTLE' | 'CSV'>('SKOS_TURTLE');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportResult['importGlossary'] | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [importGlossary, { loading }] = useMutation(GlossaryImportMutation, { refetchQueries: ['GlossaryTerms'] });
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    setReport(null);
    if (chosen && /\.csv$/i.test(chosen.name)) setFormat('CSV');
    else if (chosen && /\.(ttl|turtle)$/i.test(chosen.name)) setFormat('SKOS_TURTLE');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setReport(null);
    if (!file) {
      setFileError(t('glossary.exchange.chooseFile'));
      fileRef.current?.focus();
      return;
    }
    try {
      const content = await file.text();
      const result = await importGlossary({ variables: { format, content, initiativeId: initiativeId === NO_INITIATIVE ? null : initiativeId } });
      setReport(result.data?.importGlossary ?? null);
    } catch (e) {
      setError(e);
    }
  };

  const tooLarge = apiErrors(error).some((e) => e.code === 'PAYLOAD_TOO_LARGE');
  return (
    <Section id="import" title={t('glossary.exchange.importTitle')}>
      <p className="cg-description">{t('glossary.exchange.importLead')}</p>
      <Form onSubmit={onSubmit} aria-label={t('glossary.exchange.importTitle')}>
        <SelectField
          label={t('glossary.exchange.importInto')}
          name="importInitiative"
          options={[...initiatives.map((i) => ({ id: i.id, label: i.name })), { id: NO_INITIATIVE, label: t('glossary.exchange.noInitiative') }]}
          value={initiativeId}
          onChange={(v) => setInitiativeId(v ?? NO_INITIATIVE)}
          description={initiativeId === NO_INITIATIVE ? t('glossary.exchange.noInitiativeHelp') : t('glossary.exchange.initiativeHelp')}
        />
        <div className={fileError ? 'cg-field cg-field--invalid' : 'cg-field'}>
          <label className="cg-label" htmlFor={fileId}>
            {t('glossary.exchange.file')}
            <span className="cg-required" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <input
            ref={fileRef}
            id={fileId}
            name="file"
            type="file"
            accept=".ttl,.csv,text/turtle,text/csv"
            className="cg-input cg-file-input"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fileId}-help${fileError ? ` ${fileId}-error` : ''}`}
            required
            onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
          />
          <p id={`${fileId}-help`} className="cg-description">
            {t('glossary.exchange.fileHelp')}
          </p>
          {fileError ? (
            <p id={`${fileId}-error`} className="cg-field-error">
              {fileError}
            </p>
          ) : null}
        </div>
        <SelectField
          label={t('glossary.exchange.formatLabel')}
          name="format"
          options={[
            { id: 'SKOS_TURTLE', label: t('glossary.exchange.format.SKOS_TURTLE') },
            { id: 'CSV', label: t('glossary.exchange.format.CSV') },
          ]}
          value={format}
          onChange={(v) => setFormat(v === 'CSV' ? 'CSV' : 'SKOS_TURTLE')}
        />
        {tooLarge ? <Alert tone="error" title={t('glossary.exchange.tooLarge')} /> : <ErrorAlert error={error} />}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={loading}>
            {loading ? t('glossary.exchange.importing') : t('glossary.exchange.import')}
          </Button>
        </FormActions>
      </Form>
      {report ? <ImportReportView report={report} /> : null}
    </Section>
  );
}

function ImportReportView({ report }: { report: ImportResult['importGlossary'] }) {
  const { t } = useTranslation();
  const failed = report.errors.length > 0;
  return (
    <div className="cg-space-top" aria-labelledby="import-report-title" role="region">
      <h3 id="import-report-title">{t('glossary.exchange.reportTitle')}</h3>
      {failed ? (
        <Alert tone="error" title={t('glossary.exchange.reportFailed', { count: report.errors.length })} />
      ) : (
        <Alert tone="success" title={t('glossary.exchange.reportDone')} />
      )}
      <dl className="cg-figures">
        <div className="cg-figure">
          <dt>{t('glossary.exchange.created')}</dt>
          <dd>{report.created}</dd>
        </div>
        <div className="cg-figure">
          <dt>{t('glossary.exchange.updated')}</dt>
          <dd>{report.updated}</dd>
        </div>
        <div className="cg-figure">
          <dt>{t('glossary.exchange.skipped')}</dt>
          <dd>{report.skipped}</dd>
        </div>
      </dl>
      {report.skipped > 0 ? <p className="cg-description">{t('glossary.exchange.skippedHelp')}</p> : null}
      {failed ? <ProblemTable id="import-errors" title={t('glossary.exchange.errors')} problems={report.errors} /> : null}
      {report.warnings.length ? <ProblemTable id="import-warnings" title={t('glossary.exchange.warnings')} problems={report.warnings} /> : null}
    </div>
  );
}

function ProblemTable({ id, title, problems }: { id: string; title: string; problems: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="cg-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="cg-table">
        <caption id={`${id}-caption`} className="cg-glossary-caption">
          {title}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('glossary.exchange.line')}</th>
            <th scope="col">{t('glossary.exchange.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => {
            const { line, message } = splitLine(problem);
            return (
              <tr key={index}>
                <td className="cg-num">{line ?? '—'}</td>
                <td>{message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

