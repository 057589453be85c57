import { useQuery } from '@apollo/client/react';
import { BarChart, Button, EmptyState, LinkButton, Loading, PageHeader, Section, TextField } from '@commonground/web-ui';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FundingDonorPipelineQuery, FundingProjectSummaryFragment } from '../../gql/graphql';
import { ErrorAlert, LoadMore, QueryError, useDocumentTitle, useFormatDate, VerifiedBadge } from '../../lib/components';
import { apiErrors } from '../../lib/errors';
import { useMoney } from '../membership/membership-components';
import { DonorPipelineQuery, FundingProjectsQuery, HighlightedProjectsQuery, NotificationBellQuery, ProjectMatchesQuery } from './funding.documents';
import './funding.css';
import { CatalyticBadge, DecisionBadge, FundingProgress, MatchReasons, NotificationItem, ProjectTags, ScoreMeter, StageBadge, useFundingReference, useFundingRole } from './funding-components';
import { useDebouncedSearchParam } from '../../lib/search-param';

const PAGE_SIZE = 20;
/** how many of its newest visible projects are read to find the applicant's own (the API has no filter by applicant) */
export const OWN_PROJECTS_WINDOW = 100;

/** /funding: what fits a donor, an applicant's projects, and the directory of projects. */
export function FundingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('funding.title'));
  const role = useFundingRole();
  const applicant = !!role.active && !role.donor;
  return (
    <>
      <PageHeader
        title={t('funding.title')}
        description={role.donor ? t('funding.home.donorLead', { organization: role.active!.name }) : t('funding.home.lead')}
        actions={
          role.donor ? (
            <LinkButton href="/funding/profile" variant="secondary">
              {t('funding.home.profileLink')}
            </LinkButton>
          ) : applicant ? (
            <LinkButton href="/funding/projects/new" variant="primary">
              {t('funding.home.publish')}
            </LinkButton>
          ) : null
        }
      />
      {role.donor ? <DonorHome /> : null}
      {applicant ? <ApplicantProjects organizationId={role.active!.id} organizationName={role.active!.name} /> : null}
      {!role.viewer ? <p className="cg-lead">{t('funding.home.signInHint')}</p> : null}
      <ProjectDirectory signedOut={!role.viewer} />
    </>
  );
}

/* ------------------------------------------------------------------ donor */

function DonorHome() {
  return (
    <>
      <ProjectMatches />
      <div className="cg-funding-columns">
        <div>
          <ReferredToYou />
        </div>
        <div>
          <HighlightedByPeers />
        </div>
      </div>
      <Pipeline />
    </>
  );
}

function ProjectCardHeader({ project, level = 3 }: { project: FundingProjectSummaryFragment; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="cg-card__title">
        <Link href={`/funding/projects/${project.id}`}>{project.title}</Link>
      </Heading>
      <p className="cg-list__meta">
        {t('funding.project.by', { applicant: project.applicant.name })} <VerifiedBadge verified={project.applicant.verified} /> <StageBadge stage={project.stage} />
      </p>
    </>
  );
}

function SmallProgress({ project }: { project: FundingProjectSummaryFragment }) {
  return <FundingProgress title={project.title} budget={project.budget} confirmed={project.confirmedFunding} gap={project.fundingGap} size="small" labelHidden />;
}

