import { useMutation, useQuery } from '@apollo/client/react';
import { MINERALS, THEMES, label as localized, termCategoryName } from '@commonground/shared-reference';
import { Alert, Button, Card, CheckboxGroupField, FormActions, Loading, PageHeader, SelectField, TextField } from '@commonground/web-ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { GlossaryTermQuery, TermInput } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { CreateTermMutation, GlossaryTermQuery as TermDocument, UpdateTermMutation } from './glossary.documents';
import { CONTENT_LANGUAGES, lines, pickLabel, useContentLanguage, useGlossaryRoles, useLanguageName } from './glossary-helpers';
import { TermPicker, type PickedTerm } from './term-picker';
import './glossary.css';

type Term = NonNullable<GlossaryTermQuery['term']>;

/** /glossary/new — a secretariat creates a term. */
export function CreateTermPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('glossary.termForm.createTitle'));
  const roles = useGlossaryRoles();
  if (roles.loading) return <Loading />;
  if (!roles.secretariat) {
    return (
      <div className="cg-narrow">
        <PageHeader title={t('glossary.termForm.createTitle')} />
        <Alert tone="info" title={t('glossary.termForm.onlySecretariats')} />
      </div>
    );
  }
  return <TermForm />;
}

/** /glossary/:slug/edit — the organization that created a term edits it. */
export function EditTermPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TermDocument, { variables: { slug }, fetchPolicy: 'network-only' });
  const term = data?.term;
  useDocumentTitle(t('glossary.termForm.editTitle'));
  if (loading && !term) return <Loading />;
  if (error && !term) return <QueryError error={error} retry={() => void refetch()} />;
  if (!term) return <NotFoundContent />;
  return <TermForm term={term} />;
}

interface Values {
  labels: Record<string, string>;
  altLabels: Record<string, string>;
  slug: string;
  category: string;
  minerals: string[];
  themes: string[];
  broader: PickedTerm[];
  related: PickedTerm[];
  initiativeId: string;
}

const NONE = 'NONE';

