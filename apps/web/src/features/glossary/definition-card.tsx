import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, NoteIcon, SelectField } from '@commonground/web-ui';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { GlossaryCommentPageFragment, GlossaryDefinitionFragment, GlossaryEndorsementFragment, Stance } from '../../gql/graphql';
import { ErrorAlert, useFormatDate } from '../../lib/components';
import { CommentsBlock } from './comments';
import { DefinitionAdoptForm, DefinitionConsultationForm, DefinitionStanceForm, ReviseForm, TranslateForm } from './definition-forms';
import { DiffView } from './diff-view';
import { CommentOnDefinitionMutation, GlossaryDefinitionCommentsQuery, GlossaryDefinitionDiffQuery } from './glossary.documents';
import { KindBadge, pickText, StanceBadge, StatusBadge, useLanguageName, type GlossaryRoles } from './glossary-helpers';

type Definition = GlossaryDefinitionFragment;
type Panel = 'revise' | 'translate' | 'consult' | 'stance' | 'adopt' | 'history';
const WIDE: Panel[] = ['revise', 'translate', 'history'];

/** One definition of a term, side by side with the others: who wrote it, its text, stances, comments and the actions the reader may take. */
export function DefinitionCard({ definition, language, roles, onChanged }: { definition: Definition; language: string; roles: GlossaryRoles; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const languageName = useLanguageName();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [stance, setStance] = useState<Stance>('ENDORSE');
  const [notice, setNotice] = useState<string | null>(null);
  const panelId = useId();
  const titleId = `definition-${definition.id}-title`;
  const revision = definition.currentRevision;
  const shown = pickText(revision, language);
  const active = roles.active;
  const secretariatId = definition.initiative?.secretariat.id ?? null;
  const proposed = definition.kind === 'PROPOSED';
  const superseded = definition.status === 'SUPERSEDED';
  const mine = !!active && active.id === definition.author.id;
  const canRevise = mine && !superseded;
  const canTranslate = !!active && (mine || active.id === secretariatId);
  const secretariatAdmin = proposed && roles.secretariatAdminOf(secretariatId);
  // once the current revision is adopted there is nothing to consult on until the text changes
  const canConsult = secretariatAdmin && !superseded && !(definition.status === 'ADOPTED' && definition.adoptedRevision?.number === revision.number);
  const canAdopt = secretariatAdmin && (definition.status === 'CONSULTATION' || definition.status === 'ADOPTED');
  const canStance = definition.consultationOpen && !!active && roles.takesStanceIn(definition.initiative?.id);
  const ownStance = active ? definition.endorsements.find((e) => e.organization.id === active.id) : undefined;
  const adoptedElsewhere = definition.adoptedRevision && definition.adoptedRevision.number !== revision.number ? definition.revisions.find((r) => r.number === definition.adoptedRevision!.number) : undefined;

  const toggle = (next: Panel) => {
    setNotice(null);
    setPanel((current) => (current === next ? null : next));
  };
  const done = async (message: string) => {
    setPanel(null);
    setNotice(message);
    await onChanged().catch(() => undefined);
  };

  const actionButton = (key: Panel, label: ReactNode, variant: 'primary' | 'secondary' = 'secondary', onPress?: () => void) => (
    <Button variant={variant} aria-expanded={panel === key} aria-controls={panel === key ? panelId : undefined} onPress={onPress ?? (() => toggle(key))}>
      {label}
    </Button>
  );

  return (
    <li className={panel && WIDE.includes(panel) ? 'cg-card cg-definition cg-definition--wide' : 'cg-card cg-definition'}>
      <article aria-labelledby={titleId}>
        <header className="cg-definition__header">
          <h3 id={titleId} className="cg-definition__title">
            <Link href={`/organizations/${definition.author.slug}`}>{definition.author.name}</Link>
          </h3>
          <div className="cg-row cg-small">
            <KindBadge kind={definition.kind} />
            {/* a source is published as it is: its alignment status only matters once it leaves the draft */}
            {proposed || definition.status !== 'DRAFT' ? <StatusBadge status={definition.status} /> : null}
            {definition.initiative ? <span className="cg-muted">{t('glossary.definition.forInitiative', { initiative: definition.initiative.name })}</span> : null}
          </div>
        </header>

        <blockquote className="cg-definition__text" lang={shown.language}>
          <p className="cg-glossary-text">{shown.text}</p>
        </blockquote>
        {shown.fallback ? (
          <p className="cg-glossary-note">
            <NoteIcon kind="info" />
            {t('glossary.definition.fallback', { wanted: languageName(language), shown: languageName(shown.language) })}
          </p>
        ) : null}
        {shown.outdated ? (
          <p className="cg-glossary-note cg-glossary-note--warning">
            <NoteIcon kind="warning" />
            {t('glossary.definition.outdated', { language: languageName(language), number: revision.number, original: languageName(revision.originalLanguage) })}
          </p>
        ) : null}

        <dl className="cg-definition__facts cg-small">
          {definition.citation ? (
            <div>
              <dt>{t('glossary.definition.source')}</dt>
              <dd>
                {definition.citation.url ? (
                  <a href={definition.citation.url} target="_blank" rel="noopener noreferrer">
                    {definition.citation.title}
                    <span className="cg-visually-hidden"> ({t('common.opensInNewTab')})</span>
                  </a>
                ) : (
                  definition.citation.title
                )}
                {definition.citation.year ? ` (${definition.citation.year})` : ''}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('glossary.definition.revision')}</dt>
            <dd>
              {t('glossary.definition.revisionBy', { number: revision.number, author: revision.author.name, date: formatDate(revision.createdAt) })}
              {revision.changeNote ? <span className="cg-definition__note"> — {revision.changeNote}</span> : null}
            </dd>
          </div>
          {definition.adoptedRevision ? (
            <div>
              <dt>{t('glossary.definition.adopted')}</dt>
              <dd>{t('glossary.revisionLabel', { number: definition.adoptedRevision.number })}</dd>
            </div>
          ) : null}
          {definition.status === 'CONSULTATION' && definition.consultationEndsAt ? (
            <div>
              <dt>{t('glossary.definition.consultation')}</dt>
              <dd>
                {definition.consultationOpen
                  ? t('glossary.consultation.openUntil', { date: formatDate(definition.consultationEndsAt, true) })
                  : t('glossary.consultation.closedOn', { date: formatDate(definition.consultationEndsAt, true) })}
              </dd>
            </div>
          ) : null}
        </dl>

        {adoptedElsewhere ? (
          <details className="cg-details cg-small">
            <summary>{t('glossary.definition.adoptedText', { number: adoptedElsewhere.number })}</summary>
            <p className="cg-glossary-text cg-glossary-quote" lang={pickText(adoptedElsewhere, language).language}>
              {pickText(adoptedElsewhere, language).text}
            </p>
          </details>
        ) : null}

        <Endorsements endorsements={definition.endorsements} />

        {notice ? <Alert tone="success" title={notice} /> : null}

        <div className="cg-definition__actions" role="group" aria-label={t('glossary.definition.actions', { author: definition.author.name })}>
          {canRevise ? actionButton('revise', t('glossary.revise.button'), 'primary') : null}
          {canTranslate ? actionButton('translate', t('glossary.translate.button')) : null}
          {canStance ? (
            <>
              {actionButton('stance', t('glossary.stanceForm.endorse'), 'secondary', () => {
                setStance('ENDORSE');
                setNotice(null);
                setPanel((p) => (p === 'stance' && stance === 'ENDORSE' ? null : 'stance'));
              })}
              {actionButton('stance', t('glossary.stanceForm.object'), 'secondary', () => {
                setStance('OBJECT');
                setNotice(null);
                setPanel((p) => (p === 'stance' && stance === 'OBJECT' ? null : 'stance'));
              })}
            </>
          ) : null}
          {canConsult ? actionButton('consult', definition.consultationOpen ? t('glossary.consultation.changeButton') : t('glossary.consultation.openButton')) : null}
          {canAdopt ? actionButton('adopt', t('glossary.adopt.button')) : null}
          {actionButton('history', t('glossary.history.button', { count: definition.revisions.length }), 'secondary')}
        </div>
        {secretariatAdmin && definition.status === 'DRAFT' ? <p className="cg-description cg-small">{t('glossary.adopt.draftHelp')}</p> : null}
        {ownStance && active ? (
          <p className="cg-description cg-small">
            {ownStance.stance === 'ENDORSE'
              ? t('glossary.stanceForm.yoursEndorse', { organization: active.name, number: ownStance.revisionNumber })
              : t('glossary.stanceForm.yoursObject', { organization: active.name, number: ownStance.revisionNumber })}
          </p>
        ) : null}

        {panel ? (
          <div id={panelId} className="cg-definition__panel">
            {panel === 'revise' ? (
              <>
                <h4>{t('glossary.revise.title')}</h4>
                <ReviseForm definition={definition} onCancel={() => setPanel(null)} onStale={onChanged} onSaved={(n) => void done(t('glossary.revise.saved', { number: n }))} />
              </>
            ) : panel === 'translate' ? (
              <>
                <h4>{t('glossary.translate.title')}</h4>
                <TranslateForm definition={definition} onCancel={() => setPanel(null)} onSaved={(m) => void done(m)} />
              </>
            ) : panel === 'consult' ? (
              <>
                <h4>{t('glossary.consultation.title')}</h4>
                <DefinitionConsultationForm definition={definition} onCancel={() => setPanel(null)} onSaved={(m) => void done(m)} />
              </>
            ) : panel === 'stance' && active ? (
              <>
                <h4>{t('glossary.stanceForm.title')}</h4>
                <DefinitionStanceForm key={stance} definition={definition} organization={active.name} initialStance={stance} onCancel={() => setPanel(null)} onSaved={(m) => void done(m)} />
              </>
            ) : panel === 'adopt' ? (
              <>
                <h4>{t('glossary.adopt.title')}</h4>
                <DefinitionAdoptForm definition={definition} onCancel={() => setPanel(null)} onSaved={(m) => void done(m)} />
              </>
            ) : panel === 'history' ? (
              <History definition={definition} language={language} />
            ) : null}
          </div>
        ) : null}

        <DefinitionComments definition={definition} canComment={!!active && !(definition.status === 'CONSULTATION' && !definition.consultationOpen)} />
      </article>
    </li>
  );
}

/** Who endorses and who objects, and to which revision. */
export function Endorsements({ endorsements, titled = true }: { endorsements: readonly GlossaryEndorsementFragment[]; titled?: boolean }) {
  const { t } = useTranslation();
  if (!endorsements.length) return <p className="cg-muted cg-small">{t('glossary.endorsements.none')}</p>;
  const endorse = endorsements.filter((e) => e.stance === 'ENDORSE').length;
  const object = endorsements.length - endorse;
  return (
    <div className="cg-endorsements">
      <p className="cg-small cg-endorsements__summary">
        {titled ? <strong>{t('glossary.endorsements.title')} </strong> : null}
        {t('glossary.endorsements.summary', { endorse, object })}
      </p>
      <ul className="cg-endorsements__list">
        {endorsements.map((e) => (
          <li key={e.organization.id}>
            <StanceBadge stance={e.stance} /> <Link href={`/organizations/${e.organization.slug}`}>{e.organization.name}</Link>
            {e.current ? (
              <span className="cg-muted cg-small"> · {t('glossary.revisionShort', { number: e.revisionNumber })}</span>
            ) : (
              <span className="cg-small">
                {' '}
                · <Badge tone="warning">{e.stance === 'ENDORSE' ? t('glossary.endorsements.earlierEndorse', { number: e.revisionNumber }) : t('glossary.endorsements.earlierObject', { number: e.revisionNumber })}</Badge>
              </span>
            )}
            {e.reason ? <p className="cg-endorsements__reason cg-small">{e.reason}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The revisions of a definition, newest first, and the word diff between any two. */
function History({ definition, language }: { definition: Definition; language: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const revisions = [...definition.revisions].sort((a, b) => b.number - a.number);
  const [from, setFrom] = useState<string>(() => (revisions[1] ?? revisions[0])!.id);
  const [to, setTo] = useState<string>(() => revisions[0]!.id);
  const diff = useQuery(GlossaryDefinitionDiffQuery, { variables: { fromRevisionId: from, toRevisionId: to, language }, skip: revisions.length < 2 || from === to });
  const number = (id: string) => revisions.find((r) => r.id === id)?.number ?? 0;
  const options = revisions.map((r) => ({ id: r.id, label: t('glossary.revisionLabel', { number: r.number }) }));
  const headingId = useId();

  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('glossary.history.title')}</h4>
      <ol className="cg-history" reversed>
        {revisions.map((r) => (
          <li key={r.id}>
            <strong>{t('glossary.revisionLabel', { number: r.number })}</strong>{' '}
            <span className="cg-muted cg-small">{t('glossary.history.by', { author: r.author.name, date: formatDate(r.createdAt, true) })}</span>
            {r.changeNote ? <p className="cg-small cg-history__note">{r.changeNote}</p> : null}
          </li>
        ))}
      </ol>
      {revisions.length < 2 ? (
        <p className="cg-muted cg-small">{t('glossary.history.onlyOne')}</p>
      ) : (
        <>
          <div className="cg-fields-row">
            <SelectField label={t('glossary.history.from')} name="from" options={options} value={from} onChange={(v) => v && setFrom(v)} />
            <SelectField label={t('glossary.history.to')} name="to" options={options} value={to} onChange={(v) => v && setTo(v)} />
          </div>
          {from === to ? (
            <p className="cg-muted cg-small">{t('glossary.history.sameRevision')}</p>
          ) : diff.error ? (
            <ErrorAlert error={diff.error} />
          ) : diff.data ? (
            <>
              <p className="cg-small">{t('glossary.history.comparing', { from: number(from), to: number(to) })}</p>
              <DiffView parts={diff.data.definitionDiff} lang={language} />
            </>
          ) : (
            <p className="cg-muted cg-small" role="status">
              {t('common.loading')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

const COMMENTS_PAGE = 10;

function DefinitionComments({ definition, canComment }: { definition: Definition; canComment: boolean }) {
  const client = useApolloClient();
  const [comment] = useMutation(CommentOnDefinitionMutation);
  const page: GlossaryCommentPageFragment = definition.comments;
  const reload = (first: number) => client.query({ query: GlossaryDefinitionCommentsQuery, variables: { id: definition.id, first: Math.min(100, first) }, fetchPolicy: 'network-only' });
  return (
    <CommentsBlock
      id={`comments-${definition.id}`}
      page={page}
      canComment={canComment}
      onLoadMore={() => client.query({ query: GlossaryDefinitionCommentsQuery, variables: { id: definition.id, first: COMMENTS_PAGE, after: page.pageInfo.endCursor }, fetchPolicy: 'network-only' })}
      onPost={async (body) => {
        await comment({ variables: { definitionId: definition.id, body } });
        // show the new comment at the end of what is loaded
        await reload(page.edges.length + 1);
      }}
    />
  );
}

