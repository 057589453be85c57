import { Access, CurrentActor, MaybeActor, badInput, notFound } from '@commonground/api-core';
import { Controller, Get, Headers, HttpCode, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ConcernEvidenceService, MAX_EVIDENCE_BYTES } from './concern-evidence.service';
import { ConcernService } from './concern.service';

/**
 * Evidence of a concern (ARCHITECTURE "HTTP endpoints"): the reporter adds
 * files with its follow-up code in `x-follow-up-code`, a case handler with
 * its session; participants download what they may see (404 to the rest).
 */
@Controller('api')
export class ConcernEvidenceController {
  constructor(
    private readonly concerns: ConcernService,
    private readonly evidence: ConcernEvidenceService,
  ) {}

  @Post('concerns/:concernId/evidence')
  @HttpCode(201)
  @Access('public')
  // no `dest`: multer keeps the file in memory, so nothing unstripped ever touches the disk
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } }))
  async upload(
    @CurrentActor() actor: MaybeActor,
    @Param('concernId') concernId: string,
    @Headers('x-follow-up-code') code: string | undefined,
    @Req() req: Request,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ) {
    if (!file?.buffer) throw badInput('file', 'Attach a photo (JPEG or PNG) or a PDF in the field "file".');
    let viewer = await this.concerns.viewerOf(actor);
    if (code) viewer = await this.concerns.reporterViewer(viewer, code, { ip: req.ip ?? null });
    const row = await this.evidence.add(viewer, concernId, file.buffer);
    return { id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes };
  }

  @Get('concern-evidence/:evidenceId')
  @Access('public')
  async download(@CurrentActor() actor: MaybeActor, @Param('evidenceId') evidenceId: string, @Res() res: Response) {
    const found = await this.evidence.download(await this.concerns.viewerOf(actor), evidenceId);
    if (!found) throw notFound('The evidence file');
    res.setHeader('Content-Type', found.evidence.contentType);
    res.setHeader('Content-Length', String(found.evidence.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${found.evidence.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await pipeline(found.stream, res);
  }
}
