import { useMutation, useQuery } from '@apollo/client/react';
import { MINERALS, THEMES, label as localized } from '@commonground/shared-reference';
import { Alert, Button, CheckboxGroupField, ComboBoxField, FieldError, FormActions, Loading, PageHeader, RadioGroupField, SelectField, TextField, type Option } from '@commonground/web-ui';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form, Input, Label, Tab, TabList, TabPanel, Tabs, Text, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session';
import type { OpportunityInput, OpportunityKind, Visibility } from '../../gql/graphql';
import { LANGUAGES } from '../../i18n';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, optional, useValidationErrors } from '../../lib/forms';
import { useReference } from '../../lib/reference';
import { OwnInitiativesQuery } from '../funding/funding.documents';
import { useFundingReference } from '../funding/funding-components';
import { MultiPicker, OrganizationPicker } from '../funding/pickers';
import { useLanguageName } from '../glossary/glossary-helpers';
import { useMoney } from '../membership/membership-components';
import { currencyOptions } from '../membership/money';
import { CallQuery, CreateCallMutation, PublishCallMutation, UpdateCallMutation } from './calls.documents';
import { evictCallLists, useUiLanguage } from './calls-components';
import { KINDS, REGISTRABLE_KINDS } from './calls-filter';
import type { Call } from './call-page';
import { browserTimeZone, timeZones, utcToZoned, zonedToUtc } from './zoned-time';
import './calls.css';

const LEVELS: readonly Visibility[] = ['PUBLIC', 'PLATFORM', 'INITIATIVE', 'ORGANIZATIONS', 'PRIVATE'];
const NONE = 'NONE';
const CONTENT_LANGUAGES = LANGUAGES.map((l) => l.code as string);

/** The initiatives the organization runs or is an active member of, as options. */
export function useOwnInitiatives(organizationId: string | null | undefined, skip = false) {
  const { data, loading } = useQuery(OwnInitiativesQuery, { variables: { id: organizationId ?? '' }, skip: !organizationId || skip });
  const org = data?.organization;
  const options: Option[] = org
    ? [...org.runsInitiatives.map((i) => ({ id: i.id, label: i.name })), ...org.initiatives.filter((m) => m.status === 'ACTIVE').map((m) => ({ id: m.initiative.id, label: m.initiative.name }))].filter(
        (o, i, all) => all.findIndex((x) => x.id === o.id) === i,
      )
    : [];
  return { options, loading: loading && !org };
}

interface TextValues {
  language: string;
  title: string;
  summary: string;
  body: string;
}

interface Attachment {
  key: number;
  title: string;
  url: string;
}

interface Values {
  kind: OpportunityKind | null;
  initiativeId: string;
  texts: TextValues[];
  original: string;
  timeZone: string | null;
  opensAt: string;
  deadline: string;
  publishAt: string;
  startsAt: string;
  endsAt: string;
  seatLimit: string;
  amountMin: string;
  amountMax: string;
  currency: string | null;
  eligibleKinds: string[];
  eligibleCountries: string[];
  countries: string[];
  regions: string[];
  minerals: string[];
  themes: string[];
  links: string;
  attachments: Attachment[];
  contact: string;
  visibility: Visibility;
  visibilityInitiatives: string[];
  visibilityOrganizations: Option[];
}

/** /calls/new */
export function CreateCallPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  useDocumentTitle(t('calls.form.createTitle'));
  return (
    <div className="cg-form-wide">
      <PageHeader eyebrow={t('calls.title')} title={t('calls.form.createTitle')} description={t('calls.form.createLead')} />
      {viewer?.activeOrganization ? <CallForm /> : <Alert tone="warning" title={t('calls.form.needOrganization')} />}
    </div>
  );
}

/** /calls/:id/edit */
export function EditCallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const language = useUiLanguage();
  const { data, loading, error, refetch } = useQuery(CallQuery, { variables: { id, language }, fetchPolicy: 'network-only' });
  const call = data?.opportunity;
  useDocumentTitle(call ? t('calls.form.editTitle', { title: call.title }) : t('calls.form.editShort'));
  if (loading && !call) return <Loading />;
  if (error && !call) return <QueryError error={error} retry={() => void refetch()} />;
  if (!call) return <NotFoundContent />;
  return (
    <div className="cg-form-wide">
      <PageHeader eyebrow={t('calls.title')} title={t('calls.form.editTitle', { title: call.title })} />
      {!call.viewerIsPublisher ? (
        <Alert tone="warning" title={t('calls.form.notYours', { publisher: call.publisher.name })} />
      ) : call.status === 'ARCHIVED' ? (
        <Alert tone="warning" title={t('calls.form.archived')} />
      ) : (
        <CallForm key={call.id} call={call} />
      )}
    </div>
  );
}

