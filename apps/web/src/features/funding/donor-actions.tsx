// What a donor does on a project page: decide (and refer), pledge, highlight,
// open a co-funding round. Each form shows its errors under the field at fault.
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, CheckboxField, CheckboxGroupField, ComboBoxField, FormActions, RadioGroupField, Section, TextField, type Option } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DecisionInput, DecisionKind } from '../../gql/graphql';
import { ErrorAlert, useFormatDate } from '../../lib/components';
import { focusFirstInvalid, optional, useValidationErrors } from '../../lib/forms';
import { useMoney } from '../membership/membership-components';
import { currencyOptions } from '../membership/money';
import { DecideOnProjectMutation, DonorMatchesQuery, HighlightProjectMutation, OpenCoFundingRoundMutation, PledgeMutation } from './funding.documents';
import { DecisionBadge, evictFundingLists, useFundingRole } from './funding-components';
import { OrganizationPicker } from './pickers';
import type { FundingProject } from './project-page';

type Done = (message: string) => Promise<void>;

/** Strips "input." and names the form field an API error belongs to. */
const pathOf = (path: string) => (path.startsWith('input.') ? path.slice('input.'.length) : path);

function AskAdmin({ organization }: { organization: string }) {
  const { t } = useTranslation();
  return <p className="cg-muted">{t('funding.decide.askAdmin', { organization })}</p>;
}

/* ------------------------------------------------------------------ decision */

type ReferMode = 'none' | 'chosen' | 'all';

function decisionField(path: string): string | null {
  const p = pathOf(path);
  if (p.startsWith('pledge.currency')) return 'currency';
  if (p.startsWith('pledge')) return 'amount';
  if (p.startsWith('referToOrganizationIds')) return 'referTo';
  if (p === 'reason' || p === 'worthy' || p === 'note' || p === 'kind') return p;
  return null;
}

export function DecisionPanel({ project, onDone }: { project: FundingProject; onDone: Done }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const role = useFundingRole();
  const own = project.decisions.find((d) => d.donor.id === role.active?.id);
  return (
    <Section id="project-decide" title={t('funding.decide.title')}>
      {own ? (
        <div className="cg-decision-summary">
          <p>
            {t('funding.decide.current', { date: formatDate(own.createdAt) })} <DecisionBadge kind={own.kind} />
            {own.worthy ? ` ${t('funding.decide.currentWorthy')}` : null}
          </p>
          {own.reason ? <p className="cg-small">{t('funding.decide.currentReason', { reason: own.reason })}</p> : null}
        </div>
      ) : (
        <p className="cg-description">{t('funding.decide.help')}</p>
      )}
      {role.admin ? <DecisionForm project={project} onDone={onDone} changing={!!own} /> : <AskAdmin organization={role.active?.name ?? ''} />}
    </Section>
  );
}

