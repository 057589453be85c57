import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, ConfirmButton, DefinitionList, EmptyState, LinkButton, LinkifiedText, Loading, PageHeader, Section, TableWrap } from '@commonground/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { FundingProjectQuery as FundingProjectData } from '../../gql/graphql';
import { ErrorAlert, LoadMore, NotFoundContent, QueryError, useDocumentTitle, useFormatDate, VerifiedBadge } from '../../lib/components';
import { useMoney } from '../membership/membership-components';
import { DecisionPanel, HighlightPanel, PledgePanel, RoundPanel } from './donor-actions';
import { DonorMatchesQuery, FundingProjectQuery, SetPledgeStatusMutation } from './funding.documents';
import { CatalyticBadge, DecisionBadge, evictFundingLists, Figures, FundingProgress, MatchReasons, OrganizationLink, PledgeStatusBadge, ScoreMeter, StageBadge, useFundingReference, useFundingRole } from './funding-components';

export type FundingProject = NonNullable<FundingProjectData['project']>;

/** /funding/projects/:id — the project, its funding, and what the applicant or a donor can do with it. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const role = useFundingRole();
  const { data, loading, error, refetch } = useQuery(FundingProjectQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const project = data?.project;
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(project?.title ?? t('funding.project.eyebrow'));

  if (loading && !project) return <Loading />;
  if (error && !project) return <QueryError error={error} retry={() => void refetch()} />;
  if (!project) return <NotFoundContent />;

  const arrived = (location.state as { created?: boolean; saved?: boolean } | null) ?? null;
  const applicant = !!role.active && role.active.id === project.applicant.id;
  const donor = role.donor && !applicant;
  const changed = async (message: string) => {
    setNotice(null);
    await refetch().catch(() => undefined);
    setNotice(message);
  };

  return (
    <>
      {arrived?.created ? <Alert tone="success" title={t('funding.form.created')} /> : arrived?.saved ? <Alert tone="success" title={t('funding.form.saved')} /> : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      <PageHeader
        eyebrow={t('funding.project.eyebrow')}
        title={project.title}
        description={
          <>
            {t('funding.project.byPrefix')} <OrganizationLink organization={project.applicant} /> <VerifiedBadge verified={project.applicant.verified} /> <StageBadge stage={project.stage} />
            {project.highlights.length ? (
              <>
                {' '}
                <CatalyticBadge />
              </>
            ) : null}
          </>
        }
        actions={
          applicant ? (
            <LinkButton href={`/funding/projects/${project.id}/edit`} variant="secondary">
              {t('funding.project.edit')}
            </LinkButton>
          ) : null
        }
      />
      {donor || applicant ? (
        <div className="cg-two-columns">
          <div>
            <ProjectMain project={project} onChanged={changed} />
            {donor ? <ProjectRelations project={project} applicant={false} /> : null}
          </div>
          <div>
            {donor ? (
              <>
                <DecisionPanel project={project} onDone={changed} />
                <PledgePanel project={project} onDone={changed} />
                <HighlightPanel project={project} onDone={changed} />
                <RoundPanel project={project} onDone={changed} />
              </>
            ) : (
              <>
                <DonorMatchesSection project={project} />
                <DecisionsSection project={project} />
                <ProjectRelations project={project} applicant />
              </>
            )}
          </div>
        </div>
      ) : (
        <>
          <ProjectMain project={project} onChanged={changed} />
          <ProjectRelations project={project} applicant={false} />
        </>
      )}
    </>
  );
}

/** What everyone who may see the project reads: its funding, what it is, its pledges and highlights. */
function ProjectMain({ project, onChanged }: { project: FundingProject; onChanged: (message: string) => Promise<void> }) {
  return (
    <>
      <FundingSection project={project} />
      <AboutSection project={project} />
      <PledgesSection project={project} onChanged={onChanged} />
      <HighlightsSection project={project} />
    </>
  );
}

