import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, BarChart, Button, ConfirmButton, DialogButton, EmptyState, FormActions, Loading, PageHeader, Section, TextField, TableWrap } from '@commonground/web-ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { CostPoolQuery as CostPoolData, PoolShareFieldsFragment } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle, useFormatDate } from '../../lib/components';
import { apiErrors } from '../../lib/errors';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { CloseCostPoolMutation, CostPoolQuery, JoinCostPoolMutation, PoolSharePreviewQuery, RecordPoolPaymentMutation } from './membership.documents';
import { isPoolOpen, PoolStatusBadge, useInitiativeRole, useMoney } from './membership-components';
import { sumByCurrency, type MoneyValue } from './money';

type Pool = NonNullable<CostPoolData['costPool']>;
type Share = PoolShareFieldsFragment;

const statementHref = (poolId: string, organizationId?: string) =>
  `/api/pools/${encodeURIComponent(poolId)}/statement.xlsx${organizationId ? `?organizationId=${encodeURIComponent(organizationId)}` : ''}`;

/** A few figures side by side (a description list). */
function Figures({ items }: { items: ReadonlyArray<{ term: ReactNode; value: ReactNode; highlight?: boolean } | null> }) {
  return (
    <dl className="cg-figures">
      {items.filter(Boolean).map((item, i) => (
        <div key={i} className={item!.highlight ? 'cg-figure cg-figure--highlight' : 'cg-figure'}>
          <dt>{item!.term}</dt>
          <dd>{item!.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** /pools/:id — where the invitation e-mails lead. */
export function PoolPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const money = useMoney();
  const formatDate = useFormatDate();
  const { data, loading, error, refetch } = useQuery(CostPoolQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const pool = data?.costPool;
  const role = useInitiativeRole(pool?.initiative.secretariat.id);
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(pool?.purpose ?? t('pools.title'));

  if (loading && !pool) return <Loading />;
  if (error && !pool) return <QueryError error={error} retry={() => void refetch()} />;
  if (!pool) return <NotFoundContent />;

  const opened = (location.state as { opened?: boolean; invited?: number } | null) ?? null;
  const own = role.active && !role.ofSecretariat ? pool.shares.find((s) => s.organization.id === role.active!.id) : undefined;
  const open = isPoolOpen(pool);
  const changed = async (message: string) => {
    setNotice(null);
    await refetch().catch(() => undefined);
    setNotice(message);
  };

  return (
    <>
      {opened?.opened ? <Alert tone="success" title={t('pools.opened', { count: opened.invited ?? 0 })} /> : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      <PageHeader
        eyebrow={t('pools.eyebrow')}
        title={pool.purpose}
        description={
          <>
            <Link href={`/initiatives/${pool.initiative.slug}`}>{pool.initiative.name}</Link> · <PoolStatusBadge pool={pool} />
          </>
        }
      />
      <div className="cg-two-columns">
        <div>
          <Section id="pool-facts" title={t('pools.facts')}>
            <Figures
              items={[
                { term: t('pools.total'), value: money.format(pool.total) },
                { term: t('pools.participants'), value: pool.participantCount },
                { term: t('pools.deadline'), value: pool.joinDeadline ? formatDate(pool.joinDeadline) : t('pools.noDeadline') },
                { term: t('pools.openedOn'), value: formatDate(pool.createdAt) },
              ]}
            />
            {pool.uncovered.amountMinor > 0 && pool.participantCount > 0 ? (
              <Alert tone="warning" title={t('pools.uncovered', { amount: money.format(pool.uncovered) })}>
                <p>{t('pools.uncoveredHelp')}</p>
              </Alert>
            ) : null}
            {!open ? <Alert tone="info" title={t('pools.closedHelp')} /> : null}
          </Section>
          {role.secretariat ? null : own ? (
            <>
              <ParticipantView pool={pool} share={own} />
              {pool.viewerShareHistory.length ? <ShareHistory pool={pool} /> : null}
            </>
          ) : role.active && !role.ofSecretariat ? (
            <JoinView pool={pool} onJoined={changed} />
          ) : null}
        </div>
        <div>
          {own ? (
            <Section id="statement" title={t('pools.statement.title')}>
              <p className="cg-description">{t('pools.statement.help')}</p>
              <a className="cg-button cg-button--secondary" href={statementHref(pool.id)} download>
                {t('pools.statement.download')}
              </a>
            </Section>
          ) : null}
        </div>
      </div>
      {role.secretariat ? <SecretariatShares pool={pool} onChanged={changed} /> : null}
    </>
  );
}

/** A member organization that is not in the pool: what it would pay, what it saves, and "Join". */
function JoinView({ pool, onJoined }: { pool: Pool; onJoined: (message: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const role = useInitiativeRole(pool.initiative.secretariat.id);
  const open = isPoolOpen(pool);
  const preview = useQuery(PoolSharePreviewQuery, { variables: { poolId: pool.id }, skip: !open, fetchPolicy: 'network-only' });
  const [join, { loading }] = useMutation(JoinCostPoolMutation, { refetchQueries: ['CostPools'] });
  const [error, setError] = useState<unknown>(undefined);
  const organization = role.active!;
  const p = preview.data?.poolSharePreview;

  if (!open) return null;
  return (
    <Section id="your-share" title={t('pools.join.title')}>
      {preview.loading && !p ? (
        <Loading />
      ) : preview.error ? (
        <ErrorAlert error={preview.error} />
      ) : p ? (
        <>
          <Figures
            items={[
              {
                term: t('pools.join.share'),
                value: (
                  <>
                    {money.format(p.share)} {p.capped ? <Badge tone="info">{t('pools.capped')}</Badge> : null}
                  </>
                ),
              },
              { term: t('pools.join.alone'), value: money.format(p.aloneCost) },
              { term: t('pools.join.saving'), value: money.format(p.saving), highlight: p.saving.amountMinor > 0 },
              { term: t('pools.join.participantsAfter'), value: p.participantsAfterJoining },
            ]}
          />
          <p>{t('pools.join.summary', { organization: organization.name, share: money.format(p.share), alone: money.format(p.aloneCost), saving: money.format(p.saving) })}</p>
          {p.capped ? <p className="cg-description">{t('pools.join.cappedHelp')}</p> : null}
          <p className="cg-description">{t('pools.join.laterHelp')}</p>
          <ErrorAlert error={error} />
          {role.admin ? (
            <ConfirmButton
              label={t('pools.join.button')}
              variant="primary"
              confirmVariant="primary"
              title={t('pools.join.confirmTitle', { purpose: pool.purpose })}
              message={t('pools.join.confirmMessage', { organization: organization.name, share: money.format(p.share) })}
              confirmLabel={t('pools.join.confirm')}
              isDisabled={loading}
              onConfirm={async () => {
                setError(undefined);
                try {
                  await join({ variables: { id: pool.id } });
                  await onJoined(t('pools.join.done', { organization: organization.name }));
                } catch (e) {
                  setError(e);
                  if (apiErrors(e).some((x) => x.reason === 'POOL_CLOSED')) await preview.refetch().catch(() => undefined);
                }
              }}
            />
          ) : (
            <p className="cg-muted">{t('pools.join.askAdmin', { organization: organization.name })}</p>
          )}
        </>
      ) : null}
    </Section>
  );
}

/** A participant: its share, payments, credit, and a chart of what it pays and saves. */
function ParticipantView({ pool, share }: { pool: Pool; share: Share }) {
  const { t } = useTranslation();
  const money = useMoney();
  const saving: MoneyValue = { amountMinor: pool.total.amountMinor - share.amount.amountMinor, currency: pool.total.currency };
  const hasCredit = share.credit.amountMinor > 0;
  return (
    <Section id="your-share" title={t('pools.share.title', { organization: share.organization.name })}>
      {hasCredit ? (
        <Alert tone="success" title={t('pools.share.creditTitle', { amount: money.format(share.credit) })}>
          <p>{t('pools.share.creditHelp', { paid: money.format(share.paid), share: money.format(share.amount) })}</p>
        </Alert>
      ) : null}
      <Figures
        items={[
          {
            term: t('pools.share.amount'),
            value: (
              <>
                {money.format(share.amount)} {share.capped ? <Badge tone="info">{t('pools.capped')}</Badge> : null}
              </>
            ),
          },
          { term: t('pools.share.paid'), value: money.format(share.paid) },
          { term: t('pools.share.due'), value: money.format(share.due) },
          hasCredit ? { term: t('pools.share.credit'), value: money.format(share.credit), highlight: true } : null,
          { term: t('pools.join.saving'), value: money.format(saving) },
        ]}
      />
      {share.tier ? <p className="cg-description">{t('pools.share.tier', { tier: share.tier.name })}</p> : <p className="cg-description">{t('pools.share.noTier')}</p>}
      <BarChart
        id="paid-and-saved"
        title={t('pools.share.chartTitle')}
        summary={t('pools.share.chartSummary', { alone: money.format(pool.total), share: money.format(share.amount), saving: money.format(saving), paid: money.format(share.paid) })}
        data={[
          { label: t('pools.join.alone'), value: pool.total.amountMinor, display: money.format(pool.total), tone: 'muted' },
          { label: t('pools.share.amount'), value: share.amount.amountMinor, display: money.format(share.amount), tone: 'primary' },
          { label: t('pools.share.paid'), value: share.paid.amountMinor, display: money.format(share.paid), tone: 'accent' },
          { label: t('pools.join.saving'), value: saving.amountMinor, display: money.format(saving), tone: 'success' },
        ]}
        labelHeader={t('pools.share.chartWhat')}
        valueHeader={t('pools.chart.amount')}
        tableLabel={t('charts.showTable')}
      />
    </Section>
  );
}

/** How the viewer's share changed: joined, then split again when others joined. */
function ShareHistory({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const money = useMoney();
  const formatDate = useFormatDate();
  return (
    <Section id="share-history" title={t('pools.history.title')}>
      <TableWrap label={t('pools.history.tableLabel')}>
        <table className="cg-table">
          <caption className="cg-visually-hidden">{t('pools.history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pools.history.when')}</th>
              <th scope="col">{t('pools.history.what')}</th>
              <th scope="col" className="cg-num">
                {t('pools.history.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pool.viewerShareHistory.map((change, i) => (
              <tr key={`${change.at}-${i}`}>
                <td>
                  <time dateTime={change.at}>{formatDate(change.at, true)}</time>
                </td>
                <td>{change.cause === 'JOINED' ? t('pools.history.joined') : change.cause === 'RESPLIT' ? t('pools.history.resplit') : change.cause}</td>
                <td className="cg-num">
                  {change.previous ? (
                    <>
                      <del>
                        <span className="cg-visually-hidden">{t('pools.history.from')} </span>
                        {money.format(change.previous)}
                      </del>{' '}
                      <span aria-hidden="true">→</span> <span className="cg-visually-hidden">{t('pools.history.to')} </span>
                    </>
                  ) : null}
                  {money.format(change.amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </Section>
  );
}

/** The secretariat: every share, "Record payment" per participant, close the pool. */
function SecretariatShares({ pool, onChanged }: { pool: Pool; onChanged: (message: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const formatDate = useFormatDate();
  const [close, { loading: closing }] = useMutation(CloseCostPoolMutation, { refetchQueries: ['CostPools'] });
  const [error, setError] = useState<unknown>(undefined);
  const open = pool.status === 'OPEN';
  const sum = (pick: (s: Share) => MoneyValue) => sumByCurrency(pool.shares.map(pick))[0] ?? { amountMinor: 0, currency: pool.total.currency };

  return (
    <Section
      id="shares"
      title={t('pools.shares.title', { count: pool.shares.length })}
      actions={
        open ? (
          <ConfirmButton
            label={t('pools.close.button')}
            title={t('pools.close.title', { purpose: pool.purpose })}
            message={t('pools.close.message')}
            confirmLabel={t('pools.close.confirm')}
            isDisabled={closing}
            onConfirm={async () => {
              setError(undefined);
              try {
                await close({ variables: { id: pool.id } });
                await onChanged(t('pools.close.done'));
              } catch (e) {
                setError(e);
              }
            }}
          />
        ) : null
      }
    >
      <ErrorAlert error={error} />
      {pool.shares.length === 0 ? (
        <EmptyState title={t('pools.shares.none')} />
      ) : (
        <TableWrap label={t('pools.shares.caption', { purpose: pool.purpose })}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{t('pools.shares.caption', { purpose: pool.purpose })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pools.shares.organization')}</th>
                <th scope="col">{t('pools.shares.tier')}</th>
                <th scope="col" className="cg-num">
                  {t('pools.shares.share')}
                </th>
                <th scope="col" className="cg-num">
                  {t('pools.share.paid')}
                </th>
                <th scope="col" className="cg-num">
                  {t('pools.share.due')}
                </th>
                <th scope="col" className="cg-num">
                  {t('pools.share.credit')}
                </th>
                <th scope="col">{t('pools.shares.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.shares.map((share) => (
                <tr key={share.organization.id}>
                  <th scope="row">
                    <Link href={`/organizations/${share.organization.slug}`}>{share.organization.name}</Link>
                    <div className="cg-small cg-muted">{t('pools.shares.joined', { date: formatDate(share.joinedAt) })}</div>
                  </th>
                  <td>{share.tier?.name ?? <span className="cg-muted">{t('pools.shares.noTier')}</span>}</td>
                  <td className="cg-num">
                    {money.format(share.amount)}
                    {share.capped ? (
                      <>
                        {' '}
                        <Badge tone="info">{t('pools.capped')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td className="cg-num">{money.format(share.paid)}</td>
                  <td className="cg-num">{money.format(share.due)}</td>
                  <td className="cg-num">{share.credit.amountMinor > 0 ? <strong>{money.format(share.credit)}</strong> : money.format(share.credit)}</td>
                  <td>
                    <div className="cg-list__actions">
                      <DialogButton
                        label={
                          <>
                            {t('pools.payment.button')}
                            <span className="cg-visually-hidden"> {share.organization.name}</span>
                          </>
                        }
                        title={t('pools.payment.title', { organization: share.organization.name })}
                      >
                        {(closeDialog) => (
                          <PaymentForm
                            pool={pool}
                            share={share}
                            onCancel={closeDialog}
                            onRecorded={async (amount) => {
                              closeDialog();
                              await onChanged(t('pools.payment.done', { amount: money.format(amount), organization: share.organization.name }));
                            }}
                          />
                        )}
                      </DialogButton>
                      <a className="cg-small" href={statementHref(pool.id, share.organization.id)} download>
                        {t('pools.statement.short')}
                        <span className="cg-visually-hidden"> {share.organization.name}</span>
                      </a>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('pools.shares.totals')}
                </th>
                <td className="cg-num">{money.format(sum((s) => s.amount))}</td>
                <td className="cg-num">{money.format(sum((s) => s.paid))}</td>
                <td className="cg-num">{money.format(sum((s) => s.due))}</td>
                <td className="cg-num">{money.format(sum((s) => s.credit))}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}

function PaymentForm({ pool, share, onRecorded, onCancel }: { pool: Pool; share: Share; onRecorded: (amount: MoneyValue) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const currency = pool.total.currency;
  const [amount, setAmount] = useState(share.due.amountMinor > 0 ? money.inputValue(share.due) : '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [record, { loading }] = useMutation(RecordPoolPaymentMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path.startsWith('amount') ? 'amount' : null), localErrors);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const parsed = money.parse(amount, currency);
    const problem = !parsed.ok ? parsed.error : parsed.minor === 0 ? t('pools.payment.zero') : null;
    setLocalErrors(problem ? { amount: problem } : {});
    if (problem || !parsed.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({ variables: { poolId: pool.id, organizationId: share.organization.id, amount: { amountMinor: parsed.minor, currency } } });
      await onRecorded({ amountMinor: parsed.minor, currency });
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('pools.payment.title', { organization: share.organization.name })}>
      <p>{t('pools.payment.help', { share: money.format(share.amount), paid: money.format(share.paid), due: money.format(share.due) })}</p>
      <ErrorAlert errors={others} />
      <TextField label={t('pools.payment.amount', { currency })} name="amount" isRequired inputMode="decimal" value={amount} onChange={setAmount} autoFocus />
      <FormActions>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {t('pools.payment.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
