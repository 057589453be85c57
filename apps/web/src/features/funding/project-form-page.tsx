import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CheckboxField, CheckboxGroupField, ComboBoxField, FormActions, Loading, PageHeader, RadioGroupField, TextField, type Option } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ProjectInput, ProjectStage, Visibility } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, optional, useValidationErrors } from '../../lib/forms';
import { useMoney } from '../membership/membership-components';
import { currencyOptions } from '../membership/money';
import { CreateProjectMutation, FundingProjectQuery, OwnInitiativesQuery, UpdateProjectMutation } from './funding.documents';
import { evictFundingLists, STAGES, useFundingReference, useFundingRole } from './funding-components';
import { MultiPicker, OrganizationPicker } from './pickers';
import type { FundingProject } from './project-page';

const LEVELS: readonly Visibility[] = ['PUBLIC', 'PLATFORM', 'INITIATIVE', 'ORGANIZATIONS', 'PRIVATE'];

interface Values {
  title: string;
  summary: string;
  description: string;
  countries: string[];
  themes: string[];
  minerals: string[];
  stage: ProjectStage | null;
  budget: string;
  currency: string | null;
  durationMonths: string;
  partners: Option[];
  consentToReferral: boolean;
  visibility: Visibility;
  visibilityInitiatives: string[];
  visibilityOrganizations: Option[];
}

/** The form field an API error names: "input.budget.amountMinor" -> "budget". */
export function projectField(path: string): string | null {
  const parts = path.split('.');
  if (parts[0] === 'input') parts.shift();
  const [first, second] = parts;
  if (first === 'budget') return second === 'currency' ? 'currency' : 'budget';
  if (first === 'partnerIds') return 'partners';
  if (first === 'visibility') return second === 'initiativeIds' ? 'visibilityInitiatives' : second === 'organizationIds' ? 'visibilityOrganizations' : 'visibility';
  if (first && ['title', 'summary', 'description', 'countries', 'minerals', 'themes', 'stage', 'durationMonths', 'consentToReferral'].includes(first)) return first;
  return null;
}

/** /funding/projects/new */
export function CreateProjectPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('funding.form.createTitle'));
  return (
    <div className="cg-form-wide">
      <PageHeader eyebrow={t('funding.title')} title={t('funding.form.createTitle')} description={t('funding.form.createLead')} />
      <ProjectForm />
    </div>
  );
}

/** /funding/projects/:id/edit */
export function EditProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const role = useFundingRole();
  const { data, loading, error, refetch } = useQuery(FundingProjectQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const project = data?.project;
  useDocumentTitle(project ? t('funding.form.editTitle', { title: project.title }) : t('funding.form.editShort'));
  if (loading && !project) return <Loading />;
  if (error && !project) return <QueryError error={error} retry={() => void refetch()} />;
  if (!project) return <NotFoundContent />;
  if (project.applicant.id !== role.active?.id) {
    return (
      <div className="cg-form-wide">
        <PageHeader title={t('funding.form.editTitle', { title: project.title })} />
        <Alert tone="warning" title={t('funding.form.notYours', { applicant: project.applicant.name })} />
      </div>
    );
  }
  return (
    <div className="cg-form-wide">
      <PageHeader eyebrow={t('funding.title')} title={t('funding.form.editTitle', { title: project.title })} />
      <ProjectForm key={project.id} project={project} />
    </div>
  );
}