/** Referrals and co-funding rounds, for those the API shows them to. */
function ProjectRelations({ project, applicant }: { project: FundingProject; applicant: boolean }) {
  return (
    <>
      {applicant || project.referrals.length ? <ReferralsSection project={project} applicant={applicant} /> : null}
      {project.coFundingRounds.length ? <RoundsSection project={project} /> : null}
    </>
  );
}

function FundingSection({ project }: { project: FundingProject }) {
  const { t } = useTranslation();
  const money = useMoney();
  const f = project.funding;
  return (
    <Section id="project-funding" title={t('funding.project.funding')}>
      <FundingProgress title={project.title} budget={f.budget} confirmed={f.confirmed} proposed={f.proposed} gap={f.gap} rateDates={f.rateDates} />
      <Figures
        items={[
          { term: t('funding.figures.budget'), value: money.format(f.budget) },
          { term: t('funding.figures.confirmed'), value: money.format(f.confirmed) },
          f.proposed.amountMinor > 0 ? { term: t('funding.figures.proposed'), value: money.format(f.proposed) } : null,
          { term: t('funding.figures.gap'), value: money.format(f.gap), highlight: true },
        ]}
      />
    </Section>
  );
}

function AboutSection({ project }: { project: FundingProject }) {
  const { t } = useTranslation();
  const money = useMoney();
  const reference = useFundingReference();
  const formatDate = useFormatDate();
  const v = project.visibility;
  const visibility =
    v.level === 'INITIATIVE'
      ? t('funding.visibility.initiativesList', { list: reference.list(v.initiatives.map((i) => i.name)) })
      : v.level === 'ORGANIZATIONS'
        ? t('funding.visibility.organizationsList', { list: reference.list(v.organizations.map((o) => o.name)) })
        : t(`funding.visibility.${v.level}`);
  return (
    <Section id="project-about" title={t('funding.project.about')}>
      <p className="cg-lead">{project.summary}</p>
      {project.description ? <LinkifiedText text={project.description} className="cg-project-description" /> : null}
      <DefinitionList
        items={[
          { term: t('funding.project.countries'), value: reference.list(project.countries.map(reference.country)) },
          { term: t('funding.project.themes'), value: reference.list(project.themes.map(reference.theme)) },
          { term: t('funding.project.minerals'), value: project.minerals.length ? reference.list(project.minerals.map(reference.mineral)) : t('fields.notSaid') },
          { term: t('funding.project.stage'), value: t(`funding.stage.${project.stage}`) },
          { term: t('funding.project.budget'), value: money.format(project.budget) },
          { term: t('funding.project.duration'), value: project.durationMonths ? t('funding.project.months', { count: project.durationMonths }) : t('fields.notSaid') },
          {
            term: t('funding.project.partners'),
            value: project.partners.length ? (
              <span>
                {project.partners.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 ? ', ' : ''}
                    <OrganizationLink organization={p} />
                  </span>
                ))}
              </span>
            ) : (
              t('funding.project.noPartners')
            ),
          },
          { term: t('funding.project.visibility'), value: visibility },
          { term: t('funding.project.referral'), value: project.consentToReferral ? t('funding.project.referralYes') : t('funding.project.referralNo') },
          { term: t('funding.project.published'), value: formatDate(project.createdAt) },
        ]}
      />
    </Section>
  );
}

