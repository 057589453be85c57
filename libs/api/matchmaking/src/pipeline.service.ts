import { Actor } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DonorPipeline } from './dto/matchmaking.objects';
import { FundingService } from './funding.service';

/** A donor's pipeline for charts: projects it decided on or pledged to, by stage, theme and decision. */
@Injectable()
export class PipelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly funding: FundingService,
  ) {}

  async forDonor(actor: Actor): Promise<DonorPipeline> {
    const rows: Array<{ id: string; stage: string; themes: string[]; kind: string | null; budget_minor: string; confirmed_minor: string; currency: string }> = await this.dataSource.query(
      `SELECT p.id, p.stage, p.themes, d.kind, p.budget_minor, p.confirmed_minor, p.currency
         FROM projects p
         LEFT JOIN funding_decisions d ON d.project_id = p.id AND d.donor_organization_id = $1
        WHERE d.id IS NOT NULL OR EXISTS (SELECT 1 FROM pledges x WHERE x.project_id = p.id AND x.donor_organization_id = $1)
           OR EXISTS (SELECT 1 FROM referrals r WHERE r.project_id = p.id AND r.to_donor_organization_id = $1)`,
      [actor.organizationId],
    );
    const convert = await this.funding.converter();
    const euros = (r: (typeof rows)[number]) => convert({ amountMinor: Math.max(0, Number(r.budget_minor) - Number(r.confirmed_minor)), currency: r.currency }, 'EUR')?.amountMinor ?? 0;
    const bucket = (keyOf: (r: (typeof rows)[number]) => string[]) => {
      const map = new Map<string, { projects: number; gap: number }>();
      for (const r of rows) for (const key of keyOf(r)) {
        const b = map.get(key) ?? { projects: 0, gap: 0 };
        b.projects++;
        b.gap += euros(r);
        map.set(key, b);
      }
      return [...map].sort(([a], [b]) => a.localeCompare(b)).map(([key, b]) => ({ key, projects: b.projects, gap: { amountMinor: b.gap, currency: 'EUR' } }));
    };
    return { byStage: bucket((r) => [r.stage]), byTheme: bucket((r) => r.themes), byDecision: bucket((r) => [r.kind ?? 'REFERRED']) };
  }
}
