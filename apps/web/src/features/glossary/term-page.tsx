import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, DefinitionList, EmptyState, FormActions, LinkButton, Loading, PageHeader, RadioGroupField, Section, SelectField, TextField } from '@commonground/web-ui';
import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { GlossaryTermQuery } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { ContentLanguageNav, withLang } from './content-language';
import { DefinitionCard } from './definition-card';
import { DiffView } from './diff-view';
import { AddDefinitionMutation, GlossaryDefinitionDiffQuery, GlossaryTermQuery as TermDocument } from './glossary.documents';
import { CONTENT_LANGUAGES, pickLabel, TermLabel, useContentLanguage, useGlossaryRoles, useLanguageName, useTagNames, type GlossaryRoles } from './glossary-helpers';
import './glossary.css';

type Term = NonNullable<GlossaryTermQuery['term']>;
type Definition = Term['definitions'][number];

const STATUS_ORDER = { ADOPTED: 0, CONSULTATION: 1, DRAFT: 2, SUPERSEDED: 3 } as const;

/** /glossary/:slug — a term and its definitions side by side; ?lang=fr|es|en fixes the language of the content. */
export function TermPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const { language, fromLink } = useContentLanguage();
  const roles = useGlossaryRoles();
  const tags = useTagNames();
  const { data, loading, error, refetch } = useQuery(TermDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const term = data?.term;
  const label = term ? pickLabel(term.labels, language, term.slug) : null;
  useDocumentTitle(label?.text ?? t('glossary.title'));

  if (loading && !term) return <Loading />;
  if (error && !term) return <QueryError error={error} retry={() => void refetch()} />;
  if (!term) return <NotFoundContent />;

  const state = location.state as { created?: boolean; saved?: boolean } | null;
  const definitions = [...term.definitions].sort((a, b) => (a.kind === b.kind ? STATUS_ORDER[a.status] - STATUS_ORDER[b.status] : a.kind === 'PROPOSED' ? -1 : 1));
  const alt = term.altLabels.filter((l) => l.language === language);

  return (
    <>
      {state?.created ? <Alert tone="success" title={t('glossary.term.created')} /> : state?.saved ? <Alert tone="success" title={t('glossary.term.saved')} /> : null}
      <PageHeader
        eyebrow={
          <>
            <Link href={withLang('/glossary', fromLink ? language : null)}>{t('glossary.title')}</Link>
            {term.category ? ` · ${tags.category(term.category)}` : ''}
          </>
        }
        title={<TermLabel labels={term.labels} language={language} fallbackText={term.slug} />}
        description={alt.length ? <span lang={language}>{t('glossary.term.alsoCalled', { labels: alt.map((l) => l.text).join(', ') })}</span> : undefined}
        actions={
          <>
            {roles.viewer && roles.active ? (
              <LinkButton href="#add-definition" variant="primary">
                {t('glossary.add.button')}
              </LinkButton>
            ) : null}
            {roles.secretariat ? <LinkButton href={`/glossary/${term.slug}/edit`}>{t('glossary.term.edit')}</LinkButton> : null}
          </>
        }
      />
      <ContentLanguageNav />
      <TermFacts term={term} language={language} />

      <Section id="definitions" title={t('glossary.term.definitionsTitle', { count: definitions.length })}>
        <p className="cg-description">{t('glossary.term.definitionsLead')}</p>
        {definitions.length === 0 ? (
          <EmptyState title={t('glossary.term.noDefinitions')}>{!roles.viewer ? <p>{t('glossary.term.signInToSeeMore')}</p> : null}</EmptyState>
        ) : (
          <ul className="cg-glossary-grid" aria-label={t('glossary.term.definitionsTitle', { count: definitions.length })}>
            {definitions.map((d) => (
              <DefinitionCard key={d.id} definition={d} language={language} roles={roles} onChanged={() => refetch()} />
            ))}
          </ul>
        )}
      </Section>

      {definitions.length >= 2 ? <CompareSection definitions={definitions} language={language} /> : null}

      {roles.viewer ? (
        roles.active ? (
          <AddDefinitionSection term={term} roles={roles} onAdded={() => refetch()} />
        ) : null
      ) : (
        <Section id="add-definition" title={t('glossary.add.title')}>
          <p>{t('glossary.add.signIn')}</p>
          <LinkButton href={`/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`}>{t('auth.signIn')}</LinkButton>
        </Section>
      )}
    </>
  );
}

