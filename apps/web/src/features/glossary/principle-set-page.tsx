import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, LinkButton, Loading, PageHeader, Section, SelectField } from '@commonground/web-ui';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import type { GlossaryPrincipleSetQuery, Stance } from '../../gql/graphql';
import { NotFoundContent, QueryError, useDocumentTitle, useFormatDate } from '../../lib/components';
import { CommentsBlock } from './comments';
import { Endorsements } from './definition-card';
import { AdoptForm, ConsultationForm, StanceForm } from './definition-forms';
import { DiffView } from './diff-view';
import { AdoptPrincipleSetMutation, CommentOnPrincipleMutation, GlossaryPrincipleSetQuery as SetDocument, OpenPrincipleConsultationMutation, SetPrincipleSetStanceMutation } from './glossary.documents';
import { StatusBadge, useGlossaryRoles, type GlossaryRoles } from './glossary-helpers';
import { principlesAsText } from './principles';
import { wordDiff } from './word-diff';
import './glossary.css';

type PrincipleSet = NonNullable<GlossaryPrincipleSetQuery['principleSet']>;
type Revision = PrincipleSet['revisions'][number];
type Panel = 'consult' | 'stance' | 'adopt';

const COMMENTS_STEP = 20;

/** /glossary/principles/:id — ordered principles, their revisions, comments per principle, consultation and adoption. */
export function PrincipleSetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [commentsFirst, setCommentsFirst] = useState(COMMENTS_STEP);
  const roles = useGlossaryRoles();
  const formatDate = useFormatDate();
  const { data, previousData, loading, error, refetch } = useQuery(SetDocument, { variables: { id, commentsFirst }, fetchPolicy: 'cache-and-network' });
  const set = (data ?? previousData)?.principleSet;
  useDocumentTitle(set?.title ?? t('glossary.principles.listTitle'));

  if (loading && !set) return <Loading />;
  if (error && !set) return <QueryError error={error} retry={() => void refetch()} />;
  if (!set) return <NotFoundContent />;

  const revisions = [...set.revisions].sort((a, b) => b.number - a.number);
  const asked = Number(params.get('revision'));
  const shown = revisions.find((r) => r.number === asked) ?? revisions.find((r) => r.number === set.currentRevision.number) ?? revisions[0]!;
  const adopted = set.adoptedRevision?.number ?? null;
  const state = location.state as { created?: boolean; revised?: number } | null;
  const active = roles.active;
  const ofOwner = !!active && (set.initiative ? active.id === set.initiative.secretariat.id : true);
  const showRevision = (n: number | null) => {
    const next = new URLSearchParams(params);
    if (n === null || n === set.currentRevision.number) next.delete('revision');
    else next.set('revision', String(n));
    setParams(next, { replace: true });
  };

  return (
    <>
      {state?.created ? <Alert tone="success" title={t('glossary.principles.created')} /> : state?.revised ? <Alert tone="success" title={t('glossary.principles.revised', { number: state.revised })} /> : null}
      <PageHeader
        eyebrow={
          <>
            <Link href="/glossary">{t('glossary.title')}</Link> · {t('glossary.principles.eyebrow')}
          </>
        }
        title={set.title}
        description={
          <span className="cg-row">
            <StatusBadge status={set.status} />
            {set.initiative ? <Link href={`/initiatives/${set.initiative.slug}`}>{set.initiative.name}</Link> : <span>{t('glossary.principles.private')}</span>}
            {set.status === 'CONSULTATION' && set.consultationEndsAt ? (
              <span>{set.consultationOpen ? t('glossary.consultation.openUntil', { date: formatDate(set.consultationEndsAt, true) }) : t('glossary.consultation.closedOn', { date: formatDate(set.consultationEndsAt, true) })}</span>
            ) : null}
          </span>
        }
        actions={ofOwner && set.status !== 'SUPERSEDED' ? <LinkButton href={`/glossary/principles/${set.id}/revise`}>{t('glossary.principles.revise')}</LinkButton> : null}
      />
      <div className="cg-two-columns">
        <div>
          <Section
            id="principles"
            title={t('glossary.principles.revisionTitle', { number: shown.number })}
            actions={
              revisions.length > 1 ? (
                <SelectField
                  label={t('glossary.principles.revisionShown')}
                  name="revision"
                  options={revisions.map((r) => ({
                    id: String(r.number),
                    label:
                      r.number === set.currentRevision.number
                        ? t('glossary.adopt.currentOption', { number: r.number })
                        : r.number === adopted
                          ? t('glossary.adopt.adoptedOption', { number: r.number })
                          : t('glossary.revisionLabel', { number: r.number }),
                  }))}
                  value={String(shown.number)}
                  onChange={(v) => showRevision(v ? Number(v) : null)}
                />
              ) : null
            }
          >
            {adopted && shown.number !== adopted ? (
              <Alert tone="info" title={shown.number > adopted ? t('glossary.principles.draftAfterAdoption', { number: shown.number, adopted }) : t('glossary.principles.olderThanAdopted', { number: shown.number, adopted })}>
                <Button variant="quiet" onPress={() => showRevision(adopted)}>
                  {t('glossary.principles.showAdopted', { number: adopted })}
                </Button>
              </Alert>
            ) : shown.number !== set.currentRevision.number ? (
              <Alert tone="info" title={t('glossary.principles.olderRevision', { number: shown.number, current: set.currentRevision.number })}>
                <Button variant="quiet" onPress={() => showRevision(null)}>
                  {t('glossary.principles.showCurrent')}
                </Button>
              </Alert>
            ) : null}
            {shown.changeNote ? (
              <p className="cg-description">
                <strong>{t('glossary.principles.changeNote')}</strong> {shown.changeNote}
              </p>
            ) : null}
            <Principles
              revision={shown}
              canComment={!!active && !(set.status === 'CONSULTATION' && !set.consultationOpen)}
              onChanged={() => refetch()}
              onMoreComments={async () => {
                setCommentsFirst((n) => Math.min(100, n + COMMENTS_STEP));
              }}
              canLoadMore={commentsFirst < 100}
            />
          </Section>
        </div>
        <div>
          <Section id="stances" title={t('glossary.endorsements.title')}>
            <Endorsements endorsements={set.endorsements} titled={false} />
          </Section>
          <SetActions set={set} roles={roles} onChanged={() => refetch()} />
          <SetHistory set={set} revisions={revisions} />
        </div>
      </div>
    </>
  );
}

