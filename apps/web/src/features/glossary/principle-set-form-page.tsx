import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, FormActions, Loading, PageHeader, SelectField, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { GlossaryPrincipleSetQuery, PrincipleInput } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { DiffView } from './diff-view';
import { CreatePrincipleSetMutation, GlossaryPrincipleSetQuery as SetDocument, RevisePrincipleSetMutation } from './glossary.documents';
import { conflictOf, lines, useGlossaryRoles, type ConflictDetails } from './glossary-helpers';
import { principlesAsText, type PrincipleText } from './principles';
import { wordDiff } from './word-diff';
import './glossary.css';

type PrincipleSet = NonNullable<GlossaryPrincipleSetQuery['principleSet']>;

interface Draft {
  key: number;
  statement: string;
  explanation: string;
  subPoints: string;
  footnotes: string;
}

let nextKey = 1;
const draftOf = (p?: PrincipleText): Draft => ({
  key: nextKey++,
  statement: p?.statement ?? '',
  explanation: p?.explanation ?? '',
  subPoints: (p?.subPoints ?? []).join('\n'),
  footnotes: (p?.footnotes ?? []).join('\n'),
});
const inputOf = (d: Draft): PrincipleInput => ({ statement: d.statement.trim(), explanation: d.explanation.trim() || null, subPoints: lines(d.subPoints), footnotes: lines(d.footnotes) });

/** "principles.2.statement" -> "statement-2"; anything else about the principles goes to the alert. */
function principleField(path: string): string | null {
  if (path === 'title') return 'title';
  if (path === 'changeNote') return 'changeNote';
  const m = /^principles\.(\d+)\.(statement|explanation|subPoints|footnotes)/.exec(path);
  return m ? `${m[2]}-${m[1]}` : null;
}

/** The ordered principles of a set, editable: add, remove, move up or down. */
function PrinciplesEditor({ drafts, onChange }: { drafts: Draft[]; onChange: (drafts: Draft[]) => void }) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<Draft>) => onChange(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  const move = (index: number, by: number) => {
    const next = [...drafts];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <>
      {drafts.map((d, index) => (
        <fieldset key={d.key} className="cg-fieldset cg-principle-editor">
          <legend>{t('glossary.principles.number', { number: index + 1 })}</legend>
          <TextField label={t('glossary.principleForm.statement')} name={`statement-${index}`} isRequired multiline rows={2} value={d.statement} onChange={(v) => update(d.key, { statement: v })} maxLength={2000} />
          <TextField label={t('glossary.principleForm.explanation')} name={`explanation-${index}`} multiline rows={3} value={d.explanation} onChange={(v) => update(d.key, { explanation: v })} />
          <div className="cg-fields-row">
            <TextField label={t('glossary.principleForm.subPoints')} name={`subPoints-${index}`} multiline rows={3} value={d.subPoints} onChange={(v) => update(d.key, { subPoints: v })} description={t('glossary.principleForm.onePerLine')} />
            <TextField label={t('glossary.principleForm.footnotes')} name={`footnotes-${index}`} multiline rows={3} value={d.footnotes} onChange={(v) => update(d.key, { footnotes: v })} description={t('glossary.principleForm.onePerLine')} />
          </div>
          <div className="cg-row">
            <Button variant="quiet" isDisabled={index === 0} onPress={() => move(index, -1)}>
              {t('glossary.principleForm.moveUp')}
              <span className="cg-visually-hidden"> {t('glossary.principles.number', { number: index + 1 })}</span>
            </Button>
            <Button variant="quiet" isDisabled={index === drafts.length - 1} onPress={() => move(index, 1)}>
              {t('glossary.principleForm.moveDown')}
              <span className="cg-visually-hidden"> {t('glossary.principles.number', { number: index + 1 })}</span>
            </Button>
            <Button variant="quiet" isDisabled={drafts.length === 1} onPress={() => onChange(drafts.filter((x) => x.key !== d.key))}>
              {t('glossary.principleForm.remove')}
              <span className="cg-visually-hidden"> {t('glossary.principles.number', { number: index + 1 })}</span>
            </Button>
          </div>
        </fieldset>
      ))}
      <Button onPress={() => onChange([...drafts, draftOf()])}>{t('glossary.principleForm.add')}</Button>
    </>
  );
}

/** /glossary/principles/new — a secretariat drafts a principle set for an initiative. */
export function CreatePrincipleSetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('glossary.principleForm.createTitle'));
  const roles = useGlossaryRoles();
  const [title, setTitle] = useState('');
  const [initiativeId, setInitiativeId] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>(() => [draftOf()]);
  const [error, setError] = useState<unknown>(undefined);
  const [create, { loading }] = useMutation(CreatePrincipleSetMutation, { refetchQueries: ['GlossaryPrincipleSets'] });
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, principleField);

  if (roles.loading) return <Loading />;
  if (!(roles.secretariat && roles.admin && roles.runs.length)) {
    return (
      <div className="cg-narrow">
        <PageHeader title={t('glossary.principleForm.createTitle')} />
        <Alert tone="info" title={t('glossary.principleForm.onlySecretariats')} />
      </div>
    );
  }
  const chosen = initiativeId ?? roles.runs[0]!.id;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await create({ variables: { title: title.trim(), initiativeId: chosen, principles: drafts.map(inputOf) } });
      navigate(`/glossary/principles/${result.data?.createPrincipleSet.id}`, { state: { created: true } });
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="cg-narrow">
      <PageHeader eyebrow={t('glossary.title')} title={t('glossary.principleForm.createTitle')} description={t('glossary.principleForm.createLead')} />
      <Card>
        <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.principleForm.createTitle')}>
          <ErrorAlert errors={others} />
          <TextField label={t('glossary.principleForm.title')} name="title" isRequired minLength={3} maxLength={200} value={title} onChange={setTitle} />
          <SelectField label={t('glossary.principleForm.initiative')} name="initiative" isRequired options={roles.runs.map((i) => ({ id: i.id, label: i.name }))} value={chosen} onChange={setInitiativeId} description={t('glossary.principleForm.initiativeHelp')} />
          <PrinciplesEditor drafts={drafts} onChange={setDrafts} />
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={loading}>
              {loading ? t('common.saving') : t('glossary.principleForm.create')}
            </Button>
            <Button variant="secondary" onPress={() => navigate('/glossary')}>
              {t('common.cancel')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </div>
  );
}

