import { Injectable } from '@nestjs/common';
import { minorUnits } from '@commonground/shared-reference';
import { DataSource, EntityManager, In } from 'typeorm';
import { ExchangeRateEntity, PledgeEntity, PledgeStatus, ProjectEntity } from './matchmaking.entities';
import { Converter, MoneyValue, fundingGap, makeConverter } from './scoring';

/** Money across currencies: the dated rate table, confirmed funding and the gap of projects. */
@Injectable()
export class FundingService {
  constructor(private readonly dataSource: DataSource) {}

  /** A converter over the latest rate of each currency. */
  async converter(manager: EntityManager = this.dataSource.manager): Promise<Converter> {
    const rows: ExchangeRateEntity[] = await manager.query(
      `SELECT DISTINCT ON (currency) currency, rate_date AS "rateDate", per_euro AS "perEuro" FROM exchange_rates ORDER BY currency, rate_date DESC`,
    );
    return makeConverter(
      rows.map((r) => ({ currency: r.currency, perEuro: r.perEuro, date: typeof r.rateDate === 'string' ? r.rateDate : new Date(r.rateDate).toISOString().slice(0, 10) })),
      minorUnits,
    );
  }

  /** Recomputes a project's confirmed funding (in its budget currency) from its confirmed pledges. */
  async refreshConfirmed(manager: EntityManager, projectId: string): Promise<ProjectEntity> {
    const project = await manager.findOneByOrFail(ProjectEntity, { id: projectId });
    const confirmed = await manager.findBy(PledgeEntity, { projectId, status: PledgeStatus.CONFIRMED });
    const result = fundingGap({ amountMinor: project.budgetMinor, currency: project.currency }, confirmed.map((p) => ({ amountMinor: p.amountMinor, currency: p.currency })), await this.converter(manager));
    project.confirmedMinor = result.confirmed.amountMinor;
    await manager.update(ProjectEntity, { id: projectId }, { confirmedMinor: project.confirmedMinor });
    return project;
  }

  /** Budget, confirmed, proposed and gap of projects, with the rate dates used. */
  async summaries(projects: ProjectEntity[]) {
    const ids = projects.map((p) => p.id);
    const pledges = ids.length ? await this.dataSource.getRepository(PledgeEntity).findBy({ projectId: In(ids), status: In([PledgeStatus.CONFIRMED, PledgeStatus.PROPOSED]) }) : [];
    const convert = await this.converter();
    return new Map(
      projects.map((p) => {
        const budget: MoneyValue = { amountMinor: p.budgetMinor, currency: p.currency };
        const mine = pledges.filter((x) => x.projectId === p.id);
        const confirmed = fundingGap(budget, mine.filter((x) => x.status === PledgeStatus.CONFIRMED).map((x) => ({ amountMinor: x.amountMinor, currency: x.currency })), convert);
        const proposed = fundingGap(budget, mine.filter((x) => x.status === PledgeStatus.PROPOSED).map((x) => ({ amountMinor: x.amountMinor, currency: x.currency })), convert);
        return [p.id, { budget, confirmed: confirmed.confirmed, proposed: proposed.confirmed, gap: confirmed.gap, rateDates: [...new Set([...confirmed.rateDates, ...proposed.rateDates])].sort() }];
      }),
    );
  }
}

export const gapOf = (p: ProjectEntity): MoneyValue => ({ amountMinor: Math.max(0, p.budgetMinor - p.confirmedMinor), currency: p.currency });
