import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CheckboxField, FormActions, Loading, PageHeader, SelectField, TextField, type Option } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import type { AuditInput, AuditQuery as AuditData, AuditStandard, AuditType, Visibility } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, optional, useValidationErrors } from '../../lib/forms';
import { useOwnInitiatives, VisibilityFieldset } from '../calls/call-form-page';
import { AuditQuery, CreateAuditMutation, SmelterQuery, UpdateAuditMutation } from './smelters.documents';
import { AUDIT_TYPES, dayToIso, evictSmelterData, isoToDay, STANDARDS } from './smelters-components';
import { SmelterPicker, type PickedSmelter } from './smelter-picker';
import './smelters.css';

type Audit = NonNullable<AuditData['audit']>;
const LEVELS: readonly Visibility[] = ['ORGANIZATIONS', 'INITIATIVE', 'PRIVATE'];
const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED'] as const;
const SIMPLE = ['standard', 'type', 'auditor', 'startedOn', 'completedOn', 'validUntil', 'outcome', 'summary', 'discoverable'];

interface ActionValues {
  key: number;
  description: string;
  dueDate: string;
  status: string;
}

interface Values {
  smelter: PickedSmelter | null;
  standard: AuditStandard | null;
  type: AuditType | null;
  auditor: string;
  startedOn: string;
  completedOn: string;
  validUntil: string;
  outcome: string;
  summary: string;
  actions: ActionValues[];
  visibility: Visibility;
  visibilityInitiatives: string[];
  visibilityOrganizations: Option[];
  discoverable: boolean;
}

/** /smelters/audits/new (?smelter=<id>) */
export function CreateAuditPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [params] = useSearchParams();
  const smelterId = params.get('smelter');
  const { data, loading } = useQuery(SmelterQuery, { variables: { id: smelterId ?? '' }, skip: !smelterId });
  useDocumentTitle(t('smelters.auditForm.createTitle'));
  return (
    <div className="cg-form-wide">
      <PageHeader eyebrow={t('smelters.nav.audits')} title={t('smelters.auditForm.createTitle')} description={t('smelters.auditForm.createLead')} />
      {!viewer?.activeOrganization ? (
        <Alert tone="warning" title={t('smelters.needOrganization')} />
      ) : smelterId && loading ? (
        <Loading />
      ) : (
        <AuditForm key={data?.smelter?.id ?? 'new'} preset={data?.smelter ?? null} />
      )}
    </div>
  );
}

/** /smelters/audits/:id/edit */
export function EditAuditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AuditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const audit = data?.audit;
  useDocumentTitle(t('smelters.auditForm.editTitle'));
  if (loading && !audit) return <Loading />;
  if (error && !audit) return <QueryError error={error} retry={() => void refetch()} />;
  if (!audit) return <NotFoundContent />;
  return (
    <div className="cg-form-wide">
      <PageHeader eyebrow={audit.smelter.name} title={t('smelters.auditForm.editTitle')} />
      {!audit.viewerIsOwner ? <Alert tone="warning" title={t('smelters.auditForm.notYours', { owner: audit.owner.name })} /> : <AuditForm key={audit.id} audit={audit} />}
    </div>
  );
}

function initialValues(audit: Audit | undefined, preset: PickedSmelter | null): Values {
  return {
    smelter: audit ? { id: audit.smelter.id, name: audit.smelter.name, cid: audit.smelter.cid, metal: audit.smelter.metal, country: '' } : preset,
    standard: audit?.standard ?? null,
    type: audit?.type ?? null,
    auditor: audit?.auditor ?? '',
    startedOn: isoToDay(audit?.startedOn),
    completedOn: isoToDay(audit?.completedOn),
    validUntil: isoToDay(audit?.validUntil),
    outcome: audit?.outcome ?? '',
    summary: audit?.summary ?? '',
    actions: (audit?.correctiveActions ?? []).map((a, key) => ({ key, description: a.description, dueDate: isoToDay(a.dueDate), status: a.status })),
    visibility: audit && LEVELS.includes(audit.visibility.level) ? audit.visibility.level : 'PRIVATE',
    visibilityInitiatives: audit ? audit.visibility.initiatives.map((i) => i.id) : [],
    visibilityOrganizations: audit ? audit.visibility.organizations.map((o) => ({ id: o.id, label: o.name })) : [],
    discoverable: audit?.discoverable ?? true,
  };
}

