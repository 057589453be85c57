import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CheckboxField, CheckboxGroupField, ComboBoxField, FormActions, LinkButton, Loading, PageHeader, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DonorProfileInput, FundingDonorProfileQuery, ProjectStage, WeightedValueInput } from '../../gql/graphql';
import { ErrorAlert, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { useMoney } from '../membership/membership-components';
import { currencyOptions, decimalInputValue } from '../membership/money';
import { DonorProfileQuery, UpsertDonorProfileMutation } from './funding.documents';
import { dayOf, evictFundingLists, STAGES, useFundingReference, useFundingRole } from './funding-components';
import { MultiPicker, WeightedListField, type WeightedRow } from './pickers';

type Profile = NonNullable<FundingDonorProfileQuery['donorProfile']>;
type ListName = 'themes' | 'minerals' | 'countries' | 'regions';
const LISTS: readonly ListName[] = ['themes', 'minerals', 'countries', 'regions'];

interface Values {
  themes: WeightedRow[];
  minerals: WeightedRow[];
  countries: WeightedRow[];
  regions: WeightedRow[];
  ticketMin: string;
  ticketMax: string;
  ticketCurrency: string | null;
  stages: string[];
  openToCoFunding: boolean;
  excludedCountries: string[];
  excludedThemes: string[];
  windowOpensAt: string;
  windowClosesAt: string;
}

/** The form field an API error names: "input.themes.0.weight" -> "themes.0.weight"; "input.ticketMax.currency" -> "ticketCurrency". */
export function profileField(path: string): string | null {
  const parts = path.split('.');
  if (parts[0] === 'input') parts.shift();
  const [first, second, third] = parts;
  if (!first) return null;
  if ((LISTS as readonly string[]).includes(first)) return second !== undefined && third === 'weight' ? `${first}.${second}.weight` : first;
  if (first === 'ticketMin' || first === 'ticketMax') return third === undefined && second === 'currency' ? 'ticketCurrency' : first;
  if (['stages', 'openToCoFunding', 'excludedCountries', 'excludedThemes', 'windowOpensAt', 'windowClosesAt'].includes(first)) return first;
  return null;
}

/** /funding/profile: what the donor funds, from which the matches are computed. */
export function DonorProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('funding.profile.title'));
  const role = useFundingRole();
  const organizationId = role.active?.id ?? '';
  const { data, loading, error, refetch } = useQuery(DonorProfileQuery, { variables: { organizationId }, skip: !role.donor, fetchPolicy: 'cache-and-network' });
  const header = <PageHeader eyebrow={t('funding.title')} title={t('funding.profile.title')} description={role.donor ? t('funding.profile.lead', { organization: role.active!.name }) : undefined} />;
  if (!role.donor) {
    return (
      <div className="cg-form-wide">
        {header}
        <Alert tone="info" title={t('funding.profile.notDonor')}>
          <p>{t('funding.profile.notDonorHelp')}</p>
        </Alert>
      </div>
    );
  }
  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} retry={() => void refetch()} />;
  return (
    <div className="cg-form-wide">
      {header}
      {role.admin ? (
        <ProfileForm key={organizationId} profile={data?.donorProfile ?? null} />
      ) : (
        <Alert tone="info" title={t('funding.profile.askAdmin', { organization: role.active!.name })} />
      )}
    </div>
  );
}

