import { Access, Actor, AppError, CurrentActor, MaybeActor, SignedInActor, badInput, isUuid, notFound } from '@commonground/api-core';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import fs from 'node:fs';
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { MAX_OPPORTUNITY_FILE_BYTES, OpportunityFileService } from './opportunity-file.service';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { FeedService } from './feed.service';
import { OpportunityService } from './opportunity.service';
import { RegistrationService } from './registration.service';
import { FilterError, OpportunityFilter, paramsToFilter } from './search/opportunity-filter';
import { writeAtom, writeCalendarIcs, writeOpportunityIcs, writeRss } from './syndication';

const PROD_ID = '-//Common Ground//Clearinghouse//EN';

/**
 * Syndication (ARCHITECTURE "HTTP endpoints"): RSS, Atom and iCalendar feeds
 * for any filter given as query parameters; `?token=` opens a user's private
 * feed, without it a feed shows what the session (usually none: a feed
 * reader) may see, so public items only.
 */
@Controller()
export class FeedController {
  constructor(
    private readonly feeds: FeedService,
    private readonly opportunities: OpportunityService,
    private readonly registrations: RegistrationService,
    private readonly dataSource: DataSource,
    private readonly files: OpportunityFileService,
  ) {}

  /** The publisher uploads a document (multipart `file`): PDF, office document or image, type checked from its bytes. */
  @Post('api/opportunities/:id/files')
  @HttpCode(201)
  @Access('organization')
  @UseInterceptors(FileInterceptor('file', { dest: os.tmpdir(), limits: { fileSize: MAX_OPPORTUNITY_FILE_BYTES, files: 1 } }))
  async uploadFile(@SignedInActor() actor: Actor, @Param('id') id: string, @UploadedFile() file: { originalname: string; path?: string } | undefined) {
    try {
      if (!file?.path) throw badInput('file', 'Attach the document in the field "file".');
      const stored = await this.files.add(actor, id, Buffer.from(file.originalname, 'latin1').toString('utf8'), fs.createReadStream(file.path));
      return { id: stored.id, fileName: stored.fileName, sizeBytes: stored.sizeBytes, contentType: stored.contentType };
    } finally {
      if (file?.path) fs.promises.rm(file.path, { force: true }).catch(() => undefined);
    }
  }