function ProjectForm({ project }: { project?: FundingProject }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const reference = useFundingReference();
  const role = useFundingRole();
  const [values, setValues] = useState<Values>(() => ({
    title: project?.title ?? '',
    summary: project?.summary ?? '',
    description: project?.description ?? '',
    countries: project ? [...project.countries] : [],
    themes: project ? [...project.themes] : [],
    minerals: project ? [...project.minerals] : [],
    stage: project?.stage ?? null,
    budget: project ? money.inputValue(project.budget) : '',
    currency: project?.budget.currency ?? 'EUR',
    durationMonths: project?.durationMonths ? String(project.durationMonths) : '',
    partners: project ? project.partners.map((p) => ({ id: p.id, label: p.name })) : [],
    consentToReferral: project?.consentToReferral ?? false,
    visibility: project?.visibility.level ?? 'PLATFORM',
    visibilityInitiatives: project ? project.visibility.initiatives.map((i) => i.id) : [],
    visibilityOrganizations: project ? project.visibility.organizations.map((o) => ({ id: o.id, label: o.name })) : [],
  }));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [create, createState] = useMutation(CreateProjectMutation, { update: evictFundingLists });
  const [update, updateState] = useMutation(UpdateProjectMutation, { update: evictFundingLists });
  const formRef = useRef<HTMLFormElement>(null);
  const saving = createState.loading || updateState.loading;
  const { fieldErrors, others } = useValidationErrors(error, projectField, localErrors);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const initiatives = useQuery(OwnInitiativesQuery, { variables: { id: role.active?.id ?? '' }, skip: !role.active || values.visibility !== 'INITIATIVE' });
  const org = initiatives.data?.organization;
  const initiativeOptions: Option[] = org
    ? [...org.runsInitiatives.map((i) => ({ id: i.id, label: i.name })), ...org.initiatives.filter((m) => m.status === 'ACTIVE').map((m) => ({ id: m.initiative.id, label: m.initiative.name }))].filter(
        (o, i, all) => all.findIndex((x) => x.id === o.id) === i,
      )
    : [];

  const read = (): { input?: ProjectInput; errors: Record<string, string> } => {
    const errors: Record<string, string> = {};
    if (values.title.trim().length < 3) errors.title = t('funding.form.titleLength');
    if (values.summary.trim().length < 10) errors.summary = t('funding.form.summaryLength');
    if (!values.countries.length) errors.countries = t('funding.form.countriesRequired');
    if (!values.themes.length) errors.themes = t('funding.form.themesRequired');
    if (!values.stage) errors.stage = t('validation.required');
    const currency = values.currency ?? '';
    if (!currency) errors.currency = t('validation.required');
    const budget = money.parse(values.budget, currency || 'EUR');
    if (!budget.ok) errors.budget = budget.error;
    else if (budget.minor === 0) errors.budget = t('funding.form.budgetZero');
    let durationMonths: number | null = null;
    if (values.durationMonths.trim()) {
      const n = Number(values.durationMonths.trim());
      if (!/^\d+$/.test(values.durationMonths.trim()) || n < 1 || n > 240) errors.durationMonths = t('funding.form.durationError');
      else durationMonths = n;
    }
    if (values.visibility === 'INITIATIVE' && !values.visibilityInitiatives.length) errors.visibilityInitiatives = t('funding.form.initiativesRequired');
    if (values.visibility === 'ORGANIZATIONS' && !values.visibilityOrganizations.length) errors.visibilityOrganizations = t('funding.form.organizationsRequired');
    if (Object.keys(errors).length || !budget.ok || !values.stage) return { errors };
    return {
      errors,
      input: {
        title: values.title.trim(),
        summary: values.summary.trim(),
        description: optional(values.description),
        countries: values.countries,
        themes: values.themes,
        minerals: values.minerals,
        stage: values.stage,
        budget: { amountMinor: budget.minor, currency },
        durationMonths,
        partnerIds: values.partners.map((p) => p.id),
        consentToReferral: values.consentToReferral,
        visibility: {
          level: values.visibility,
          initiativeIds: values.visibility === 'INITIATIVE' ? values.visibilityInitiatives : null,
          organizationIds: values.visibility === 'ORGANIZATIONS' ? values.visibilityOrganizations.map((o) => o.id) : null,
        },
      },
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const { input, errors } = read();
    setLocalErrors(errors);
    if (!input) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      if (project) {
        await update({ variables: { id: project.id, input } });
        navigate(`/funding/projects/${project.id}`, { state: { saved: true } });
      } else {
        const created = (await create({ variables: { input } })).data!.createProject;
        navigate(`/funding/projects/${created.id}`, { state: { created: true } });
      }
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  const title = project ? t('funding.form.editTitle', { title: project.title }) : t('funding.form.createTitle');
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={title}>
      <ErrorAlert errors={others} />
      <TextField label={t('funding.form.title')} name="title" isRequired minLength={3} maxLength={200} value={values.title} onChange={set('title')} />
      <TextField label={t('funding.form.summary')} name="summary" isRequired multiline rows={3} minLength={10} maxLength={1000} value={values.summary} onChange={set('summary')} description={t('funding.form.summaryHelp')} />
      <TextField label={t('funding.form.description')} name="description" multiline rows={8} maxLength={20000} value={values.description} onChange={set('description')} description={t('funding.form.descriptionHelp')} />
      <MultiPicker label={t('funding.form.countries')} options={reference.countries} value={values.countries} onChange={set('countries')} isRequired errorMessage={fieldErrors.countries} />
      <CheckboxGroupField label={t('funding.form.themes')} name="themes" isRequired options={reference.themes} value={values.themes} onChange={set('themes')} columns />
      <CheckboxGroupField label={t('funding.form.minerals')} name="minerals" options={reference.minerals} value={values.minerals} onChange={set('minerals')} columns />
      <RadioGroupField
        label={t('funding.form.stage')}
        name="stage"
        isRequired
        value={values.stage}
        onChange={(value) => set('stage')(value as ProjectStage)}
        options={STAGES.map((stage) => ({ id: stage, label: t(`funding.stage.${stage}`), description: t(`funding.stageHelp.${stage}`) }))}
      />
      <div className="cg-fields-row">
        <TextField label={t('funding.form.budget')} name="budget" isRequired inputMode="decimal" value={values.budget} onChange={set('budget')} />
        <ComboBoxField label={t('money.currency')} name="currency" isRequired options={currencyOptions(money.language)} value={values.currency} onChange={set('currency')} placeholder={t('fields.typeToSearch')} />
      </div>
      <TextField label={t('funding.form.duration')} name="durationMonths" inputMode="numeric" value={values.durationMonths} onChange={set('durationMonths')} description={t('funding.form.durationHelp')} />
      <OrganizationPicker label={t('funding.form.partners')} value={values.partners} onChange={set('partners')} exclude={role.active ? [role.active.id] : []} description={t('funding.form.partnersHelp')} errorMessage={fieldErrors.partners} />
      <CheckboxField name="consentToReferral" isSelected={values.consentToReferral} onChange={set('consentToReferral')} description={t('funding.form.consentHelp')}>
        {t('funding.form.consent')}
      </CheckboxField>
      <fieldset className="cg-fieldset">
        <legend>{t('funding.form.visibilityLegend')}</legend>
        <RadioGroupField
          label={t('funding.form.visibility')}
          name="visibility"
          value={values.visibility}
          onChange={(value) => set('visibility')(value as Visibility)}
          options={LEVELS.map((level) => ({ id: level, label: t(`funding.visibility.${level}`), description: t(`funding.visibilityHelp.${level}`) }))}
        />
        {values.visibility === 'INITIATIVE' ? (
          initiatives.loading && !org ? (
            <Loading inline />
          ) : initiativeOptions.length === 0 ? (
            <>
              <p className="cg-description">{t('funding.form.noInitiatives')}</p>
              {fieldErrors.visibilityInitiatives ? <p className="cg-field-error">{fieldErrors.visibilityInitiatives}</p> : null}
            </>
          ) : (
            <CheckboxGroupField label={t('funding.form.visibilityInitiatives')} name="visibilityInitiatives" isRequired options={initiativeOptions} value={values.visibilityInitiatives} onChange={set('visibilityInitiatives')} />
          )
        ) : null}
        {values.visibility === 'ORGANIZATIONS' ? (
          <OrganizationPicker label={t('funding.form.visibilityOrganizations')} value={values.visibilityOrganizations} onChange={set('visibilityOrganizations')} exclude={role.active ? [role.active.id] : []} errorMessage={fieldErrors.visibilityOrganizations} />
        ) : null}
      </fieldset>
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving ? t('common.saving') : project ? t('common.save') : t('funding.form.publish')}
        </Button>
        <Button variant="quiet" onPress={() => navigate(project ? `/funding/projects/${project.id}` : '/funding')}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
