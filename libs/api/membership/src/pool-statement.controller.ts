import { Access, Actor, SignedInActor, isUuid, notFound } from '@commonground/api-core';
import { OrganizationEntity } from '@commonground/api-identity';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PoolParticipantEntity } from './cost-pool.entity';
import { CostPoolService } from './cost-pool.service';

import { minorUnits } from '@commonground/shared-reference';

/** An amount in major units with the currency's own number of decimals (JPY 0, EUR 2, KWD 3). */
const format = (minor: number, currency: string) => {
  const digits = minorUnits(currency);
  return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
};

/**
 * A participant's statement of a pool as an XLSX workbook: the split with its
 * computation, every change of the share with its cause, payments, balance.
 */
@Controller('api/pools')
export class PoolStatementController {
  constructor(
    private readonly pools: CostPoolService,
    private readonly dataSource: DataSource,
  ) {}

  @Get(':poolId/statement.xlsx')
  @Access('organization')
  async statement(@SignedInActor() actor: Actor, @Param('poolId') poolId: string, @Res() res: Response, @Query('organizationId') organizationId?: string) {
    const orgId = organizationId ?? actor.organizationId!;
    if (!isUuid(poolId) || !isUuid(orgId)) throw notFound('The statement');
    const pool = await this.pools.get(actor, poolId);
    if (!pool) throw notFound('The statement');
    const { changes, payments } = await this.pools.shareHistory(actor, pool, orgId);
    const participants = await this.dataSource.getRepository(PoolParticipantEntity).find({ where: { poolId } });
    const mine = participants.find((p) => p.organizationId === orgId);
    if (!mine) throw notFound('The statement');
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: orgId });
    const uncapped = participants.filter((p) => !p.capped);
    const uncappedWeight = uncapped.reduce((sum, p) => sum + p.weight, 0);
    const cappedTotal = participants.filter((p) => p.capped).reduce((sum, p) => sum + p.amountMinor, 0);

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Common Ground';
    const sheet = workbook.addWorksheet('Statement');
    sheet.columns = [{ width: 44 }, { width: 26 }, { width: 26 }, { width: 20 }];
    const c = pool.currency;
    const rows: Array<Array<string | number>> = [
      ['Statement of a cost pool'],
      ['Pool', pool.purpose],
      ['Organization', org.name],
      ['Date', new Date().toISOString().slice(0, 10)],
      [],
      ['How your share is computed'],
      ['Total cost of the pool', format(pool.totalMinor, c)],
      ['Participants', participants.length],
      ['Paid by capped participants (their caps)', format(cappedTotal, c)],
      ['Left to split by weight', format(pool.totalMinor - cappedTotal - pool.uncoveredMinor, c)],
      ['Sum of the weights of uncapped participants', uncappedWeight],
      ['Your weight', mine.weight],
      mine.capped
        ? ['Your share (limited by your tier cap)', format(mine.amountMinor, c)]
        : ['Your share = left to split × your weight ÷ sum of weights', format(mine.amountMinor, c)],
      ['Uncovered by caps (not charged to anyone)', format(pool.uncoveredMinor, c)],
      ['Paying alone would cost', format(pool.totalMinor, c)],
      ['You save', format(pool.totalMinor - mine.amountMinor, c)],
      [],
      ['History of your share', 'from', 'to', 'why'],
      ...changes.map((ch) => [ch.at.toISOString().slice(0, 16).replace('T', ' '), ch.previousMinor === null ? '—' : format(ch.previousMinor, c), format(ch.amountMinor, c), ch.cause === 'JOINED' ? 'you joined' : 'another organization joined; the pool was split again']),
      [],
      ['Payments', 'amount'],
      ...payments.map((p) => [p.recordedAt.toISOString().slice(0, 10), format(p.amountMinor, p.currency)]),
      [],
      ['Paid', format(mine.paidMinor, c)],
      ['Still to pay', format(Math.max(0, mine.amountMinor - mine.paidMinor), c)],
      ['Credit (paid beyond your current share)', format(Math.max(0, mine.paidMinor - mine.amountMinor), c)],
    ];
    for (const row of rows) sheet.addRow(row);
    for (const n of [1, 6, 18]) sheet.getRow(n).font = { bold: true };
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="pool-statement-${pool.id.slice(0, 8)}.xlsx"`);
    res.setHeader('Cache-Control', 'private, no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
