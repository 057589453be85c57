import { useMutation } from '@apollo/client/react';
import { Alert, Button, FormActions, RadioGroupField, SelectField, TextField } from '@commonground/web-ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { GlossaryDefinitionFragment, GlossaryRevisionFragment, Stance } from '../../gql/graphql';
import { ErrorAlert, useFormatDate } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { DiffView } from './diff-view';
import { AdoptDefinitionMutation, OpenConsultationMutation, ReviseDefinitionMutation, SetStanceMutation, TranslateDefinitionMutation } from './glossary.documents';
import { CONTENT_LANGUAGES, conflictOf, dayInput, endOfDay, useLanguageName, type ConflictDetails, type Localized } from './glossary-helpers';
import { wordDiff } from './word-diff';

type Definition = GlossaryDefinitionFragment;
type Revision = GlossaryRevisionFragment;

/** "input.texts.2.text" -> the form field of the language sent at that position. */
function textsField(order: readonly string[]) {
  return (path: string): string | null => {
    const match = /^(?:input\.)?texts?\.(\d+)\.(?:text|language)$/.exec(path) ?? /^(?:input\.)?texts?\.(?:text|language)$/.exec(path);
    if (!match) return path.endsWith('changeNote') ? 'changeNote' : null;
    const index = match[1] === undefined ? 0 : Number(match[1]);
    return order[index] ? `text-${order[index]}` : null;
  };
}

const textsOf = (revision: Revision): Record<string, string> => Object.fromEntries(revision.texts.map((t) => [t.language, t.text]));

/**
 * Revising: a text area per language and a change note, sent with the revision
 * it is based on. Translations left as they were are not sent (they stay
 * translations of the earlier revision, marked outdated). When someone else
 * saved in the meantime the API refuses with CONFLICT: the refused text is
 * shown beside the newer one, and the reader carries on from the new revision
 * with their own text or with the newer one.
 */