function Principles({
  revision,
  canComment,
  onChanged,
  onMoreComments,
  canLoadMore,
}: {
  revision: Revision;
  canComment: boolean;
  onChanged: () => Promise<unknown>;
  onMoreComments: () => Promise<unknown>;
  canLoadMore: boolean;
}) {
  const { t } = useTranslation();
  const [comment] = useMutation(CommentOnPrincipleMutation);
  return (
    <ol className="cg-principles">
      {revision.principles.map((p) => (
        <li key={p.id} className="cg-principle cg-card" aria-labelledby={`principle-${p.id}`}>
          <h3 id={`principle-${p.id}`} className="cg-principle__statement">
            <span className="cg-principle__number">{t('glossary.principles.number', { number: p.position })}</span> {p.statement}
          </h3>
          {p.explanation ? (
            <div className="cg-prose">
              {p.explanation.split(/\n{2,}/).map((para, i) => (
                <p key={i} className="cg-glossary-text">
                  {para}
                </p>
              ))}
            </div>
          ) : null}
          {p.subPoints.length ? (
            <ul className="cg-principle__subpoints">
              {p.subPoints.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : null}
          {p.footnotes.length ? (
            <aside className="cg-principle__notes" aria-label={t('glossary.principles.footnotesOf', { number: p.position })}>
              <p className="cg-small cg-muted">{t('glossary.principles.footnotes')}</p>
              <ol className="cg-small">
                {p.footnotes.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ol>
            </aside>
          ) : null}
          <CommentsBlock
            id={`principle-comments-${p.id}`}
            page={p.comments}
            canComment={canComment}
            onLoadMore={canLoadMore ? onMoreComments : async () => undefined}
            onPost={async (body) => {
              await comment({ variables: { principleId: p.id, body } });
              await onChanged();
            }}
          />
        </li>
      ))}
    </ol>
  );
}

/** Consultation, stance and adoption of the whole set, for those who may. */
function SetActions({ set, roles, onChanged }: { set: PrincipleSet; roles: GlossaryRoles; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [stance, setStanceChoice] = useState<Stance>('ENDORSE');
  const [notice, setNotice] = useState<string | null>(null);
  const [open] = useMutation(OpenPrincipleConsultationMutation);
  const [setStance] = useMutation(SetPrincipleSetStanceMutation);
  const [adopt] = useMutation(AdoptPrincipleSetMutation);
  const panelId = useId();
  const active = roles.active;
  const secretariatAdmin = roles.secretariatAdminOf(set.initiative?.secretariat.id);
  const canConsult = secretariatAdmin && set.status !== 'SUPERSEDED' && !(set.status === 'ADOPTED' && set.adoptedRevision?.number === set.currentRevision.number);
  const canAdopt = secretariatAdmin && (set.status === 'CONSULTATION' || set.status === 'ADOPTED');
  const canStance = set.consultationOpen && !!active && roles.takesStanceIn(set.initiative?.id);
  const own = active ? set.endorsements.find((e) => e.organization.id === active.id) : undefined;
  if (!canConsult && !canAdopt && !canStance) return null;

  const done = async (message: string) => {
    setPanel(null);
    setNotice(message);
    await onChanged().catch(() => undefined);
  };
  const button = (key: Panel, label: ReactNode, onPress?: () => void) => (
    <Button aria-expanded={panel === key} aria-controls={panel === key ? panelId : undefined} onPress={onPress ?? (() => setPanel((p) => (p === key ? null : key)))}>
      {label}
    </Button>
  );

  return (
    <Section id="set-actions" title={t('glossary.principles.alignment')}>
      {notice ? <Alert tone="success" title={notice} /> : null}
      {secretariatAdmin && set.status === 'DRAFT' ? <p className="cg-description cg-small">{t('glossary.adopt.draftHelp')}</p> : null}
      {own && active ? (
        <p className="cg-description cg-small">
          {own.stance === 'ENDORSE' ? t('glossary.stanceForm.yoursEndorse', { organization: active.name, number: own.revisionNumber }) : t('glossary.stanceForm.yoursObject', { organization: active.name, number: own.revisionNumber })}
        </p>
      ) : null}
      <div className="cg-row" role="group" aria-label={t('glossary.principles.alignment')}>
        {canStance ? (
          <>
            {button('stance', t('glossary.stanceForm.endorse'), () => {
              setStanceChoice('ENDORSE');
              setPanel('stance');
            })}
            {button('stance', t('glossary.stanceForm.object'), () => {
              setStanceChoice('OBJECT');
              setPanel('stance');
            })}
          </>
        ) : null}
        {canConsult ? button('consult', set.consultationOpen ? t('glossary.consultation.changeButton') : t('glossary.consultation.openButton')) : null}
        {canAdopt ? button('adopt', t('glossary.adopt.button')) : null}
      </div>
      {panel ? (
        <div id={panelId} className="cg-definition__panel">
          {panel === 'consult' ? (
            <ConsultationForm
              label={t('glossary.consultation.title')}
              endsAt={set.consultationEndsAt}
              open={set.consultationOpen}
              onCancel={() => setPanel(null)}
              onSubmitDate={async (endsAt) => {
                await open({ variables: { id: set.id, endsAt: endsAt.toISOString() } });
                await done(t('glossary.consultation.opened', { date: formatDate(endsAt.toISOString(), true) }));
              }}
            />
          ) : panel === 'stance' && active ? (
            <StanceForm
              key={stance}
              organization={active.name}
              initialStance={stance}
              revisionNumber={set.currentRevision.number}
              onCancel={() => setPanel(null)}
              onSubmitStance={async (s, reason) => {
                await setStance({ variables: { id: set.id, stance: s, reason } });
                await done(s === 'ENDORSE' ? t('glossary.stanceForm.endorsed', { organization: active.name }) : t('glossary.stanceForm.objected', { organization: active.name }));
              }}
            />
          ) : panel === 'adopt' ? (
            <AdoptForm
              revisions={set.revisions.map((r) => r.number)}
              current={set.currentRevision.number}
              adopted={set.status === 'ADOPTED' ? (set.adoptedRevision?.number ?? null) : null}
              help={t('glossary.principles.adoptHelp')}
              onCancel={() => setPanel(null)}
              onAdopt={async (revisionNumber) => {
                await adopt({ variables: { id: set.id, revisionNumber } });
                await done(t('glossary.adopt.done', { number: revisionNumber }));
              }}
            />
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}

/** The revisions with their change notes, and a word diff of any two. */
function SetHistory({ set, revisions }: { set: PrincipleSet; revisions: Revision[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [from, setFrom] = useState(String((revisions[1] ?? revisions[0])!.number));
  const [to, setTo] = useState(String(revisions[0]!.number));
  const [shown, setShown] = useState(false);
  const a = revisions.find((r) => String(r.number) === from);
  const b = revisions.find((r) => String(r.number) === to);
  const options = revisions.map((r) => ({ id: String(r.number), label: t('glossary.revisionLabel', { number: r.number }) }));
  return (
    <Section id="history" title={t('glossary.history.title')}>
      <ol className="cg-history" reversed>
        {revisions.map((r) => (
          <li key={r.id}>
            <strong>{t('glossary.revisionLabel', { number: r.number })}</strong> <span className="cg-muted cg-small">{formatDate(r.createdAt, true)}</span>
            {r.number === set.adoptedRevision?.number ? (
              <>
                {' '}
                <StatusBadge status="ADOPTED" />
              </>
            ) : null}
            <p className="cg-small cg-history__note">{r.changeNote ?? <span className="cg-muted">{r.number === 1 ? t('glossary.history.firstRevision') : t('glossary.history.noNote')}</span>}</p>
          </li>
        ))}
      </ol>
      {revisions.length > 1 ? (
        <>
          <h3>{t('glossary.principles.compareTitle')}</h3>
          <div className="cg-fields-row">
            <SelectField label={t('glossary.history.from')} name="setFrom" options={options} value={from} onChange={(v) => v && setFrom(v)} />
            <SelectField label={t('glossary.history.to')} name="setTo" options={options} value={to} onChange={(v) => v && setTo(v)} />
          </div>
          <Button isDisabled={from === to} onPress={() => setShown(true)}>
            {t('glossary.compare.button')}
          </Button>
          {shown && a && b && from !== to ? (
            <div className="cg-space-top" aria-live="polite">
              <p className="cg-small">{t('glossary.history.comparing', { from: a.number, to: b.number })}</p>
              <DiffView parts={wordDiff(principlesAsText(a.principles), principlesAsText(b.principles))} />
            </div>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