function ProjectMatches() {
  const { t } = useTranslation();
  const { data, error, loading, fetchMore, refetch } = useQuery(ProjectMatchesQuery, { variables: { first: 10 }, notifyOnNetworkStatusChange: true });
  const connection = data?.projectMatches;
  const noProfile = apiErrors(error).some((e) => e.reason === 'NO_DONOR_PROFILE');
  return (
    <Section id="funding-matches" title={t('funding.matches.title')}>
      {noProfile ? (
        <EmptyState
          title={t('funding.matches.noProfile')}
          action={
            <LinkButton href="/funding/profile" variant="primary">
              {t('funding.matches.setUpProfile')}
            </LinkButton>
          }
        >
          <p>{t('funding.matches.noProfileHelp')}</p>
        </EmptyState>
      ) : error && !connection ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('funding.matches.none')}>
          <p>{t('funding.matches.noneHelp')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="cg-description">{t('funding.matches.help', { count: connection.totalCount })}</p>
          <ul className="cg-funding-list" aria-busy={loading}>
            {connection.edges.map(({ node }) => {
              const decision = node.project.decisions[0];
              return (
                <li key={node.project.id} className="cg-card cg-funding-card">
                  <div className="cg-funding-card__main">
                    <ProjectCardHeader project={node.project} />
                    {decision ? (
                      <p className="cg-small">
                        {t('funding.matches.yourDecision')} <DecisionBadge kind={decision.kind} />
                      </p>
                    ) : null}
                    <p className="cg-clamp">{node.project.summary}</p>
                    <ProjectTags project={node.project} />
                    <SmallProgress project={node.project} />
                  </div>
                  <div className="cg-funding-card__side">
                    <ScoreMeter score={node.score} label={t('funding.match.scoreOf', { title: node.project.title })} />
                    <MatchReasons reasons={node.reasons} id={`match-${node.project.id}`} />
                  </div>
                </li>
              );
            })}
          </ul>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </Section>
  );
}

function ReferredToYou() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationBellQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const items = data?.notifications.items ?? [];
  const referrals = items.filter((n) => n.kind === 'REFERRAL');
  const invitations = items.filter((n) => n.kind === 'CO_FUNDING_INVITATION');
  return (
    <>
      <Section id="funding-referred" title={t('funding.referred.title')}>
        {error ? <ErrorAlert error={error} /> : null}
        {!data && !error ? (
          <Loading />
        ) : referrals.length === 0 ? (
          <EmptyState title={t('funding.referred.none')}>
            <p>{t('funding.referred.noneHelp')}</p>
          </EmptyState>
        ) : (
          <ul className="cg-notifications">
            {referrals.map((item) => (
              <NotificationItem key={item.id} item={item} />
            ))}
          </ul>
        )}
      </Section>
      {invitations.length ? (
        <Section id="funding-invitations" title={t('funding.invitations.title')}>
          <ul className="cg-notifications">
            {invitations.map((item) => (
              <NotificationItem key={item.id} item={item} />
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

function HighlightedByPeers() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { data, error, loading, fetchMore, refetch } = useQuery(HighlightedProjectsQuery, { variables: { first: 5 }, notifyOnNetworkStatusChange: true });
  const connection = data?.highlightedProjects;
  return (
    <Section id="funding-highlighted" title={t('funding.highlighted.title')}>
      {error && !connection ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('funding.highlighted.none')} />
      ) : (
        <>
          <ul className="cg-funding-list" aria-busy={loading}>
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="cg-card">
                <ProjectCardHeader project={node} />
                <ul className="cg-highlight-notes">
                  {node.highlights.map((h) => (
                    <li key={h.donor.id}>
                      <CatalyticBadge /> <strong>{h.donor.name}</strong> <span className="cg-small cg-muted">({formatDate(h.createdAt)})</span>
                      {h.note ? <blockquote className="cg-highlight-note">{h.note}</blockquote> : null}
                    </li>
                  ))}
                </ul>
                <SmallProgress project={node} />
              </li>
            ))}
          </ul>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </Section>
  );
}

type Bucket = FundingDonorPipelineQuery['donorPipeline']['byStage'][number];

function Pipeline() {
  const { t } = useTranslation();
  const money = useMoney();
  const reference = useFundingReference();
  const { data, error, refetch } = useQuery(DonorPipelineQuery, { fetchPolicy: 'cache-and-network' });
  const pipeline = data?.donorPipeline;
  const chart = (id: string, title: string, buckets: readonly Bucket[], labelOf: (key: string) => string) => {
    const rows = buckets.map((b) => ({ label: labelOf(b.key), value: b.projects, display: t('funding.pipeline.display', { count: b.projects, gap: money.format(b.gap) }) }));
    return (
      <BarChart
        id={id}
        title={title}
        summary={t('funding.pipeline.summary', { list: reference.list(buckets.map((b) => t('funding.pipeline.item', { label: labelOf(b.key), count: b.projects }))) })}
        data={rows}
        labelHeader={t('funding.pipeline.what')}
        valueHeader={t('funding.pipeline.value')}
        tableLabel={t('charts.showTable')}
      />
    );
  };
  const decisionLabel = (key: string) => (key === 'INTERESTED' || key === 'PLEDGED' || key === 'DECLINED' || key === 'REFERRED' ? t(`funding.pipeline.decision.${key}`) : key);
  const stageLabel = (key: string) => (key === 'CONCEPT' || key === 'PROPOSAL' || key === 'ONGOING' ? t(`funding.stage.${key}`) : key);
  return (
    <Section id="funding-pipeline" title={t('funding.pipeline.title')}>
      <p className="cg-description">{t('funding.pipeline.help')}</p>
      {error && !pipeline ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !pipeline ? (
        <Loading />
      ) : pipeline.byStage.length === 0 ? (
        <EmptyState title={t('funding.pipeline.none')} />
      ) : (
        <div className="cg-funding-charts">
          {chart('pipeline-stage', t('funding.pipeline.byStage'), pipeline.byStage, stageLabel)}
          {chart('pipeline-decision', t('funding.pipeline.byDecision'), pipeline.byDecision, decisionLabel)}
          {chart('pipeline-theme', t('funding.pipeline.byTheme'), pipeline.byTheme, reference.theme)}
        </div>
      )}
    </Section>
  );
}

/* ------------------------------------------------------------------ applicant */

function ApplicantProjects({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const { data, error, refetch } = useQuery(FundingProjectsQuery, { variables: { first: OWN_PROJECTS_WINDOW, query: null }, fetchPolicy: 'cache-and-network' });
  const own = (data?.projects.edges ?? []).map((e) => e.node).filter((p) => p.applicant.id === organizationId);
  return (
    <Section
      id="funding-own"
      title={t('funding.own.title', { organization: organizationName })}
    >
      {error && !data ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : own.length === 0 ? (
        <EmptyState title={t('funding.own.none')}>
          <p>{t('funding.own.noneHelp')}</p>
        </EmptyState>
      ) : (
        <ul className="cg-funding-list">
          {own.map((project) => (
            <li key={project.id} className="cg-card">
              <ProjectCardHeader project={project} />
              <FundingProgress title={project.title} budget={project.budget} confirmed={project.confirmedFunding} gap={project.fundingGap} />
              <p className="cg-row cg-small">
                <Link href={`/funding/projects/${project.id}/edit`}>
                  {t('funding.own.edit')}
                  <span className="cg-visually-hidden"> {project.title}</span>
                </Link>
                <span className="cg-muted">{t('funding.own.budget', { amount: money.format(project.budget) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/* ------------------------------------------------------------------ everyone */

/** Every project the viewer may see; signed out that is only the public ones, which the empty state explains. */
function ProjectDirectory({ signedOut }: { signedOut: boolean }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const [query, text, setText] = useDebouncedSearchParam();


  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(FundingProjectsQuery, {
    variables: { first: PAGE_SIZE, query: query || null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.projects;

  return (
    <Section id="funding-directory" title={t('funding.directory.title')}>
      <div role="search" className="cg-filters" aria-label={t('funding.directory.searchLabel')}>
        <TextField label={t('funding.directory.search')} name="q" type="search" value={text} onChange={setText} placeholder={t('funding.directory.searchPlaceholder')} />
      </div>
      <div aria-live="polite" className="cg-muted cg-small cg-result-count">
        {connection ? t('funding.directory.count', { count: connection.totalCount }) : null}
      </div>
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <EmptyState
          title={query ? t('funding.directory.noMatch') : signedOut ? t('funding.directory.signedOutTitle') : t('funding.directory.none')}
          children={!query && signedOut ? <p>{t('funding.directory.signedOutBody')}</p> : undefined}
          action={
            !query && signedOut ? (
              <div className="cg-row cg-empty__buttons">
                <LinkButton href="/sign-in" variant="primary">
                  {t('funding.directory.signIn')}
                </LinkButton>
                <LinkButton href="/sign-up" variant="secondary">
                  {t('funding.directory.signUp')}
                </LinkButton>
              </div>
            ) : query ? (
              <Button
                onPress={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('common.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <ul className="cg-grid cg-cards" aria-busy={loading}>
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="cg-card">
                <ProjectCardHeader project={node} />
                <p className="cg-clamp">{node.summary}</p>
                <ProjectTags project={node} />
                <SmallProgress project={node} />
              </li>
            ))}
          </ul>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </Section>
  );
}
