import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, BarChart, Button, Card, DialogButton, EmptyState, FormActions, LinkButton, Loading, Section, SelectField, TextField, type ChartDatum, TableWrap } from '@commonground/web-ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TierFieldsFragment, TierMembershipFieldsFragment } from '../../gql/graphql';
import { ErrorAlert, QueryError, useFormatDate } from '../../lib/components';
import { apiErrors } from '../../lib/errors';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { useReference } from '../../lib/reference';
import { ApplyToTierMutation, DecideTierApplicationMutation, MembershipOrganizationQuery, MembershipTiersQuery, MoveToTierMutation } from './membership.documents';
import { TierStatusBadge, useInitiativeRole, useMoney } from './membership-components';
import { TierForm } from './tier-form';

export interface MembershipInitiative {
  id: string;
  slug: string;
  name: string;
  secretariat: { id: string; name: string };
}

type Tier = TierFieldsFragment;
type TierMembership = TierMembershipFieldsFragment;

const isCurrent = (m: TierMembership) => m.status === 'APPROVED' && !m.until;

/** Texts that describe a tier (eligibility, cap) and say why an organization may not take it. */
function useTierTexts() {
  const { t } = useTranslation();
  const reference = useReference();
  return useMemo(() => {
    const language = reference.language;
    const list = (items: string[]) => new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
    const kinds = (tier: Tier) => list(tier.eligibleKinds.map((k) => reference.kind(k)));
    const sizes = (tier: Tier) => list(tier.eligibleSizeBands.map((s) => reference.sizeBand(s) ?? s));
    const percent = (value: number) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
    return {
      percent,
      weight: (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(value),
      eligibility: (tier: Tier) => {
        if (tier.eligibleKinds.length && tier.eligibleSizeBands.length) return t('tiers.eligibility.kindsAndSizes', { kinds: kinds(tier), sizes: sizes(tier) });
        if (tier.eligibleKinds.length) return t('tiers.eligibility.kinds', { kinds: kinds(tier) });
        if (tier.eligibleSizeBands.length) return t('tiers.eligibility.sizes', { sizes: sizes(tier) });
        return t('tiers.eligibility.everyone');
      },
      /** why the organization may not take the tier, or null */
      ineligibility: (tier: Tier, organization: { name: string; kind: string; sizeBand: string | null }) => {
        if (tier.eligibleKinds.length && !(tier.eligibleKinds as string[]).includes(organization.kind)) {
          return t('tiers.notEligible.kind', { kinds: kinds(tier), organization: organization.name, kind: reference.kind(organization.kind) });
        }
        if (tier.eligibleSizeBands.length) {
          if (!organization.sizeBand) return t('tiers.notEligible.noSize', { organization: organization.name });
          if (!(tier.eligibleSizeBands as string[]).includes(organization.sizeBand)) {
            return t('tiers.notEligible.size', { sizes: sizes(tier), organization: organization.name, size: reference.sizeBand(organization.sizeBand) });
          }
        }
        return null;
      },
    };
  }, [t, reference]);
}

/**
 * The "Membership tiers" section of an initiative: its tiers; for a member
 * organization its tier, history and applications; for the secretariat the
 * tier form, pending applications and members by tier.
 */
export function TiersSection({ initiative, activeMembers, onMembershipChanged }: { initiative: MembershipInitiative; activeMembers: ReadonlyArray<{ id: string; name: string }>; onMembershipChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const role = useInitiativeRole(initiative.secretariat.id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(MembershipTiersQuery, { variables: { initiativeId: initiative.id }, skip: !role.viewer });
  const tiers = data?.tiers ?? [];
  const memberships = data?.tierMemberships ?? [];
  const defaultCurrency = tiers[0]?.annualFee.currency ?? 'EUR';

  const changed = async (message: string) => {
    setNotice(null);
    await Promise.all([refetch(), onMembershipChanged()]).catch(() => undefined);
    setNotice(message);
  };

  let content;
  if (!role.viewer) {
    content = <p className="cg-muted">{t('tiers.signIn')}</p>;
  } else if (loading && !data) {
    content = <Loading />;
  } else if (error) {
    content = <QueryError error={error} retry={() => void refetch()} />;
  } else {
    content = (
      <>
        {notice ? <Alert tone="success" title={notice} /> : null}
        {role.active && !role.ofSecretariat ? <OwnTier initiative={initiative} memberships={memberships} /> : null}
        {role.secretariat ? <PendingApplications memberships={memberships} onDecided={changed} /> : null}
        <section aria-labelledby="tier-list-title" className="cg-subsection">
          <div className="cg-section__header">
            <h3 id="tier-list-title">{t('tiers.listTitle')}</h3>
            {role.secretariat && !adding ? (
              <Button variant="primary" onPress={() => setAdding(true)}>
                {t('tiers.add')}
              </Button>
            ) : null}
          </div>
          {adding ? (
            <Card className="cg-tier">
              <h4 className="cg-tier__name">{t('tiers.form.createTitle')}</h4>
              <TierForm
                initiativeId={initiative.id}
                defaultCurrency={defaultCurrency}
                onCancel={() => setAdding(false)}
                onDone={async (tier) => {
                  setAdding(false);
                  await changed(t('tiers.created', { name: tier.name }));
                }}
              />
            </Card>
          ) : null}
          {tiers.length === 0 && !adding ? (
            <EmptyState title={t('tiers.none')}>{role.secretariat ? <p>{t('tiers.noneSecretariat')}</p> : null}</EmptyState>
          ) : (
            <TierList initiative={initiative} tiers={tiers} memberships={memberships} defaultCurrency={defaultCurrency} onChanged={changed} />
          )}
        </section>
        {role.secretariat ? <MembersByTier tiers={tiers} memberships={memberships} activeMembers={activeMembers} onMoved={changed} /> : null}
      </>
    );
  }

  return (
    <Section
      id="tiers"
      title={t('tiers.title')}
      actions={
        role.secretariat ? (
          <Link href={`/initiatives/${initiative.slug}/dues`}>{t('dues.linkSecretariat')}</Link>
        ) : null
      }
    >
      <p className="cg-description">{t('tiers.lead')}</p>
      {content}
    </Section>
  );
}

/** The tiers, with "Apply" for a member organization's administrators and "Edit" for the secretariat. */
function TierList({
  initiative,
  tiers,
  memberships,
  defaultCurrency,
  onChanged,
}: {
  initiative: MembershipInitiative;
  tiers: readonly Tier[];
  memberships: readonly TierMembership[];
  defaultCurrency: string;
  onChanged: (message: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const texts = useTierTexts();
  const role = useInitiativeRole(initiative.secretariat.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [applyError, setApplyError] = useState<{ tierId: string; error: unknown } | null>(null);
  const [apply, { loading: applying }] = useMutation(ApplyToTierMutation);
  const organizationQuery = useQuery(MembershipOrganizationQuery, { variables: { id: role.active?.id ?? '' }, skip: !role.active || role.ofSecretariat });
  const organization = organizationQuery.data?.organization ?? null;
  const mine = role.active && !role.ofSecretariat ? memberships.filter((m) => m.organization.id === role.active!.id) : [];
  const current = mine.find(isCurrent);
  const pending = mine.find((m) => m.status === 'PENDING');
  const counts = new Map<string, number>();
  if (role.secretariat) for (const m of memberships.filter(isCurrent)) counts.set(m.tier.id, (counts.get(m.tier.id) ?? 0) + 1);

  const onApply = async (tier: Tier) => {
    setApplyError(null);
    try {
      await apply({ variables: { tierId: tier.id } });
      await onChanged(t('tiers.applied', { organization: role.active!.name, tier: tier.name }));
    } catch (e) {
      setApplyError({ tierId: tier.id, error: e });
    }
  };

  return (
    <ul className="cg-cards cg-stack">
      {tiers.map((tier) => {
        const headingId = `tier-${tier.id}`;
        if (editing === tier.id) {
          return (
            <li key={tier.id} className="cg-card cg-tier">
              <h4 className="cg-tier__name" id={headingId}>
                {t('tiers.form.editTitle', { name: tier.name })}
              </h4>
              <TierForm
                initiativeId={initiative.id}
                tier={tier}
                defaultCurrency={defaultCurrency}
                onCancel={() => setEditing(null)}
                onDone={async (saved) => {
                  setEditing(null);
                  await onChanged(t('tiers.saved', { name: saved.name }));
                }}
              />
            </li>
          );
        }
        const reason = organization ? texts.ineligibility(tier, organization) : null;
        const errorHere = applyError?.tierId === tier.id ? apiErrors(applyError.error) : [];
        const notEligible = errorHere.find((e) => e.reason === 'NOT_ELIGIBLE');
        const cap =
          tier.capAmount && tier.capPercent != null
            ? t('tiers.cap.both', { amount: money.format(tier.capAmount), percent: texts.percent(tier.capPercent) })
            : tier.capAmount
              ? t('tiers.cap.amount', { amount: money.format(tier.capAmount) })
              : tier.capPercent != null
                ? t('tiers.cap.percent', { percent: texts.percent(tier.capPercent) })
                : t('tiers.cap.none');
        return (
          <li key={tier.id} className="cg-card cg-tier" aria-labelledby={headingId}>
            <div className="cg-tier__header">
              <h4 className="cg-tier__name" id={headingId}>
                {tier.name}
              </h4>
              <span className="cg-tier__fee">{t('tiers.perYear', { amount: money.format(tier.annualFee) })}</span>
            </div>
            <dl className="cg-dl">
              <div className="cg-dl__row">
                <dt>{t('tiers.eligibilityLabel')}</dt>
                <dd>{texts.eligibility(tier)}</dd>
              </div>
              <div className="cg-dl__row">
                <dt>{t('tiers.weightLabel')}</dt>
                <dd>{texts.weight(tier.weight)}</dd>
              </div>
              <div className="cg-dl__row">
                <dt>{t('tiers.capLabel')}</dt>
                <dd>{cap}</dd>
              </div>
              <div className="cg-dl__row">
                <dt>{t('tiers.benefitsLabel')}</dt>
                <dd>
                  {tier.auditLibraryAccess ? <Badge tone="success">{t('tiers.auditLibrary')}</Badge> : <Badge tone="neutral">{t('tiers.noAuditLibrary')}</Badge>}
                  {tier.benefits.length ? (
                    <ul className="cg-tier__benefits">
                      {tier.benefits.map((benefit, i) => (
                        <li key={i}>{benefit}</li>
                      ))}
                    </ul>
                  ) : null}
                </dd>
              </div>
              {role.secretariat ? (
                <div className="cg-dl__row">
                  <dt>{t('tiers.membersLabel')}</dt>
                  <dd>{t('tiers.memberCount', { count: counts.get(tier.id) ?? 0 })}</dd>
                </div>
              ) : null}
            </dl>
            {role.secretariat ? (
              <FormActions>
                <Button onPress={() => setEditing(tier.id)}>
                  {t('tiers.edit')}
                  <span className="cg-visually-hidden"> {tier.name}</span>
                </Button>
              </FormActions>
            ) : role.active && !role.ofSecretariat ? (
              <div className="cg-tier__apply">
                {current?.tier.id === tier.id ? (
                  <p>
                    <Badge tone="success">{t('tiers.yourTier')}</Badge>
                  </p>
                ) : pending?.tier.id === tier.id ? (
                  <p>
                    <Badge tone="warning">{t('tiers.status.PENDING')}</Badge>
                  </p>
                ) : reason ? (
                  <Alert tone="warning" title={t('tiers.notEligible.title')} className="cg-tier__refusal">
                    <p>{reason}</p>
                    {organization && !organization.sizeBand ? <Link href={`/organizations/${organization.slug}#edit-profile`}>{t('tiers.setSize', { organization: organization.name })}</Link> : null}
                  </Alert>
                ) : role.admin ? (
                  <FormActions>
                    <Button variant="primary" isDisabled={applying || !!pending} onPress={() => void onApply(tier)}>
                      {current ? t('tiers.applyToMove') : t('tiers.apply')}
                      <span className="cg-visually-hidden"> {tier.name}</span>
                    </Button>
                  </FormActions>
                ) : null}
                {notEligible ? (
                  <Alert tone="error" title={t('tiers.notEligible.title')} className="cg-tier__refusal">
                    <p>{notEligible.message}</p>
                  </Alert>
                ) : (
                  <ErrorAlert errors={errorHere} />
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The tier of the viewer's organization, its application and its history. */
function OwnTier({ initiative, memberships }: { initiative: MembershipInitiative; memberships: readonly TierMembership[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const role = useInitiativeRole(initiative.secretariat.id);
  const organization = role.active!;
  const mine = memberships.filter((m) => m.organization.id === organization.id);
  const current = mine.find(isCurrent);
  const pending = mine.find((m) => m.status === 'PENDING');
  const lastRefused = mine.find((m) => m.status === 'REFUSED');
  const refusedIsLatest = lastRefused && mine[0] === lastRefused;

  return (
    <section aria-labelledby="own-tier-title" className="cg-subsection">
      <h3 id="own-tier-title">{t('tiers.own.title', { organization: organization.name })}</h3>
      <Card>
        {current ? (
          <p>
            <Badge tone="success">{current.tier.name}</Badge> {t('tiers.own.current', { organization: organization.name, tier: current.tier.name, date: formatDate(current.since) })}
          </p>
        ) : (
          <p>{t('tiers.own.none', { organization: organization.name })}</p>
        )}
        {pending ? (
          <p>
            <TierStatusBadge status="PENDING" /> {t('tiers.own.pending', { tier: pending.tier.name, date: formatDate(pending.appliedAt) })}
          </p>
        ) : null}
        {refusedIsLatest && lastRefused ? (
          <Alert tone="warning" title={t('tiers.own.refused', { tier: lastRefused.tier.name, date: formatDate(lastRefused.decidedAt) })}>
            {lastRefused.reason ? <p>{t('tiers.own.refusedReason', { reason: lastRefused.reason })}</p> : null}
          </Alert>
        ) : null}
        {!role.admin && !current && !pending ? <p className="cg-muted">{t('tiers.own.askAdmin', { organization: organization.name })}</p> : null}
        {mine.length ? (
          <details className="cg-details">
            <summary>{t('tiers.own.history', { count: mine.length })}</summary>
            <TableWrap label={t('tiers.own.historyCaption', { organization: organization.name })}>
              <table className="cg-table">
                <caption className="cg-visually-hidden">{t('tiers.own.historyCaption', { organization: organization.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tiers.own.tier')}</th>
                    <th scope="col">{t('tiers.own.status')}</th>
                    <th scope="col">{t('tiers.own.dates')}</th>
                    <th scope="col">{t('tiers.own.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.map((m, i) => (
                    <tr key={`${m.tier.id}-${m.appliedAt}-${i}`}>
                      <th scope="row">{m.tier.name}</th>
                      <td>
                        <TierStatusBadge status={m.status} ended={!!m.until} />
                      </td>
                      <td>
                        {m.status === 'APPROVED'
                          ? m.until
                            ? t('tiers.own.period', { from: formatDate(m.since), to: formatDate(m.until) })
                            : t('tiers.own.since', { date: formatDate(m.since) })
                          : m.status === 'REFUSED'
                            ? t('tiers.own.decidedOn', { date: formatDate(m.decidedAt) })
                            : t('tiers.own.appliedOn', { date: formatDate(m.appliedAt) })}
                      </td>
                      <td>{m.reason ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </details>
        ) : null}
        <p className="cg-space-top">
          <LinkButton href={`/initiatives/${initiative.slug}/dues`}>{t('dues.linkMember', { organization: organization.name })}</LinkButton>
        </p>
      </Card>
    </section>
  );
}

/** Applications waiting for the secretariat: approve, or refuse with a reason. */
function PendingApplications({ memberships, onDecided }: { memberships: readonly TierMembership[]; onDecided: (message: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [decide, { loading }] = useMutation(DecideTierApplicationMutation);
  const [error, setError] = useState<unknown>(undefined);
  const pending = memberships.filter((m) => m.status === 'PENDING');

  return (
    <section aria-labelledby="pending-tiers-title" className="cg-subsection">
      <h3 id="pending-tiers-title">{t('tiers.pending.title', { count: pending.length })}</h3>
      <ErrorAlert error={error} />
      {pending.length === 0 ? (
        <EmptyState title={t('tiers.pending.none')} />
      ) : (
        <ul className="cg-list">
          {pending.map((m) => {
            const who = `${m.organization.name} — ${m.tier.name}`;
            return (
              <li key={`${m.organization.id}-${m.tier.id}`} className="cg-list__item">
                <div className="cg-list__main">
                  <Link href={`/organizations/${m.organization.slug}`} className="cg-list__title">
                    {m.organization.name}
                  </Link>
                  <div className="cg-list__meta">{t('tiers.pending.meta', { tier: m.tier.name, date: formatDate(m.appliedAt) })}</div>
                </div>
                <div className="cg-list__actions">
                  <Button
                    variant="primary"
                    isDisabled={loading}
                    onPress={async () => {
                      setError(undefined);
                      try {
                        await decide({ variables: { tierId: m.tier.id, organizationId: m.organization.id, approve: true } });
                        await onDecided(t('tiers.pending.approved', { organization: m.organization.name, tier: m.tier.name }));
                      } catch (e) {
                        setError(e);
                      }
                    }}
                  >
                    {t('tiers.pending.approve')}
                    <span className="cg-visually-hidden"> {who}</span>
                  </Button>
                  <DialogButton
                    label={
                      <>
                        {t('tiers.pending.refuse')}
                        <span className="cg-visually-hidden"> {who}</span>
                      </>
                    }
                    title={t('tiers.pending.refuseTitle', { organization: m.organization.name, tier: m.tier.name })}
                    variant="danger"
                    isDisabled={loading}
                  >
                    {(close) => (
                      <RefuseForm
                        onCancel={close}
                        onRefuse={async (reason) => {
                          await decide({ variables: { tierId: m.tier.id, organizationId: m.organization.id, approve: false, reason } });
                          close();
                          await onDecided(t('tiers.pending.refused', { organization: m.organization.name, tier: m.tier.name }));
                        }}
                      />
                    )}
                  </DialogButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function RefuseForm({ onRefuse, onCancel }: { onRefuse: (reason: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path === 'reason' ? 'reason' : null));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await onRefuse(reason.trim());
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('tiers.pending.refuse')}>
      <ErrorAlert errors={others} />
      <TextField label={t('tiers.pending.reason')} name="reason" isRequired multiline rows={3} maxLength={1000} value={reason} onChange={setReason} description={t('tiers.pending.reasonHelp')} autoFocus />
      <FormActions>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="danger" isDisabled={busy}>
          {t('tiers.pending.refuseSubmit')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Current members grouped by tier, with "Move to tier…" and a chart. */
function MembersByTier({
  tiers,
  memberships,
  activeMembers,
  onMoved,
}: {
  tiers: readonly Tier[];
  memberships: readonly TierMembership[];
  activeMembers: ReadonlyArray<{ id: string; name: string }>;
  onMoved: (message: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const current = memberships.filter(isCurrent);
  const order = new Map(tiers.map((tier, i) => [tier.id, i]));
  const collator = new Intl.Collator(i18n.resolvedLanguage ?? 'en');
  const rows = [...current].sort((a, b) => (order.get(a.tier.id) ?? 0) - (order.get(b.tier.id) ?? 0) || collator.compare(a.organization.name, b.organization.name));
  const withTier = new Set(current.map((m) => m.organization.id));
  const withoutTier = activeMembers.filter((m) => !withTier.has(m.id));
  const data: ChartDatum[] = tiers.map((tier) => {
    const count = current.filter((m) => m.tier.id === tier.id).length;
    return { label: tier.name, value: count, display: String(count) };
  });
  if (withoutTier.length) data.push({ label: t('tiers.byTier.noTier'), value: withoutTier.length, display: String(withoutTier.length), tone: 'muted' });
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' }).format(data.map((d) => `${d.label}: ${d.display}`));

  return (
    <section aria-labelledby="members-by-tier-title" className="cg-subsection">
      <h3 id="members-by-tier-title">{t('tiers.byTier.title')}</h3>
      {current.length === 0 && withoutTier.length === 0 ? (
        <EmptyState title={t('tiers.byTier.none')} />
      ) : (
        <>
          {tiers.length ? (
            <BarChart
              id="members-by-tier-chart"
              title={t('tiers.byTier.chartTitle')}
              summary={t('tiers.byTier.chartSummary', { count: current.length, list })}
              data={data}
              labelHeader={t('tiers.byTier.tier')}
              valueHeader={t('tiers.byTier.members')}
              tableLabel={t('charts.showTable')}
            />
          ) : null}
          <TableWrap label={t('tiers.byTier.tableLabel')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('tiers.byTier.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tiers.byTier.organization')}</th>
                  <th scope="col">{t('tiers.byTier.tier')}</th>
                  <th scope="col">{t('tiers.byTier.since')}</th>
                  <th scope="col">
                    <span className="cg-visually-hidden">{t('tiers.byTier.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.organization.id}>
                    <th scope="row">
                      <Link href={`/organizations/${m.organization.slug}`}>{m.organization.name}</Link>
                    </th>
                    <td>{m.tier.name}</td>
                    <td>{formatDate(m.since)}</td>
                    <td>
                      {tiers.length > 1 ? (
                        <DialogButton
                          label={
                            <>
                              {t('tiers.move.button')}
                              <span className="cg-visually-hidden"> {m.organization.name}</span>
                            </>
                          }
                          title={t('tiers.move.title', { organization: m.organization.name })}
                        >
                          {(close) => (
                            <MoveForm
                              membership={m}
                              tiers={tiers}
                              onCancel={close}
                              onMoved={async (tier) => {
                                close();
                                await onMoved(t('tiers.move.done', { organization: m.organization.name, tier: tier.name }));
                              }}
                            />
                          )}
                        </DialogButton>
                      ) : null}
                    </td>
                  </tr>
                ))}
                {withoutTier.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td className="cg-muted">{t('tiers.byTier.noTier')}</td>
                    <td />
                    <td className="cg-small cg-muted">{t('tiers.byTier.appliesFirst')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}

function MoveForm({ membership, tiers, onMoved, onCancel }: { membership: TierMembership; tiers: readonly Tier[]; onMoved: (tier: Tier) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const options = tiers.filter((tier) => tier.id !== membership.tier.id).map((tier) => ({ id: tier.id, label: tier.name }));
  const [tierId, setTierId] = useState<string | null>(options[0]?.id ?? null);
  const [move, { loading }] = useMutation(MoveToTierMutation);
  const [error, setError] = useState<unknown>(undefined);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path === 'tierId' ? 'tierId' : null));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!tierId) return;
    setError(undefined);
    try {
      await move({ variables: { organizationId: membership.organization.id, tierId } });
      await onMoved(tiers.find((tier) => tier.id === tierId)!);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Form onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('tiers.move.title', { organization: membership.organization.name })}>
      <p>{t('tiers.move.help', { organization: membership.organization.name, tier: membership.tier.name })}</p>
      <ErrorAlert errors={others} />
      <SelectField label={t('tiers.move.to')} name="tierId" isRequired options={options} value={tierId} onChange={setTierId} />
      <FormActions>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" isDisabled={loading || !tierId}>
          {t('tiers.move.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
