import { useQuery } from '@apollo/client/react';
import { Alert, BarChart, EmptyState, Loading, PageHeader, Section, SelectField, type ChartDatum, TableWrap } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { CostPoolsQuery, DuesStatementQuery, MembershipInitiativeQuery, MembershipTiersQuery } from './membership.documents';
import { useFormatDay, useInitiativeRole, useMoney } from './membership-components';
import { sumByCurrency } from './money';

const DAY_MS = 86_400_000;

/** /initiatives/:slug/dues?year=YYYY[&organization=id] — a member's dues for a year, pro-rated to the day. */
export function DuesPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const { data, loading, error, refetch } = useQuery(MembershipInitiativeQuery, { variables: { slug } });
  const initiative = data?.initiative;
  const role = useInitiativeRole(initiative?.secretariat.id);
  const tiers = useQuery(MembershipTiersQuery, { variables: { initiativeId: initiative?.id ?? '' }, skip: !initiative || !role.secretariat });
  useDocumentTitle(initiative ? t('dues.documentTitle', { initiative: initiative.name }) : t('dues.title'));

  if (loading && !initiative) return <Loading />;
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (!initiative) return <NotFoundContent />;

  // the secretariat picks among the organizations that have had a tier
  const collator = new Intl.Collator(undefined);
  const organizations = new Map<string, string>();
  for (const m of tiers.data?.tierMemberships ?? []) if (m.status === 'APPROVED') organizations.set(m.organization.id, m.organization.name);
  const options = [...organizations].map(([id, label]) => ({ id, label })).sort((a, b) => collator.compare(a.label, b.label));
  const chosen = role.secretariat ? (params.get('organization') && organizations.has(params.get('organization')!) ? params.get('organization') : (options[0]?.id ?? null)) : (role.active?.id ?? null);
  const chosenName = role.secretariat ? (chosen ? organizations.get(chosen) : null) : role.active?.name;
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader eyebrow={<Link href={`/initiatives/${initiative.slug}`}>{initiative.name}</Link>} title={t('dues.title')} description={t('dues.lead')} />
      {!role.viewer || !role.active ? (
        <Alert tone="info" title={t('initiative.noActiveOrganization')} />
      ) : role.ofSecretariat && !role.secretariat ? (
        <Alert tone="info" title={t('dues.secretariatAdminsOnly')} />
      ) : (
        <>
          <div className="cg-filters cg-filters--compact">
            <SelectField label={t('dues.year')} name="year" options={years.sort((a, b) => b - a).map((y) => ({ id: String(y), label: String(y) }))} value={String(year)} onChange={(value) => setParam('year', value)} />
            {role.secretariat ? (
              tiers.loading && !tiers.data ? (
                <Loading inline />
              ) : (
                <SelectField label={t('dues.organization')} name="organization" options={options} value={chosen} onChange={(value) => setParam('organization', value)} placeholder={t('fields.choose')} />
              )
            ) : null}
          </div>
          {role.secretariat && tiers.data && options.length === 0 ? (
            <EmptyState title={t('dues.noOrganizations')} />
          ) : chosen ? (
            <Statement initiativeId={initiative.id} organizationId={role.secretariat ? chosen : null} organizationName={chosenName ?? ''} year={year} />
          ) : null}
          {!role.secretariat && role.active ? <PoolSavings initiativeId={initiative.id} organizationId={role.active.id} organizationName={role.active.name} /> : null}
        </>
      )}
    </>
  );
}