function TermForm({ term }: { term?: Term }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const roles = useGlossaryRoles();
  const languageName = useLanguageName();
  const { language } = useContentLanguage();
  const ui = i18n.resolvedLanguage ?? 'en';
  const [values, setValues] = useState<Values>(() => ({
    labels: Object.fromEntries(term?.labels.map((l) => [l.language, l.text]) ?? []),
    altLabels: Object.fromEntries(CONTENT_LANGUAGES.map((lang) => [lang, (term?.altLabels ?? []).filter((l) => l.language === lang).map((l) => l.text).join('\n')])),
    slug: term?.slug ?? '',
    // a known category is edited by its name in the interface language; the API stores its slug again
    category: term?.category ? termCategoryName(term.category, i18n.resolvedLanguage) : '',
    minerals: term?.minerals ?? [],
    themes: term?.themes ?? [],
    broader: term?.broader ?? [],
    related: term?.related ?? [],
    initiativeId: roles.runs[0]?.id ?? NONE,
  }));
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [create, createState] = useMutation(CreateTermMutation);
  const [update, updateState] = useMutation(UpdateTermMutation, { refetchQueries: ['GlossaryTerm'] });
  const saving = createState.loading || updateState.loading;
  const formRef = useRef<HTMLFormElement>(null);
  // the API names labels by their position in what was sent
  const sent = useRef<{ labels: string[]; altLabels: string[] }>({ labels: [], altLabels: [] });
  const [fieldOf] = useState(() => (path: string) => {
    const p = path.replace(/^input\./, '');
    const at = /^(labels|altLabels)\.(\d+)/.exec(p);
    if (at) {
      const lang = sent.current[at[1] as 'labels' | 'altLabels'][Number(at[2])];
      return lang ? `${at[1]}-${lang}` : null;
    }
    if (p === 'labels') return `labels-${CONTENT_LANGUAGES[0]}`;
    if (p === 'broaderIds') return 'broader';
    if (p === 'relatedIds') return 'related';
    if (['slug', 'category', 'minerals', 'themes'].includes(p)) return p;
    return null;
  });
  const { fieldErrors, others } = useValidationErrors(error, fieldOf, localErrors);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const mineralOptions = useMemo(() => MINERALS.map((m) => ({ id: m.id, label: localized(m.name, ui) })), [ui]);
  const themeOptions = useMemo(() => THEMES.map((th) => ({ id: th.slug, label: localized(th.name, ui) })), [ui]);
  const title = term ? t('glossary.termForm.editTitle') : t('glossary.termForm.createTitle');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const labels = CONTENT_LANGUAGES.filter((lang) => (values.labels[lang] ?? '').trim()).map((lang) => ({ language: lang, text: values.labels[lang]!.trim() }));
    if (!labels.length) {
      setLocalErrors({ [`labels-${CONTENT_LANGUAGES[0]}`]: t('glossary.termForm.oneLabel') });
      focusFirstInvalid(formRef.current);
      return;
    }
    if (values.slug.trim() && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug.trim())) {
      setLocalErrors({ slug: t('glossary.termForm.slugInvalid') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors(null);
    const altLabels = CONTENT_LANGUAGES.flatMap((lang) => lines(values.altLabels[lang] ?? '').map((text) => ({ language: lang, text })));
    sent.current = { labels: labels.map((l) => l.language), altLabels: altLabels.map((l) => l.language) };
    const input: TermInput = {
      labels,
      altLabels,
      slug: values.slug.trim() || null,
      category: values.category.trim() || null,
      minerals: values.minerals,
      themes: values.themes,
      broaderIds: values.broader.map((b) => b.id),
      relatedIds: values.related.map((r) => r.id),
    };
    try {
      if (term) {
        const result = await update({ variables: { id: term.id, input } });
        navigate(`/glossary/${result.data?.updateTerm.slug ?? term.slug}`, { state: { saved: true } });
      } else {
        const result = await create({ variables: { input, initiativeId: values.initiativeId === NONE ? null : values.initiativeId } });
        navigate(`/glossary/${result.data?.createTerm.slug}`, { state: { created: true } });
      }
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="cg-narrow cg-glossary-term-form">
      <PageHeader
        eyebrow={t('glossary.title')}
        title={term ? `${title}: ${pickLabel(term.labels, language, term.slug).text}` : title}
        description={term ? t('glossary.termForm.editLead') : t('glossary.termForm.createLead')}
      />
      <Card>
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={title}>
          <ErrorAlert errors={others} />
          <fieldset className="cg-fieldset">
            <legend>{t('glossary.termForm.labels')}</legend>
            <p className="cg-description">{t('glossary.termForm.labelsHelp')}</p>
            {CONTENT_LANGUAGES.map((lang) => (
              <TextField
                key={lang}
                label={t('glossary.termForm.labelIn', { language: languageName(lang) })}
                name={`labels-${lang}`}
                value={values.labels[lang] ?? ''}
                onChange={(text) => setValues((v) => ({ ...v, labels: { ...v.labels, [lang]: text } }))}
                maxLength={200}
                className={`cg-glossary-lang-${lang}`}
              />
            ))}
          </fieldset>
          <fieldset className="cg-fieldset">
            <legend>{t('glossary.termForm.altLabels')}</legend>
            <p className="cg-description">{t('glossary.termForm.altLabelsHelp')}</p>
            {CONTENT_LANGUAGES.map((lang) => (
              <TextField
                key={lang}
                label={t('glossary.termForm.altLabelsIn', { language: languageName(lang) })}
                name={`altLabels-${lang}`}
                multiline
                rows={2}
                value={values.altLabels[lang] ?? ''}
                onChange={(text) => setValues((v) => ({ ...v, altLabels: { ...v.altLabels, [lang]: text } }))}
              />
            ))}
          </fieldset>
          <TextField label={t('glossary.termForm.slug')} name="slug" value={values.slug} onChange={set('slug')} description={term ? t('glossary.termForm.slugEditHelp') : t('glossary.termForm.slugHelp')} maxLength={80} />
          <TextField label={t('glossary.termForm.category')} name="category" value={values.category} onChange={set('category')} description={t('glossary.termForm.categoryHelp')} maxLength={80} />
          {!term && roles.runs.length ? (
            <SelectField
              label={t('glossary.termForm.initiative')}
              name="initiative"
              options={[...roles.runs.map((i) => ({ id: i.id, label: i.name })), { id: NONE, label: t('glossary.termForm.noInitiative') }]}
              value={values.initiativeId}
              onChange={(v) => set('initiativeId')(v ?? NONE)}
              description={t('glossary.termForm.initiativeHelp')}
            />
          ) : null}
          <CheckboxGroupField label={t('glossary.term.minerals')} name="minerals" options={mineralOptions} value={values.minerals} onChange={set('minerals')} columns />
          <CheckboxGroupField label={t('glossary.term.themes')} name="themes" options={themeOptions} value={values.themes} onChange={set('themes')} columns />
          <TermPicker
            label={t('glossary.term.broader')}
            name="broader"
            value={values.broader}
            onChange={set('broader')}
            exclude={term ? [term.id] : []}
            language={language}
            description={t('glossary.termForm.broaderHelp')}
            errorMessage={fieldErrors.broader}
          />
          <TermPicker
            label={t('glossary.term.related')}
            name="related"
            value={values.related}
            onChange={set('related')}
            exclude={term ? [term.id] : []}
            language={language}
            description={t('glossary.termForm.relatedHelp')}
            errorMessage={fieldErrors.related}
          />
          {term?.narrower.length ? <p className="cg-description">{t('glossary.termForm.narrowerHelp', { count: term.narrower.length })}</p> : null}
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={saving}>
              {saving ? t('common.saving') : term ? t('common.save') : t('glossary.termForm.create')}
            </Button>
            <Button variant="secondary" onPress={() => navigate(term ? `/glossary/${term.slug}` : '/glossary')}>
              {t('common.cancel')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </div>
  );
}
