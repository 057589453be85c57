import { Access, Actor, CurrentActor, MaybeActor, SignedInActor, badInput, notFound } from '@commonground/api-core';
import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import fs from 'node:fs';
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { AuditService, MAX_REPORT_BYTES } from './audit.service';
import type { UploadedFile as UploadedFileValue } from './declaration-import.service';

/**
 * Audit reports (ARCHITECTURE "HTTP endpoints"): upload by the audit's owner,
 * and the only way to read one — streamed, logged, and 404 to anyone not
 * allowed (signed out, another organization, an expired grant alike).
 */
@Controller('api')
export class AuditReportController {
  constructor(private readonly audits: AuditService) {}

  @Post('audits/:auditId/reports')
  @HttpCode(201)
  @Access('organization')
  @UseInterceptors(FileInterceptor('file', { dest: os.tmpdir(), limits: { fileSize: MAX_REPORT_BYTES, files: 1 } }))
  async upload(@SignedInActor() actor: Actor, @Param('auditId') auditId: string, @UploadedFile() file: UploadedFileValue | undefined) {
    try {
      if (!file?.path) throw badInput('file', 'Attach the report as a PDF in the field "file".');
      const report = await this.audits.addReport(actor, auditId, Buffer.from(file.originalname, 'latin1').toString('utf8'), fs.createReadStream(file.path));
      return { id: report.id, fileName: report.fileName, sizeBytes: report.sizeBytes };
    } finally {
      if (file?.path) fs.promises.rm(file.path, { force: true }).catch(() => undefined);
    }
  }

  @Get('reports/:reportId')
  @Access('public')
  async download(@CurrentActor() actor: MaybeActor, @Param('reportId') reportId: string, @Res() res: Response) {
    const found = await this.audits.download(actor, reportId);
    if (!found) throw notFound('The report');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(found.report.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${found.report.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(found.report.fileName)}`);
    // confidential: never in a shared or browser cache
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await pipeline(found.stream, res);
  }
}