function initialValues(call: Call | undefined, uiLanguage: string): Values {
  const zone = call?.timeZone ?? browserTimeZone();
  const local = (iso: string | null | undefined) => utcToZoned(iso, zone);
  const texts = call?.texts.length
    ? call.texts.map((x) => ({ language: x.language, title: x.title, summary: x.summary ?? '', body: x.body ?? '' }))
    : [{ language: CONTENT_LANGUAGES.includes(uiLanguage) ? uiLanguage : 'en', title: '', summary: '', body: '' }];
  return {
    kind: call?.kind ?? null,
    initiativeId: call?.initiative?.id ?? NONE,
    texts,
    original: call?.texts.find((x) => x.isOriginal)?.language ?? texts[0]!.language,
    timeZone: zone,
    opensAt: local(call?.opensAt),
    deadline: local(call?.deadline),
    publishAt: local(call?.publishAt),
    startsAt: local(call?.startsAt),
    endsAt: local(call?.endsAt),
    seatLimit: call?.seatLimit != null ? String(call.seatLimit) : '',
    amountMin: '',
    amountMax: '',
    currency: call?.amountMin?.currency ?? call?.amountMax?.currency ?? 'EUR',
    eligibleKinds: call ? [...call.eligibleKinds] : [],
    eligibleCountries: call ? [...call.eligibleCountries] : [],
    countries: call ? [...call.countries] : [],
    regions: call ? [...call.regions] : [],
    minerals: call ? [...call.minerals] : [],
    themes: call ? [...call.themes] : [],
    links: call ? call.links.join('\n') : '',
    attachments: call ? call.attachments.map((a, i) => ({ key: i, title: a.title, url: a.url })) : [],
    contact: call?.contact ?? '',
    visibility: call?.visibility.level ?? 'PUBLIC',
    visibilityInitiatives: call ? call.visibility.initiatives.map((i) => i.id) : [],
    visibilityOrganizations: call ? call.visibility.organizations.map((o) => ({ id: o.id, label: o.name })) : [],
  };
}

/**
 * Fields the hub checks together ("the minimum is above the maximum", "the
 * deadline must be after the opening"): editing one of them clears the hub's
 * messages on all of them, else react-aria would keep blocking the form on a
 * field the reader had no need to touch.
 */
const GROUPS: Record<string, readonly string[]> = {
  money: ['amountMin', 'amountMax', 'currency'],
  dates: ['timeZone', 'opensAt', 'deadline', 'publishAt', 'startsAt', 'endsAt'],
};
const groupOf = (field: string) => Object.keys(GROUPS).find((g) => GROUPS[g]!.includes(field)) ?? null;

const SIMPLE_FIELDS = [
  'kind',
  'initiativeId',
  'timeZone',
  'opensAt',
  'deadline',
  'publishAt',
  'startsAt',
  'endsAt',
  'seatLimit',
  'amountMin',
  'amountMax',
  'eligibleKinds',
  'eligibleCountries',
  'countries',
  'regions',
  'minerals',
  'themes',
  'links',
  'contact',
];

