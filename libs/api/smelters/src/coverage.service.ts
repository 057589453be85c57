import { Actor } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service';
import { Metal } from './smelters.entities';

export interface CoverageCounts {
  smelterCount: number;
  conformant: number;
  withValidSharedAudit: number;
  withoutEvidence: number;
}

export interface CoverageSummary extends CoverageCounts {
  byMetal: Array<CoverageCounts & { metal: Metal }>;
}

/** Counts smelters by their best evidence. */
export function countCoverage(rows: readonly CoverageRow[]): CoverageCounts {
  return {
    smelterCount: rows.length,
    conformant: rows.filter((r) => r.evidence === 'CONFORMANT').length,
    withValidSharedAudit: rows.filter((r) => r.evidence === 'VALID_AUDIT').length,
    withoutEvidence: rows.filter((r) => r.evidence === 'NONE').length,
  };
}

export interface CoverageRow {
  smelterId: string;
  cid: string | null;
  name: string;
  metal: Metal;
  country: string;
  status: string;
  evidence: 'CONFORMANT' | 'VALID_AUDIT' | 'NONE';
  suppliers: string[];
}

export interface SupplierRow {
  declarationId: string;
  companyName: string;
  template: string;
  revision: string;
  effectiveDate: Date | null;
  importedAt: Date;
  isCurrent: boolean;
  errors: number;
  warnings: number;
  smelterRows: number;
  unidentifiedRows: number;
  rowsInReview: number;
  /** effective date more than a year ago */
  stale: boolean;
}

/**
 * Coverage: the distinct smelters reported in the organization's current
 * supplier declarations, each counted once by its best evidence — conformant
 * (registry status), else a valid audit the organization may read in full
 * (its own, shared with it, or granted), else none. One statement.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audits: AuditService,
  ) {}

  async smelters(actor: Actor, now = new Date()): Promise<CoverageRow[]> {
    const full = this.audits.fullCondition(actor, 'a', now);
    // the audit condition is written with named parameters; the driver binds them
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `WITH reported AS (
         SELECT d.smelter_id, array_agg(DISTINCT x.company_name ORDER BY x.company_name) AS suppliers
           FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id
          WHERE x.organization_id = :coverageOrg AND x.is_current AND d.smelter_id IS NOT NULL
          GROUP BY d.smelter_id)
       SELECT s.id, s.cid, s.name, s.metal, s.country, s.status, r.suppliers,
              EXISTS (SELECT 1 FROM audits a WHERE a.smelter_id = s.id AND a.valid_until >= :coverageNow AND (${full.where})) AS valid_audit
         FROM reported r JOIN smelters s ON s.id = r.smelter_id
        ORDER BY s.metal, s.name`,
      { ...full.parameters, coverageOrg: actor.organizationId, coverageNow: now },
      {},
    );
    const rows: Array<{ id: string; cid: string | null; name: string; metal: Metal; country: string; status: string; valid_audit: boolean; suppliers: string[] }> = await this.dataSource.query(sql, parameters);
    return rows.map((r) => ({
      smelterId: r.id,
      cid: r.cid,
      name: r.name,
      metal: r.metal,
      country: r.country,
      status: r.status,
      evidence: r.status === 'CONFORMANT' ? 'CONFORMANT' : r.valid_audit ? 'VALID_AUDIT' : 'NONE',
      suppliers: r.suppliers,
    }));
  }

  async summary(actor: Actor, now = new Date()): Promise<CoverageSummary & { rows: CoverageRow[] }> {
    const rows = await this.smelters(actor, now);
    const metals = [...new Set(rows.map((r) => r.metal))];
    return { ...countCoverage(rows), byMetal: metals.map((metal) => ({ metal, ...countCoverage(rows.filter((r) => r.metal === metal)) })), rows };
  }

  async suppliers(actor: Actor, now = new Date()): Promise<SupplierRow[]> {
    const rows: Array<{ id: string; company_name: string; template: string; revision: string; effective_date: Date | null; created_at: Date; is_current: boolean; issues: Array<{ severity: string }>; total: number; unidentified: number; in_review: number }> = await this.dataSource.query(
      `SELECT x.id, x.company_name, x.template, x.revision, x.effective_date, x.created_at, x.is_current, x.issues,
              count(d.id)::int AS total,
              count(d.id) FILTER (WHERE d.unidentified)::int AS unidentified,
              count(d.id) FILTER (WHERE d.review_id IS NOT NULL AND d.smelter_id IS NULL AND NOT d.unidentified AND d.match_method = 'NONE'
                                   AND EXISTS (SELECT 1 FROM match_reviews r WHERE r.id = d.review_id AND r.resolved_at IS NULL))::int AS in_review
         FROM declarations x LEFT JOIN declared_smelters d ON d.declaration_id = x.id
        WHERE x.organization_id = $1
        GROUP BY x.id
        ORDER BY x.is_current DESC, x.company_name, x.effective_date DESC NULLS LAST`,
      [actor.organizationId],
    );
    const yearAgo = now.getTime() - 365 * 864e5;
    return rows.map((r) => ({
      declarationId: r.id,
      companyName: r.company_name,
      template: r.template,
      revision: r.revision,
      effectiveDate: r.effective_date,
      importedAt: r.created_at,
      isCurrent: r.is_current,
      errors: r.issues.filter((i) => i.severity === 'ERROR').length,
      warnings: r.issues.filter((i) => i.severity === 'WARNING').length,
      smelterRows: r.total,
      unidentifiedRows: r.unidentified,
      rowsInReview: r.in_review,
      stale: !!r.effective_date && r.effective_date.getTime() < yearAgo,
    }));
  }
}