function Statement({ initiativeId, organizationId, organizationName, year }: { initiativeId: string; organizationId: string | null; organizationName: string; year: number }) {
  const { t } = useTranslation();
  const money = useMoney();
  const formatDay = useFormatDay();
  const { data, loading, error, refetch } = useQuery(DuesStatementQuery, { variables: { initiativeId, year, organizationId } });
  const statement = data?.duesStatement;
  const title = t('dues.statementTitle', { organization: organizationName, year });

  return (
    <Section id="dues-statement" title={title}>
      {loading && !statement ? (
        <Loading />
      ) : error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !statement || statement.lines.length === 0 ? (
        <EmptyState title={t('dues.none', { organization: organizationName, year })} />
      ) : (
        <>
          <p className="cg-description">{t('dues.howHelp')}</p>
          <TableWrap label={t('dues.tableLabel')}>
            <table className="cg-table">
              <caption className="cg-visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dues.tier')}</th>
                  <th scope="col">{t('dues.from')}</th>
                  <th scope="col">{t('dues.to')}</th>
                  <th scope="col" className="cg-num">
                    {t('dues.days')}
                  </th>
                  <th scope="col" className="cg-num">
                    {t('dues.annualFee')}
                  </th>
                  <th scope="col" className="cg-num">
                    {t('dues.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {statement.lines.map((line, i) => (
                  <tr key={`${line.from}-${i}`}>
                    <th scope="row">{line.tierName}</th>
                    <td>{formatDay(line.from)}</td>
                    {/* the period ends before the day of `to`: show its last day */}
                    <td>{line.days > 0 ? formatDay(new Date(Math.floor(new Date(line.to).getTime() / DAY_MS) * DAY_MS - DAY_MS)) : '—'}</td>
                    <td className="cg-num">{line.days}</td>
                    <td className="cg-num">{money.format(line.annualFee)}</td>
                    <td className="cg-num">{money.format(line.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {statement.totals.map((total) => (
                  <tr key={total.currency}>
                    <th scope="row" colSpan={5}>
                      {statement.totals.length > 1 ? t('dues.totalIn', { currency: total.currency }) : t('dues.total')}
                    </th>
                    <td className="cg-num">{money.format(total)}</td>
                  </tr>
                ))}
              </tfoot>
            </table>
          </TableWrap>
        </>
      )}
    </Section>
  );
}

/** A member's cost pools in this initiative: what it pays against paying alone, as a chart and a table. */
function PoolSavings({ initiativeId, organizationId, organizationName }: { initiativeId: string; organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { data, error } = useQuery(CostPoolsQuery, { variables: { initiativeId } });
  if (error) return <QueryError error={error} />;
  const mine = (data?.costPools ?? []).flatMap((pool) => {
    const share = pool.shares.find((s) => s.organization.id === organizationId);
    return share ? [{ pool, share }] : [];
  });
  if (!data || mine.length === 0) return null;
  const currencies = [...new Set(mine.map((m) => m.pool.total.currency))];
  return (
    <Section id="pool-savings" title={t('dues.pools.title', { organization: organizationName })}>
      {currencies.map((currency) => {
        const rows = mine.filter((m) => m.pool.total.currency === currency);
        const [share] = sumByCurrency(rows.map((r) => r.share.amount));
        const [alone] = sumByCurrency(rows.map((r) => r.pool.total));
        const [paid] = sumByCurrency(rows.map((r) => r.share.paid));
        const saving = { amountMinor: alone!.amountMinor - share!.amountMinor, currency };
        const data: ChartDatum[] = rows.flatMap(({ pool, share: s }) => [
          { label: t('dues.pools.paidIn', { purpose: pool.purpose }), value: s.paid.amountMinor, display: money.format(s.paid), tone: 'accent' as const },
          { label: t('dues.pools.savedIn', { purpose: pool.purpose }), value: pool.total.amountMinor - s.amount.amountMinor, display: money.format({ amountMinor: pool.total.amountMinor - s.amount.amountMinor, currency }), tone: 'success' as const },
        ]);
        return (
          <BarChart
            key={currency}
            id={`pool-savings-${currency}`}
            title={t('dues.pools.chartTitle')}
            summary={t('dues.pools.summary', { count: rows.length, organization: organizationName, share: money.format(share), alone: money.format(alone), saving: money.format(saving), paid: money.format(paid) })}
            data={data}
            labelHeader={t('pools.share.chartWhat')}
            valueHeader={t('pools.chart.amount')}
            tableLabel={t('charts.showTable')}
          />
        );
      })}
      <ul className="cg-list">
        {mine.map(({ pool }) => (
          <li key={pool.id}>
            <Link href={`/pools/${pool.id}`}>{pool.purpose}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
