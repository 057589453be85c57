import { useQuery } from '@apollo/client/react';
import { Alert, Badge, BarChart, EmptyState, Loading, PageHeader, Section, SelectField, TableWrap } from '@commonground/web-ui';
import { useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CoverageQuery as CoverageData } from '../../gql/graphql';
import { QueryError, useDocumentTitle } from '../../lib/components';
import { useReference } from '../../lib/reference';
import { Figures } from '../funding/funding-components';
import { useFormatDay } from '../membership/membership-components';
import { ProposeJointAuditButton } from './joint-audit-components';
import { CoverageQuery, JointAuditsQuery } from './smelters.documents';
import { CidText, EVIDENCE, EvidenceBadge, MetalName, SmelterStatus, type Evidence } from './smelters-components';
import './smelters.css';

type Coverage = CoverageData['coverage'];
const ALL = 'ALL';

/** /smelters/coverage — the smelters across current supplier declarations, by evidence; the suppliers with quality flags. */
export function CoveragePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('smelters.coverage.title'));
  const { data, loading, error, refetch } = useQuery(CoverageQuery, { fetchPolicy: 'cache-and-network' });
  const coverage = data?.coverage;
  const number = useMemo(() => new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en'), [i18n.resolvedLanguage]);
  if (error && !coverage) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !coverage) return <Loading />;
  if (!coverage) return null;
  const rowsInReview = coverage.suppliers.filter((s) => s.isCurrent).reduce((sum, s) => sum + s.rowsInReview, 0);

  return (
    <>
      <PageHeader
        title={t('smelters.coverage.title')}
        description={t('smelters.coverage.lead')}
        actions={
          <div className="cg-row">
            <a className="cg-button cg-button--secondary" href="/api/coverage.csv" download>
              {t('smelters.coverage.exportCsv')}
            </a>
            <a className="cg-button cg-button--secondary" href="/api/coverage.xlsx" download>
              {t('smelters.coverage.exportXlsx')}
            </a>
          </div>
        }
      />
      {rowsInReview ? (
        <Alert tone="warning" title={t('smelters.coverage.inReview', { count: rowsInReview })}>
          <p>
            <Link href="/smelters/review">{t('smelters.review.open')}</Link>
          </p>
        </Alert>
      ) : null}
      {coverage.smelterCount === 0 && coverage.suppliers.length === 0 ? (
        <EmptyState title={t('smelters.coverage.empty')}>
          <p>
            <Link href="/smelters/imports">{t('smelters.coverage.importFirst')}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <Section id="coverage-figures" title={t('smelters.coverage.figures')}>
            <Figures
              items={[
                { term: t('smelters.coverage.smelterCount'), value: number.format(coverage.smelterCount), highlight: true },
                { term: t('smelters.coverage.conformant'), value: number.format(coverage.conformant) },
                { term: t('smelters.coverage.withValidSharedAudit'), value: number.format(coverage.withValidSharedAudit) },
                { term: t('smelters.coverage.withoutEvidence'), value: number.format(coverage.withoutEvidence) },
              ]}
            />
            {coverage.byMetal.length ? (
              <BarChart
                id="coverage-by-metal"
                title={t('smelters.coverage.chartTitle')}
                summary={t('smelters.coverage.chartSummary', {
                  count: coverage.smelterCount,
                  metals: coverage.byMetal.length,
                  none: coverage.withoutEvidence,
                })}
                labelHeader={t('smelters.fields.metal')}
                valueHeader={t('smelters.coverage.chartValue')}
                tableLabel={t('charts.showTable')}
                data={coverage.byMetal.map((m) => ({
                  label: t(`smelters.metal.${m.metal}`),
                  value: m.smelterCount,
                  display: t('smelters.coverage.chartDisplay', { count: m.smelterCount, conformant: m.conformant, audit: m.withValidSharedAudit, none: m.withoutEvidence }),
                  tone: m.withoutEvidence > 0 ? 'accent' : 'success',
                }))}
              />
            ) : null}
          </Section>
          <CoverageSmelters coverage={coverage} />
          <CoverageSuppliers coverage={coverage} />
        </>
      )}
    </>
  );
}