function DecisionForm({ project, onDone, changing }: { project: FundingProject; onDone: Done; changing: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const role = useFundingRole();
  const [kind, setKind] = useState<DecisionKind | null>(null);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | null>(project.budget.currency);
  const [reason, setReason] = useState('');
  const [worthy, setWorthy] = useState(false);
  const [referMode, setReferMode] = useState<ReferMode>('none');
  const [referTo, setReferTo] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [decide, { loading }] = useMutation(DecideOnProjectMutation, { update: evictFundingLists });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, decisionField, localErrors);
  const canRefer = kind === 'DECLINED' && worthy && project.consentToReferral;
  const matches = useQuery(DonorMatchesQuery, { variables: { projectId: project.id, first: 50 }, skip: !canRefer || referMode !== 'chosen' });
  const number = new Intl.NumberFormat(money.language, { maximumFractionDigits: 0 });
  const peers: Option[] = (matches.data?.donorMatches.edges ?? [])
    .map((e) => e.node)
    .filter((n) => n.donor.organization.id !== role.active?.id)
    .map((n) => ({ id: n.donor.organization.id, label: t('funding.decide.peerOption', { name: n.donor.organization.name, score: number.format(n.score) }) }));
  const title = t('funding.decide.formLabel', { title: project.title });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const errors: Record<string, string> = {};
    if (!kind) errors.kind = t('funding.decide.kindRequired');
    const input: DecisionInput = { projectId: project.id, kind: kind ?? 'INTERESTED' };
    if (kind === 'PLEDGED') {
      if (!currency) errors.currency = t('validation.required');
      const parsed = money.parse(amount, currency ?? project.budget.currency);
      if (!parsed.ok) errors.amount = parsed.error;
      else if (parsed.minor === 0) errors.amount = t('funding.pledge.zero');
      else input.pledge = { amountMinor: parsed.minor, currency: currency ?? project.budget.currency };
    }
    if (kind === 'DECLINED') {
      if (!reason.trim()) errors.reason = t('validation.required');
      input.reason = reason.trim();
      input.worthy = worthy;
      if (canRefer && referMode === 'chosen') {
        if (!referTo.length) errors.referTo = t('funding.decide.referToRequired');
        input.referToOrganizationIds = referTo;
      }
      if (canRefer && referMode === 'all') input.referToAllMatching = true;
      if (canRefer && referMode !== 'none') input.note = optional(note);
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await decide({ variables: { input } });
      const referred = !!input.referToAllMatching || !!input.referToOrganizationIds?.length;
      await onDone(referred ? t('funding.decide.doneReferred') : t('funding.decide.done'));
      setKind(null);
      setAmount('');
      setReason('');
      setWorthy(false);
      setReferMode('none');
      setReferTo([]);
      setNote('');
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={title}>
      <ErrorAlert errors={others} />
      <RadioGroupField
        label={changing ? t('funding.decide.changeKind') : t('funding.decide.kind')}
        name="kind"
        isRequired
        value={kind}
        onChange={(value) => setKind(value as DecisionKind)}
        options={[
          { id: 'INTERESTED', label: t('funding.decide.interested'), description: t('funding.decide.interestedHelp') },
          { id: 'PLEDGED', label: t('funding.decide.pledged'), description: t('funding.decide.pledgedHelp') },
          { id: 'DECLINED', label: t('funding.decide.declined'), description: t('funding.decide.declinedHelp') },
        ]}
      />
      {kind === 'PLEDGED' ? (
        <div className="cg-fields-row">
          <TextField label={t('funding.pledge.amount')} name="amount" isRequired inputMode="decimal" value={amount} onChange={setAmount} description={t('funding.pledge.gapHelp', { gap: money.format(project.fundingGap) })} />
          <ComboBoxField label={t('money.currency')} name="currency" isRequired options={currencyOptions(money.language)} value={currency} onChange={setCurrency} placeholder={t('fields.typeToSearch')} />
        </div>
      ) : null}
      {kind === 'DECLINED' ? (
        <>
          <TextField label={t('funding.decide.reason')} name="reason" isRequired multiline rows={3} maxLength={2000} value={reason} onChange={setReason} description={t('funding.decide.reasonHelp')} />
          <CheckboxField name="worthy" isSelected={worthy} onChange={setWorthy} description={t('funding.decide.worthyHelp')}>
            {t('funding.decide.worthy')}
          </CheckboxField>
          {worthy && !project.consentToReferral ? <p className="cg-description">{t('funding.decide.noConsent')}</p> : null}
          {canRefer ? (
            <fieldset className="cg-fieldset">
              <legend>{t('funding.decide.referLegend')}</legend>
              <RadioGroupField
                label={t('funding.decide.referMode')}
                name="referMode"
                value={referMode}
                onChange={(value) => setReferMode(value as ReferMode)}
                options={[
                  { id: 'none', label: t('funding.decide.referNone') },
                  { id: 'chosen', label: t('funding.decide.referChosen') },
                  { id: 'all', label: t('funding.decide.referAll'), description: t('funding.decide.referAllHelp') },
                ]}
              />
              {referMode === 'chosen' ? (
                matches.loading && !matches.data ? (
                  <p className="cg-muted">{t('common.loading')}</p>
                ) : matches.error ? (
                  <ErrorAlert error={matches.error} />
                ) : peers.length === 0 ? (
                  <p className="cg-muted">{t('funding.decide.noPeers')}</p>
                ) : (
                  <CheckboxGroupField label={t('funding.decide.referTo')} name="referTo" options={peers} value={referTo} onChange={setReferTo} description={t('funding.decide.referToHelp')} />
                )
              ) : null}
              {referMode !== 'none' ? <TextField label={t('funding.decide.note')} name="note" multiline rows={3} maxLength={2000} value={note} onChange={setNote} description={t('funding.decide.noteHelp')} /> : null}
            </fieldset>
          ) : null}
        </>
      ) : null}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('funding.decide.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}

/* ------------------------------------------------------------------ pledge */

function pledgeField(path: string): string | null {
  if (path.startsWith('amount.currency')) return 'currency';
  if (path.startsWith('amount')) return 'amount';
  if (path === 'conditions') return 'conditions';
  return null;
}

export function PledgePanel({ project, onDone }: { project: FundingProject; onDone: Done }) {
  const { t } = useTranslation();
  const money = useMoney();
  const role = useFundingRole();
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | null>(project.budget.currency);
  const [conditions, setConditions] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [pledge, { loading }] = useMutation(PledgeMutation, { update: evictFundingLists });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, pledgeField, localErrors);
  const gapLeft = project.fundingGap.amountMinor > 0;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const errors: Record<string, string> = {};
    if (!currency) errors.currency = t('validation.required');
    const parsed = money.parse(amount, currency ?? project.budget.currency);
    if (!parsed.ok) errors.amount = parsed.error;
    else if (parsed.minor === 0) errors.amount = t('funding.pledge.zero');
    setLocalErrors(errors);
    if (Object.keys(errors).length || !parsed.ok || !currency) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await pledge({ variables: { projectId: project.id, amount: { amountMinor: parsed.minor, currency }, conditions: optional(conditions) } });
      await onDone(t('funding.pledge.done', { amount: money.format({ amountMinor: parsed.minor, currency }) }));
      setAmount('');
      setConditions('');
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Section id="project-pledge" title={t('funding.pledge.title')}>
      {!gapLeft ? (
        <p>{t('funding.pledge.fullyFunded')}</p>
      ) : !role.admin ? (
        <AskAdmin organization={role.active?.name ?? ''} />
      ) : (
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('funding.pledge.formLabel', { title: project.title })}>
          <p className="cg-description">{t('funding.pledge.help')}</p>
          <ErrorAlert errors={others} />
          <div className="cg-fields-row">
            <TextField label={t('funding.pledge.amount')} name="amount" isRequired inputMode="decimal" value={amount} onChange={setAmount} description={t('funding.pledge.gapHelp', { gap: money.format(project.fundingGap) })} />
            <ComboBoxField label={t('money.currency')} name="currency" isRequired options={currencyOptions(money.language)} value={currency} onChange={setCurrency} placeholder={t('fields.typeToSearch')} />
          </div>
          <TextField label={t('funding.pledge.conditions')} name="conditions" multiline rows={3} maxLength={2000} value={conditions} onChange={setConditions} description={t('funding.pledge.conditionsHelp')} />
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {loading ? t('common.saving') : t('funding.pledge.submit')}
            </Button>
          </FormActions>
        </Form>
      )}
    </Section>
  );
}