/** /glossary/principles/:id/revise — a new revision with a note saying what input it integrates. */
export function RevisePrincipleSetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SetDocument, { variables: { id, commentsFirst: 0 }, fetchPolicy: 'network-only' });
  const set = data?.principleSet;
  useDocumentTitle(t('glossary.principleForm.reviseTitle'));
  if (loading && !set) return <Loading />;
  if (error && !set) return <QueryError error={error} retry={() => void refetch()} />;
  if (!set) return <NotFoundContent />;
  return <ReviseSetForm set={set} onStale={() => refetch()} />;
}

function ReviseSetForm({ set, onStale }: { set: PrincipleSet; onStale: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = set.revisions.find((r) => r.number === set.currentRevision.number)!;
  const [basedOn, setBasedOn] = useState(current.number);
  const [drafts, setDrafts] = useState<Draft[]>(() => current.principles.map(draftOf));
  const [changeNote, setChangeNote] = useState('');
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [revise, { loading }] = useMutation(RevisePrincipleSetMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, principleField);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await revise({ variables: { id: set.id, basedOnRevision: basedOn, principles: drafts.map(inputOf), changeNote: changeNote.trim() || null } });
      navigate(`/glossary/principles/${set.id}`, { state: { revised: result.data?.revisePrincipleSet.currentRevision.number } });
    } catch (e) {
      const details = conflictOf(e);
      if (details) {
        setConflict(details);
        await onStale().catch(() => undefined);
      } else {
        setError(e);
        focusFirstInvalid(formRef.current);
      }
    }
  };

  const newer = conflict ? set.revisions.find((r) => r.number === conflict.currentRevision) : undefined;
  const mine = drafts.map(inputOf);

  return (
    <div className="cg-glossary-term-form">
      <PageHeader eyebrow={set.title} title={t('glossary.principleForm.reviseTitle')} description={t('glossary.principleForm.reviseLead')} />
      {conflict ? (
        <div className="cg-glossary-conflict" role="region" aria-labelledby="set-conflict-title">
          <Alert tone="warning" title={<span id="set-conflict-title">{t('glossary.conflict.title', { number: conflict.currentRevision })}</span>}>
            <p>{t('glossary.conflict.body')}</p>
          </Alert>
          <div className="cg-glossary-side-by-side">
            <section className="cg-glossary-side" aria-labelledby="set-mine">
              <h2 id="set-mine">{t('glossary.conflict.mine')}</h2>
              <p className="cg-glossary-text">{principlesAsText(conflict.refusedPrinciples.length ? conflict.refusedPrinciples : mine)}</p>
            </section>
            <section className="cg-glossary-side" aria-labelledby="set-theirs">
              <h2 id="set-theirs">{t('glossary.conflict.theirs', { number: conflict.currentRevision })}</h2>
              {newer ? <p className="cg-glossary-text">{principlesAsText(newer.principles)}</p> : <Loading inline />}
              {newer?.changeNote ? <p className="cg-small">{t('glossary.principles.changeNote')} {newer.changeNote}</p> : null}
            </section>
          </div>
          {newer ? (
            <details className="cg-details">
              <summary>{t('glossary.conflict.differences', { number: conflict.currentRevision })}</summary>
              <DiffView parts={wordDiff(principlesAsText(newer.principles), principlesAsText(mine))} />
            </details>
          ) : null}
          <FormActions>
            <Button
              variant="primary"
              onPress={() => {
                setBasedOn(conflict.currentRevision);
                setConflict(null);
              }}
            >
              {t('glossary.conflict.keepMine', { number: conflict.currentRevision })}
            </Button>
            <Button
              isDisabled={!newer}
              onPress={() => {
                if (newer) setDrafts(newer.principles.map(draftOf));
                setBasedOn(conflict.currentRevision);
                setConflict(null);
              }}
            >
              {t('glossary.conflict.takeTheirs', { number: conflict.currentRevision })}
            </Button>
            <Button variant="quiet" onPress={() => navigate(`/glossary/principles/${set.id}`)}>
              {t('glossary.conflict.discard')}
            </Button>
          </FormActions>
        </div>
      ) : (
        <Card>
          <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.principleForm.reviseTitle')}>
            <p className="cg-description">{t('glossary.revise.basedOn', { number: basedOn })}</p>
            <ErrorAlert errors={others} />
            <PrinciplesEditor drafts={drafts} onChange={setDrafts} />
            <TextField label={t('glossary.revise.changeNote')} name="changeNote" value={changeNote} onChange={setChangeNote} description={t('glossary.principleForm.changeNoteHelp')} maxLength={1000} />
            <FormActions>
              <Button type="submit" variant="primary" isDisabled={loading}>
                {loading ? t('common.saving') : t('glossary.revise.save')}
              </Button>
              <Button variant="secondary" onPress={() => navigate(`/glossary/principles/${set.id}`)}>
                {t('common.cancel')}
              </Button>
            </FormActions>
          </Form>
        </Card>
      )}
    </div>
  );
}