function PledgesSection({ project, onChanged }: { project: FundingProject; onChanged: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const formatDate = useFormatDate();
  const role = useFundingRole();
  const [setStatus, { loading }] = useMutation(SetPledgeStatusMutation, { update: evictFundingLists });
  const [error, setError] = useState<unknown>(undefined);
  const withConditions = project.pledges.some((p) => p.conditions);
  const own = (p: FundingProject['pledges'][number]) => !!role.active && p.donor.id === role.active.id;
  const act = async (pledgeId: string, status: 'CONFIRMED' | 'WITHDRAWN', amount: string) => {
    setError(undefined);
    try {
      await setStatus({ variables: { id: pledgeId, status } });
      await onChanged(status === 'CONFIRMED' ? t('funding.pledges.confirmedDone', { amount }) : t('funding.pledges.withdrawnDone', { amount }));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Section id="project-pledges" title={t('funding.pledges.title')}>
      <ErrorAlert error={error} />
      {project.pledges.length === 0 ? (
        <EmptyState title={t('funding.pledges.none')} />
      ) : (
        <TableWrap label={t('funding.pledges.caption', { title: project.title })}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{t('funding.pledges.caption', { title: project.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funding.pledges.donor')}</th>
                <th scope="col" className="cg-num">
                  {t('funding.pledges.amount')}
                </th>
                <th scope="col">{t('funding.pledges.status')}</th>
                {withConditions ? <th scope="col">{t('funding.pledges.conditions')}</th> : null}
                <th scope="col">{t('funding.pledges.date')}</th>
                {project.pledges.some(own) && role.admin ? <th scope="col">{t('funding.pledges.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {project.pledges.map((pledge) => (
                <tr key={pledge.id}>
                  <th scope="row">
                    <OrganizationLink organization={pledge.donor} />
                  </th>
                  <td className="cg-num">{money.format(pledge.amount)}</td>
                  <td>
                    <PledgeStatusBadge status={pledge.status} />
                  </td>
                  {withConditions ? <td>{pledge.conditions ?? <span className="cg-muted">{t('funding.pledges.noConditions')}</span>}</td> : null}
                  <td>{formatDate(pledge.createdAt)}</td>
                  {project.pledges.some(own) && role.admin ? (
                    <td>
                      {own(pledge) && pledge.status !== 'WITHDRAWN' ? (
                        <div className="cg-list__actions">
                          {pledge.status === 'PROPOSED' ? (
                            <Button variant="primary" isDisabled={loading} onPress={() => void act(pledge.id, 'CONFIRMED', money.format(pledge.amount))}>
                              {t('funding.pledges.confirm')}
                              <span className="cg-visually-hidden"> {money.format(pledge.amount)}</span>
                            </Button>
                          ) : null}
                          <ConfirmButton
                            label={
                              <>
                                {t('funding.pledges.withdraw')}
                                <span className="cg-visually-hidden"> {money.format(pledge.amount)}</span>
                              </>
                            }
                            title={t('funding.pledges.withdrawTitle', { amount: money.format(pledge.amount) })}
                            message={t('funding.pledges.withdrawMessage')}
                            confirmLabel={t('funding.pledges.withdraw')}
                            isDisabled={loading}
                            onConfirm={() => act(pledge.id, 'WITHDRAWN', money.format(pledge.amount))}
                          />
                        </div>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p className="cg-description">{t('funding.pledges.help')}</p>
    </Section>
  );
}

function HighlightsSection({ project }: { project: FundingProject }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (!project.highlights.length) return null;
  return (
    <Section id="project-highlights" title={t('funding.highlights.title')}>
      <ul className="cg-highlight-notes">
        {project.highlights.map((h) => (
          <li key={h.donor.id}>
            <CatalyticBadge /> <OrganizationLink organization={h.donor} /> <span className="cg-small cg-muted">({formatDate(h.createdAt)})</span>
            {h.note ? <blockquote className="cg-highlight-note">{h.note}</blockquote> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function DonorMatchesSection({ project }: { project: FundingProject }) {
  const { t } = useTranslation();
  const { data, error, loading, fetchMore, refetch } = useQuery(DonorMatchesQuery, { variables: { projectId: project.id, first: 10 }, notifyOnNetworkStatusChange: true });
  const connection = data?.donorMatches;
  return (
    <Section id="project-donor-matches" title={t('funding.donorMatches.title')}>
      <p className="cg-description">{t('funding.donorMatches.help')}</p>
      {error && !connection ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('funding.donorMatches.none')} />
      ) : (
        <>
          <ul className="cg-funding-list" aria-busy={loading}>
            {connection.edges.map(({ node }) => (
              <li key={node.donor.id} className="cg-card cg-funding-card">
                <div className="cg-funding-card__main">
                  <h3 className="cg-card__title">
                    <OrganizationLink organization={node.donor.organization} /> <VerifiedBadge verified={node.donor.organization.verified} />
                  </h3>
                  {node.donor.openToCoFunding ? <Badge tone="info">{t('funding.donorMatches.coFunds')}</Badge> : null}
                </div>
                <div className="cg-funding-card__side">
                  <ScoreMeter score={node.score} label={t('funding.match.scoreOf', { title: node.donor.organization.name })} />
                  <MatchReasons reasons={node.reasons} id={`donor-${node.donor.id}`} />
                </div>
              </li>
            ))}
          </ul>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </Section>
  );
}

function DecisionsSection({ project }: { project: FundingProject }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Section id="project-decisions" title={t('funding.decisions.title')}>
      {project.decisions.length === 0 ? (
        <EmptyState title={t('funding.decisions.none')} />
      ) : (
        <>
          <ul className="cg-list">
            {project.decisions.map((d) => (
              <li key={d.id} className="cg-list__item">
                <div className="cg-list__main">
                  <span className="cg-list__title">
                    <OrganizationLink organization={d.donor} />
                  </span>{' '}
                  <DecisionBadge kind={d.kind} /> {d.worthy ? <Badge tone="success">{t('funding.decisions.worthy')}</Badge> : null}
                  <span className="cg-list__meta"> {formatDate(d.createdAt)}</span>
                </div>
              </li>
            ))}
          </ul>
          <p className="cg-description">{t('funding.decisions.help')}</p>
        </>
      )}
    </Section>
  );
}

function ReferralsSection({ project, applicant }: { project: FundingProject; applicant: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Section id="project-referrals" title={t('funding.referrals.title')}>
      {applicant && !project.consentToReferral ? (
        <p>{t('funding.referrals.noConsent')}</p>
      ) : project.referrals.length === 0 ? (
        <EmptyState title={t('funding.referrals.none')} />
      ) : (
        <ul className="cg-list">
          {project.referrals.map((r) => (
            <li key={r.id} className="cg-list__item">
              <div className="cg-list__main">
                <p className="cg-referral">
                  {t('funding.referrals.line', { from: r.fromDonor.name, to: r.toDonor.name })} <span className="cg-small cg-muted">({formatDate(r.createdAt)})</span>
                </p>
                {r.note ? <blockquote className="cg-highlight-note">{t('funding.referrals.note', { note: r.note })}</blockquote> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function RoundsSection({ project }: { project: FundingProject }) {
  const { t } = useTranslation();
  const money = useMoney();
  const formatDate = useFormatDate();
  const reference = useFundingReference();
  const role = useFundingRole();
  return (
    <Section id="project-rounds" title={t('funding.rounds.title')}>
      <ul className="cg-list">
        {project.coFundingRounds.map((round) => {
          const leads = !!role.active && round.lead.id === role.active.id;
          const invited = !!role.active && round.invited.some((o) => o.id === role.active!.id);
          return (
            <li key={round.id} className="cg-list__item">
              <div className="cg-list__main">
                <p className="cg-list__title">
                  {t('funding.rounds.ledBy', { lead: round.lead.name })} {leads ? <Badge tone="info">{t('funding.rounds.youLead')}</Badge> : invited ? <Badge tone="warning">{t('funding.rounds.youAreInvited')}</Badge> : null}
                </p>
                <p className="cg-small">{t('funding.rounds.invited', { list: reference.list(round.invited.map((o) => o.name)) })}</p>
                <p className="cg-small">
                  {t('funding.rounds.target', { target: money.format(round.target), confirmed: money.format(round.confirmed) })}{' '}
                  {round.closesAt ? t('funding.rounds.closes', { date: formatDate(round.closesAt) }) : t('funding.rounds.noClose')}
                </p>
                <p className="cg-small cg-muted">{t('funding.rounds.opened', { date: formatDate(round.createdAt) })}</p>
              </div>
            </li>
          );
        })}
      </ul>
      {role.donor && project.coFundingRounds.some((r) => r.invited.some((o) => o.id === role.active?.id)) ? <p className="cg-description">{t('funding.rounds.invitedHelp')}</p> : null}
    </Section>
  );
}
