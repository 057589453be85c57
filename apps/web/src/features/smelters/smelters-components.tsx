import type { ApolloCache } from '@apollo/client';
import { Badge, type BadgeTone } from '@commonground/web-ui';
import { useMemo } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AccessRequestStatus, AssessmentStatus, AuditStandard, AuditType, MatchMethod, Metal } from '../../gql/graphql';
import { useFormatDay } from '../membership/membership-components';

export const METALS: readonly Metal[] = ['TIN', 'TANTALUM', 'TUNGSTEN', 'GOLD', 'COBALT', 'COPPER', 'GRAPHITE', 'LITHIUM', 'MICA', 'NICKEL', 'OTHER'];
export const STATUSES: readonly AssessmentStatus[] = ['CONFORMANT', 'ACTIVE', 'NOT_ENROLLED', 'NON_CONFORMANT', 'UNKNOWN'];
export const STANDARDS: readonly AuditStandard[] = ['RMAP', 'LBMA', 'RJC', 'JDDS', 'ITSCI', 'OTHER'];
export const AUDIT_TYPES: readonly AuditType[] = ['INITIAL', 'REAUDIT', 'FOLLOW_UP'];
export const EVIDENCE = ['CONFORMANT', 'VALID_AUDIT', 'NONE'] as const;
export type Evidence = (typeof EVIDENCE)[number];

const STATUS_TONES: Record<AssessmentStatus, BadgeTone> = { CONFORMANT: 'success', ACTIVE: 'info', NOT_ENROLLED: 'neutral', NON_CONFORMANT: 'danger', UNKNOWN: 'neutral' };
const EVIDENCE_TONES: Record<Evidence, BadgeTone> = { CONFORMANT: 'success', VALID_AUDIT: 'info', NONE: 'warning' };
const REQUEST_TONES: Record<AccessRequestStatus, BadgeTone> = { PENDING: 'warning', APPROVED: 'success', DENIED: 'danger', EXPIRED: 'neutral' };

export function MetalName({ metal }: { metal: Metal }) {
  const { t } = useTranslation();
  return <>{t(`smelters.metal.${metal}`)}</>;
}

/** The assessment status with its as-of date: "Conformant (as of 3 Mar 2026)". */
export function SmelterStatus({ status, asOf }: { status: AssessmentStatus; asOf?: string | null }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  return (
    <span className="cg-smelter-status">
      <Badge tone={STATUS_TONES[status]}>{t(`smelters.status.${status}`)}</Badge>
      {asOf ? <span className="cg-small cg-muted"> {t('smelters.asOf', { date: day(asOf) })}</span> : null}
    </span>
  );
}

export function EvidenceBadge({ evidence }: { evidence: string }) {
  const { t } = useTranslation();
  const known = (EVIDENCE as readonly string[]).includes(evidence) ? (evidence as Evidence) : 'NONE';
  return <Badge tone={EVIDENCE_TONES[known]}>{t(`smelters.evidence.${known}`)}</Badge>;
}

export function AccessRequestBadge({ status }: { status: AccessRequestStatus }) {
  const { t } = useTranslation();
  return <Badge tone={REQUEST_TONES[status]}>{t(`smelters.requestStatus.${status}`)}</Badge>;
}

export function MatchMethodText({ method, confidence }: { method: MatchMethod; confidence: number }) {
  const { t } = useTranslation();
  const percent = usePercent();
  if (method === 'NONE') return <>{t('smelters.method.NONE')}</>;
  return <>{t('smelters.method.withConfidence', { method: t(`smelters.method.${method}`), confidence: percent(confidence) })}</>;
}

/** 0..1 as "87 %" in the interface language. */
export function usePercent() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    return (value: number) => format.format(value);
  }, [language]);
}

/** "RMAP re-audit" */
export function useAuditTitle() {
  const { t } = useTranslation();
  return (audit: { standard: AuditStandard; type: AuditType; smelter: { name: string } }) =>
    t('smelters.audit.title', { standard: t(`smelters.standard.${audit.standard}`), type: t(`smelters.auditType.${audit.type}`), smelter: audit.smelter.name });
}

export function SmelterLink({ smelter }: { smelter: { id: string; name: string } }) {
  return <Link href={`/smelters/${smelter.id}`}>{smelter.name}</Link>;
}

export function CidText({ cid }: { cid: string | null | undefined }) {
  const { t } = useTranslation();
  return cid ? <span className="cg-cid">{cid}</span> : <span className="cg-muted">{t('smelters.noCid')}</span>;
}

/** "12.4 kB" */
export function useFileSize() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (bytes: number) => {
    const units = ['byte', 'kilobyte', 'megabyte'] as const;
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit += 1;
    }
    return new Intl.NumberFormat(language, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }).format(value);
  };
}

/** A calendar day typed in a date field (YYYY-MM-DD) as the API's midnight UTC; null when empty. */
export const dayToIso = (day: string) => (day.trim() ? `${day.trim()}T00:00:00.000Z` : null);
/** The API's date-time as a date field's value. */
export const isoToDay = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** After a change, lists and figures of this area are read again. */
export function evictSmelterData(cache: ApolloCache) {
  for (const fieldName of ['coverage', 'matchReviews', 'declarations', 'audits', 'accessRequests', 'jointAudits', 'accessLog']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