/** A date and time field ("datetime-local"), read on the wall clock of the chosen time zone. */
function DateTimeField({ label, name, value, onChange, description, isRequired }: { label: string; name: string; value: string; onChange: (value: string) => void; description?: ReactNode; isRequired?: boolean }) {
  return (
    <AriaTextField name={name} value={value} onChange={onChange} isRequired={isRequired} className="cg-field" type="datetime-local">
      <Label className="cg-label">
        {label}
        {isRequired ? (
          <span className="cg-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </Label>
      <Input className="cg-input cg-input--datetime" />
      {description ? (
        <Text slot="description" className="cg-description">
          {description}
        </Text>
      ) : null}
      <FieldError />
    </AriaTextField>
  );
}

function CallForm({ call }: { call?: Call }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const ui = useUiLanguage();
  const money = useMoney();
  const reference = useFundingReference();
  const organizations = useReference();
  const languageName = useLanguageName();
  const active = viewer?.activeOrganization ?? null;
  const [values, setValues] = useState<Values>(() => {
    const initial = initialValues(call, ui);
    if (call?.amountMin) initial.amountMin = money.inputValue(call.amountMin);
    if (call?.amountMax) initial.amountMax = money.inputValue(call.amountMax);
    return initial;
  });
  const [tab, setTab] = useState<string>(values.original);
  const [addLanguage, setAddLanguage] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [create, createState] = useMutation(CreateCallMutation, { update: evictCallLists });
  const [update, updateState] = useMutation(UpdateCallMutation, { update: evictCallLists });
  const [publish, publishState] = useMutation(PublishCallMutation, { update: evictCallLists });
  const saving = createState.loading || updateState.loading || publishState.loading;
  const formRef = useRef<HTMLFormElement>(null);
  const intent = useRef<'draft' | 'publish'>('draft');
  // the API names texts and attachments by their position in what was sent
  const sent = useRef<{ texts: string[] }>({ texts: [] });
  const [fieldOf] = useState(() => (path: string): string | null => {
    const p = path.replace(/^input\./, '');
    const text = /^texts\.(\d+)\.(title|summary|body|language)/.exec(p);
    if (text) {
      const lang = sent.current.texts[Number(text[1])];
      return lang ? `${text[2] === 'language' ? 'title' : text[2]}-${lang}` : null;
    }
    const attachment = /^attachments\.(\d+)\.(title|url)/.exec(p);
    if (attachment) return `attachment-${attachment[1]}-${attachment[2]}`;
    if (/^links\.\d+$/.test(p)) return 'links';
    if (p.startsWith('amountMin')) return 'amountMin';
    if (p === 'amountMax.currency') return 'currency';
    if (p.startsWith('amountMax')) return 'amountMax';
    if (p === 'visibility.initiativeIds') return 'visibilityInitiatives';
    if (p === 'visibility.organizationIds') return 'visibilityOrganizations';
    if (p.startsWith('visibility')) return 'visibility';
    return SIMPLE_FIELDS.includes(p) ? p : null;
  });
  const { fieldErrors: allFieldErrors, others } = useValidationErrors(error, fieldOf, localErrors);
  const [edited, setEdited] = useState<string>('');
  const fieldErrors = useMemo(() => {
    if (!edited) return allFieldErrors;
    const hidden = new Set(edited.split(',').flatMap((g) => GROUPS[g] ?? []));
    return Object.fromEntries(Object.entries(allFieldErrors).filter(([field]) => !hidden.has(field)));
  }, [allFieldErrors, edited]);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => {
    const group = groupOf(key);
    if (group) setEdited((e) => (e.split(',').includes(group) ? e : [e, group].filter(Boolean).join(',')));
    setValues((v) => ({ ...v, [key]: value }));
  };
  const setText = (language: string, field: keyof Omit<TextValues, 'language'>) => (value: string) =>
    setValues((v) => ({ ...v, texts: v.texts.map((x) => (x.language === language ? { ...x, [field]: value } : x)) }));
  const initiatives = useOwnInitiatives(active?.id);
  const zones = useMemo(() => timeZones().map((z) => ({ id: z, label: z.replace(/_/g, ' ') })), []);
  const mineralOptions = useMemo(() => MINERALS.map((m) => ({ id: m.id, label: localized(m.name, ui) })), [ui]);
  const themeOptions = useMemo(() => THEMES.map((th) => ({ id: th.slug, label: localized(th.name, ui) })), [ui]);
  const registrable = !!values.kind && REGISTRABLE_KINDS.includes(values.kind);
  const status = createdId ? 'DRAFT' : (call?.status ?? 'DRAFT');
  const canPublish = status === 'DRAFT';

  // a server error about a text in a hidden tab: show that tab
  useEffect(() => {
    const first = Object.keys(fieldErrors).map((k) => /^(title|summary|body)-(\w+)$/.exec(k)).find(Boolean);
    if (first && first[2] !== tab) setTab(first[2]!);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the errors change
  }, [fieldErrors]);

  const missing = CONTENT_LANGUAGES.filter((l) => !values.texts.some((x) => x.language === l));

  const read = (): { input?: OpportunityInput; errors: Record<string, string> } => {
    const errors: Record<string, string> = {};
    if (!values.kind) errors.kind = t('validation.required');
    for (const x of values.texts) if (!x.title.trim()) errors[`title-${x.language}`] = t('validation.required');
    const zone = values.timeZone ?? '';
    if (!zone) errors.timeZone = t('validation.required');
    const at = (field: 'opensAt' | 'deadline' | 'publishAt' | 'startsAt' | 'endsAt') => {
      if (!values[field].trim()) return null;
      const instant = zone ? zonedToUtc(values[field], zone) : null;
      if (!instant) errors[field] = t('calls.form.dateInvalid');
      return instant;
    };
    const opensAt = at('opensAt');
    const deadline = at('deadline');
    const publishAt = at('publishAt');
    const startsAt = registrable ? at('startsAt') : null;
    const endsAt = registrable ? at('endsAt') : null;
    let seatLimit: number | null = null;
    if (registrable && values.seatLimit.trim()) {
      const n = Number(values.seatLimit.trim());
      if (!/^\d+$/.test(values.seatLimit.trim()) || n < 1) errors.seatLimit = t('calls.form.seatLimitInvalid');
      else seatLimit = n;
    }
    const currency = values.currency ?? '';
    const amount = (field: 'amountMin' | 'amountMax') => {
      if (!values[field].trim()) return null;
      if (!currency) {
        errors.currency = t('validation.required');
        return null;
      }
      const parsed = money.parse(values[field], currency);
      if (!parsed.ok) {
        errors[field] = parsed.error;
        return null;
      }
      return { amountMinor: parsed.minor, currency };
    };
    const amountMin = amount('amountMin');
    const amountMax = amount('amountMax');
    values.attachments.forEach((a, i) => {
      if (a.url.trim() && !a.title.trim()) errors[`attachment-${i}-title`] = t('validation.required');
      if (a.title.trim() && !a.url.trim()) errors[`attachment-${i}-url`] = t('validation.required');
    });
    if (values.visibility === 'INITIATIVE' && !values.visibilityInitiatives.length) errors.visibilityInitiatives = t('funding.form.initiativesRequired');
    if (values.visibility === 'ORGANIZATIONS' && !values.visibilityOrganizations.length) errors.visibilityOrganizations = t('funding.form.organizationsRequired');
    if (Object.keys(errors).length || !values.kind) return { errors };
    const texts = values.texts.map((x) => ({
      language: x.language,
      title: x.title.trim(),
      summary: optional(x.summary),
      body: optional(x.body),
      isOriginal: x.language === values.original,
    }));
    return {
      errors,
      input: {
        kind: values.kind,
        initiativeId: values.initiativeId === NONE ? null : values.initiativeId,
        texts,
        timeZone: zone,
        opensAt,
        deadline,
        publishAt,
        startsAt,
        endsAt,
        seatLimit,
        amountMin,
        amountMax,
        eligibleKinds: values.eligibleKinds as OpportunityInput['eligibleKinds'],
        eligibleCountries: values.eligibleCountries,
        countries: values.countries,
        regions: values.regions,
        minerals: values.minerals,
        themes: values.themes,
        links: values.links
          .split(/\s*\n\s*/)
          .map((l) => l.trim())
          .filter(Boolean),
        attachments: values.attachments.filter((a) => a.title.trim() || a.url.trim()).map((a) => ({ title: a.title.trim(), url: a.url.trim() })),
        contact: optional(values.contact),
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
    setEdited('');
    const { input, errors } = read();
    setLocalErrors(Object.keys(errors).length ? errors : null);
    if (!input) {
      const text = Object.keys(errors).map((k) => /^(title|summary|body)-(\w+)$/.exec(k)).find(Boolean);
      if (text) setTab(text[2]!);
      focusFirstInvalid(formRef.current);
      return;
    }
    sent.current = { texts: input.texts.map((x) => x.language) };
    const publishing = intent.current === 'publish' && canPublish;
    let id = createdId ?? call?.id ?? null;
    try {
      if (id) await update({ variables: { id, input } });
      else {
        id = (await create({ variables: { input } })).data!.createOpportunity.id;
        setCreatedId(id);
      }
      if (publishing) {
        const result = await publish({ variables: { id } });
        const scheduled = result.data?.publishOpportunity.status === 'SCHEDULED';
        navigate(`/calls/${id}`, { state: scheduled ? { scheduled: true } : { published: true } });
      } else {
        navigate(`/calls/${id}`, { state: { saved: true } });
      }
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  const scheduling = !!values.publishAt && (() => {
    const instant = values.timeZone ? zonedToUtc(values.publishAt, values.timeZone) : null;
    return !!instant && new Date(instant).getTime() > Date.now();
  })();
  const title = call ? t('calls.form.editTitle', { title: call.title }) : t('calls.form.createTitle');
  const textLabel = (key: 'title' | 'summary' | 'body', language: string) => t(`calls.form.${key}In`, { language: languageName(language) });

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={title}>
      <ErrorAlert errors={others} />
      {createdId ? <Alert tone="info" title={t('calls.form.createdDraft')} /> : null}
      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.what')}</legend>
        <SelectField
          label={t('calls.form.kind')}
          name="kind"
          isRequired
          options={KINDS.map((k) => ({ id: k, label: t(`calls.kind.${k}`) }))}
          value={values.kind}
          onChange={(v) => set('kind')(v as OpportunityKind | null)}
          placeholder={t('fields.choose')}
        />
        {initiatives.options.length ? (
          <SelectField
            label={t('calls.form.initiative')}
            name="initiativeId"
            options={[{ id: NONE, label: t('calls.form.noInitiative') }, ...initiatives.options]}
            value={values.initiativeId}
            onChange={(v) => set('initiativeId')(v ?? NONE)}
            description={t('calls.form.initiativeHelp')}
          />
        ) : null}
      </fieldset>

      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.texts')}</legend>
        <p className="cg-description">{t('calls.form.textsHelp')}</p>
        <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(String(key))} className="cg-tabs">
          <TabList aria-label={t('calls.form.textLanguages')} className="cg-tablist">
            {values.texts.map((x) => (
              <Tab key={x.language} id={x.language} className="cg-tab">
                {languageName(x.language)}
                {x.language === values.original ? ` (${t('calls.page.original')})` : ''}
              </Tab>
            ))}
          </TabList>
          {values.texts.map((x) => (
            <TabPanel key={x.language} id={x.language} className="cg-call-text-panel">
              <TextField label={textLabel('title', x.language)} name={`title-${x.language}`} isRequired maxLength={300} value={x.title} onChange={setText(x.language, 'title')} />
              <TextField label={textLabel('summary', x.language)} name={`summary-${x.language}`} multiline rows={3} maxLength={1000} value={x.summary} onChange={setText(x.language, 'summary')} description={t('calls.form.summaryHelp')} />
              <TextField label={textLabel('body', x.language)} name={`body-${x.language}`} multiline rows={8} value={x.body} onChange={setText(x.language, 'body')} description={t('calls.form.bodyHelp')} />
              {values.texts.length > 1 ? (
                <Button
                  variant="quiet"
                  onPress={() => {
                    const rest = values.texts.filter((y) => y.language !== x.language);
                    setValues((v) => ({ ...v, texts: rest, original: v.original === x.language ? rest[0]!.language : v.original }));
                    setTab(rest[0]!.language);
                  }}
                >
                  {t('calls.form.removeLanguage', { language: languageName(x.language) })}
                </Button>
              ) : null}
            </TabPanel>
          ))}
        </Tabs>
        {missing.length ? (
          <div className="cg-inline-form">
            <SelectField
              label={t('calls.form.addLanguage')}
              name="addLanguage"
              options={missing.map((l) => ({ id: l, label: languageName(l) }))}
              value={addLanguage}
              onChange={setAddLanguage}
              placeholder={t('fields.choose')}
            />
            <Button
              isDisabled={!addLanguage}
              onPress={() => {
                if (!addLanguage) return;
                setValues((v) => ({ ...v, texts: [...v.texts, { language: addLanguage, title: '', summary: '', body: '' }] }));
                setTab(addLanguage);
                setAddLanguage(null);
              }}
            >
              {t('calls.form.addLanguageButton')}
            </Button>
          </div>
        ) : null}
        {values.texts.length > 1 ? (
          <RadioGroupField
            label={t('calls.form.original')}
            name="original"
            orientation="horizontal"
            options={values.texts.map((x) => ({ id: x.language, label: languageName(x.language) }))}
            value={values.original}
            onChange={set('original')}
            description={t('calls.form.originalHelp')}
          />
        ) : null}
      </fieldset>

      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.dates')}</legend>
        <ComboBoxField label={t('calls.form.timeZone')} name="timeZone" isRequired options={zones} value={values.timeZone} onChange={set('timeZone')} description={t('calls.form.timeZoneHelp')} placeholder={t('fields.typeToSearch')} />
        <div className="cg-fields-row">
          <DateTimeField label={t('calls.form.opensAt')} name="opensAt" value={values.opensAt} onChange={set('opensAt')} />
          <DateTimeField label={t('calls.form.deadline')} name="deadline" value={values.deadline} onChange={set('deadline')} description={t('calls.form.deadlineHelp')} />
        </div>
        {registrable ? (
          <>
            <div className="cg-fields-row">
              <DateTimeField label={t('calls.form.startsAt')} name="startsAt" value={values.startsAt} onChange={set('startsAt')} />
              <DateTimeField label={t('calls.form.endsAt')} name="endsAt" value={values.endsAt} onChange={set('endsAt')} />
            </div>
            <TextField label={t('calls.form.seatLimit')} name="seatLimit" inputMode="numeric" value={values.seatLimit} onChange={set('seatLimit')} description={t('calls.form.seatLimitHelp')} />
          </>
        ) : null}
        {canPublish ? <DateTimeField label={t('calls.form.publishAt')} name="publishAt" value={values.publishAt} onChange={set('publishAt')} description={t('calls.form.publishAtHelp')} /> : null}
      </fieldset>

      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.money')}</legend>
        <div className="cg-fields-row">
          <TextField label={t('calls.form.amountMin')} name="amountMin" inputMode="decimal" value={values.amountMin} onChange={set('amountMin')} />
          <TextField label={t('calls.form.amountMax')} name="amountMax" inputMode="decimal" value={values.amountMax} onChange={set('amountMax')} />
          <ComboBoxField label={t('money.currency')} name="currency" options={currencyOptions(money.language)} value={values.currency} onChange={set('currency')} placeholder={t('fields.typeToSearch')} />
        </div>
      </fieldset>

      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.eligibility')}</legend>
        <CheckboxGroupField label={t('calls.form.eligibleKinds')} name="eligibleKinds" options={organizations.kinds} value={values.eligibleKinds} onChange={set('eligibleKinds')} columns description={t('calls.form.anyHelp')} />
        <MultiPicker label={t('calls.form.eligibleCountries')} options={reference.countries} value={values.eligibleCountries} onChange={set('eligibleCountries')} description={t('calls.form.anyHelp')} errorMessage={fieldErrors.eligibleCountries} />
      </fieldset>

      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.scope')}</legend>
        <MultiPicker label={t('calls.form.countries')} options={reference.countries} value={values.countries} onChange={set('countries')} errorMessage={fieldErrors.countries} />
        <MultiPicker label={t('calls.form.regions')} options={reference.regions} value={values.regions} onChange={set('regions')} errorMessage={fieldErrors.regions} />
        <CheckboxGroupField label={t('calls.form.minerals')} name="minerals" options={mineralOptions} value={values.minerals} onChange={set('minerals')} columns />
        <CheckboxGroupField label={t('calls.form.themes')} name="themes" options={themeOptions} value={values.themes} onChange={set('themes')} columns />
      </fieldset>

      <fieldset className="cg-fieldset">
        <legend>{t('calls.form.documents')}</legend>
        <TextField label={t('calls.form.links')} name="links" multiline rows={3} value={values.links} onChange={set('links')} description={t('calls.form.linksHelp')} />
        {values.attachments.map((a, i) => (
          <div key={a.key} className="cg-fields-row cg-call-attachment" role="group" aria-label={t('calls.form.attachmentN', { n: i + 1 })}>
            <TextField
              label={t('calls.form.attachmentTitle', { n: i + 1 })}
              name={`attachment-${i}-title`}
              value={a.title}
              onChange={(title) => setValues((v) => ({ ...v, attachments: v.attachments.map((x) => (x.key === a.key ? { ...x, title } : x)) }))}
            />
            <TextField
              label={t('calls.form.attachmentUrl', { n: i + 1 })}
              name={`attachment-${i}-url`}
              type="url"
              value={a.url}
              onChange={(url) => setValues((v) => ({ ...v, attachments: v.attachments.map((x) => (x.key === a.key ? { ...x, url } : x)) }))}
            />
            <Button variant="quiet" onPress={() => setValues((v) => ({ ...v, attachments: v.attachments.filter((x) => x.key !== a.key) }))}>
              {t('calls.form.removeAttachment', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onPress={() => setValues((v) => ({ ...v, attachments: [...v.attachments, { key: Math.max(0, ...v.attachments.map((x) => x.key + 1)), title: '', url: '' }] }))}>
          {t('calls.form.addAttachment')}
        </Button>
        <TextField label={t('calls.form.contact')} name="contact" value={values.contact} onChange={set('contact')} description={t('calls.form.contactHelp')} maxLength={300} />
      </fieldset>

      <VisibilityFieldset
        value={values.visibility}
        onChange={set('visibility')}
        initiatives={values.visibilityInitiatives}
        onInitiatives={set('visibilityInitiatives')}
        organizations={values.visibilityOrganizations}
        onOrganizations={set('visibilityOrganizations')}
        initiativeOptions={initiatives.options}
        initiativesLoading={initiatives.loading}
        excludeOrganization={active?.id}
        errors={fieldErrors}
      />

      <FormActions>
        {canPublish ? (
          <>
            <Button type="submit" variant="secondary" isDisabled={saving} onPress={() => (intent.current = 'draft')}>
              {saving && intent.current === 'draft' ? t('common.saving') : t('calls.form.saveDraft')}
            </Button>
            <Button type="submit" variant="primary" isDisabled={saving} onPress={() => (intent.current = 'publish')}>
              {saving && intent.current === 'publish' ? t('common.saving') : scheduling ? t('calls.form.saveAndSchedule') : t('calls.form.saveAndPublish')}
            </Button>
          </>
        ) : (
          <Button type="submit" variant="primary" isDisabled={saving} onPress={() => (intent.current = 'draft')}>
            {saving ? t('common.saving') : t('common.save')}
          </Button>
        )}
        <Button variant="quiet" onPress={() => navigate(call || createdId ? `/calls/${createdId ?? call!.id}` : '/calls')}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Who may see an item: the five levels, with the initiatives or organizations when they are chosen. */
export function VisibilityFieldset({
  value,
  onChange,
  initiatives,
  onInitiatives,
  organizations,
  onOrganizations,
  initiativeOptions,
  initiativesLoading,
  excludeOrganization,
  errors,
  levels = LEVELS,
  legend,
  label,
  helpOf,
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
  initiatives: string[];
  onInitiatives: (value: string[]) => void;
  organizations: Option[];
  onOrganizations: (value: Option[]) => void;
  initiativeOptions: Option[];
  initiativesLoading: boolean;
  excludeOrganization?: string | null;
  errors: Record<string, string>;
  /** the levels offered (all five by default) */
  levels?: readonly Visibility[];
  /** texts for another kind of item than a project or a call */
  legend?: string;
  label?: string;
  helpOf?: (level: Visibility) => string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="cg-fieldset">
      <legend>{legend ?? t('funding.form.visibilityLegend')}</legend>
      <RadioGroupField
        label={label ?? t('calls.form.visibility')}
        name="visibility"
        value={value}
        onChange={(v) => onChange(v as Visibility)}
        options={levels.map((level) => ({ id: level, label: t(`funding.visibility.${level}`), description: helpOf ? helpOf(level) : t(`funding.visibilityHelp.${level}`) }))}
      />
      {value === 'INITIATIVE' ? (
        initiativesLoading ? (
          <Loading inline />
        ) : initiativeOptions.length === 0 ? (
          <>
            <p className="cg-description">{t('funding.form.noInitiatives')}</p>
            {errors.visibilityInitiatives ? <p className="cg-field-error">{errors.visibilityInitiatives}</p> : null}
          </>
        ) : (
          <CheckboxGroupField label={t('funding.form.visibilityInitiatives')} name="visibilityInitiatives" isRequired options={initiativeOptions} value={initiatives} onChange={onInitiatives} />
        )
      ) : null}
      {value === 'ORGANIZATIONS' ? (
        <OrganizationPicker label={t('funding.form.visibilityOrganizations')} value={organizations} onChange={onOrganizations} exclude={excludeOrganization ? [excludeOrganization] : []} errorMessage={errors.visibilityOrganizations} />
      ) : null}
    </fieldset>
  );
}