export function ReviseForm({ definition, onSaved, onCancel, onStale }: { definition: Definition; onSaved: (revision: number) => void; onCancel: () => void; onStale: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const current = definition.currentRevision;
  const [basedOn, setBasedOn] = useState(current.number);
  const [original] = useState(current.originalLanguage);
  const [initial, setInitial] = useState<Record<string, string>>(() => textsOf(current));
  const [values, setValues] = useState<Record<string, string>>(() => textsOf(current));
  const [changeNote, setChangeNote] = useState('');
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [revise, { loading }] = useMutation(ReviseDefinitionMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const order = useMemo(() => [original, ...CONTENT_LANGUAGES.filter((l) => l !== original)], [original]);
  // the languages in the order they were last sent: the API names a text by its position
  const sentOrder = useRef<string[]>(order);
  const [fieldOf] = useState(() => (path: string) => textsField(sentOrder.current)(path));
  const { fieldErrors, others } = useValidationErrors(error, fieldOf, localErrors);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const originalText = (values[original] ?? '').trim();
    if (!originalText) {
      setLocalErrors({ [`text-${original}`]: t('validation.required') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors(null);
    // the original always; a translation only when it was written or changed here
    const texts = order
      .filter((language) => language === original || ((values[language] ?? '').trim() && (values[language] ?? '').trim() !== (initial[language] ?? '').trim()))
      .map((language) => ({ language, text: (values[language] ?? '').trim() }));
    sentOrder.current = texts.map((x) => x.language);
    try {
      const result = await revise({ variables: { input: { definitionId: definition.id, basedOnRevision: basedOn, texts, changeNote: changeNote.trim() || null } } });
      onSaved(result.data?.reviseDefinition.currentRevision.number ?? basedOn + 1);
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

  if (conflict) {
    return (
      <ConflictView
        conflict={conflict}
        mine={order.map((language) => ({ language, text: values[language] ?? '' })).filter((x) => x.text.trim())}
        originalLanguage={original}
        onKeepMine={() => {
          // carry on from the newer revision with what the reader typed
          const newer = Object.fromEntries(conflict.currentTexts.map((x) => [x.language, x.text]));
          setInitial(newer);
          setBasedOn(conflict.currentRevision);
          setConflict(null);
        }}
        onTakeTheirs={() => {
          const newer = Object.fromEntries(conflict.currentTexts.map((x) => [x.language, x.text]));
          setInitial(newer);
          setValues(newer);
          if (conflict.refusedChangeNote) setChangeNote(conflict.refusedChangeNote);
          setBasedOn(conflict.currentRevision);
          setConflict(null);
        }}
        onCancel={onCancel}
      />
    );
  }

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.revise.title')} className="cg-glossary-form">
      <p className="cg-description">{t('glossary.revise.basedOn', { number: basedOn })}</p>
      <ErrorAlert errors={others} />
      {order.map((language) => {
        const existing = current.texts.find((x) => x.language === language);
        return (
          <TextField
            key={language}
            label={language === original ? t('glossary.revise.originalText', { language: languageName(language) }) : t('glossary.revise.translation', { language: languageName(language) })}
            name={`text-${language}`}
            multiline
            rows={language === original ? 5 : 3}
            isRequired={language === original}
            value={values[language] ?? ''}
            onChange={(text) => setValues((v) => ({ ...v, [language]: text }))}
            description={language === original ? undefined : existing?.outdated ? t('glossary.revise.outdatedHelp') : t('glossary.revise.translationHelp')}
            className={`cg-glossary-lang-${language}`}
          />
        );
      })}
      <TextField label={t('glossary.revise.changeNote')} name="changeNote" value={changeNote} onChange={setChangeNote} description={t('glossary.revise.changeNoteHelp')} maxLength={1000} />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('glossary.revise.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** The refused text beside the newer revision, and the ways on from there. */
function ConflictView({
  conflict,
  mine,
  originalLanguage,
  onKeepMine,
  onTakeTheirs,
  onCancel,
}: {
  conflict: ConflictDetails;
  mine: Localized[];
  originalLanguage: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const [copied, setCopied] = useState<boolean | null>(null);
  // what the reader typed (from the API's refusal; the form's own values when it sent nothing back)
  const refused = conflict.refusedTexts.length ? conflict.refusedTexts : mine;
  const languages = [...new Set([originalLanguage, ...refused.map((x) => x.language), ...conflict.currentTexts.map((x) => x.language)])];
  const theirsIn = (language: string) => conflict.currentTexts.find((x) => x.language === language)?.text ?? '';
  const mineIn = (language: string) => refused.find((x) => x.language === language)?.text ?? '';
  const allMine = refused.map((x) => (refused.length > 1 ? `[${x.language}] ${x.text}` : x.text)).join('\n\n');

  return (
    <div className="cg-glossary-conflict" role="region" aria-labelledby="conflict-title">
      <Alert tone="warning" title={<span id="conflict-title">{t('glossary.conflict.title', { number: conflict.currentRevision })}</span>}>
        <p>{t('glossary.conflict.body')}</p>
      </Alert>
      {languages.map((language) => {
        const a = mineIn(language);
        const b = theirsIn(language);
        if (!a && !b) return null;
        return (
          <div key={language} className="cg-glossary-conflict__language">
            {languages.length > 1 ? <h4>{languageName(language)}</h4> : null}
            <div className="cg-glossary-side-by-side">
              <section aria-labelledby={`mine-${language}`} className="cg-glossary-side">
                <h5 id={`mine-${language}`}>{t('glossary.conflict.mine')}</h5>
                <p className="cg-glossary-text" lang={language}>
                  {a || <span className="cg-muted">{t('glossary.conflict.notWritten')}</span>}
                </p>
              </section>
              <section aria-labelledby={`theirs-${language}`} className="cg-glossary-side">
                <h5 id={`theirs-${language}`}>{t('glossary.conflict.theirs', { number: conflict.currentRevision })}</h5>
                <p className="cg-glossary-text" lang={language}>
                  {b || <span className="cg-muted">{t('glossary.conflict.notWritten')}</span>}
                </p>
              </section>
            </div>
            {a && b ? (
              <details className="cg-details">
                <summary>{t('glossary.conflict.differences', { number: conflict.currentRevision })}</summary>
                <DiffView parts={wordDiff(b, a)} lang={language} />
              </details>
            ) : null}
          </div>
        );
      })}
      {conflict.refusedChangeNote ? <p className="cg-small">{t('glossary.conflict.yourNote', { note: conflict.refusedChangeNote })}</p> : null}
      {copied === true ? <Alert tone="success" title={t('glossary.conflict.copied')} /> : copied === false ? <Alert tone="warning" title={t('glossary.conflict.copyFailed')} /> : null}
      <FormActions>
        <Button variant="primary" onPress={onKeepMine}>
          {t('glossary.conflict.keepMine', { number: conflict.currentRevision })}
        </Button>
        <Button variant="secondary" onPress={onTakeTheirs}>
          {t('glossary.conflict.takeTheirs', { number: conflict.currentRevision })}
        </Button>
        <Button
          variant="quiet"
          onPress={async () => {
            try {
              await navigator.clipboard.writeText(allMine);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {t('glossary.conflict.copy')}
        </Button>
        <Button variant="quiet" onPress={onCancel}>
          {t('glossary.conflict.discard')}
        </Button>
      </FormActions>
    </div>
  );
}

/** A translation of one revision into a language it was not written in. */
export function TranslateForm({ definition, onSaved, onCancel }: { definition: Definition; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const revisions = [...definition.revisions].sort((a, b) => b.number - a.number);
  const [revisionNumber, setRevisionNumber] = useState(definition.currentRevision.number);
  const revision = revisions.find((r) => r.number === revisionNumber) ?? definition.currentRevision;
  const targets = CONTENT_LANGUAGES.filter((l) => l !== revision.originalLanguage);
  const [language, setLanguage] = useState<string>(() => targets.find((l) => !revision.texts.some((x) => x.language === l && !x.outdated)) ?? targets[0]!);
  const existing = (lang: string, rev: Revision) => rev.texts.find((x) => x.language === lang);
  const [text, setText] = useState(() => existing(language, revision)?.text ?? '');
  const [error, setError] = useState<unknown>(undefined);
  const [translate, { loading }] = useMutation(TranslateDefinitionMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path.startsWith('text') ? 'text' : path === 'revisionNumber' ? 'revision' : null));
  const original = revision.texts.find((x) => x.language === revision.originalLanguage);

  const choose = (nextRevision: number, nextLanguage: string) => {
    const rev = revisions.find((r) => r.number === nextRevision) ?? definition.currentRevision;
    const allowed = CONTENT_LANGUAGES.filter((l) => l !== rev.originalLanguage);
    const lang = allowed.includes(nextLanguage as never) ? nextLanguage : allowed[0]!;
    setRevisionNumber(nextRevision);
    setLanguage(lang);
    setText(existing(lang, rev)?.text ?? '');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      await translate({ variables: { definitionId: definition.id, revisionNumber, text: { language, text: text.trim() } } });
      onSaved(t('glossary.translate.saved', { language: languageName(language), number: revisionNumber }));
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };

  const current = existing(language, revision);
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.translate.title')} className="cg-glossary-form">
      <ErrorAlert errors={others} />
      <div className="cg-fields-row">
        <SelectField
          label={t('glossary.translate.revision')}
          name="revision"
          options={revisions.map((r) => ({ id: String(r.number), label: t('glossary.revisionLabel', { number: r.number }) }))}
          value={String(revisionNumber)}
          onChange={(v) => choose(Number(v ?? definition.currentRevision.number), language)}
        />
        <SelectField label={t('glossary.translate.language')} name="language" options={targets.map((l) => ({ id: l, label: languageName(l) }))} value={language} onChange={(v) => choose(revisionNumber, v ?? targets[0]!)} />
      </div>
      {original ? (
        <div className="cg-field">
          <p className="cg-label">{t('glossary.translate.original', { language: languageName(original.language) })}</p>
          <p className="cg-glossary-text cg-glossary-quote" lang={original.language}>
            {original.text}
          </p>
        </div>
      ) : null}
      {current?.outdated ? <p className="cg-description">{t('glossary.translate.replacesOutdated')}</p> : null}
      <TextField label={t('glossary.translate.text', { language: languageName(language) })} name="text" multiline rows={4} isRequired value={text} onChange={setText} />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('glossary.translate.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Opens (or moves the end of) a consultation: a closing day, in the reader's time zone. */
export function ConsultationForm({
  endsAt,
  open,
  onSubmitDate,
  onCancel,
  label,
}: {
  endsAt: string | null;
  open: boolean;
  onSubmitDate: (endsAt: Date) => Promise<void>;
  onCancel: () => void;
  label: string;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [day, setDay] = useState(() => dayInput(30));
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path === 'endsAt' ? 'endsAt' : null), localErrors);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    const date = endOfDay(day);
    if (!date) {
      setLocalErrors({ endsAt: t('glossary.consultation.dateInvalid') });
      focusFirstInvalid(formRef.current);
      return;
    }
    if (date.getTime() <= Date.now()) {
      setLocalErrors({ endsAt: t('glossary.consultation.datePast') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors(null);
    setBusy(true);
    try {
      await onSubmitDate(date);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={label} className="cg-glossary-form">
      {open && endsAt ? <p className="cg-description">{t('glossary.consultation.currentlyUntil', { date: formatDate(endsAt, true) })}</p> : null}
      <ErrorAlert errors={others} />
      <TextField label={t('glossary.consultation.endsAt')} name="endsAt" type="date" isRequired value={day} onChange={setDay} description={t('glossary.consultation.endsAtHelp')} />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? t('common.saving') : open ? t('glossary.consultation.change') : t('glossary.consultation.open')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

export function DefinitionConsultationForm({ definition, onSaved, onCancel }: { definition: Definition; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [open] = useMutation(OpenConsultationMutation);
  return (
    <ConsultationForm
      label={t('glossary.consultation.title')}
      endsAt={definition.consultationEndsAt}
      open={definition.consultationOpen}
      onCancel={onCancel}
      onSubmitDate={async (endsAt) => {
        await open({ variables: { definitionId: definition.id, endsAt: endsAt.toISOString() } });
        onSaved(t('glossary.consultation.opened', { date: formatDate(endsAt.toISOString(), true) }));
      }}
    />
  );
}

/**
 * An organization's stance: endorse, or object with a reason. Used for
 * definitions and for principle sets.
 */
export function StanceForm({
  organization,
  initialStance,
  onSubmitStance,
  onCancel,
  revisionNumber,
}: {
  organization: string;
  initialStance: Stance;
  onSubmitStance: (stance: Stance, reason: string | null) => Promise<void>;
  onCancel: () => void;
  revisionNumber: number;
}) {
  const { t } = useTranslation();
  const [stance, setStance] = useState<Stance>(initialStance);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, others } = useValidationErrors(error, (path) => (path === 'reason' ? 'reason' : null), localErrors);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    if (stance === 'OBJECT' && !reason.trim()) {
      setLocalErrors({ reason: t('glossary.stanceForm.reasonRequired') });
      focusFirstInvalid(formRef.current);
      return;
    }
    setLocalErrors(null);
    setBusy(true);
    try {
      await onSubmitStance(stance, reason.trim() || null);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} aria-label={t('glossary.stanceForm.title')} className="cg-glossary-form">
      <p className="cg-description">{t('glossary.stanceForm.help', { organization, number: revisionNumber })}</p>
      <ErrorAlert errors={others} />
      <RadioGroupField
        label={t('glossary.stanceForm.stance')}
        name="stance"
        orientation="horizontal"
        options={[
          { id: 'ENDORSE', label: t('glossary.stanceForm.endorse') },
          { id: 'OBJECT', label: t('glossary.stanceForm.object') },
        ]}
        value={stance}
        onChange={(v) => setStance(v === 'OBJECT' ? 'OBJECT' : 'ENDORSE')}
      />
      <TextField
        label={stance === 'OBJECT' ? t('glossary.stanceForm.reason') : t('glossary.stanceForm.reasonOptional')}
        name="reason"
        multiline
        rows={3}
        isRequired={stance === 'OBJECT'}
        value={reason}
        onChange={setReason}
        description={stance === 'OBJECT' ? t('glossary.stanceForm.reasonHelp') : undefined}
      />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy}>
          {busy ? t('common.saving') : stance === 'OBJECT' ? t('glossary.stanceForm.submitObject', { organization }) : t('glossary.stanceForm.submitEndorse', { organization })}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

export function DefinitionStanceForm({
  definition,
  organization,
  initialStance,
  onSaved,
  onCancel,
}: {
  definition: Definition;
  organization: string;
  initialStance: Stance;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [setStance] = useMutation(SetStanceMutation);
  return (
    <StanceForm
      organization={organization}
      initialStance={initialStance}
      revisionNumber={definition.currentRevision.number}
      onCancel={onCancel}
      onSubmitStance={async (stance, reason) => {
        await setStance({ variables: { definitionId: definition.id, stance, reason } });
        onSaved(stance === 'ENDORSE' ? t('glossary.stanceForm.endorsed', { organization }) : t('glossary.stanceForm.objected', { organization }));
      }}
    />
  );
}

/** The secretariat adopts one revision (the current one unless it says otherwise). */
export function AdoptForm({
  revisions,
  current,
  adopted,
  help,
  onAdopt,
  onCancel,
}: {
  revisions: readonly number[];
  current: number;
  adopted: number | null;
  help: string;
  onAdopt: (revisionNumber: number) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(current);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await onAdopt(revision);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={onSubmit} aria-label={t('glossary.adopt.title')} className="cg-glossary-form">
      <p className="cg-description">{help}</p>
      <ErrorAlert error={error} />
      <SelectField
        label={t('glossary.adopt.revision')}
        name="revision"
        options={[...revisions]
          .sort((a, b) => b - a)
          .map((n) => ({ id: String(n), label: n === current ? t('glossary.adopt.currentOption', { number: n }) : n === adopted ? t('glossary.adopt.adoptedOption', { number: n }) : t('glossary.revisionLabel', { number: n }) }))}
        value={String(revision)}
        onChange={(v) => setRevision(Number(v ?? current))}
      />
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={busy || revision === adopted}>
          {busy ? t('common.saving') : t('glossary.adopt.submit', { number: revision })}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

export function DefinitionAdoptForm({ definition, onSaved, onCancel }: { definition: Definition; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [adopt] = useMutation(AdoptDefinitionMutation);
  return (
    <AdoptForm
      revisions={definition.revisions.map((r) => r.number)}
      current={definition.currentRevision.number}
      adopted={definition.status === 'ADOPTED' ? (definition.adoptedRevision?.number ?? null) : null}
      help={t('glossary.adopt.help', { initiative: definition.initiative?.name ?? '' })}
      onCancel={onCancel}
      onAdopt={async (revisionNumber) => {
        await adopt({ variables: { definitionId: definition.id, revisionNumber } });
        onSaved(t('glossary.adopt.done', { number: revisionNumber }));
      }}
    />
  );
}