/* ------------------------------------------------------------------ highlight */

export function HighlightPanel({ project, onDone }: { project: FundingProject; onDone: Done }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const role = useFundingRole();
  const own = project.highlights.find((h) => h.donor.id === role.active?.id);
  const [note, setNote] = useState(own?.note ?? '');
  const [error, setError] = useState<unknown>(undefined);
  const [highlight, { loading }] = useMutation(HighlightProjectMutation, { update: evictFundingLists });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path === 'note' ? 'note' : null));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      await highlight({ variables: { projectId: project.id, note: optional(note) } });
      await onDone(t('funding.highlight.done'));
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Section id="project-highlight" title={t('funding.highlight.title')}>
      {own ? <p>{t('funding.highlight.current', { date: formatDate(own.createdAt) })}</p> : <p className="cg-description">{t('funding.highlight.help')}</p>}
      {role.admin ? (
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('funding.highlight.formLabel', { title: project.title })}>
          <ErrorAlert errors={others} />
          <TextField label={t('funding.highlight.note')} name="note" multiline rows={3} maxLength={1000} value={note} onChange={setNote} description={t('funding.highlight.noteHelp')} />
          <FormActions>
            <Button type="submit" variant="secondary" isDisabled={loading}>
              {own ? t('funding.highlight.update') : t('funding.highlight.submit')}
            </Button>
          </FormActions>
        </Form>
      ) : (
        <AskAdmin organization={role.active?.name ?? ''} />
      )}
    </Section>
  );
}