  /** A document of an opportunity, for whoever may see the opportunity (404 for everyone else). */
  @Get('api/opportunities/:id/files/:fileId')
  @Access('public')
  async downloadFile(@CurrentActor() actor: MaybeActor, @Param('id') id: string, @Param('fileId') fileId: string, @Res() res: Response) {
    const found = await this.files.open(actor, id, fileId);
    if (!found) throw notFound('The document');
    res.setHeader('Content-Type', found.file.contentType);
    res.setHeader('Content-Length', String(found.file.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${found.file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(found.file.fileName)}`);
    res.setHeader('Cache-Control', 'private, max-age=0');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await pipeline(found.stream, res);
  }

  private async context(req: Request, session: MaybeActor) {
    const params = new URLSearchParams(req.url.split('?')[1] ?? '');
    const token = params.get('token');
    params.delete('token');
    const language = params.get('lang');
    params.delete('lang');
    if (language !== null && !['en', 'fr', 'es'].includes(language)) throw badInput('lang', 'lang must be en, fr or es.');
    let filter: OpportunityFilter;
    try {
      filter = paramsToFilter(params);
    } catch (error) {
      if (error instanceof FilterError) throw badInput(error.field, error.message);
      throw error;
    }
    const actor = token ? await this.feeds.actorOf(token) : session;
    return { actor, filter, language, private: !!actor, selfUrl: this.feeds.feedUrl(filter, 'rss') };
  }

  private async title(filter: OpportunityFilter): Promise<string> {
    if (filter.publisherIds.length === 1) {
      const [row] = await this.dataSource.query('SELECT name FROM organizations WHERE id = $1', [filter.publisherIds[0]]);
      if (row) return `Opportunities from ${row.name} — Common Ground`;
    }
    return filter.query ? `Opportunities matching “${filter.query}” — Common Ground` : 'Opportunities — Common Ground';
  }

  private send(res: Response, type: string, body: string, isPrivate: boolean) {
    res.setHeader('Content-Type', `${type}; charset=utf-8`);
    // a private feed must never sit in a shared cache
    res.setHeader('Cache-Control', isPrivate ? 'private, no-store' : 'public, max-age=300');
    res.setHeader('Vary', 'Cookie');
    res.send(body);
  }

  @Get('feeds/opportunities.rss')
  @Access('public')
  async rss(@Req() req: Request, @Res() res: Response, @CurrentActor() session: MaybeActor) {
    const c = await this.context(req, session);
    const items = await this.feeds.feedItems(c.actor, c.filter, c.language);
    const channel = { title: await this.title(c.filter), description: 'Funding calls, tenders, events and news of the Common Ground clearinghouse', selfUrl: this.feeds.feedUrl(c.filter, 'rss'), siteUrl: this.feeds.feedUrl(c.filter, 'rss').replace(/\/feeds\/opportunities\.rss/, '/calls'), language: c.language ?? undefined, updated: items[0]?.publishedAt ?? new Date(0) };
    this.send(res, 'application/rss+xml', writeRss(channel, items), c.private);
  }

  @Get('feeds/opportunities.atom')
  @Access('public')
  async atom(@Req() req: Request, @Res() res: Response, @CurrentActor() session: MaybeActor) {
    const c = await this.context(req, session);
    const items = await this.feeds.feedItems(c.actor, c.filter, c.language);
    const self = this.feeds.feedUrl(c.filter, 'atom');
    const updated = items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), new Date(0));
    const channel = { title: await this.title(c.filter), description: 'Funding calls, tenders, events and news of the Common Ground clearinghouse', selfUrl: self, siteUrl: self.replace(/\/feeds\/opportunities\.atom/, '/calls'), language: c.language ?? undefined, updated };
    this.send(res, 'application/atom+xml', writeAtom(channel, items), c.private);
  }

  @Get('feeds/opportunities.ics')
  @Access('public')
  async calendar(@Req() req: Request, @Res() res: Response, @CurrentActor() session: MaybeActor) {
    const c = await this.context(req, session);
    const items = await this.feeds.calendarItems(c.actor, c.filter, c.language);
    const url = this.feeds.feedUrl(c.filter, 'ics');
    this.send(res, 'text/calendar', writeCalendarIcs(items, { name: await this.title(c.filter), prodId: PROD_ID, url }), c.private);
  }

  /** One opportunity as iCalendar: `/api/opportunities/<id>.ics`. */
  @Get('api/opportunities/:file')
  @Access('public')
  async single(@Param('file') file: string, @Req() req: Request, @Res() res: Response, @CurrentActor() session: MaybeActor, @Query('token') token?: string) {
    const id = file.endsWith('.ics') ? file.slice(0, -4) : '';
    if (!isUuid(id)) throw notFound('The opportunity');
    const actor = token ? await this.feeds.actorOf(token) : session;
    const o = await this.opportunities.find(actor, id).catch((error: unknown) => {
      throw error instanceof AppError ? notFound('The opportunity') : error;
    });
    const lang = typeof req.query.lang === 'string' ? req.query.lang : null;
    const [item] = await this.feeds.toItems([o], lang);
    res.setHeader('Content-Disposition', `attachment; filename="opportunity-${id.slice(0, 8)}.ics"`);
    this.send(res, 'text/calendar', writeOpportunityIcs(item, { prodId: PROD_ID }), !!actor);
  }

  /** The organizer's attendee list as CSV. */
  @Get('api/opportunities/:id/attendees.csv')
  @Access('organization')
  async attendees(@SignedInActor() actor: Actor, @Param('id') id: string, @Res() res: Response) {
    if (!isUuid(id)) throw notFound('The opportunity');
    const rows = await this.registrations.attendees(actor, id);
    const csv = stringify(
      rows.map((r, i) => [i + 1, r.status, r.name, r.email, r.organization ?? '', r.registeredAt.toISOString(), r.confirmedAt?.toISOString() ?? '']),
      { header: true, columns: ['#', 'status', 'name', 'email', 'organization', 'registered_at', 'confirmed_at'] },
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="attendees-${id.slice(0, 8)}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    // a BOM so that spreadsheet programs read the names as UTF-8
    res.send(`\ufeff${csv}`);
  }
}
