import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, CheckboxGroupField, ConfirmButton, DefinitionList, DialogButton, EmptyState, FormActions, LinkButton, LinkifiedText, Loading, PageHeader, Section, SelectField, TableWrap, TextField } from '@commonground/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import type { CallQuery as CallData } from '../../gql/graphql';
import { ErrorAlert, NotFoundContent, QueryError, useDocumentTitle, useFormatDate, VerifiedBadge } from '../../lib/components';
import { useFormErrors } from '../../lib/forms';
import { useReference } from '../../lib/reference';
import { useFundingReference } from '../funding/funding-components';
import { useLanguageName } from '../glossary/glossary-helpers';
import { AmplifyCallMutation, ArchiveCallMutation, CallQuery, CancelRegistrationMutation, PublishCallMutation, RegisterForCallMutation, SetReminderMutation } from './calls.documents';
import { CallStatusBadge, DeadlineText, evictCallLists, KindBadge, pickText, useAmountRange, useUiLanguage } from './calls-components';
import { REGISTRABLE_KINDS } from './calls-filter';
import { useOwnInitiatives } from './call-form-page';
import { DocumentsSection } from './call-documents';
import './calls.css';

export type Call = NonNullable<CallData['opportunity']>;

/** the reminders offered: days before the deadline */
const REMINDER_DAYS = [7, 1] as const;

/** /calls/:id — the opportunity, and what the reader can do with it. */
export function CallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const language = useUiLanguage();
  const { data, loading, error, refetch } = useQuery(CallQuery, { variables: { id, language }, fetchPolicy: 'cache-and-network' });
  const call = data?.opportunity;
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(call?.title ?? t('calls.title'));

  if (loading && !call) return <Loading />;
  if (error && !call) return <QueryError error={error} retry={() => void refetch()} />;
  if (!call) return <NotFoundContent />;

  const arrived = (location.state as { saved?: boolean; published?: boolean; scheduled?: boolean } | null) ?? null;
  const done = async (message: string) => {
    setNotice(null);
    await refetch().catch(() => undefined);
    setNotice(message);
  };

  return (
    <>
      {arrived?.published ? (
        <Alert tone="success" title={t('calls.page.publishedNotice')} />
      ) : arrived?.scheduled ? (
        <Alert tone="success" title={t('calls.page.scheduledNotice')} />
      ) : arrived?.saved ? (
        <Alert tone="success" title={t('calls.page.savedNotice')} />
      ) : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      <CallTexts call={call} />
      <div className="cg-two-columns">
        <div>
          <AboutSection call={call} />
          <DocumentsSection call={call} onChanged={async () => void (await refetch().catch(() => undefined))} />
          <AmplificationsSection call={call} />
          {call.viewerIsPublisher && call.attendees ? <AttendeesSection call={call} /> : null}
        </div>
        <div>
          {call.viewerIsPublisher ? <OrganizerPanel call={call} onDone={done} /> : null}
          {REGISTRABLE_KINDS.includes(call.kind) ? <RegistrationPanel call={call} onDone={done} /> : null}
          <FollowPanel call={call} onDone={done} />
          {!call.viewerIsPublisher ? <AmplifyPanel call={call} onDone={done} /> : null}
        </div>
      </div>
    </>
  );
}

