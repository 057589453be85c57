import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, CheckboxGroupField, ColumnChart, ComboBoxField, EmptyState, FormActions, Loading, Section, TextField, type ChartDatum, TableWrap } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CostPoolsQuery as CostPoolsData } from '../../gql/graphql';
import { ErrorAlert, QueryError, useFormatDate } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { CostPoolsQuery, MembershipTiersQuery, OpenCostPoolMutation } from './membership.documents';
import { PoolStatusBadge, useInitiativeRole, useMoney } from './membership-components';
import { currencyOptions, sumByCurrency } from './money';
import type { MembershipInitiative } from './tiers-section';

type Pool = CostPoolsData['costPools'][number];

/** The "Cost pools" section of an initiative: the pools, the form to open one and, for the secretariat, pooled costs over time. */
export function CostPoolsSection({ initiative, activeMembers }: { initiative: MembershipInitiative; activeMembers: ReadonlyArray<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const formatDate = useFormatDate();
  const role = useInitiativeRole(initiative.secretariat.id);
  const [opening, setOpening] = useState(false);
  const { data, loading, error, refetch } = useQuery(CostPoolsQuery, { variables: { initiativeId: initiative.id }, skip: !role.viewer });
  const tiers = useQuery(MembershipTiersQuery, { variables: { initiativeId: initiative.id }, skip: !role.secretariat });
  const pools = data?.costPools ?? [];
  const member = role.active && !role.ofSecretariat;

  let content;
  if (!role.viewer) content = <p className="cg-muted">{t('pools.signIn')}</p>;
  else if (loading && !data) content = <Loading />;
  else if (error) content = <QueryError error={error} retry={() => void refetch()} />;
  else
    content = (
      <>
        {opening ? (
          <Card className="cg-tier">
            <h3 className="cg-tier__name">{t('pools.form.title')}</h3>
            <OpenPoolForm
              initiative={initiative}
              activeMembers={activeMembers}
              defaultCurrency={tiers.data?.tiers[0]?.annualFee.currency ?? pools[0]?.total.currency ?? 'EUR'}
              onCancel={() => setOpening(false)}
            />
          </Card>
        ) : null}
        {pools.length === 0 ? (
          <EmptyState title={t('pools.none')}>{role.secretariat ? <p>{t('pools.noneSecretariat')}</p> : null}</EmptyState>
        ) : (
          <TableWrap label={t('pools.tableLabel')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{t('pools.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pools.purpose')}</th>
                  <th scope="col" className="cg-num">
                    {t('pools.total')}
                  </th>
                  <th scope="col">{t('pools.statusLabel')}</th>
                  <th scope="col">{t('pools.deadline')}</th>
                  <th scope="col" className="cg-num">
                    {t('pools.participants')}
                  </th>
                  {member ? (
                    <th scope="col" className="cg-num">
                      {t('pools.yourShare')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {pools.map((pool) => {
                  const own = member ? pool.shares.find((s) => s.organization.id === role.active!.id) : undefined;
                  return (
                    <tr key={pool.id}>
                      <th scope="row">
                        <Link href={`/pools/${pool.id}`}>{pool.purpose}</Link>
                      </th>
                      <td className="cg-num">{money.format(pool.total)}</td>
                      <td>
                        <PoolStatusBadge pool={pool} />
                      </td>
                      <td>{pool.joinDeadline ? formatDate(pool.joinDeadline) : <span className="cg-muted">{t('pools.noDeadline')}</span>}</td>
                      <td className="cg-num">{pool.participantCount}</td>
                      {member ? <td className="cg-num">{own ? money.format(own.amount) : <span className="cg-muted">{t('pools.notJoined')}</span>}</td> : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
        {role.secretariat && pools.length ? <PooledCostsChart pools={pools} /> : null}
      </>
    );

  return (
    <Section
      id="pools"
      title={t('pools.title')}
      actions={
        role.secretariat && !opening ? (
          <Button variant="primary" onPress={() => setOpening(true)}>
            {t('pools.open')}
          </Button>
        ) : null
      }
    >
      <p className="cg-description">{t('pools.lead')}</p>
      {content}
    </Section>
  );
}

/** Totals of the pools opened each month, one chart per currency. */
function PooledCostsChart({ pools }: { pools: readonly Pool[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const monthFormat = new Intl.DateTimeFormat(money.language, { month: 'short', year: 'numeric' });
  const currencies = [...new Set(pools.map((p) => p.total.currency))];
  return (
    <>
      {currencies.map((currency) => {
        const mine = pools.filter((p) => p.total.currency === currency);
        const key = (d: Date) => d.getFullYear() * 12 + d.getMonth();
        const dates = mine.map((p) => new Date(p.createdAt));
        const now = new Date();
        const last = Math.max(key(now), ...dates.map(key));
        // at least six months, at most two years, up to this month
        const first = Math.max(Math.min(last - 5, ...dates.map(key)), last - 23);
        const data: ChartDatum[] = [];
        for (let k = first; k <= last; k++) {
          const amountMinor = mine.filter((p) => key(new Date(p.createdAt)) === k).reduce((sum, p) => sum + p.total.amountMinor, 0);
          const month = new Date(Math.floor(k / 12), k % 12, 1);
          data.push({ label: monthFormat.format(month), value: amountMinor, display: money.format({ amountMinor, currency }) });
        }
        const [total] = sumByCurrency(mine.map((p) => p.total));
        return (
          <ColumnChart
            key={currency}
            id={`pooled-costs-${currency}`}
            title={currencies.length > 1 ? t('pools.chart.titleIn', { currency }) : t('pools.chart.title')}
            summary={t('pools.chart.summary', { count: mine.length, total: money.format(total), from: data[0]?.label ?? '', to: data[data.length - 1]?.label ?? '' })}
            data={data}
            labelHeader={t('pools.chart.month')}
            valueHeader={t('pools.chart.amount')}
            tableLabel={t('charts.showTable')}
          />
        );
      })}
    </>
  );
}

function poolField(path: string): string | null {
  const parts = path.split('.');
  if (parts[0] === 'input') parts.shift();
  const [first, second] = parts;
  if (first === 'total') return second === 'currency' ? 'currency' : 'total';
  if (first === 'purpose' || first === 'joinDeadline') return first;
  if (first === 'inviteOrganizationIds') return 'invite';
  return null;
}

/** "2030-01-31" -> the end of that day where the reader is, as an ISO instant; null when empty. */
function endOfDay(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59);
}

function OpenPoolForm({
  initiative,
  activeMembers,
  defaultCurrency,
  onCancel,
}: {
  initiative: MembershipInitiative;
  activeMembers: ReadonlyArray<{ id: string; name: string }>;
  defaultCurrency: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const navigate = useNavigate();
  const [purpose, setPurpose] = useState('');
  const [total, setTotal] = useState('');
  const [currency, setCurrency] = useState<string | null>(defaultCurrency);
  const [deadline, setDeadline] = useState('');
  const [invite, setInvite] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [open, { loading }] = useMutation(OpenCostPoolMutation, { refetchQueries: ['CostPools'] });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, poolField, localErrors);
  const collator = new Intl.Collator(money.language);
  const options = [...activeMembers].sort((a, b) => collator.compare(a.name, b.name)).map((m) => ({ id: m.id, label: m.name }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const errors: Record<string, string> = {};
    if (!currency) errors.currency = t('validation.required');
    const amount = money.parse(total, currency ?? 'EUR');
    if (!amount.ok) errors.total = amount.error;
    else if (amount.minor === 0) errors.total = t('pools.form.totalZero');
    let joinDeadline: Date | null = null;
    if (deadline.trim()) {
      joinDeadline = endOfDay(deadline);
      if (!joinDeadline) errors.joinDeadline = t('pools.form.deadlineInvalid');
      else if (joinDeadline.getTime() <= Date.now()) errors.joinDeadline = t('pools.form.deadlinePast');
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length || !amount.ok || !currency) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      const result = await open({
        variables: {
          input: {
            initiativeId: initiative.id,
            purpose: purpose.trim(),
            total: { amountMinor: amount.minor, currency },
            joinDeadline: joinDeadline ? joinDeadline.toISOString() : null,
            inviteOrganizationIds: invite,
          },
        },
      });
      navigate(`/pools/${result.data!.openCostPool.id}`, { state: { opened: true, invited: invite.length } });
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('pools.form.title')}>
      <ErrorAlert errors={others} />
      <TextField label={t('pools.form.purpose')} name="purpose" isRequired minLength={3} maxLength={300} value={purpose} onChange={setPurpose} description={t('pools.form.purposeHelp')} />
      <div className="cg-fields-row">
        <TextField label={t('pools.form.total')} name="total" isRequired inputMode="decimal" value={total} onChange={setTotal} />
        <ComboBoxField label={t('money.currency')} name="currency" isRequired options={currencyOptions(money.language)} value={currency} onChange={setCurrency} placeholder={t('fields.typeToSearch')} />
      </div>
      <TextField label={t('pools.form.deadline')} name="joinDeadline" type="date" value={deadline} onChange={setDeadline} description={t('pools.form.deadlineHelp')} />
      {options.length ? (
        <CheckboxGroupField label={t('pools.form.invite')} name="invite" options={options} value={invite} onChange={setInvite} description={t('pools.form.inviteHelp')} columns />
      ) : (
        <p className="cg-description">{t('pools.form.noMembers')}</p>
      )}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('pools.form.submit')}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
