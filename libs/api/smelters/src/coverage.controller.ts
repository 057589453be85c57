import { Access, Actor, SignedInActor } from '@commonground/api-core';
import { countryName } from '@commonground/shared-reference';
import { Controller, Get, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CoverageService } from './coverage.service';

const COLUMNS = ['metal', 'cid', 'smelter', 'country', 'assessment_status', 'evidence', 'reported_by'];

/** The organization's coverage as CSV or XLSX: one row per smelter, streamed. */
@Controller('api')
export class CoverageExportController {
  constructor(private readonly coverage: CoverageService) {}

  private async rows(actor: Actor) {
    return (await this.coverage.smelters(actor)).map((r) => [r.metal, r.cid ?? '', r.name, countryName(r.country) ?? r.country, r.status, r.evidence, r.suppliers.join('; ')]);
  }

  @Get('coverage.csv')
  @Access('organization')
  async csv(@SignedInActor() actor: Actor, @Res() res: Response) {
    const rows = await this.rows(actor);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="smelter-coverage.csv"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.write('\ufeff');
    await pipeline(stringify([COLUMNS, ...rows]), res);
  }

  @Get('coverage.xlsx')
  @Access('organization')
  async xlsx(@SignedInActor() actor: Actor, @Res() res: Response) {
    const rows = await this.rows(actor);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', 'attachment; filename="smelter-coverage.xlsx"');
    res.setHeader('Cache-Control', 'private, no-store');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res });
    const sheet = workbook.addWorksheet('Coverage');
    sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c === 'smelter' || c === 'reported_by' ? 40 : 16 }));
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  }
}