/* ------------------------------------------------------------------ co-funding round */

function roundField(path: string): string | null {
  if (path.startsWith('inviteOrganizationIds')) return 'invite';
  if (path === 'closesAt') return 'closesAt';
  return null;
}

export function RoundPanel({ project, onDone }: { project: FundingProject; onDone: Done }) {
  const { t } = useTranslation();
  const money = useMoney();
  const role = useFundingRole();
  const [invite, setInvite] = useState<Option[]>([]);
  const [closesAt, setClosesAt] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [open, { loading }] = useMutation(OpenCoFundingRoundMutation, { update: evictFundingLists });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, roundField, localErrors);
  const me = role.active?.id;
  const involved = project.decisions.some((d) => d.donor.id === me && (d.kind === 'INTERESTED' || d.kind === 'PLEDGED')) || project.pledges.some((p) => p.donor.id === me && p.status !== 'WITHDRAWN');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const errors: Record<string, string> = {};
    if (!invite.length) errors.invite = t('funding.round.inviteRequired');
    if (closesAt && !/^\d{4}-\d{2}-\d{2}$/.test(closesAt)) errors.closesAt = t('validation.invalid');
    setLocalErrors(errors);
    if (Object.keys(errors).length) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await open({ variables: { projectId: project.id, inviteOrganizationIds: invite.map((o) => o.id), closesAt: closesAt ? `${closesAt}T23:59:59.000Z` : null } });
      await onDone(t('funding.round.done', { count: invite.length }));
      setInvite([]);
      setClosesAt('');
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Section id="project-round" title={t('funding.round.title')}>
      {project.fundingGap.amountMinor === 0 ? (
        <p>{t('funding.pledge.fullyFunded')}</p>
      ) : !involved ? (
        <p className="cg-description">{t('funding.round.notInvolved')}</p>
      ) : !role.admin ? (
        <AskAdmin organization={role.active?.name ?? ''} />
      ) : (
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('funding.round.formLabel', { title: project.title })}>
          <p className="cg-description">{t('funding.round.help', { gap: money.format(project.fundingGap) })}</p>
          <ErrorAlert errors={others} />
          <OrganizationPicker label={t('funding.round.invite')} value={invite} onChange={setInvite} kinds={['DONOR']} exclude={[me ?? '', project.applicant.id]} errorMessage={fieldErrors.invite} />
          <TextField label={t('funding.round.closesAt')} name="closesAt" type="date" value={closesAt} onChange={setClosesAt} description={t('funding.round.closesAtHelp')} />
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {t('funding.round.submit')}
            </Button>
          </FormActions>
        </Form>
      )}
    </Section>
  );
}