function TermLinks({ terms, language }: { terms: Term['broader']; language: string }) {
  const { fromLink } = useContentLanguage();
  if (!terms.length) return null;
  return (
    <ul className="cg-inline-list">
      {terms.map((other) => (
        <li key={other.id}>
          <Link href={withLang(`/glossary/${other.slug}`, fromLink ? language : null)}>
            <TermLabel labels={other.labels} language={language} fallbackText={other.slug} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

function TermFacts({ term, language }: { term: Term; language: string }) {
  const { t } = useTranslation();
  const tags = useTagNames();
  const languageName = useLanguageName();
  const others = term.labels.filter((l) => l.language !== language);
  const otherAlt = term.altLabels.filter((l) => l.language !== language);
  const rows: Array<{ term: string; value: ReactNode } | null> = [
    others.length
      ? {
          term: t('glossary.term.otherLanguages'),
          value: (
            <ul className="cg-inline-list">
              {others.map((l) => (
                <li key={l.language}>
                  <span lang={l.language}>{l.text}</span> <span className="cg-muted">({languageName(l.language)})</span>
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    otherAlt.length
      ? {
          term: t('glossary.term.altLabels'),
          value: (
            <ul className="cg-inline-list">
              {otherAlt.map((l, i) => (
                <li key={`${l.language}-${i}`}>
                  <span lang={l.language}>{l.text}</span> <span className="cg-muted">({languageName(l.language)})</span>
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    term.category ? { term: t('glossary.term.category'), value: tags.category(term.category) } : null,
    term.minerals.length ? { term: t('glossary.term.minerals'), value: term.minerals.map(tags.mineral).join(', ') } : null,
    term.themes.length ? { term: t('glossary.term.themes'), value: term.themes.map(tags.theme).join(', ') } : null,
    term.broader.length ? { term: t('glossary.term.broader'), value: <TermLinks terms={term.broader} language={language} /> } : null,
    term.narrower.length ? { term: t('glossary.term.narrower'), value: <TermLinks terms={term.narrower} language={language} /> } : null,
    term.related.length ? { term: t('glossary.term.related'), value: <TermLinks terms={term.related} language={language} /> } : null,
    {
      term: t('glossary.term.stableLink'),
      value: (
        <span className="cg-glossary-permalink">
          {window.location.origin}/glossary/{term.slug}?lang={language}
        </span>
      ),
    },
  ];
  const items = rows.filter((x): x is { term: string; value: ReactNode } => x !== null);
  return (
    <Section id="about-term" title={t('glossary.term.about')}>
      <DefinitionList items={items} />
    </Section>
  );
}

/** Any two definitions of the term (their current revisions), word by word. */
function CompareSection({ definitions, language }: { definitions: Definition[]; language: string }) {
  const { t } = useTranslation();
  const optionLabel = (d: Definition) => t('glossary.compare.option', { author: d.author.name, kind: t(`glossary.kind.${d.kind}`), number: d.currentRevision.number });
  const options = definitions.map((d) => ({ id: d.id, label: optionLabel(d) }));
  const [from, setFrom] = useState(definitions[0]!.id);
  const [to, setTo] = useState(definitions[1]!.id);
  const [compared, setCompared] = useState<{ from: Definition; to: Definition } | null>(null);
  const [run, { data, error, loading }] = useLazyQuery(GlossaryDefinitionDiffQuery);
  const byId = (id: string) => definitions.find((d) => d.id === id);

  const compare = () => {
    const a = byId(from);
    const b = byId(to);
    if (!a || !b) return;
    setCompared({ from: a, to: b });
    void run({ variables: { fromRevisionId: a.currentRevision.id, toRevisionId: b.currentRevision.id, language } });
  };

  return (
    <Section id="compare" title={t('glossary.compare.title')}>
      <p className="cg-description">{t('glossary.compare.lead')}</p>
      <div className="cg-inline-form">
        <SelectField label={t('glossary.compare.from')} name="compareFrom" options={options} value={from} onChange={(v) => v && setFrom(v)} />
        <SelectField label={t('glossary.compare.to')} name="compareTo" options={options} value={to} onChange={(v) => v && setTo(v)} />
        <Button variant="primary" isDisabled={from === to} onPress={compare}>
          {t('glossary.compare.button')}
        </Button>
      </div>
      {from === to ? <p className="cg-muted cg-small">{t('glossary.compare.pickTwo')}</p> : null}
      <div aria-live="polite">
        {error ? (
          <ErrorAlert error={error} />
        ) : compared && data && !loading ? (
          <div className="cg-glossary-compare" role="region" aria-labelledby="compare-result-title">
            <h3 id="compare-result-title">{t('glossary.compare.resultTitle', { from: optionLabel(compared.from), to: optionLabel(compared.to) })}</h3>
            <DiffView parts={data.definitionDiff} lang={language} id="compare-result" />
          </div>
        ) : compared && loading ? (
          <Loading inline />
        ) : null}
      </div>
    </Section>
  );
}

/** "Add a definition": a source (with its citation) from any organization, or a proposed common definition from a secretariat. */
function AddDefinitionSection({ term, roles, onAdded }: { term: Term; roles: GlossaryRoles; onAdded: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const canPropose = roles.admin && roles.runs.length > 0;
  const [kind, setKind] = useState<'SOURCE' | 'PROPOSED'>('SOURCE');
  const [language, setLanguage] = useState<string>(CONTENT_LANGUAGES.includes(i18n.resolvedLanguage as never) ? i18n.resolvedLanguage! : 'en');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [year, setYear] = useState('');
  const [initiativeId, setInitiativeId] = useState<string>('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [add, { loading }] = useMutation(AddDefinitionMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => {
    const p = path.replace(/^input\./, '');
    if (p.startsWith('texts')) return 'text';
    if (p === 'citation.url') return 'url';
    if (p === 'citation.year') return 'year';
    if (p.startsWith('citation')) return 'citationTitle';
    if (p.startsWith('initiativeId')) return 'initiative';
    return null;
  }, localErrors);
  const initiativeOptions = kind === 'PROPOSED' ? roles.runs : roles.initiatives;
  const NONE = 'NONE';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setNotice(null);
    const errors: Record<string, string> = {};
    if (!text.trim()) errors.text = t('validation.required');
    if (kind === 'SOURCE' && !title.trim()) errors.citationTitle = t('glossary.add.citationRequired');
    const yearNumber = year.trim() ? Number(year.trim()) : null;
    if (kind === 'SOURCE' && year.trim() && (!Number.isInteger(yearNumber) || yearNumber! < 1500 || yearNumber! > 2100)) errors.year = t('glossary.add.yearInvalid');
    const chosenInitiative = initiativeId && initiativeId !== NONE ? initiativeId : kind === 'PROPOSED' ? (roles.runs[0]?.id ?? '') : '';
    if (kind === 'PROPOSED' && !chosenInitiative) errors.initiative = t('validation.required');
    if (Object.keys(errors).length) {
      setLocalErrors(errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors(null);
    try {
      await add({
        variables: {
          input: {
            termId: term.id,
            kind,
            initiativeId: chosenInitiative || null,
            texts: [{ language, text: text.trim() }],
            citation: kind === 'SOURCE' ? { title: title.trim(), url: url.trim() || null, year: yearNumber } : null,
          },
        },
      });
      setText('');
      setTitle('');
      setUrl('');
      setYear('');
      setNotice(t('glossary.add.done'));
      await onAdded();
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  const languageOptions = useMemo(() => CONTENT_LANGUAGES.map((l) => ({ id: l, label: languageName(l) })), [languageName]);

  return (
    <Section id="add-definition" title={t('glossary.add.title')}>
      <p className="cg-description">{t('glossary.add.lead', { organization: roles.active?.name ?? '' })}</p>
      {notice ? <Alert tone="success" title={notice} /> : null}
      <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.add.title')} className="cg-form">
        <ErrorAlert errors={others} />
        {canPropose ? (
          <RadioGroupField
            label={t('glossary.add.kind')}
            name="kind"
            value={kind}
            onChange={(v) => {
              setKind(v === 'PROPOSED' ? 'PROPOSED' : 'SOURCE');
              setInitiativeId('');
            }}
            options={[
              { id: 'SOURCE', label: t('glossary.kind.SOURCE'), description: t('glossary.add.sourceHelp') },
              { id: 'PROPOSED', label: t('glossary.kind.PROPOSED'), description: t('glossary.add.proposedHelp') },
            ]}
          />
        ) : (
          <p className="cg-description">{t('glossary.add.sourceOnly')}</p>
        )}
        {kind === 'PROPOSED' || initiativeOptions.length ? (
          <SelectField
            label={kind === 'PROPOSED' ? t('glossary.add.initiative') : t('glossary.add.initiativeOptional')}
            name="initiative"
            isRequired={kind === 'PROPOSED'}
            options={[...(kind === 'PROPOSED' ? [] : [{ id: NONE, label: t('glossary.add.noInitiative') }]), ...initiativeOptions.map((i) => ({ id: i.id, label: i.name }))]}
            value={initiativeId || (kind === 'PROPOSED' ? (roles.runs[0]?.id ?? null) : NONE)}
            onChange={(v) => setInitiativeId(v ?? '')}
            description={kind === 'PROPOSED' ? t('glossary.add.initiativeHelp') : undefined}
          />
        ) : null}
        <SelectField label={t('glossary.add.language')} name="language" options={languageOptions} value={language} onChange={(v) => setLanguage(v ?? 'en')} />
        <TextField label={t('glossary.add.text')} name="text" multiline rows={5} isRequired value={text} onChange={setText} description={t('glossary.add.textHelp')} />
        {kind === 'SOURCE' ? (
          <fieldset className="cg-fieldset">
            <legend>{t('glossary.add.citation')}</legend>
            <TextField label={t('glossary.add.citationTitle')} name="citationTitle" isRequired value={title} onChange={setTitle} description={t('glossary.add.citationTitleHelp')} maxLength={300} />
            <div className="cg-fields-row">
              <TextField label={t('glossary.add.citationUrl')} name="url" type="url" value={url} onChange={setUrl} placeholder="https://" />
              <TextField label={t('glossary.add.citationYear')} name="year" inputMode="numeric" value={year} onChange={setYear} maxLength={4} />
            </div>
          </fieldset>
        ) : null}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={loading}>
            {loading ? t('common.saving') : t('glossary.add.submit')}
          </Button>
        </FormActions>
      </Form>
    </Section>
  );
}