function CoverageSmelters({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const asked = params.get('evidence');
  const evidence = (EVIDENCE as readonly string[]).includes(asked ?? '') ? (asked as Evidence) : null;
  const joint = useQuery(JointAuditsQuery, { fetchPolicy: 'cache-and-network' });
  const [proposed, setProposed] = useState<string | null>(null);
  const rows = coverage.smelters.filter((s) => !evidence || s.evidence === evidence);
  const openJoint = (smelterId: string) => joint.data?.jointAudits.find((j) => j.smelter.id === smelterId && j.status === 'PROPOSED');
  return (
    <Section id="coverage-smelters" title={t('smelters.coverage.smelters')}>
      <div className="cg-filters cg-coverage-filter">
        <SelectField
          label={t('smelters.coverage.evidenceFilter')}
          name="evidence"
          options={[{ id: ALL, label: t('smelters.coverage.allEvidence') }, ...EVIDENCE.map((e) => ({ id: e, label: t(`smelters.evidence.${e}`) }))]}
          value={evidence ?? ALL}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            if (v && v !== ALL) next.set('evidence', v);
            else next.delete('evidence');
            setParams(next, { replace: true });
          }}
        />
      </div>
      {proposed ? (
        <Alert tone="success" title={t('smelters.joint.proposedFor', { smelter: proposed })}>
          <p>
            <Link href="/smelters/joint-audits">{t('smelters.smelter.seeJoint')}</Link>
          </p>
        </Alert>
      ) : null}
      <p aria-live="polite" className="cg-muted cg-small">
        {t('smelters.coverage.smelterRows', { count: rows.length })}
      </p>
      {rows.length ? (
        <TableWrap label={t('smelters.coverage.smelters')}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{t('smelters.coverage.smelters')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('smelters.fields.cid')}</th>
                <th scope="col">{t('smelters.fields.name')}</th>
                <th scope="col">{t('smelters.fields.metal')}</th>
                <th scope="col">{t('smelters.fields.country')}</th>
                <th scope="col">{t('smelters.fields.status')}</th>
                <th scope="col">{t('smelters.coverage.evidence')}</th>
                <th scope="col">{t('smelters.coverage.reportedBy')}</th>
                <th scope="col">
                  <span className="cg-visually-hidden">{t('smelters.coverage.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ smelter, evidence: e, suppliers }) => {
                const open = e === 'NONE' ? openJoint(smelter.id) : undefined;
                return (
                  <tr key={smelter.id}>
                    <td>
                      <CidText cid={smelter.cid} />
                    </td>
                    <th scope="row">
                      <Link href={`/smelters/${smelter.id}`}>{smelter.name}</Link>
                    </th>
                    <td>
                      <MetalName metal={smelter.metal} />
                    </td>
                    <td>{reference.country(smelter.country)}</td>
                    <td>
                      <SmelterStatus status={smelter.status} asOf={smelter.statusAsOf} />
                    </td>
                    <td>
                      <EvidenceBadge evidence={e} />
                    </td>
                    <td>{suppliers.join(', ')}</td>
                    <td>
                      {e !== 'NONE' ? null : open ? (
                        <Link href="/smelters/joint-audits">{open.viewerIsSponsor ? t('smelters.coverage.jointSponsored') : t('smelters.coverage.jointOpen')}</Link>
                      ) : (
                        <ProposeJointAuditButton
                          smelter={smelter}
                          named
                          onDone={() => {
                            setProposed(smelter.name);
                            void joint.refetch();
                          }}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="cg-muted">{t('smelters.coverage.noSmelters')}</p>
      )}
    </Section>
  );
}

function CoverageSuppliers({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  return (
    <Section id="coverage-suppliers" title={t('smelters.coverage.suppliers')}>
      {coverage.suppliers.length ? (
        <TableWrap label={t('smelters.coverage.suppliers')}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{t('smelters.coverage.suppliers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('smelters.declaration.company')}</th>
                <th scope="col">{t('smelters.declaration.template')}</th>
                <th scope="col">{t('smelters.declaration.effectiveDate')}</th>
                <th scope="col">{t('smelters.declaration.importedAt')}</th>
                <th scope="col">{t('smelters.declaration.status')}</th>
                <th scope="col" className="cg-num">
                  {t('smelters.declaration.errors')}
                </th>
                <th scope="col" className="cg-num">
                  {t('smelters.declaration.warnings')}
                </th>
                <th scope="col" className="cg-num">
                  {t('smelters.coverage.smelterRowsHeader')}
                </th>
                <th scope="col" className="cg-num">
                  {t('smelters.coverage.unidentifiedRows')}
                </th>
                <th scope="col" className="cg-num">
                  {t('smelters.coverage.rowsInReview')}
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.suppliers.map((s) => (
                <tr key={s.declarationId}>
                  <th scope="row">
                    <Link href={`/smelters/declarations/${s.declarationId}`}>{s.companyName}</Link>
                  </th>
                  <td>{`${s.template} ${s.revision}`}</td>
                  <td>
                    {s.effectiveDate ? day(s.effectiveDate) : '—'} {s.stale ? <Badge tone="warning">{t('smelters.coverage.stale')}</Badge> : null}
                  </td>
                  <td>{day(s.importedAt)}</td>
                  <td>{s.isCurrent ? <Badge tone="success">{t('smelters.declaration.current')}</Badge> : <Badge tone="neutral">{t('smelters.declaration.superseded')}</Badge>}</td>
                  <td className="cg-num">{s.errors}</td>
                  <td className="cg-num">{s.warnings}</td>
                  <td className="cg-num">{s.smelterRows}</td>
                  <td className="cg-num">{s.unidentifiedRows}</td>
                  <td className="cg-num">{s.rowsInReview}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="cg-muted">{t('smelters.coverage.noSuppliers')}</p>
      )}
      <p className="cg-small cg-muted">{t('smelters.coverage.staleHelp')}</p>
    </Section>
  );
}
