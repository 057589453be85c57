import { Badge, type BadgeTone } from '@commonground/web-ui';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory, ConcernFieldsFragment, ConcernStatus } from '../../gql/graphql';

export const CATEGORIES: ConcernCategory[] = [
  'SERIOUS_ABUSES',
  'CHILD_LABOUR',
  'FORCED_LABOUR',
  'ARMED_GROUPS',
  'SECURITY_FORCES',
  'BRIBERY',
  'MONEY_LAUNDERING',
  'TAXES_AND_ROYALTIES',
  'ENVIRONMENT',
  'HEALTH_AND_SAFETY',
  'LAND_AND_COMMUNITY_RIGHTS',
  'OTHER',
];

/** What evidence the API takes (POST /api/concerns/:id/evidence): JPEG, PNG or PDF up to 10 MiB. */
export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,application/pdf';
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const TONE: Record<ConcernStatus, BadgeTone> = {
  RECEIVED: 'info',
  TRIAGED: 'info',
  IN_PROGRESS: 'warning',
  RESPONDED: 'success',
  CLOSED: 'neutral',
  REFERRED: 'neutral',
  REJECTED: 'danger',
};

export function ConcernStatusBadge({ status }: { status: ConcernStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`concerns.status.${status}`)}</Badge>;
}

/** Sends one evidence file; the follow-up code for a reporter, the session for a case handler. */
export async function uploadEvidence(concernId: string, file: File, code?: string | null): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const response = await fetch(`/api/concerns/${concernId}/evidence`, { method: 'POST', body: form, credentials: 'include', headers: code ? { 'x-follow-up-code': code } : {} });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    return { ok: false, code: body.error?.code ?? (response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR'), message: body.error?.message ?? '' };
  } catch (e) {
    return { ok: false, code: 'NETWORK', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The thread; with `marks`, each message says whether the reporter reads it. */
export function ConcernThread({ messages, marks }: { messages: ConcernFieldsFragment['messages']; marks: boolean }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (!messages.length) return <p className="cg-muted">{t('concerns.thread.empty')}</p>;
  return (
    <ol className="cg-concern-thread">
      {messages.map((m) => (
        <li key={m.id} className={m.visibleToReporter ? 'cg-concern-message cg-concern-message--reporter' : 'cg-concern-message'}>
          <p className="cg-concern-message__meta">
            <strong>{m.authorLabel === 'Reporter' ? t('concerns.thread.reporter') : m.authorLabel === 'Case handler' ? t('concerns.thread.handler') : m.authorLabel === 'An organization of the case' ? t('concerns.thread.organization') : m.authorLabel}</strong> · <time dateTime={m.at}>{format.format(new Date(m.at))}</time>
            {marks ? <> · {m.visibleToReporter ? t('concerns.thread.toReporter') : t('concerns.thread.internal')}</> : null}
          </p>
          <p className="cg-concern-message__body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