function ProfileForm({ profile }: { profile: Profile | null }) {
  const { t } = useTranslation();
  const money = useMoney();
  const reference = useFundingReference();
  const rows = (list: readonly { value: string; weight: number }[] | undefined) => (list ?? []).map((w) => ({ value: w.value, weight: decimalInputValue(w.weight, money.language) }));
  const [values, setValues] = useState<Values>(() => ({
    themes: rows(profile?.themes),
    minerals: rows(profile?.minerals),
    countries: rows(profile?.countries),
    regions: rows(profile?.regions),
    ticketMin: profile?.ticketMin ? money.inputValue(profile.ticketMin) : '',
    ticketMax: profile?.ticketMax ? money.inputValue(profile.ticketMax) : '',
    ticketCurrency: profile?.ticketMin?.currency ?? profile?.ticketMax?.currency ?? 'EUR',
    stages: profile ? [...profile.stages] : [],
    openToCoFunding: profile?.openToCoFunding ?? true,
    excludedCountries: profile ? [...profile.excludedCountries] : [],
    excludedThemes: profile ? [...profile.excludedThemes] : [],
    windowOpensAt: dayOf(profile?.windowOpensAt),
    windowClosesAt: dayOf(profile?.windowClosesAt),
  }));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [upsert, { loading }] = useMutation(UpsertDonorProfileMutation, { update: evictFundingLists, refetchQueries: ['FundingDonorProfile'] });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, profileField, localErrors);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const defaultWeight = decimalInputValue(1, money.language);

  const read = (): { input?: DonorProfileInput; errors: Record<string, string> } => {
    const errors: Record<string, string> = {};
    const weighted = (list: ListName): WeightedValueInput[] =>
      values[list].map((row, index) => {
        const parsed = money.parseNumber(row.weight);
        if (!parsed.ok || parsed.value < 0 || parsed.value > 1) errors[`${list}.${index}.weight`] = t('funding.profile.weightError', { example: decimalInputValue(0.5, money.language) });
        return { value: row.value, weight: parsed.ok ? parsed.value : 0 };
      });
    const themes = weighted('themes');
    const minerals = weighted('minerals');
    const countries = weighted('countries');
    const regions = weighted('regions');
    const currency = values.ticketCurrency ?? '';
    const ticket = (field: 'ticketMin' | 'ticketMax') => {
      if (!values[field].trim()) return null;
      if (!currency) {
        errors.ticketCurrency = t('validation.required');
        return null;
      }
      const parsed = money.parse(values[field], currency);
      if (!parsed.ok) {
        errors[field] = parsed.error;
        return null;
      }
      return { amountMinor: parsed.minor, currency };
    };
    const ticketMin = ticket('ticketMin');
    const ticketMax = ticket('ticketMax');
    if (ticketMin && ticketMax && ticketMin.amountMinor > ticketMax.amountMinor) errors.ticketMax = t('funding.profile.ticketOrder');
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (values.windowOpensAt && !day.test(values.windowOpensAt)) errors.windowOpensAt = t('validation.invalid');
    if (values.windowClosesAt && !day.test(values.windowClosesAt)) errors.windowClosesAt = t('validation.invalid');
    if (values.windowOpensAt && values.windowClosesAt && values.windowOpensAt > values.windowClosesAt) errors.windowClosesAt = t('funding.profile.windowOrder');
    if (Object.keys(errors).length) return { errors };
    return {
      errors,
      input: {
        themes,
        minerals,
        countries,
        regions,
        ticketMin,
        ticketMax,
        stages: values.stages as ProjectStage[],
        openToCoFunding: values.openToCoFunding,
        excludedCountries: values.excludedCountries,
        excludedThemes: values.excludedThemes,
        windowOpensAt: values.windowOpensAt ? `${values.windowOpensAt}T00:00:00.000Z` : null,
        windowClosesAt: values.windowClosesAt ? `${values.windowClosesAt}T23:59:59.000Z` : null,
      },
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const { input, errors } = read();
    setLocalErrors(errors);
    if (!input) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await upsert({ variables: { input } });
      setSaved(true);
      window.requestAnimationFrame(() => document.getElementById('profile-saved')?.focus());
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('funding.profile.title')}>
      {saved ? (
        <div id="profile-saved" tabIndex={-1}>
          <Alert tone="success" title={t('funding.profile.saved')}>
            <LinkButton href="/funding" variant="secondary">
              {t('funding.profile.seeMatches')}
            </LinkButton>
          </Alert>
        </div>
      ) : null}
      <ErrorAlert errors={others} />
      <p className="cg-description">{t('funding.profile.weightsHelp')}</p>
      <WeightedListField legend={t('funding.profile.themes')} addLabel={t('funding.profile.addTheme')} name="themes" options={reference.themes} rows={values.themes} onChange={set('themes')} defaultWeight={defaultWeight} errorMessage={fieldErrors.themes} />
      <WeightedListField legend={t('funding.profile.minerals')} addLabel={t('funding.profile.addMineral')} name="minerals" options={reference.minerals} rows={values.minerals} onChange={set('minerals')} defaultWeight={defaultWeight} errorMessage={fieldErrors.minerals} />
      <WeightedListField
        legend={t('funding.profile.regions')}
        addLabel={t('funding.profile.addRegion')}
        name="regions"
        options={reference.regions}
        rows={values.regions}
        onChange={set('regions')}
        defaultWeight={defaultWeight}
        description={t('funding.profile.regionsHelp')}
        errorMessage={fieldErrors.regions}
      />
      <WeightedListField legend={t('funding.profile.countries')} addLabel={t('funding.profile.addCountry')} name="countries" options={reference.countries} rows={values.countries} onChange={set('countries')} defaultWeight={defaultWeight} errorMessage={fieldErrors.countries} />
      <fieldset className="cg-fieldset">
        <legend>{t('funding.profile.ticket')}</legend>
        <p className="cg-description">{t('funding.profile.ticketHelp')}</p>
        <div className="cg-fields-row">
          <TextField label={t('funding.profile.ticketMin')} name="ticketMin" inputMode="decimal" value={values.ticketMin} onChange={set('ticketMin')} />
          <TextField label={t('funding.profile.ticketMax')} name="ticketMax" inputMode="decimal" value={values.ticketMax} onChange={set('ticketMax')} />
          <ComboBoxField label={t('money.currency')} name="ticketCurrency" options={currencyOptions(money.language)} value={values.ticketCurrency} onChange={set('ticketCurrency')} placeholder={t('fields.typeToSearch')} />
        </div>
      </fieldset>
      <CheckboxGroupField
        label={t('funding.profile.stages')}
        name="stages"
        options={STAGES.map((stage) => ({ id: stage, label: t(`funding.stage.${stage}`) }))}
        value={values.stages}
        onChange={set('stages')}
        description={t('funding.profile.stagesHelp')}
      />
      <CheckboxField name="openToCoFunding" isSelected={values.openToCoFunding} onChange={set('openToCoFunding')} description={t('funding.profile.coFundingHelp')}>
        {t('funding.profile.coFunding')}
      </CheckboxField>
      <fieldset className="cg-fieldset">
        <legend>{t('funding.profile.exclusions')}</legend>
        <p className="cg-description">{t('funding.profile.exclusionsHelp')}</p>
        <MultiPicker label={t('funding.profile.excludedCountries')} options={reference.countries} value={values.excludedCountries} onChange={set('excludedCountries')} errorMessage={fieldErrors.excludedCountries} />
        <CheckboxGroupField label={t('funding.profile.excludedThemes')} name="excludedThemes" options={reference.themes} value={values.excludedThemes} onChange={set('excludedThemes')} columns />
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('funding.profile.window')}</legend>
        <p className="cg-description">{t('funding.profile.windowHelp')}</p>
        <div className="cg-fields-row">
          <TextField label={t('funding.profile.windowOpensAt')} name="windowOpensAt" type="date" value={values.windowOpensAt} onChange={set('windowOpensAt')} />
          <TextField label={t('funding.profile.windowClosesAt')} name="windowClosesAt" type="date" value={values.windowClosesAt} onChange={set('windowClosesAt')} />
        </div>
      </fieldset>
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('funding.profile.save')}
        </Button>
      </FormActions>
    </Form>
  );
}