function AuditForm({ audit, preset = null }: { audit?: Audit; preset?: PickedSmelter | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const active = viewer?.activeOrganization ?? null;
  const [values, setValues] = useState<Values>(() => initialValues(audit, preset));
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [create, createState] = useMutation(CreateAuditMutation, { update: evictSmelterData });
  const [update, updateState] = useMutation(UpdateAuditMutation, { update: evictSmelterData });
  const saving = createState.loading || updateState.loading;
  const formRef = useRef<HTMLFormElement>(null);
  const sent = useRef<number[]>([]);
  const [fieldOf] = useState(() => (path: string): string | null => {
    const p = path.replace(/^input\./, '');
    const action = /^correctiveActions\.(\d+)\.(description|dueDate|status)/.exec(p);
    if (action) {
      const key = sent.current[Number(action[1])];
      return key === undefined ? null : `action-${key}-${action[2]}`;
    }
    if (p === 'smelterId') return 'smelter';
    if (p === 'visibility.initiativeIds') return 'visibilityInitiatives';
    if (p === 'visibility.organizationIds') return 'visibilityOrganizations';
    if (p.startsWith('visibility')) return 'visibility';
    return SIMPLE.includes(p) ? p : null;
  });
  const { fieldErrors, others } = useValidationErrors(error, fieldOf, localErrors);
  const initiatives = useOwnInitiatives(active?.id);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setAction = (key: number, field: keyof Omit<ActionValues, 'key'>) => (value: string) =>
    setValues((v) => ({ ...v, actions: v.actions.map((a) => (a.key === key ? { ...a, [field]: value } : a)) }));

  const read = (): { input?: AuditInput; errors: Record<string, string> } => {
    const errors: Record<string, string> = {};
    if (!values.smelter) errors.smelter = t('validation.required');
    if (!values.standard) errors.standard = t('validation.required');
    if (!values.type) errors.type = t('validation.required');
    for (const a of values.actions) if (!a.description.trim()) errors[`action-${a.key}-description`] = t('validation.required');
    if (Object.keys(errors).length) return { errors };
    sent.current = values.actions.map((a) => a.key);
    return {
      errors,
      input: {
        smelterId: values.smelter!.id,
        standard: values.standard!,
        type: values.type!,
        auditor: optional(values.auditor),
        startedOn: dayToIso(values.startedOn),
        completedOn: dayToIso(values.completedOn),
        validUntil: dayToIso(values.validUntil),
        outcome: optional(values.outcome),
        summary: optional(values.summary),
        correctiveActions: values.actions.map((a) => ({ description: a.description.trim(), dueDate: dayToIso(a.dueDate), status: a.status })),
        visibility: {
          level: values.visibility,
          initiativeIds: values.visibility === 'INITIATIVE' ? values.visibilityInitiatives : null,
          organizationIds: values.visibility === 'ORGANIZATIONS' ? values.visibilityOrganizations.map((o) => o.id) : null,
        },
        discoverable: values.discoverable,
      },
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const { input, errors } = read();
    setLocalErrors(Object.keys(errors).length ? errors : null);
    if (!input) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      if (audit) {
        await update({ variables: { id: audit.id, input } });
        navigate(`/smelters/audits/${audit.id}`, { state: { saved: true } });
      } else {
        const { data } = await create({ variables: { input } });
        if (data) navigate(`/smelters/audits/${data.createAudit.id}`, { state: { created: true } });
      }
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={audit ? t('smelters.auditForm.editTitle') : t('smelters.auditForm.createTitle')}>
      <ErrorAlert errors={others} />
      <fieldset className="cg-fieldset">
        <legend>{t('smelters.auditForm.what')}</legend>
        {audit ? (
          <p>
            {t('smelters.auditForm.smelterFixed', { smelter: audit.smelter.name })}
          </p>
        ) : (
          <SmelterPicker label={t('smelters.auditForm.smelter')} name="smelter" isRequired value={values.smelter} onChange={set('smelter')} errorMessage={fieldErrors.smelter} description={t('smelters.auditForm.smelterHelp')} />
        )}
        <div className="cg-fields-row">
          <SelectField label={t('smelters.auditForm.standard')} name="standard" isRequired options={STANDARDS.map((s) => ({ id: s, label: t(`smelters.standard.${s}`) }))} value={values.standard} onChange={(v) => set('standard')(v as AuditStandard)} />
          <SelectField label={t('smelters.auditForm.type')} name="type" isRequired options={AUDIT_TYPES.map((s) => ({ id: s, label: t(`smelters.auditType.${s}`) }))} value={values.type} onChange={(v) => set('type')(v as AuditType)} />
        </div>
        <TextField label={t('smelters.auditForm.auditor')} name="auditor" value={values.auditor} onChange={set('auditor')} maxLength={300} />
        <div className="cg-fields-row">
          <TextField label={t('smelters.auditForm.startedOn')} name="startedOn" type="date" value={values.startedOn} onChange={set('startedOn')} />
          <TextField label={t('smelters.auditForm.completedOn')} name="completedOn" type="date" value={values.completedOn} onChange={set('completedOn')} />
          <TextField label={t('smelters.auditForm.validUntil')} name="validUntil" type="date" value={values.validUntil} onChange={set('validUntil')} />
        </div>
      </fieldset>
      <fieldset className="cg-fieldset">
        <legend>{t('smelters.auditForm.findings')}</legend>
        <TextField label={t('smelters.auditForm.outcome')} name="outcome" value={values.outcome} onChange={set('outcome')} maxLength={500} />
        <TextField label={t('smelters.auditForm.summary')} name="summary" multiline rows={5} value={values.summary} onChange={set('summary')} description={t('smelters.auditForm.summaryHelp')} />
        {values.actions.map((a, i) => (
          <div key={a.key} className="cg-fields-row cg-audit-action" role="group" aria-label={t('smelters.auditForm.actionN', { n: i + 1 })}>
            <TextField label={t('smelters.auditForm.actionDescription', { n: i + 1 })} name={`action-${a.key}-description`} isRequired value={a.description} onChange={setAction(a.key, 'description')} />
            <TextField label={t('smelters.auditForm.actionDue', { n: i + 1 })} name={`action-${a.key}-dueDate`} type="date" value={a.dueDate} onChange={setAction(a.key, 'dueDate')} />
            <SelectField
              label={t('smelters.auditForm.actionStatus', { n: i + 1 })}
              name={`action-${a.key}-status`}
              options={ACTION_STATUSES.map((s) => ({ id: s, label: t(`smelters.actionStatus.${s}`) }))}
              value={a.status}
              onChange={(v) => setAction(a.key, 'status')(v ?? 'OPEN')}
              errorMessage={fieldErrors[`action-${a.key}-status`]}
            />
            <Button variant="quiet" onPress={() => setValues((v) => ({ ...v, actions: v.actions.filter((x) => x.key !== a.key) }))}>
              {t('smelters.auditForm.removeAction', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onPress={() => setValues((v) => ({ ...v, actions: [...v.actions, { key: Math.max(0, ...v.actions.map((x) => x.key + 1)), description: '', dueDate: '', status: 'OPEN' }] }))}>
          {t('smelters.auditForm.addAction')}
        </Button>
      </fieldset>
      <VisibilityFieldset
        levels={LEVELS}
        legend={t('smelters.auditForm.visibilityLegend')}
        label={t('smelters.auditForm.visibility')}
        helpOf={(level) => t(`smelters.auditForm.visibilityHelp.${level as 'PRIVATE'}`)}
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
      <CheckboxField name="discoverable" isSelected={values.discoverable} onChange={set('discoverable')} description={t('smelters.auditForm.discoverableHelp')}>
        {t('smelters.auditForm.discoverable')}
      </CheckboxField>
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving ? t('common.saving') : audit ? t('common.save') : t('smelters.auditForm.create')}
        </Button>
        <Button variant="quiet" onPress={() => navigate(audit ? `/smelters/audits/${audit.id}` : '/smelters/audits')}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