/** The title and texts, with a switcher between the languages the call is written in. */
function CallTexts({ call }: { call: Call }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const languageName = useLanguageName();
  const [params] = useSearchParams();
  const asked = params.get('lang');
  const text = pickText(call.texts, asked ?? ui)!;
  const shownIn = text.language;
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <KindBadge kind={call.kind} /> <CallStatusBadge status={call.status} />
          </>
        }
        title={<span lang={shownIn !== ui ? shownIn : undefined}>{text.title}</span>}
        description={
          <>
            {t('calls.card.by')} <Link href={`/organizations/${call.publisher.slug}`}>{call.publisher.name}</Link> <VerifiedBadge verified={call.publisher.verified} />
            {call.initiative ? (
              <>
                {' · '}
                {t('calls.page.forInitiative')} <Link href={`/initiatives/${call.initiative.slug}`}>{call.initiative.name}</Link>
              </>
            ) : null}
          </>
        }
        actions={
          call.viewerIsPublisher && call.status !== 'ARCHIVED' ? (
            <LinkButton href={`/calls/${call.id}/edit`} variant="secondary">
              {t('calls.page.edit')}
            </LinkButton>
          ) : null
        }
      />
      {call.deadline ? (
        <p className="cg-lead cg-call-page-deadline">
          <DeadlineText deadline={call.deadline} timeZone={call.timeZone} />
        </p>
      ) : null}
      {call.texts.length > 1 ? (
        <nav className="cg-call-languages" aria-label={t('calls.page.languages')}>
          <span className="cg-muted cg-small">{t('calls.page.readIn')}</span>
          <ul>
            {call.texts.map((x) => (
              <li key={x.language}>
                <Link href={`/calls/${call.id}?lang=${x.language}`} routerOptions={{ replace: true }} aria-current={x.language === shownIn ? 'true' : undefined}>
                  <span lang={x.language}>{languageName(x.language)}</span> ({x.isOriginal ? t('calls.page.original') : t('calls.page.translation')})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div lang={shownIn !== ui ? shownIn : undefined} className="cg-call-text">
        {!text.isOriginal ? <p className="cg-small cg-muted">{t('calls.page.translationNote', { language: languageName(call.texts.find((x) => x.isOriginal)?.language ?? shownIn) })}</p> : null}
        {text.summary ? <p className="cg-lead">{text.summary}</p> : null}
        {text.body ? <LinkifiedText text={text.body} className="cg-call-body" /> : null}
      </div>
    </>
  );
}

function AboutSection({ call }: { call: Call }) {
  const { t } = useTranslation();
  const reference = useFundingReference();
  const organizations = useReference();
  const formatDate = useFormatDate();
  const amount = useAmountRange()(call.amountMin, call.amountMax);
  const list = (items: readonly string[]) => (items.length ? reference.list(items) : t('calls.page.any'));
  const v = call.visibility;
  const visibility =
    v.level === 'INITIATIVE'
      ? t('funding.visibility.initiativesList', { list: reference.list(v.initiatives.map((i) => i.name)) })
      : v.level === 'ORGANIZATIONS'
        ? t('funding.visibility.organizationsList', { list: reference.list(v.organizations.map((o) => o.name)) })
        : t(`funding.visibility.${v.level}`);
  const rows: Array<{ term: string; value: ReactNode } | null | false> = [
    { term: t('calls.page.status'), value: <CallStatusBadge status={call.status} /> },
    call.opensAt ? { term: t('calls.form.opensAt'), value: formatDate(call.opensAt, true) } : null,
    call.deadline ? { term: t('calls.form.deadline'), value: <DeadlineText deadline={call.deadline} timeZone={call.timeZone} prefix={false} /> } : null,
    call.startsAt ? { term: t('calls.form.startsAt'), value: <DeadlineText deadline={call.startsAt} timeZone={call.timeZone} prefix={false} /> } : null,
    call.endsAt ? { term: t('calls.form.endsAt'), value: <DeadlineText deadline={call.endsAt} timeZone={call.timeZone} prefix={false} /> } : null,
    call.status === 'SCHEDULED' && call.publishAt ? { term: t('calls.form.publishAt'), value: formatDate(call.publishAt, true) } : null,
    call.publishedAt ? { term: t('calls.page.publishedAt'), value: formatDate(call.publishedAt, true) } : null,
    amount ? { term: t('calls.page.amount'), value: amount } : null,
    { term: t('calls.form.eligibleKinds'), value: list(call.eligibleKinds.map(organizations.kind)) },
    { term: t('calls.form.eligibleCountries'), value: list(call.eligibleCountries.map(reference.country)) },
    { term: t('calls.page.geography'), value: list([...call.regions.map(reference.region), ...call.countries.map(reference.country)]) },
    { term: t('calls.form.minerals'), value: list(call.minerals.map(reference.mineral)) },
    { term: t('calls.form.themes'), value: list(call.themes.map(reference.theme)) },
    call.contact ? { term: t('calls.form.contact'), value: <LinkifiedText text={call.contact} /> } : null,
    { term: t('calls.form.visibility'), value: visibility },
  ];
  return (
    <Section id="call-about" title={t('calls.page.about')}>
      <DefinitionList items={rows.filter((row): row is { term: string; value: ReactNode } => !!row)} />
      {call.links.length ? (
        <>
          <h3>{t('calls.form.links')}</h3>
          <ul>
            {call.links.map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {call.attachments.length ? (
        <>
          <h3>{t('calls.form.attachments')}</h3>
          <ul>
            {call.attachments.map((a) => (
              <li key={a.url}>
                <a href={a.url} rel="noopener noreferrer">
                  {a.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

function AmplificationsSection({ call }: { call: Call }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (!call.amplifications.length) return null;
  return (
    <Section id="call-amplified" title={t('calls.page.amplifiedTitle')}>
      <ul className="cg-list">
        {call.amplifications.map((a) => (
          <li key={`${a.organization.id}-${a.initiative?.id ?? ''}`} className="cg-list__item">
            <div className="cg-list__main">
              <p>
                <Link href={`/organizations/${a.organization.slug}`}>{a.organization.name}</Link>
                {a.initiative ? <> ({t('calls.card.forInitiative', { initiative: a.initiative.name })})</> : null} <span className="cg-small cg-muted">{formatDate(a.createdAt)}</span>
              </p>
              {a.note ? <blockquote className="cg-call-note">{a.note}</blockquote> : null}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function OrganizerPanel({ call, onDone }: { call: Call; onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [publish, publishing] = useMutation(PublishCallMutation, { update: evictCallLists });
  const [archive, archiving] = useMutation(ArchiveCallMutation, { update: evictCallLists });
  const [error, setError] = useState<unknown>(undefined);
  const scheduledAhead = !!call.publishAt && new Date(call.publishAt).getTime() > Date.now();
  return (
    <Section id="call-organizer" title={t('calls.page.organizer')}>
      <ErrorAlert error={error} />
      <p className="cg-description">{t(`calls.page.statusHelp.${call.status}`)}</p>
      <div className="cg-row">
        {call.status === 'DRAFT' ? (
          <Button
            variant="primary"
            isDisabled={publishing.loading}
            onPress={async () => {
              setError(undefined);
              try {
                const result = await publish({ variables: { id: call.id } });
                await onDone(result.data?.publishOpportunity.status === 'SCHEDULED' ? t('calls.page.scheduledNotice') : t('calls.page.publishedNotice'));
              } catch (e) {
                setError(e);
              }
            }}
          >
            {scheduledAhead ? t('calls.page.schedule') : t('calls.page.publish')}
          </Button>
        ) : null}
        {call.status !== 'ARCHIVED' ? (
          <>
            <LinkButton href={`/calls/${call.id}/edit`} variant="secondary">
              {t('calls.page.edit')}
            </LinkButton>
            <ConfirmButton
              label={t('calls.page.archive')}
              title={t('calls.page.archiveTitle')}
              message={t('calls.page.archiveMessage')}
              confirmLabel={t('calls.page.archive')}
              isDisabled={archiving.loading}
              onConfirm={async () => {
                setError(undefined);
                try {
                  await archive({ variables: { id: call.id } });
                  await onDone(t('calls.page.archivedNotice'));
                } catch (e) {
                  setError(e);
                }
              }}
            />
          </>
        ) : null}
      </div>
    </Section>
  );
}

function RegistrationPanel({ call, onDone }: { call: Call; onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [register, registering] = useMutation(RegisterForCallMutation, { update: evictCallLists });
  const [cancel, cancelling] = useMutation(CancelRegistrationMutation, { update: evictCallLists });
  const [error, setError] = useState<unknown>(undefined);
  const mine = call.viewerRegistration && call.viewerRegistration.status !== 'CANCELLED' ? call.viewerRegistration : null;
  const seatsLeft = call.seatLimit != null ? Math.max(0, call.seatLimit - call.registrationCount) : null;
  const open = call.status === 'PUBLISHED';
  return (
    <Section id="call-registration" title={t('calls.registration.title')}>
      <ErrorAlert error={error} />
      <p>
        {seatsLeft != null ? t('calls.registration.seatsLeft', { count: seatsLeft, limit: call.seatLimit }) : t('calls.registration.noLimit')}
        {call.waitlistCount ? ` ${t('calls.registration.waiting', { count: call.waitlistCount })}` : null}
      </p>
      {mine?.status === 'CONFIRMED' ? (
        <Alert tone="success" title={t('calls.registration.confirmed')} />
      ) : mine?.status === 'WAITLISTED' ? (
        <Alert tone="warning" title={t('calls.registration.waitlisted', { position: mine.waitlistPosition ?? '?' })}>
          <p>{t('calls.registration.waitlistedHelp')}</p>
        </Alert>
      ) : null}
      {!viewer ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/calls/${call.id}`)}`}>{t('calls.registration.signIn')}</Link>
        </p>
      ) : mine ? (
        <ConfirmButton
          label={t('calls.registration.cancel')}
          title={t('calls.registration.cancelTitle')}
          message={mine.status === 'CONFIRMED' ? t('calls.registration.cancelMessage') : t('calls.registration.leaveMessage')}
          confirmLabel={t('calls.registration.cancel')}
          isDisabled={cancelling.loading}
          onConfirm={async () => {
            setError(undefined);
            try {
              await cancel({ variables: { id: mine.id } });
              await onDone(t('calls.registration.cancelled'));
            } catch (e) {
              setError(e);
            }
          }}
        />
      ) : open ? (
        <Button
          variant="primary"
          isDisabled={registering.loading}
          onPress={async () => {
            setError(undefined);
            try {
              const result = await register({ variables: { id: call.id } });
              const r = result.data?.registerForOpportunity;
              await onDone(r?.status === 'WAITLISTED' ? t('calls.registration.waitlisted', { position: r.waitlistPosition ?? '?' }) : t('calls.registration.confirmed'));
            } catch (e) {
              setError(e);
            }
          }}
        >
          {seatsLeft === 0 ? t('calls.registration.joinWaitlist') : t('calls.registration.register')}
        </Button>
      ) : (
        <p className="cg-muted">{t('calls.registration.closed')}</p>
      )}
    </Section>
  );
}

/** Add to calendar, and deadline reminders. */
function FollowPanel({ call, onDone }: { call: Call; onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [setReminder, { loading }] = useMutation(SetReminderMutation);
  const [error, setError] = useState<unknown>(undefined);
  const upcoming = !!call.deadline && new Date(call.deadline).getTime() > Date.now();
  return (
    <Section id="call-follow" title={t('calls.page.follow')}>
      <p>
        <a href={call.icsUrl} className="cg-button cg-button--secondary">
          {t('calls.page.addToCalendar')}
        </a>
      </p>
      <p className="cg-small cg-muted">{t('calls.page.addToCalendarHelp')}</p>
      {viewer && upcoming ? (
        <>
          <ErrorAlert error={error} />
          <CheckboxGroupField
            label={t('calls.reminders.label')}
            name="reminders"
            description={t('calls.reminders.help')}
            isDisabled={loading}
            options={REMINDER_DAYS.map((days) => ({ id: String(days), label: t('calls.reminders.daysBefore', { count: days }) }))}
            value={call.viewerReminders.map(String)}
            onChange={async (values) => {
              setError(undefined);
              try {
                await setReminder({ variables: { opportunityId: call.id, daysBefore: values.map(Number).sort((a, b) => b - a) } });
                await onDone(values.length ? t('calls.reminders.saved') : t('calls.reminders.removed'));
              } catch (e) {
                setError(e);
              }
            }}
          />
        </>
      ) : null}
    </Section>
  );
}

function AmplifyPanel({ call, onDone }: { call: Call; onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const active = viewer?.activeOrganization;
  if (!active || call.status !== 'PUBLISHED') return null;
  const already = call.amplifications.filter((a) => a.organization.id === active.id);
  return (
    <Section id="call-amplify" title={t('calls.amplify.title')}>
      <p className="cg-description">{t('calls.amplify.help', { organization: active.name })}</p>
      {already.length ? <p className="cg-small">{t('calls.amplify.already', { organization: active.name })}</p> : null}
      <DialogButton label={t('calls.amplify.button')} title={t('calls.amplify.dialogTitle')} variant={already.length ? 'secondary' : 'primary'}>
        {(close) => (
          <AmplifyForm
            call={call}
            organizationId={active.id}
            onCancel={close}
            onDone={async () => {
              close();
              await onDone(t('calls.amplify.done'));
            }}
          />
        )}
      </DialogButton>
    </Section>
  );
}

const NO_INITIATIVE = 'NONE';

function AmplifyForm({ call, organizationId, onDone, onCancel }: { call: Call; organizationId: string; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [initiativeId, setInitiativeId] = useState<string>(NO_INITIATIVE);
  const initiatives = useOwnInitiatives(organizationId);
  const [amplify, { loading }] = useMutation(AmplifyCallMutation, { update: evictCallLists });
  const { setError, fieldErrors, others } = useFormErrors(['note', 'initiativeId']);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      await amplify({ variables: { id: call.id, note: note.trim() || null, initiativeId: initiativeId === NO_INITIATIVE ? null : initiativeId } });
      await onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Form onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('calls.amplify.dialogTitle')}>
      <ErrorAlert errors={others} />
      <TextField label={t('calls.amplify.note')} name="note" multiline rows={3} maxLength={1000} value={note} onChange={setNote} description={t('calls.amplify.noteHelp')} autoFocus />
      {initiatives.options.length ? (
        <SelectField
          label={t('calls.amplify.initiative')}
          name="initiativeId"
          options={[{ id: NO_INITIATIVE, label: t('calls.amplify.noInitiative') }, ...initiatives.options]}
          value={initiativeId}
          onChange={(v) => setInitiativeId(v ?? NO_INITIATIVE)}
          errorMessage={fieldErrors.initiativeId}
        />
      ) : null}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('calls.amplify.submit')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

function AttendeesSection({ call }: { call: Call }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const attendees = call.attendees ?? [];
  const caption = t('calls.attendees.caption', { title: call.title });
  return (
    <Section
      id="call-attendees"
      title={t('calls.attendees.title')}
      actions={
        <a href={`/api/opportunities/${call.id}/attendees.csv`} className="cg-button cg-button--secondary" download>
          {t('calls.attendees.export')}
        </a>
      }
    >
      {attendees.length === 0 ? (
        <EmptyState title={t('calls.attendees.none')} />
      ) : (
        <TableWrap label={caption}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calls.attendees.name')}</th>
                <th scope="col">{t('calls.attendees.email')}</th>
                <th scope="col">{t('calls.attendees.organization')}</th>
                <th scope="col">{t('calls.attendees.status')}</th>
                <th scope="col">{t('calls.attendees.registeredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((a) => (
                <tr key={a.registrationId}>
                  <th scope="row">{a.name}</th>
                  <td>{a.email}</td>
                  <td>{a.organization ?? <span className="cg-muted">{t('fields.notSaid')}</span>}</td>
                  <td>
                    <Badge tone={a.status === 'CONFIRMED' ? 'success' : a.status === 'WAITLISTED' ? 'warning' : 'neutral'}>{t(`calls.registration.status.${a.status}`)}</Badge>
                  </td>
                  <td>{formatDate(a.registeredAt, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Section>
  );
}
